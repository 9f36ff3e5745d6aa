import type { family as en } from '../en/family.js';

/** Messages de FamilyPanel en français. */
export const family: Record<keyof typeof en, string> = {
  'familyPanel.heading': 'Famille',
  'familyPanel.offline':
    'Vous êtes hors ligne. Les listes montrent ce qui a été chargé en dernier\u00a0; vous pourrez faire des modifications une fois la connexion rétablie.',
  'familyPanel.linked.heading': 'Enfants associés',
  'familyPanel.linked.loading': 'Chargement des enfants associés…',
  'familyPanel.linked.empty': 'Aucun enfant n’est encore associé à cette identité.',
  'familyPanel.linked.loadFailed': 'Impossible de charger les enfants associés.',
  'familyPanel.linked.unlinkNamed': 'Dissocier {name}',
  'familyPanel.linked.unlinked': 'L’association avec {name} a été supprimée.',
  'familyPanel.unlink.title': 'Dissocier {name}\u00a0?',
  'familyPanel.unlink.description':
    '{name} ne sera plus un enfant de cette identité. Vous pourrez associer {name} à nouveau plus tard.',
  'familyPanel.unlink.confirm': 'Dissocier',
  'familyPanel.unlink.cancel': 'Annuler',
  'familyPanel.unlink.pending': 'Dissociation…',
  'familyPanel.unlink.failed': 'Impossible de dissocier {name}.',
  'familyPanel.accounts.heading': 'Comptes enfants',
  'familyPanel.accounts.empty': 'Aucun compte enfant pour l’instant.',
  'familyPanel.accounts.unnamed': 'Compte enfant',
  'familyPanel.accounts.parentEmail': 'Le parent\u00a0: {email}',
  'familyPanel.accounts.resendNamed': 'Renvoyer au parent de {name}',
  'familyPanel.accounts.statusFailed': 'Impossible de vérifier le statut du consentement.',
  'familyPanel.accounts.statusChanged': '{name}\u00a0: {status}',
};
