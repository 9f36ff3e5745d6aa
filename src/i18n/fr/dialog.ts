import type { dialog as en } from '../en/dialog.js';

/** Messages d’AddChildDialog en français. */
export const dialog: Record<keyof typeof en, string> = {
  'dialog.account.trigger': 'Ajouter un enfant',
  'dialog.account.title': 'Ajouter un enfant',
  'dialog.account.description':
    'Créez un compte pour un enfant. Il fonctionnera dès que le parent aura donné son consentement\u00a0: PRIVO lui envoie un e-mail, et l’étape suivante affiche le lien de consentement.',
  'dialog.link.trigger': 'Associer des enfants',
  'dialog.link.title': 'Associer des enfants',
  'dialog.link.description':
    'Choisissez les personnes ou organisations à associer comme enfants de cette identité.',
  'dialog.close': 'Fermer',
};
