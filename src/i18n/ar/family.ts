import type { family as en } from '../en/family.js';

/** رسائل FamilyPanel بالعربية: الأبناء المرتبطون (Conomy) وحسابات الأطفال (PRIVO). */
export const family: Record<keyof typeof en, string> = {
  'familyPanel.heading': 'العائلة',
  'familyPanel.offline': 'لا يوجد اتصال بالإنترنت. تظهر آخر بيانات محمّلة، ويمكن التعديل عند عودته.',
  'familyPanel.linked.heading': 'الأبناء المرتبطون',
  'familyPanel.linked.loading': 'جارٍ تحميل الأبناء المرتبطين…',
  'familyPanel.linked.empty': 'لا يوجد أبناء مرتبطون بعد.',
  'familyPanel.linked.loadFailed': 'تعذّر تحميل الأبناء المرتبطين.',
  'familyPanel.linked.unlinkNamed': 'فك ربط {name}',
  'familyPanel.linked.unlinked': 'تم فك ربط {name}.',
  'familyPanel.unlink.title': 'فك ربط {name}؟',
  'familyPanel.unlink.description': 'سيُفك ربط {name} بهذه الهوية، ويمكن إعادة ربطه لاحقًا.',
  'familyPanel.unlink.confirm': 'فك الربط',
  'familyPanel.unlink.cancel': 'إلغاء',
  'familyPanel.unlink.pending': 'جارٍ فك الربط…',
  'familyPanel.unlink.failed': 'تعذّر فك ربط {name}.',
  'familyPanel.accounts.heading': 'حسابات الأطفال',
  'familyPanel.accounts.empty': 'لا توجد حسابات أطفال بعد.',
  'familyPanel.accounts.unnamed': 'حساب طفل',
  'familyPanel.accounts.parentEmail': 'وليّ الأمر: {email}',
  'familyPanel.accounts.resendNamed': 'إعادة الإرسال إلى وليّ أمر {name}',
  'familyPanel.accounts.statusFailed': 'تعذّر التحقق من حالة الموافقة.',
  'familyPanel.accounts.statusChanged': '{name}: {status}',
};
