import type { consent as en } from '../en/consent.js';

/** Komunikaty kroku zgody rodzica. */
export const consent: Record<keyof typeof en, string> = {
  'consent.heading': 'Potrzebna jest zgoda rodzica',
  'consent.heading.named': '{name}: konto utworzone, potrzebna jest zgoda rodzica',
  'consent.intro':
    'Konto pozostanie nieaktywne, dopóki rodzic nie wyrazi zgody. Stronę zgody można otworzyć tutaj, przez skopiowany link lub kod QR.',
  'consent.link': 'Otwórz stronę zgody (w nowej karcie)',
  'consent.copy': 'Kopiuj link',
  'consent.copied': 'Link skopiowany',
  'consent.copyFailed': 'Nie udało się skopiować linku. Prosimy zaznaczyć go i skopiować ręcznie.',
  'consent.qr': 'Kod QR linku do zgody',
  'consent.email': 'Rodzic otrzyma e-mail z linkiem do wyrażenia zgody.',
  'consent.email.to': 'Rodzic otrzyma na adres {email} e-mail z linkiem do wyrażenia zgody.',
  'consent.approved': 'Rodzic wyraził zgodę. Konto jest gotowe.',
  'consent.denied': 'Rodzic nie wyraził zgody. Konto pozostaje nieaktywne.',
  'consent.expired': 'Prośba o zgodę wygasła. Prosimy wysłać ją ponownie do rodzica.',
  'consent.resend': 'Wyślij ponownie do rodzica',
  'consent.resent': 'Poprosiliśmy PRIVO o ponowne wysłanie e-maila z prośbą o zgodę.',
  'consent.resend.wait':
    'Ponowne wysłanie możliwe za {seconds, plural, one {# sekundę} few {# sekundy} many {# sekund} other {# sekundy}}.',
  'consent.resendFailed': 'Nie udało się ponownie wysłać e-maila z prośbą o zgodę.',
};
