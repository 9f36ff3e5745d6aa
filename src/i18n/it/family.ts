import type { family as en } from '../en/family.js';

/** Messaggi di FamilyPanel in italiano. */
export const family: Record<keyof typeof en, string> = {
  'familyPanel.heading': 'Famiglia',
  'familyPanel.offline':
    'Nessuna connessione. Gli elenchi mostrano gli ultimi dati caricati; si potranno fare modifiche quando la connessione tornerà.',
  'familyPanel.linked.heading': 'Figli collegati',
  'familyPanel.linked.loading': 'Caricamento dei figli collegati…',
  'familyPanel.linked.empty': 'Nessun figlio è ancora collegato a questa identità.',
  'familyPanel.linked.loadFailed': 'Impossibile caricare i figli collegati.',
  'familyPanel.linked.unlinkNamed': 'Scollegare {name}',
  'familyPanel.linked.unlinked': 'Il collegamento di {name} è stato rimosso.',
  'familyPanel.unlink.title': 'Scollegare {name}?',
  'familyPanel.unlink.description':
    '{name} non sarà più un figlio di questa identità. Si potrà collegare di nuovo {name} più avanti.',
  'familyPanel.unlink.confirm': 'Scollegare',
  'familyPanel.unlink.cancel': 'Annullare',
  'familyPanel.unlink.pending': 'Scollegamento in corso…',
  'familyPanel.unlink.failed': 'Impossibile scollegare {name}.',
  'familyPanel.accounts.heading': 'Account dei minori',
  'familyPanel.accounts.empty': 'Ancora nessun account di minori.',
  'familyPanel.accounts.unnamed': 'Account di un minore',
  'familyPanel.accounts.parentEmail': 'Il genitore: {email}',
  'familyPanel.accounts.resendNamed': 'Reinviare al genitore di {name}',
  'familyPanel.accounts.statusFailed': 'Impossibile verificare lo stato del consenso.',
  'familyPanel.accounts.statusChanged': '{name}: {status}',
};
