import type { family as en } from '../en/family.js';

/** Meldingen van FamilyPanel in het Nederlands. */
export const family: Record<keyof typeof en, string> = {
  'familyPanel.heading': 'Gezin',
  'familyPanel.offline':
    'U bent offline. De lijsten tonen wat het laatst is geladen; u kunt wijzigingen aanbrengen zodra de verbinding terug is.',
  'familyPanel.linked.heading': 'Gekoppelde kinderen',
  'familyPanel.linked.loading': 'Gekoppelde kinderen laden…',
  'familyPanel.linked.empty': 'Er zijn nog geen kinderen aan deze identiteit gekoppeld.',
  'familyPanel.linked.loadFailed': 'De gekoppelde kinderen konden niet worden geladen.',
  'familyPanel.linked.unlinkNamed': '{name} ontkoppelen',
  'familyPanel.linked.unlinked': '{name} is ontkoppeld.',
  'familyPanel.unlink.title': '{name} ontkoppelen?',
  'familyPanel.unlink.description':
    '{name} is dan geen kind meer van deze identiteit. U kunt {name} later opnieuw koppelen.',
  'familyPanel.unlink.confirm': 'Ontkoppelen',
  'familyPanel.unlink.cancel': 'Annuleren',
  'familyPanel.unlink.pending': 'Bezig met ontkoppelen…',
  'familyPanel.unlink.failed': '{name} kon niet worden ontkoppeld.',
  'familyPanel.accounts.heading': 'Kinderaccounts',
  'familyPanel.accounts.empty': 'Nog geen kinderaccounts.',
  'familyPanel.accounts.unnamed': 'Kinderaccount',
  'familyPanel.accounts.parentEmail': 'De ouder: {email}',
  'familyPanel.accounts.resendNamed': 'Opnieuw naar de ouder verzenden: {name}',
  'familyPanel.accounts.statusFailed': 'De toestemmingsstatus kon niet worden opgevraagd.',
  'familyPanel.accounts.statusChanged': '{name}: {status}',
};
