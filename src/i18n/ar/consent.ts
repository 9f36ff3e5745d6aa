import type { consent as en } from '../en/consent.js';

/** رسائل خطوة موافقة وليّ الأمر بالعربية. */
export const consent: Record<keyof typeof en, string> = {
  'consent.heading': 'يلزم أن يمنح وليّ الأمر موافقته',
  'consent.heading.named': 'تم إنشاء حساب {name}: يلزم أن يمنح وليّ الأمر موافقته',
  'consent.intro':
    'يبقى الحساب غير نشط حتى يمنح وليّ الأمر موافقته عبر صفحة الموافقة: هنا أو بالرابط أو برمز QR.',
  'consent.link': 'فتح صفحة الموافقة (في علامة تبويب جديدة)',
  'consent.copy': 'نسخ الرابط',
  'consent.copied': 'تم نسخ الرابط',
  'consent.copyFailed': 'تعذّر نسخ الرابط. يُرجى نسخه يدويًا.',
  'consent.qr': 'رمز QR لرابط الموافقة',
  'consent.email': 'سيتلقى وليّ الأمر رابطًا لمنح الموافقة بالبريد الإلكتروني.',
  'consent.email.to': 'سيتلقى وليّ الأمر على {email} رابطًا لمنح الموافقة.',
  'consent.approved': 'منح وليّ الأمر موافقته، والحساب جاهز.',
  'consent.denied': 'رفض وليّ الأمر منح الموافقة. يبقى الحساب غير نشط.',
  'consent.expired': 'انتهت صلاحية طلب الموافقة. يُرجى إعادة الإرسال إلى وليّ الأمر.',
  'consent.resend': 'إعادة الإرسال إلى وليّ الأمر',
  'consent.resent': 'طلبنا من PRIVO إعادة إرسال رسالة الموافقة.',
  'consent.resend.wait':
    'يمكن إعادة الإرسال بعد {seconds, plural, zero {# ثانية} one {ثانية} two {ثانيتين} few {# ثوانٍ} many {# ثانية} other {# ثانية}}.',
  'consent.resendFailed': 'تعذّرت إعادة إرسال رسالة الموافقة.',
};
