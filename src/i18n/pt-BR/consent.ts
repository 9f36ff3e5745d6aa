import type { consent as en } from '../en/consent.js';

/** Mensagens da etapa de consentimento do responsável. */
export const consent: Record<keyof typeof en, string> = {
  'consent.heading': 'Falta o consentimento do responsável',
  'consent.heading.named': 'Conta criada para {name}: falta o consentimento do responsável',
  'consent.intro':
    'A conta fica inativa até que o responsável dê o consentimento. O responsável pode abrir a página de consentimento neste dispositivo, pelo link copiado ou lendo o código QR com um celular.',
  'consent.link': 'Abrir a página de consentimento (abre em uma nova aba)',
  'consent.copy': 'Copiar link',
  'consent.copied': 'Link copiado',
  'consent.copyFailed': 'Não foi possível copiar o link. Selecione-o e copie manualmente.',
  'consent.qr': 'Código QR do link de consentimento',
  'consent.email': 'O responsável receberá um e-mail com um link para dar o consentimento.',
  'consent.email.to': 'O responsável receberá um e-mail em {email} com um link para dar o consentimento.',
  'consent.approved': 'O responsável deu o consentimento. A conta está pronta para uso.',
  'consent.denied': 'O responsável recusou o consentimento. A conta continua inativa.',
  'consent.expired': 'O pedido de consentimento expirou. Reenvie-o ao responsável.',
  'consent.resend': 'Reenviar ao responsável',
  'consent.resent': 'Pedimos ao PRIVO que reenviasse o e-mail de consentimento.',
  'consent.resend.wait':
    'Você poderá reenviar em {seconds, plural, one {# segundo} many {# de segundos} other {# segundos}}.',
  'consent.resendFailed': 'Não foi possível reenviar o e-mail de consentimento.',
};
