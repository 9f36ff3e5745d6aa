import type { picker as en } from '../en/picker.js';

/** Messages de ChildPicker en français. */
export const picker: Record<keyof typeof en, string> = {
  'picker.label': 'Enfants à associer',
  'picker.placeholder': 'Rechercher par nom, e-mail ou document',
  'picker.toggle': 'Afficher les identités correspondantes',
  'picker.selected': 'Sélection',
  'picker.removeChip': 'Retirer {name}',
  'picker.linked': 'Déjà associé',
  'picker.selectedOption': 'Sélectionné',
  'picker.document': '{type} {number}',
  'picker.unnamed': 'Sans nom ({id})',
  'picker.loading': 'Recherche…',
  'picker.empty': 'Aucun résultat pour «\u202f{query}\u202f».',
  'picker.noCandidates': 'Il n’y a encore personne à associer.',
  'picker.searchError': 'La recherche a échoué.',
  'picker.submit':
    'Associer {count, plural, =0 {des enfants} one {# enfant} many {# d’enfants} other {# enfants}}',
  'picker.submitEmpty': 'Associer des enfants',
  'picker.success': 'Association effectuée\u00a0: {names}.',
  'picker.successStatus': '{parent} a maintenant le statut «\u202f{status}\u202f».',
  'picker.successStatus.PENDING': '{parent} est maintenant en attente.',
  'picker.successStatus.PENDING_EMAIL_VALIDATION': '{parent} doit maintenant vérifier son e-mail.',
  'picker.successStatus.PENDING_PHONE_VALIDATION': '{parent} doit maintenant vérifier son téléphone.',
  'picker.successStatus.SCREENING': '{parent} est maintenant en cours d’examen.',
  'picker.successStatus.ACTIVE': '{parent} a maintenant le statut actif.',
  'picker.successStatus.BLOCKED': '{parent} a maintenant le statut bloqué.',
  'picker.successStatus.INACTIVE': '{parent} a maintenant le statut inactif.',
  'picker.successStatus.PENDING_2FA': '{parent} doit maintenant terminer la validation en deux étapes.',
  'picker.successStatus.PENDING_VERIFICATION': '{parent} est maintenant en attente de vérification.',
  'picker.successStatus.FAILED_VERIFICATION': '{parent} a échoué à la vérification.',
  'picker.parent': 'L’identité parente',
  'picker.serverPlaceholder': 'E-mail, document ou téléphone',
  'picker.serverHint': 'Recherchez par {fields}.',
  'picker.searchField.email': 'e-mail',
  'picker.searchField.documentNumber': 'numéro de document',
  'picker.searchField.phone':
    'numéro de téléphone avec indicatif du pays (+33\u00a06\u00a012\u00a034\u00a056\u00a078)',
  'picker.unsupportedQuery':
    'Recherche par nom impossible ici\u00a0: saisissez l’e-mail complet, le numéro de document ou de téléphone de l’enfant.',
  'picker.loadingMore': 'Chargement de la suite…',
  'picker.loadedMore':
    '{count, plural, one {# autre identité chargée.} many {# d’autres identités chargées.} other {# autres identités chargées.}}',
  'picker.loadMoreError': 'Impossible de charger plus de résultats.',
  'fieldError.invalid-id': 'Cet identifiant d’identité ne peut pas être utilisé.',
};
