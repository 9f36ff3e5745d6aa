import type { dialog as en } from '../en/dialog.js';

/** رسائل AddChildDialog بالعربية. */
export const dialog: Record<keyof typeof en, string> = {
  'dialog.account.trigger': 'إضافة طفل',
  'dialog.account.title': 'إضافة طفل',
  'dialog.account.description':
    'إنشاء حساب لطفل. يعمل الحساب بعد أن يمنح وليّ الأمر موافقته: ترسل PRIVO رسالة إلى وليّ الأمر، وتعرض الخطوة التالية رابط الموافقة.',
  'dialog.link.trigger': 'ربط الأبناء',
  'dialog.link.title': 'ربط الأبناء',
  'dialog.link.description': 'اختيار الأشخاص أو المؤسسات المراد ربطهم كأبناء لهذه الهوية.',
  'dialog.close': 'إغلاق',
};
