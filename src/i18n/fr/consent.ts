import type { consent as en } from '../en/consent.js';

/** Messages de l’étape du consentement parental. */
export const consent: Record<keyof typeof en, string> = {
  'consent.heading': 'Le parent doit donner son consentement',
  'consent.heading.named': 'Compte créé pour {name}\u00a0: le parent doit donner son consentement',
  'consent.intro':
    'Le compte reste inactif tant que le parent n’a pas donné son consentement. Le parent peut ouvrir la page de consentement sur cet appareil, depuis le lien copié ou en scannant le code QR avec un téléphone.',
  'consent.link': 'Ouvrir la page de consentement (nouvel onglet)',
  'consent.copy': 'Copier le lien',
  'consent.copied': 'Lien copié',
  'consent.copyFailed': 'Impossible de copier le lien. Sélectionnez-le et copiez-le à la main.',
  'consent.qr': 'Code QR du lien de consentement',
  'consent.email': 'Le parent recevra un e-mail avec un lien pour donner son consentement.',
  'consent.email.to':
    'Le parent recevra un e-mail à l’adresse {email} avec un lien pour donner son consentement.',
  'consent.approved': 'Le parent a donné son consentement. Le compte est prêt.',
  'consent.denied': 'Le parent a refusé de donner son consentement. Le compte reste inactif.',
  'consent.expired': 'La demande de consentement a expiré. Renvoyez-la au parent.',
  'consent.resend': 'Renvoyer au parent',
  'consent.resent': 'Nous avons demandé à PRIVO de renvoyer l’e-mail de consentement.',
  'consent.resend.wait':
    'Vous pourrez renvoyer l’e-mail dans {seconds, plural, one {# seconde} many {# de secondes} other {# secondes}}.',
  'consent.resendFailed': 'Impossible de renvoyer l’e-mail de consentement.',
};
