import type { consent as en } from '../en/consent.js';

/** ההודעות של שלב ההסכמה של ההורה בעברית. */
export const consent: Record<keyof typeof en, string> = {
  'consent.heading': 'נדרשת הסכמה של ההורה',
  'consent.heading.named': 'החשבון של {name} נוצר: נדרשת הסכמה של ההורה',
  'consent.intro':
    'החשבון יישאר לא פעיל עד שההורה ייתן הסכמה. ההורה יכול לפתוח את דף ההסכמה במכשיר הזה, דרך הקישור שהועתק, או בסריקת קוד ה-QR בטלפון.',
  'consent.link': 'פתיחת דף ההסכמה (נפתח בכרטיסייה חדשה)',
  'consent.copy': 'העתקת הקישור',
  'consent.copied': 'הקישור הועתק',
  'consent.copyFailed': 'לא הצלחנו להעתיק את הקישור. סמנו אותו והעתיקו אותו ידנית.',
  'consent.qr': 'קוד QR של קישור ההסכמה',
  'consent.email': 'ההורה יקבל אימייל עם קישור למתן הסכמה.',
  'consent.email.to': 'ההורה יקבל אימייל לכתובת {email} עם קישור למתן הסכמה.',
  'consent.approved': 'ההורה נתן הסכמה. החשבון מוכן לשימוש.',
  'consent.denied': 'ההורה סירב לתת הסכמה. החשבון יישאר לא פעיל.',
  'consent.expired': 'תוקף בקשת ההסכמה פג. שלחו אותה מחדש להורה.',
  'consent.resend': 'שליחה מחדש להורה',
  'consent.resent': 'ביקשנו מ-PRIVO לשלוח מחדש את אימייל ההסכמה.',
  'consent.resend.wait':
    'אפשר לשלוח מחדש בעוד {seconds, plural, one {שנייה אחת} two {שתי שניות} other {# שניות}}.',
  'consent.resendFailed': 'לא הצלחנו לשלוח מחדש את אימייל ההסכמה.',
};
