import type { common as en } from '../en/common.js';

/**
 * Wspólne komunikaty po polsku. Bez zwrotów „ty” i „Pan/Pani”: zdania bezosobowe („Nie udało się…”,
 * „Prosimy spróbować ponownie.”), tryb rozkazujący tylko w etykietach przycisków i linków.
 */
export const common: Record<keyof typeof en, string> = {
  'error.validation': 'Przed przejściem dalej trzeba poprawić niektóre dane.',
  'error.unauthorized':
    'Brak uprawnień do tej czynności. Prosimy zalogować się ponownie lub skontaktować się z administratorem.',
  'error.not-found': 'Nie znaleziono tej osoby ani konta.',
  'error.conflict': 'To już zostało zrobione albo te dane są już używane.',
  'error.rate-limited': 'Zbyt wiele prób. Prosimy chwilę poczekać i spróbować ponownie.',
  'error.rate-limited.wait':
    'Zbyt wiele prób. Prosimy spróbować ponownie za {seconds, plural, one {# sekundę} few {# sekundy} many {# sekund} other {# sekundy}}.',
  'error.server': 'Usługa ma problemy. Prosimy spróbować ponownie.',
  'error.network': 'Nie udało się połączyć z usługą. Prosimy sprawdzić połączenie i spróbować ponownie.',
  'error.offline': 'Brak połączenia z internetem. Po jego przywróceniu można spróbować ponownie.',
  'error.timeout':
    'Usługa nie odpowiedziała na czas. Wpisane dane nie zostały utracone: prosimy spróbować ponownie.',
  'error.aborted': 'Żądanie zostało anulowane.',
  'error.invalid-response':
    'Usługa przesłała odpowiedź, której nie udało się odczytać. Prosimy spróbować ponownie.',
  'error.may-have-succeeded':
    'Nie otrzymano odpowiedzi, więc konto mogło zostać utworzone: prosimy to sprawdzić przed ponowną próbą.',
  'error.trace': 'Numer referencyjny: {traceId}',
  'error.adult-has-children':
    'Ten rodzic ma już w PRIVO konto dziecka, więc nie można tu dodać kolejnego dziecka. Rodzic może dodać kolejne dzieci na swoim koncie PRIVO.',
  'error.email-in-use': 'Ten adres e-mail jest już używany przez inne konto. Prosimy podać inny adres.',
  'error.retry': 'Spróbuj ponownie',
  'fieldError.required': 'To pole jest wymagane.',
  'fieldError.blank': 'To pole nie może zawierać samych spacji.',
  'fieldError.invalid-type': 'Ta wartość jest nieprawidłowa.',
  'fieldError.invalid-email': 'Prosimy podać adres e-mail w formacie imie@przyklad.pl.',
  'fieldError.invalid-birth-date-format': 'Prosimy podać dzień, miesiąc i rok cyframi.',
  'fieldError.invalid-birth-date': 'Prosimy podać istniejącą datę.',
  'fieldError.birth-date-in-future': 'Data urodzenia nie może być z przyszłości.',
  'fieldError.same-as-parent-email': 'Adres e-mail dziecka musi być inny niż adres e-mail rodzica.',
  'fieldError.invalid-first-name': 'Dozwolone są tylko litery, bez spacji i cyfr.',
  'fieldError.invalid-last-name': 'Dozwolone są tylko litery.',
  'fieldError.invalid-user-name': 'Dozwolone jest od 3 do 20 liter, cyfr lub podkreśleń.',
  'fieldError.birth-date-or-role-required': 'Prosimy podać datę urodzenia.',
  'fieldError.self-link': 'Tożsamość nie może być własnym dzieckiem.',
  'fieldError.taken': 'Ta wartość jest już zajęta. Prosimy podać inną.',
  'status.PENDING': 'Oczekujący',
  'status.PENDING_EMAIL_VALIDATION': 'E-mail niepotwierdzony',
  'status.PENDING_PHONE_VALIDATION': 'Telefon niepotwierdzony',
  'status.SCREENING': 'W trakcie sprawdzania',
  'status.ACTIVE': 'Aktywny',
  'status.BLOCKED': 'Zablokowany',
  'status.INACTIVE': 'Nieaktywny',
  'status.PENDING_2FA': 'Oczekuje na weryfikację dwuetapową',
  'status.PENDING_VERIFICATION': 'Oczekuje na weryfikację',
  'status.FAILED_VERIFICATION': 'Weryfikacja nieudana',
  'status.unknown': 'Status: {status}',
  'consentStatus.pending': 'Oczekiwanie na zgodę',
  'consentStatus.approved': 'Zgoda wyrażona',
  'consentStatus.denied': 'Odmowa zgody',
  'consentStatus.expired': 'Zgoda wygasła',
  'consentStatus.postponed': 'Zgoda odroczona',
  'identityType.USER': 'Osoba',
  'identityType.ORGANIZATION': 'Organizacja',
};
