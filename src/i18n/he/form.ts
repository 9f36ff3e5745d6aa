import type { form as en } from '../en/form.js';

/** ההודעות של טופס הוספת הילד בעברית. */
export const form: Record<keyof typeof en, string> = {
  'form.firstName': 'שם פרטי',
  'form.lastName': 'שם משפחה',
  'form.userName': 'שם משתמש',
  'form.birthDate': 'תאריך לידה',
  'form.birthDay': 'יום',
  'form.birthMonth': 'חודש',
  'form.birthYear': 'שנה',
  'form.role': 'קבוצת גיל',
  'form.gender': 'מגדר',
  'form.gender.none': 'מעדיפים לא לציין',
  'form.gender.choose': 'בחרו אפשרות',
  'form.gender.female': 'נקבה',
  'form.gender.male': 'זכר',
  'form.email': 'האימייל של הילד',
  'form.parentEmail': 'האימייל של ההורה',
  'form.optional': '(לא חובה)',
  'form.submit': 'הוספת ילד',
  'form.pending': 'מוסיפים את הילד…',
  'form.addForAnotherParent': 'הוספת ילד להורה אחר',
  'form.nextChild': 'כדי להוסיף ילד נוסף להורה הזה, ההורה יכול להשתמש בחשבון ה-PRIVO שלו.',
  'form.parentAccountLink': 'פתיחת חשבון ה-PRIVO של ההורה (נפתח בכרטיסייה חדשה)',
  'form.errorIn': '{field}: {message}',
};
