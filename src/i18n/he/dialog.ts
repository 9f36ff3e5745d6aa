import type { dialog as en } from '../en/dialog.js';

/** ההודעות של AddChildDialog בעברית. */
export const dialog: Record<keyof typeof en, string> = {
  'dialog.account.trigger': 'הוספת ילד',
  'dialog.account.title': 'הוספת ילד',
  'dialog.account.description':
    'יצירת חשבון לילד. החשבון יפעל אחרי שההורה ייתן הסכמה: PRIVO שולחת אימייל להורה, והשלב הבא מציג את קישור ההסכמה.',
  'dialog.link.trigger': 'שיוך צאצאים',
  'dialog.link.title': 'שיוך צאצאים',
  'dialog.link.description': 'בחרו את האנשים או הארגונים לשיוך כצאצאים של הזהות הזו.',
  'dialog.close': 'סגירה',
};
