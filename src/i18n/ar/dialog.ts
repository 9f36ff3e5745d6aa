import type { dialog as en } from '../en/dialog.js';

/** رسائل AddChildDialog بالعربية. */
export const dialog: Record<keyof typeof en, string> = {
  'dialog.account.trigger': 'إضافة طفل',
  'dialog.account.title': 'إضافة طفل',
  'dialog.account.description':
    'إنشاء حساب طفل يعمل بعد موافقة وليّ الأمر: تراسله PRIVO، ثم يظهر رابط الموافقة.',
  'dialog.link.trigger': 'ربط الأبناء',
  'dialog.link.title': 'ربط الأبناء',
  'dialog.link.description': 'اختيار من يُراد ربطهم كأبناء لهذه الهوية.',
  'dialog.close': 'إغلاق',
};
