import type { family as en } from '../en/family.js';

/** Komunikaty FamilyPanel po polsku. */
export const family: Record<keyof typeof en, string> = {
  'familyPanel.heading': 'Rodzina',
  'familyPanel.offline':
    'Brak połączenia z internetem. Pokazano ostatnio wczytane listy; zmiany będą możliwe po jego przywróceniu.',
  'familyPanel.linked.heading': 'Powiązane dzieci',
  'familyPanel.linked.loading': 'Wczytywanie powiązanych dzieci…',
  'familyPanel.linked.empty': 'Nie powiązano jeszcze żadnych dzieci.',
  'familyPanel.linked.loadFailed': 'Nie udało się wczytać powiązanych dzieci.',
  'familyPanel.linked.unlinkNamed': 'Usuń powiązanie: {name}',
  'familyPanel.linked.unlinked': 'Usunięto powiązanie: {name}.',
  'familyPanel.unlink.title': 'Usunąć powiązanie: {name}?',
  'familyPanel.unlink.description':
    '{name} przestanie być dzieckiem tej tożsamości. Powiązanie można później przywrócić.',
  'familyPanel.unlink.confirm': 'Usuń powiązanie',
  'familyPanel.unlink.cancel': 'Anuluj',
  'familyPanel.unlink.pending': 'Usuwanie powiązania…',
  'familyPanel.unlink.failed': 'Nie udało się usunąć powiązania: {name}.',
  'familyPanel.accounts.heading': 'Konta dzieci',
  'familyPanel.accounts.empty': 'Nie ma jeszcze kont dzieci.',
  'familyPanel.accounts.unnamed': 'Konto dziecka',
  'familyPanel.accounts.parentEmail': 'Rodzic: {email}',
  'familyPanel.accounts.resendNamed': 'Wyślij ponownie do rodzica: {name}',
  'familyPanel.accounts.statusFailed': 'Nie udało się sprawdzić statusu zgody.',
  'familyPanel.accounts.statusChanged': '{name}: {status}',
};
