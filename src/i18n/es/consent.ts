import type { consent as en } from '../en/consent.js';

/** Mensajes del paso de consentimiento parental. */
export const consent: Record<keyof typeof en, string> = {
  'consent.heading': 'Falta el consentimiento del padre o la madre',
  'consent.heading.named': 'Cuenta creada para {name}: falta el consentimiento del padre o la madre',
  'consent.intro':
    'La cuenta seguirá inactiva hasta que el padre o la madre dé su consentimiento. Puede abrir la página de consentimiento en este dispositivo, desde el enlace copiado o escaneando el código QR con un teléfono.',
  'consent.link': 'Abrir la página de consentimiento (se abre en una pestaña nueva)',
  'consent.copy': 'Copiar enlace',
  'consent.copied': 'Enlace copiado',
  'consent.copyFailed': 'No se pudo copiar el enlace. Selecciónelo y cópielo a mano.',
  'consent.qr': 'Código QR del enlace de consentimiento',
  'consent.email': 'El padre o la madre recibirá un correo con un enlace para dar su consentimiento.',
  'consent.email.to':
    'El padre o la madre recibirá un correo en {email} con un enlace para dar su consentimiento.',
  'consent.approved': 'El padre o la madre dio su consentimiento. La cuenta está lista para usarse.',
  'consent.denied': 'El padre o la madre rechazó el consentimiento. La cuenta sigue inactiva.',
  'consent.expired': 'La solicitud de consentimiento venció. Reenvíela al padre o la madre.',
  'consent.resend': 'Reenviar al padre o la madre',
  'consent.resent': 'Pedimos a PRIVO que reenvíe el correo de consentimiento.',
  'consent.resend.wait':
    'Podrá reenviar en {seconds, plural, one {# segundo} many {# de segundos} other {# segundos}}.',
  'consent.resendFailed': 'No se pudo reenviar el correo de consentimiento.',
};
