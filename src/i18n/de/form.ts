import type { form as en } from '../en/form.js';

/** Meldungen des Formulars zum Hinzufügen eines Kindes. */
export const form: Record<keyof typeof en, string> = {
  'form.firstName': 'Vorname',
  'form.lastName': 'Nachname',
  'form.userName': 'Benutzername',
  'form.birthDate': 'Geburtsdatum',
  'form.birthDay': 'Tag',
  'form.birthMonth': 'Monat',
  'form.birthYear': 'Jahr',
  'form.role': 'Altersgruppe',
  'form.gender': 'Geschlecht',
  'form.gender.none': 'Keine Angabe',
  'form.gender.choose': 'Bitte wählen',
  'form.gender.female': 'Weiblich',
  'form.gender.male': 'Männlich',
  'form.email': 'E-Mail-Adresse des Kindes',
  'form.parentEmail': 'E-Mail-Adresse des Elternteils',
  'form.optional': '(optional)',
  'form.submit': 'Kind hinzufügen',
  'form.pending': 'Kind wird hinzugefügt…',
  'form.addForAnotherParent': 'Kind für einen anderen Elternteil hinzufügen',
  'form.nextChild': 'Weitere Kinder kann der Elternteil im eigenen PRIVO-Konto hinzufügen.',
  'form.parentAccountLink': 'PRIVO-Konto des Elternteils öffnen (neuer Tab)',
  'form.errorIn': '{field}: {message}',
};
