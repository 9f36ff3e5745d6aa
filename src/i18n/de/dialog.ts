import type { dialog as en } from '../en/dialog.js';

/** Meldungen von AddChildDialog auf Deutsch. */
export const dialog: Record<keyof typeof en, string> = {
  'dialog.account.trigger': 'Kind hinzufügen',
  'dialog.account.title': 'Kind hinzufügen',
  'dialog.account.description':
    'Erstellen Sie ein Konto für ein Kind. Es funktioniert, sobald der Elternteil die Einwilligung erteilt: PRIVO schickt ihm eine E-Mail, und der nächste Schritt zeigt den Einwilligungslink.',
  'dialog.link.trigger': 'Kinder verknüpfen',
  'dialog.link.title': 'Kinder verknüpfen',
  'dialog.link.description':
    'Wählen Sie die Personen oder Organisationen, die als Kinder dieser Identität verknüpft werden sollen.',
  'dialog.close': 'Schließen',
};
