import type { common as en } from '../en/common.js';

/** Gemeinsame Meldungen auf Deutsch (Anrede: Sie). */
export const common: Record<keyof typeof en, string> = {
  'error.validation': 'Einige Angaben müssen korrigiert werden, bevor es weitergeht.',
  'error.unauthorized':
    'Sie sind dazu nicht berechtigt. Melden Sie sich erneut an oder wenden Sie sich an einen Administrator.',
  'error.not-found': 'Diese Person oder dieses Konto wurde nicht gefunden.',
  'error.conflict': 'Das ist bereits erledigt, oder die Angaben werden schon verwendet.',
  'error.rate-limited': 'Zu viele Versuche. Bitte warten Sie kurz und versuchen Sie es erneut.',
  'error.rate-limited.wait':
    'Zu viele Versuche. Bitte versuchen Sie es in {seconds, plural, one {# Sekunde} other {# Sekunden}} erneut.',
  'error.server': 'Beim Dienst ist ein Problem aufgetreten. Bitte versuchen Sie es erneut.',
  'error.network': 'Der Dienst ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  'error.offline': 'Sie sind offline. Sobald die Verbindung wieder steht, können Sie es erneut versuchen.',
  'error.timeout':
    'Der Dienst hat nicht rechtzeitig geantwortet. Ihre Eingaben sind nicht verloren: Bitte versuchen Sie es erneut.',
  'error.aborted': 'Die Anfrage wurde abgebrochen.',
  'error.invalid-response': 'Die Antwort des Dienstes war nicht lesbar. Bitte versuchen Sie es erneut.',
  'error.may-have-succeeded':
    'Keine Antwort erhalten, das Konto wurde also eventuell erstellt: Prüfen Sie das, bevor Sie es erneut versuchen.',
  'error.trace': 'Referenz: {traceId}',
  'error.adult-has-children':
    'Dieser Elternteil hat bei PRIVO bereits ein Kinderkonto, daher kann hier kein weiteres Kind hinzugefügt werden. Der Elternteil kann weitere Kinder im eigenen PRIVO-Konto hinzufügen.',
  'error.email-in-use':
    'Diese E-Mail-Adresse gehört bereits zu einem anderen Konto. Verwenden Sie eine andere.',
  'error.retry': 'Erneut versuchen',
  'fieldError.required': 'Dieses Feld ist erforderlich.',
  'fieldError.blank': 'Dieses Feld darf nicht nur Leerzeichen enthalten.',
  'fieldError.invalid-type': 'Dieser Wert ist ungültig.',
  'fieldError.invalid-email': 'Geben Sie eine E-Mail-Adresse wie name@beispiel.de ein.',
  'fieldError.invalid-birth-date-format': 'Geben Sie Tag, Monat und Jahr als Zahlen ein.',
  'fieldError.invalid-birth-date': 'Geben Sie ein Datum ein, das es gibt.',
  'fieldError.birth-date-in-future': 'Das Geburtsdatum darf nicht in der Zukunft liegen.',
  'fieldError.same-as-parent-email':
    'Die E-Mail-Adresse des Kindes muss sich von der des Elternteils unterscheiden.',
  'fieldError.invalid-first-name': 'Verwenden Sie nur Buchstaben, ohne Leerzeichen oder Ziffern.',
  'fieldError.invalid-last-name': 'Verwenden Sie nur Buchstaben.',
  'fieldError.invalid-user-name': 'Verwenden Sie 3 bis 20 Buchstaben, Ziffern oder Unterstriche.',
  'fieldError.birth-date-or-role-required': 'Geben Sie ein Geburtsdatum ein.',
  'fieldError.self-link': 'Eine Identität kann nicht ihr eigenes Kind sein.',
  'fieldError.taken': 'Das ist bereits vergeben. Versuchen Sie etwas anderes.',
  'status.PENDING': 'Ausstehend',
  'status.PENDING_EMAIL_VALIDATION': 'E-Mail nicht bestätigt',
  'status.PENDING_PHONE_VALIDATION': 'Telefon nicht bestätigt',
  'status.SCREENING': 'In Prüfung',
  'status.ACTIVE': 'Aktiv',
  'status.BLOCKED': 'Gesperrt',
  'status.INACTIVE': 'Inaktiv',
  'status.PENDING_2FA': 'Bestätigung in zwei Schritten ausstehend',
  'status.PENDING_VERIFICATION': 'Verifizierung ausstehend',
  'status.FAILED_VERIFICATION': 'Verifizierung fehlgeschlagen',
  'status.unknown': 'Status: {status}',
  'consentStatus.pending': 'Einwilligung ausstehend',
  'consentStatus.approved': 'Einwilligung erteilt',
  'consentStatus.denied': 'Einwilligung verweigert',
  'consentStatus.expired': 'Einwilligung abgelaufen',
  'consentStatus.postponed': 'Einwilligung verschoben',
  'identityType.USER': 'Person',
  'identityType.ORGANIZATION': 'Organisation',
};
