import type { family as en } from '../en/family.js';

/** ההודעות של FamilyPanel בעברית: הצאצאים המשויכים (Conomy) וחשבונות הילדים (PRIVO). */
export const family: Record<keyof typeof en, string> = {
  'familyPanel.heading': 'משפחה',
  'familyPanel.offline':
    'אין חיבור לאינטרנט. הרשימות מציגות את מה שנטען לאחרונה; תוכלו לבצע שינויים כשהחיבור יחזור.',
  'familyPanel.linked.heading': 'צאצאים משויכים',
  'familyPanel.linked.loading': 'טוענים את הצאצאים המשויכים…',
  'familyPanel.linked.empty': 'עדיין אין צאצאים משויכים לזהות הזו.',
  'familyPanel.linked.loadFailed': 'לא הצלחנו לטעון את הצאצאים המשויכים.',
  'familyPanel.linked.unlinkNamed': 'הסרת השיוך של {name}',
  'familyPanel.linked.unlinked': 'השיוך של {name} הוסר.',
  'familyPanel.unlink.title': 'להסיר את השיוך של {name}?',
  'familyPanel.unlink.description': 'השיוך של {name} לזהות הזו יוסר. תוכלו לשייך את {name} שוב בהמשך.',
  'familyPanel.unlink.confirm': 'הסרת השיוך',
  'familyPanel.unlink.cancel': 'ביטול',
  'familyPanel.unlink.pending': 'מסירים את השיוך…',
  'familyPanel.unlink.failed': 'לא הצלחנו להסיר את השיוך של {name}.',
  'familyPanel.accounts.heading': 'חשבונות ילדים',
  'familyPanel.accounts.empty': 'עדיין אין חשבונות ילדים.',
  'familyPanel.accounts.unnamed': 'חשבון ילד',
  'familyPanel.accounts.parentEmail': 'ההורה: {email}',
  'familyPanel.accounts.resendNamed': 'שליחה מחדש להורה של {name}',
  'familyPanel.accounts.statusFailed': 'לא הצלחנו לבדוק את סטטוס ההסכמה.',
  'familyPanel.accounts.statusChanged': '{name}: {status}',
};
