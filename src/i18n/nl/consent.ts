import type { consent as en } from '../en/consent.js';

/** Meldingen van de stap voor de toestemming van de ouder. */
export const consent: Record<keyof typeof en, string> = {
  'consent.heading': 'De ouder moet toestemming geven',
  'consent.heading.named': 'Account aangemaakt voor {name}: de ouder moet toestemming geven',
  'consent.intro':
    'Het account blijft inactief tot de ouder toestemming geeft. De ouder kan de toestemmingspagina openen op dit apparaat, via de gekopieerde link of door de QR-code met een telefoon te scannen.',
  'consent.link': 'Toestemmingspagina openen (nieuw tabblad)',
  'consent.copy': 'Link kopiëren',
  'consent.copied': 'Link gekopieerd',
  'consent.copyFailed': 'De link kon niet worden gekopieerd. Selecteer de link en kopieer hem zelf.',
  'consent.qr': 'QR-code van de toestemmingslink',
  'consent.email': 'De ouder krijgt een e-mail met een link om toestemming te geven.',
  'consent.email.to': 'De ouder krijgt op {email} een e-mail met een link om toestemming te geven.',
  'consent.approved': 'De ouder heeft toestemming gegeven. Het account is klaar voor gebruik.',
  'consent.denied': 'De ouder heeft de toestemming geweigerd. Het account blijft inactief.',
  'consent.expired': 'Het toestemmingsverzoek is verlopen. Verzend het opnieuw naar de ouder.',
  'consent.resend': 'Opnieuw naar de ouder verzenden',
  'consent.resent': 'We hebben PRIVO gevraagd de toestemmings-e-mail opnieuw te verzenden.',
  'consent.resend.wait':
    'U kunt over {seconds, plural, one {# seconde} other {# seconden}} opnieuw verzenden.',
  'consent.resendFailed': 'De toestemmings-e-mail kon niet opnieuw worden verzonden.',
};
