import type { form as en } from '../en/form.js';

/** Messaggi del modulo per aggiungere un minore. */
export const form: Record<keyof typeof en, string> = {
  'form.firstName': 'Nome',
  'form.lastName': 'Cognome',
  'form.userName': 'Nome utente',
  'form.birthDate': 'Data di nascita',
  'form.birthDay': 'Giorno',
  'form.birthMonth': 'Mese',
  'form.birthYear': 'Anno',
  'form.role': 'Fascia d’età',
  'form.gender': 'Genere',
  'form.gender.none': 'Preferisco non specificarlo',
  'form.gender.choose': 'Scegliere un’opzione',
  'form.gender.female': 'Femminile',
  'form.gender.male': 'Maschile',
  'form.email': 'Email del minore',
  'form.parentEmail': 'Email del genitore',
  'form.optional': '(facoltativo)',
  'form.submit': 'Aggiungere il minore',
  'form.pending': 'Aggiunta del minore…',
  'form.addForAnotherParent': 'Aggiungere un minore per un altro genitore',
  'form.nextChild': 'Per aggiungere altri minori, il genitore può usare il proprio account PRIVO.',
  'form.parentAccountLink': 'Aprire l’account PRIVO del genitore (nuova scheda)',
  'form.errorIn': '{field}: {message}',
};
