import type { form as en } from '../en/form.js';

/** Meldingen van het formulier om een kind toe te voegen. */
export const form: Record<keyof typeof en, string> = {
  'form.firstName': 'Voornaam',
  'form.lastName': 'Achternaam',
  'form.userName': 'Gebruikersnaam',
  'form.birthDate': 'Geboortedatum',
  'form.birthDay': 'Dag',
  'form.birthMonth': 'Maand',
  'form.birthYear': 'Jaar',
  'form.role': 'Leeftijdsgroep',
  'form.gender': 'Geslacht',
  'form.gender.none': 'Zeg ik liever niet',
  'form.gender.choose': 'Kies een optie',
  'form.gender.female': 'Vrouwelijk',
  'form.gender.male': 'Mannelijk',
  'form.email': 'E-mailadres van het kind',
  'form.parentEmail': 'E-mailadres van de ouder',
  'form.optional': '(optioneel)',
  'form.submit': 'Kind toevoegen',
  'form.pending': 'Kind wordt toegevoegd…',
  'form.addForAnotherParent': 'Kind toevoegen voor een andere ouder',
  'form.nextChild': 'Om nog een kind toe te voegen, kan de ouder het eigen PRIVO-account gebruiken.',
  'form.parentAccountLink': 'PRIVO-account van de ouder openen (nieuw tabblad)',
  'form.errorIn': '{field}: {message}',
};
