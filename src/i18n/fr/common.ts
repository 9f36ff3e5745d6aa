import type { common as en } from '../en/common.js';

/**
 * Messages communs en français. Typographie : espace insécable (\u00a0) avant « : », espace fine
 * insécable (\u202f) à l’intérieur des guillemets « ».
 */
export const common: Record<keyof typeof en, string> = {
  'error.validation': 'Certaines informations sont à corriger avant de continuer.',
  'error.unauthorized':
    'Vous n’avez pas les droits nécessaires. Reconnectez-vous ou contactez un administrateur.',
  'error.not-found': 'Impossible de trouver cette personne ou ce compte.',
  'error.conflict': 'C’est déjà fait, ou ces informations sont déjà utilisées.',
  'error.rate-limited': 'Trop de tentatives. Patientez un instant, puis réessayez.',
  'error.rate-limited.wait':
    'Trop de tentatives. Réessayez dans {seconds, plural, one {# seconde} many {# de secondes} other {# secondes}}.',
  'error.server': 'Le service rencontre un problème. Réessayez.',
  'error.network': 'Impossible de joindre le service. Vérifiez votre connexion, puis réessayez.',
  'error.offline': 'Vous êtes hors ligne. Vous pourrez réessayer une fois la connexion rétablie.',
  'error.timeout':
    'Le service n’a pas répondu à temps. Rien de ce que vous avez saisi n’est perdu\u00a0: réessayez.',
  'error.aborted': 'La demande a été annulée.',
  'error.invalid-response': 'Le service a envoyé une réponse illisible. Réessayez.',
  'error.may-have-succeeded':
    'Aucune réponse n’est arrivée, le compte a donc peut-être été créé\u00a0: vérifiez avant de réessayer.',
  'error.trace': 'Référence\u00a0: {traceId}',
  'error.adult-has-children':
    'Ce parent a déjà un compte enfant chez PRIVO\u00a0: impossible d’ajouter un autre enfant ici. Le parent peut en ajouter d’autres depuis son propre compte PRIVO.',
  'error.email-in-use': 'Cet e-mail est déjà utilisé par un autre compte. Utilisez-en un autre.',
  'error.retry': 'Réessayer',
  'fieldError.required': 'Ce champ est obligatoire.',
  'fieldError.blank': 'Ce champ ne peut pas contenir que des espaces.',
  'fieldError.invalid-type': 'Cette valeur n’est pas valide.',
  'fieldError.invalid-email': 'Saisissez une adresse e-mail comme nom@exemple.com.',
  'fieldError.invalid-birth-date-format': 'Saisissez le jour, le mois et l’année en chiffres.',
  'fieldError.invalid-birth-date': 'Saisissez une date qui existe.',
  'fieldError.birth-date-in-future': 'La date de naissance ne peut pas être dans le futur.',
  'fieldError.same-as-parent-email': 'L’e-mail de l’enfant doit être différent de celui du parent.',
  'fieldError.invalid-first-name': 'Utilisez uniquement des lettres, sans espaces ni chiffres.',
  'fieldError.invalid-last-name': 'Utilisez uniquement des lettres.',
  'fieldError.invalid-user-name': 'Utilisez de 3 à 20 lettres, chiffres ou tirets bas.',
  'fieldError.birth-date-or-role-required': 'Saisissez une date de naissance.',
  'fieldError.self-link': 'Une identité ne peut pas être son propre enfant.',
  'fieldError.taken': 'Déjà utilisé. Essayez-en un autre.',
  'status.PENDING': 'En attente',
  'status.PENDING_EMAIL_VALIDATION': 'E-mail non vérifié',
  'status.PENDING_PHONE_VALIDATION': 'Téléphone non vérifié',
  'status.SCREENING': 'En cours d’examen',
  'status.ACTIVE': 'Actif',
  'status.BLOCKED': 'Bloqué',
  'status.INACTIVE': 'Inactif',
  'status.PENDING_2FA': 'Validation en deux étapes en attente',
  'status.PENDING_VERIFICATION': 'Vérification en attente',
  'status.FAILED_VERIFICATION': 'Échec de la vérification',
  'status.unknown': 'Statut\u00a0: {status}',
  'consentStatus.pending': 'Consentement en attente',
  'consentStatus.approved': 'Consentement donné',
  'consentStatus.denied': 'Consentement refusé',
  'consentStatus.expired': 'Consentement expiré',
  'consentStatus.postponed': 'Consentement reporté',
  'identityType.USER': 'Personne',
  'identityType.ORGANIZATION': 'Organisation',
};
