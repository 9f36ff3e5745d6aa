import type { dialog as en } from '../en/dialog.js';

/** Komunikaty AddChildDialog po polsku. */
export const dialog: Record<keyof typeof en, string> = {
  'dialog.account.trigger': 'Dodaj dziecko',
  'dialog.account.title': 'Dodaj dziecko',
  'dialog.account.description':
    'Nowe konto dziecka zadziała, gdy rodzic wyrazi zgodę: PRIVO wyśle mu e-mail, a następny krok pokaże link do zgody.',
  'dialog.link.trigger': 'Powiąż dzieci',
  'dialog.link.title': 'Powiąż dzieci',
  'dialog.link.description': 'Osoby lub organizacje do powiązania jako dzieci tej tożsamości.',
  'dialog.close': 'Zamknij',
};
