import type { consent as en } from '../en/consent.js';

/** Mensajes del paso de consentimiento parental. */
export const consent: Record<keyof typeof en, string> = {
  'consent.heading': 'Falta el consentimiento de un padre o una madre',
  'consent.heading.named': 'Cuenta creada para {name}: falta el consentimiento de un padre o una madre',
  'consent.intro':
    'La cuenta seguirá inactiva hasta que un padre o una madre la apruebe. Pueden abrir la página de consentimiento en este dispositivo, desde el enlace copiado o escaneando el código QR con un teléfono.',
  'consent.link': 'Abrir la página de consentimiento parental (se abre en una pestaña nueva)',
  'consent.copy': 'Copiar enlace',
  'consent.copied': 'Enlace copiado',
  'consent.copyFailed': 'No se pudo copiar el enlace. Selecciónalo y cópialo a mano.',
  'consent.qr': 'Código QR del enlace de consentimiento',
  'consent.email': 'El padre o la madre recibirá un correo con un enlace para dar su consentimiento.',
  'consent.email.to':
    'El padre o la madre recibirá un correo en {email} con un enlace para dar su consentimiento.',
  'consent.approved': 'Un padre o una madre dio su consentimiento. La cuenta está lista.',
  'consent.denied': 'Un padre o una madre lo rechazó. La cuenta sigue inactiva.',
  'consent.expired': 'La solicitud de consentimiento caducó. Envíala de nuevo.',
  'consent.resend': 'Reenviar al padre o la madre',
  'consent.resent': 'Pedimos que se vuelva a enviar el correo de consentimiento.',
  'consent.resend.wait': 'Podrás reenviar en {seconds, plural, one {# segundo} other {# segundos}}.',
  'consent.resendFailed': 'No se pudo reenviar el correo.',
};
