import type { form as en } from '../en/form.js';

/** Komunikaty formularza dodawania dziecka. */
export const form: Record<keyof typeof en, string> = {
  'form.firstName': 'Imię',
  'form.lastName': 'Nazwisko',
  'form.userName': 'Nazwa użytkownika',
  'form.birthDate': 'Data urodzenia',
  'form.birthDay': 'Dzień',
  'form.birthMonth': 'Miesiąc',
  'form.birthYear': 'Rok',
  'form.role': 'Grupa wiekowa',
  'form.gender': 'Płeć',
  'form.gender.none': 'Nie chcę podawać',
  'form.gender.choose': 'Wybierz opcję',
  'form.gender.female': 'Żeńska',
  'form.gender.male': 'Męska',
  'form.email': 'E-mail dziecka',
  'form.parentEmail': 'E-mail rodzica',
  'form.optional': '(opcjonalnie)',
  'form.submit': 'Dodaj dziecko',
  'form.pending': 'Dodawanie dziecka…',
  'form.addForAnotherParent': 'Dodaj dziecko innego rodzica',
  'form.nextChild': 'Kolejne dzieci rodzic może dodać na swoim koncie PRIVO.',
  'form.parentAccountLink': 'Otwórz konto PRIVO rodzica (w nowej karcie)',
  'form.errorIn': '{field}: {message}',
};
