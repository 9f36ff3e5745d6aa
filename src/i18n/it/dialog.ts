import type { dialog as en } from '../en/dialog.js';

/** Messaggi di AddChildDialog in italiano. */
export const dialog: Record<keyof typeof en, string> = {
  'dialog.account.trigger': 'Aggiungere un minore',
  'dialog.account.title': 'Aggiungere un minore',
  'dialog.account.description':
    'Creare un account per un minore. Funzionerà quando il genitore avrà dato il consenso: PRIVO gli invia un’email e il passaggio successivo mostra il link del consenso.',
  'dialog.link.trigger': 'Collegare figli',
  'dialog.link.title': 'Collegare figli',
  'dialog.link.description':
    'Scegliere le persone o le organizzazioni da collegare come figli di questa identità.',
  'dialog.close': 'Chiudere',
};
