import type { consent as en } from '../en/consent.js';

/** Messaggi del passaggio del consenso del genitore. */
export const consent: Record<keyof typeof en, string> = {
  'consent.heading': 'Serve il consenso del genitore',
  'consent.heading.named': 'Account creato per {name}: serve il consenso del genitore',
  'consent.intro':
    'L’account resta inattivo finché il genitore non dà il consenso. Il genitore può aprire la pagina del consenso su questo dispositivo, dal link copiato o inquadrando il codice QR con un telefono.',
  'consent.link': 'Aprire la pagina del consenso (nuova scheda)',
  'consent.copy': 'Copiare il link',
  'consent.copied': 'Link copiato',
  'consent.copyFailed': 'Impossibile copiare il link. Selezionarlo e copiarlo a mano.',
  'consent.qr': 'Codice QR del link del consenso',
  'consent.email': 'Il genitore riceverà un’email con un link per dare il consenso.',
  'consent.email.to': 'Il genitore riceverà all’indirizzo {email} un’email con un link per dare il consenso.',
  'consent.approved': 'Il genitore ha dato il consenso. L’account è pronto.',
  'consent.denied': 'Il genitore ha negato il consenso. L’account resta inattivo.',
  'consent.expired': 'La richiesta di consenso è scaduta. Reinviarla al genitore.',
  'consent.resend': 'Reinviare al genitore',
  'consent.resent': 'Abbiamo chiesto a PRIVO di reinviare l’email del consenso.',
  'consent.resend.wait':
    'Si potrà reinviare tra {seconds, plural, one {# secondo} many {# di secondi} other {# secondi}}.',
  'consent.resendFailed': 'Impossibile reinviare l’email del consenso.',
};
