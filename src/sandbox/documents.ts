/**
 * Identity document numbers that look and check like the real ones (check digits included), so
 * partners see realistic values: RUT (CHL), CURP / RFC (MEX), CED_CIU / CED_EXT / NIT (COL),
 * DNI / CE / RUC (PER), DNI / CUIT (ARG), PASSPORT and CNPJ (BRA). Never real people's numbers:
 * the bodies are generated.
 */

/** `12345678` → `12.345.678`. */
function withThousands(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** Chilean RUT with its mod-11 check digit, formatted `12.345.678-K`. */
export function rut(body: number): string {
  let sum = 0;
  let factor = 2;
  for (let rest = body; rest > 0; rest = Math.floor(rest / 10)) {
    sum += (rest % 10) * factor;
    factor = factor === 7 ? 2 : factor + 1;
  }
  const check = 11 - (sum % 11);
  const digit = check === 11 ? '0' : check === 10 ? 'K' : String(check);
  return `${withThousands(body)}-${digit}`;
}

const CURP_ALPHABET = '0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ';
const VOWELS = 'AEIOU';

const curpLetterCache = new Map<string, string>();

/** Upper-case ASCII letters of a name (accents dropped). Cached: generation calls it per person. */
function curpLetters(value: string): string {
  let letters = curpLetterCache.get(value);
  if (letters === undefined) {
    letters = value
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toUpperCase()
      .replace(/[^A-Z]/g, '');
    curpLetterCache.set(value, letters);
  }
  return letters;
}

function firstInner(word: string, wantVowel: boolean): string {
  for (let index = 1; index < word.length; index++) {
    const letter = word[index] as string;
    if (VOWELS.includes(letter) === wantVowel) return letter;
  }
  return 'X';
}

/** The parts a CURP is built from. */
export interface CurpParts {
  firstName: string;
  firstSurname: string;
  secondSurname: string;
  /** `YYMMDD`. */
  birthDate: string;
  /** `H` (hombre) or `M` (mujer). */
  sex: 'H' | 'M';
  /** Two-letter state code (`DF`, `JC`, `NL`, …). */
  state: string;
  /** Position 17: a digit for births before 2000, a letter after. */
  differentiator: string;
}

/** Mexican CURP (18 characters) with its check digit. */
export function curp(parts: CurpParts): string {
  const first = curpLetters(parts.firstName.replace(/^(MAR[IÍ]A|JOS[EÉ]) /i, '')) || 'X';
  const surname1 = curpLetters(parts.firstSurname) || 'X';
  const surname2 = curpLetters(parts.secondSurname) || 'X';
  // Joined rather than concatenated: a flat string, not a rope (matters at 100,000 identities).
  const head = [
    surname1[0],
    firstInner(surname1, true),
    surname2[0],
    first[0],
    parts.birthDate,
    parts.sex,
    parts.state,
    firstInner(surname1, false),
    firstInner(surname2, false),
    firstInner(first, false),
    parts.differentiator,
  ].join('');
  let sum = 0;
  for (let index = 0; index < 17; index++) sum += CURP_ALPHABET.indexOf(head[index] as string) * (18 - index);
  return [head, (10 - (sum % 10)) % 10].join('');
}

const SKIPPED_RFC_WORDS = new Set(['DE', 'DEL', 'LA', 'LAS', 'LOS', 'EL', 'Y', 'SA', 'CV', 'SOCIEDAD']);

/** Mexican RFC of a company (12 characters): 3 letters of the name, `YYMMDD`, a 3-character homoclave. */
export function rfc(companyName: string, incorporated: string, homoclave: string): string {
  const words = companyName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/[^A-Z ]/g, ' ')
    .split(/\s+/)
    .filter((word) => word.length > 0 && !SKIPPED_RFC_WORDS.has(word));
  let letters = words
    .slice(0, 3)
    .map((word) => word[0])
    .join('');
  if (letters.length < 3) letters = `${letters}${(words[0] ?? 'XXX').slice(1)}XXX`.slice(0, 3);
  return `${letters}${incorporated}${homoclave}`;
}

const NIT_WEIGHTS = [3, 7, 13, 17, 19, 23, 29, 37, 41, 43, 47, 53, 59, 67, 71];

/** Colombian NIT with its check digit, `900123456-7`. */
export function nit(body: number): string {
  const digits = String(body);
  let sum = 0;
  for (let index = 0; index < digits.length; index++) {
    sum += Number(digits[digits.length - 1 - index]) * (NIT_WEIGHTS[index] as number);
  }
  const rest = sum % 11;
  return `${digits}-${rest <= 1 ? rest : 11 - rest}`;
}

const MOD11_WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

function mod11(digits: string): number {
  let sum = 0;
  for (let index = 0; index < 10; index++) sum += Number(digits[index]) * (MOD11_WEIGHTS[index] as number);
  return 11 - (sum % 11);
}

/** Argentine CUIT of a company, `30-12345678-9` (prefix 33 when 30 gives no valid check digit, as AFIP does). */
export function cuit(body: number): string {
  const number = String(body).padStart(8, '0');
  const check = mod11(`30${number}`);
  if (check === 10) return ['33-', number, '-', mod11(`33${number}`) % 11].join('');
  return ['30-', number, '-', check === 11 ? 0 : check].join('');
}

/** Peruvian RUC of a company (`20` + 8 digits + check digit). */
export function ruc(body: number): string {
  const head = `20${String(body).padStart(8, '0')}`;
  const check = mod11(head);
  return `${head}${check === 10 ? 0 : check === 11 ? 1 : check}`;
}

function cnpjDigit(digits: string): number {
  let sum = 0;
  let weight = digits.length - 7;
  for (const digit of digits) {
    sum += Number(digit) * weight;
    weight = weight === 2 ? 9 : weight - 1;
  }
  const rest = sum % 11;
  return rest < 2 ? 0 : 11 - rest;
}

/** Brazilian CNPJ with both check digits, `12.345.678/0001-95`. */
export function cnpj(root: number): string {
  const base = `${String(root).padStart(8, '0')}0001`;
  const first = cnpjDigit(base);
  const second = cnpjDigit(`${base}${first}`);
  const digits = `${base}${first}${second}`;
  return [
    digits.slice(0, 2),
    '.',
    digits.slice(2, 5),
    '.',
    digits.slice(5, 8),
    '/',
    digits.slice(8, 12),
    '-',
    digits.slice(12),
  ].join('');
}
