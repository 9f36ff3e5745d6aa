import type { consent as en } from '../en/consent.js';

/** Meldungen des Schritts zur elterlichen Einwilligung. */
export const consent: Record<keyof typeof en, string> = {
  'consent.heading': 'Der Elternteil muss die Einwilligung erteilen',
  'consent.heading.named': 'Konto für {name} erstellt: Der Elternteil muss die Einwilligung erteilen',
  'consent.intro':
    'Das Konto bleibt inaktiv, bis der Elternteil die Einwilligung erteilt. Der Elternteil kann die Einwilligungsseite auf diesem Gerät, über den kopierten Link oder per QR-Code mit dem Smartphone öffnen.',
  'consent.link': 'Einwilligungsseite öffnen (neuer Tab)',
  'consent.copy': 'Link kopieren',
  'consent.copied': 'Link kopiert',
  'consent.copyFailed': 'Der Link konnte nicht kopiert werden. Markieren und kopieren Sie ihn von Hand.',
  'consent.qr': 'QR-Code des Einwilligungslinks',
  'consent.email': 'Der Elternteil erhält eine E-Mail mit einem Link zur Einwilligung.',
  'consent.email.to': 'Der Elternteil erhält an {email} eine E-Mail mit einem Link zur Einwilligung.',
  'consent.approved': 'Der Elternteil hat die Einwilligung erteilt. Das Konto ist einsatzbereit.',
  'consent.denied': 'Der Elternteil hat die Einwilligung verweigert. Das Konto bleibt inaktiv.',
  'consent.expired': 'Die Einwilligungsanfrage ist abgelaufen. Senden Sie sie erneut an den Elternteil.',
  'consent.resend': 'Erneut an den Elternteil senden',
  'consent.resent': 'Wir haben PRIVO gebeten, die Einwilligungs-E-Mail erneut zu senden.',
  'consent.resend.wait': 'Sie können in {seconds, plural, one {# Sekunde} other {# Sekunden}} erneut senden.',
  'consent.resendFailed': 'Die Einwilligungs-E-Mail konnte nicht erneut gesendet werden.',
};
