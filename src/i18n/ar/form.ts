import type { form as en } from '../en/form.js';

/** رسائل نموذج إضافة طفل بالعربية. */
export const form: Record<keyof typeof en, string> = {
  'form.firstName': 'الاسم الأول',
  'form.lastName': 'اسم العائلة',
  'form.userName': 'اسم المستخدم',
  'form.birthDate': 'تاريخ الميلاد',
  'form.birthDay': 'اليوم',
  'form.birthMonth': 'الشهر',
  'form.birthYear': 'السنة',
  'form.role': 'الفئة العمرية',
  'form.gender': 'الجنس',
  'form.gender.none': 'أفضّل عدم الإجابة',
  'form.gender.choose': 'يُرجى الاختيار',
  'form.gender.female': 'أنثى',
  'form.gender.male': 'ذكر',
  'form.email': 'البريد الإلكتروني للطفل',
  'form.parentEmail': 'البريد الإلكتروني لوليّ الأمر',
  'form.optional': '(اختياري)',
  'form.submit': 'إضافة الطفل',
  'form.pending': 'جارٍ إضافة الطفل…',
  'form.addForAnotherParent': 'إضافة طفل لوليّ أمر آخر',
  'form.nextChild': 'يمكن لوليّ الأمر إضافة طفل آخر من حسابه في PRIVO.',
  'form.parentAccountLink': 'فتح حساب وليّ الأمر في PRIVO (في علامة تبويب جديدة)',
  'form.errorIn': '{field}: {message}',
};
