/**
 * Deterministic generator of realistic Conomy identities in bulk (100,000 in a few hundred
 * milliseconds): people and organisations of six countries with accented names, matching document
 * types with valid check digits, phones, statuses weighted like a real tenant, and ids in both
 * formats Conomy uses (24-hex and UUID-like with version nibble `f`).
 */
import type { Identity, KnownIdentityStatus } from '../core/schemas.js';
import { cnpj, cuit, curp, nit, rfc, ruc, rut } from './documents.js';
import {
  COUNTRY_PROFILES,
  type CountryProfile,
  NICKNAMES,
  SANDBOX_COUNTRIES,
  type SandboxCountry,
  slug,
} from './names.js';
import { createRandom, deriveSeed, type Random } from './random.js';

/** Most identities one call can generate (ids carry a 24-bit counter). */
export const MAX_GENERATED = 0xffffff;

/** The seed used when none is given. */
export const DEFAULT_SEED = 1;

// Out of 100: most members of a real tenant are active; every documented status appears.
const STATUS_WEIGHTS: ReadonlyArray<readonly [KnownIdentityStatus, number]> = [
  ['ACTIVE', 70],
  ['PENDING', 6],
  ['PENDING_EMAIL_VALIDATION', 5],
  ['PENDING_PHONE_VALIDATION', 4],
  ['SCREENING', 5],
  ['BLOCKED', 3],
  ['INACTIVE', 4],
  ['PENDING_2FA', 1],
  ['PENDING_VERIFICATION', 1],
  ['FAILED_VERIFICATION', 1],
];
const STATUS_SLOTS: readonly KnownIdentityStatus[] = STATUS_WEIGHTS.flatMap(([status, weight]) =>
  Array.from({ length: weight }, () => status),
);

const ORGANIZATION_SHARE = 0.12;
const MEXICAN_STATES = ['DF', 'JC', 'NL', 'PL', 'YN', 'QT', 'MC', 'GT', 'VZ', 'BC'];
const HOMOCLAVE = 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789';
const PERSONAL_DOMAINS = ['example.com', 'example.net', 'example.org'];
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('');
const HOMOCLAVE_CHARACTERS = HOMOCLAVE.split('');
// 2019-01-01 … 2025-10-01 (UTC): when the generated identities were created.
const CREATED_FROM = Date.UTC(2019, 0, 1);
const CREATED_SPAN = Date.UTC(2025, 9, 1) - CREATED_FROM;

/**
 * A bijection of [0, modulus) (7919 is prime and divides none of the moduli used), so numbers never
 * repeat while `index < modulus`.
 */
function scramble(index: number, offset: number, modulus: number): number {
  return (index * 7919 + offset) % modulus;
}

function yymmdd(random: Random, fromYear: number, toYear: number): { text: string; year: number } {
  const year = fromYear + random.int(toYear - fromYear + 1);
  const month = 1 + random.int(12);
  const day = 1 + random.int(28);
  return {
    text: `${String(year % 100).padStart(2, '0')}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}`,
    year,
  };
}

interface PersonDocument {
  documentType: string;
  documentNumber: string;
}

function personDocument(
  profile: CountryProfile,
  random: Random,
  index: number,
  offset: number,
  names: { first: string; firstSurname: string; secondSurname: string; isFemale: boolean },
): PersonDocument {
  switch (profile.country) {
    case 'CHL':
      return { documentType: 'RUT', documentNumber: rut(8_000_000 + scramble(index, offset, 19_000_000)) };
    case 'MEX': {
      const birth = yymmdd(random, 1955, 2012);
      return {
        documentType: 'CURP',
        documentNumber: curp({
          firstName: names.first,
          firstSurname: names.firstSurname,
          secondSurname: names.secondSurname,
          birthDate: birth.text,
          sex: names.isFemale ? 'M' : 'H',
          state: random.pick(MEXICAN_STATES),
          differentiator: birth.year < 2000 ? String(random.int(10)) : random.pick(LETTERS),
        }),
      };
    }
    case 'COL':
      return random.next() < 0.1
        ? { documentType: 'CED_EXT', documentNumber: String(100_000 + scramble(index, offset, 8_900_000)) }
        : {
            documentType: 'CED_CIU',
            documentNumber: String(1_000_000_000 + scramble(index, offset, 99_999_989)),
          };
    case 'PER':
      return random.next() < 0.08
        ? {
            documentType: 'CE',
            documentNumber: String(scramble(index, offset, 999_999_937)).padStart(9, '0'),
          }
        : {
            documentType: 'DNI',
            documentNumber: String(scramble(index, offset, 99_999_989)).padStart(8, '0'),
          };
    case 'ARG':
      return {
        documentType: 'DNI',
        documentNumber: String(20_000_000 + scramble(index, offset, 29_999_999)),
      };
    case 'BRA':
      return {
        documentType: 'PASSPORT',
        documentNumber: [
          random.pick(LETTERS),
          random.pick(LETTERS),
          String(scramble(index, offset, 999_983)).padStart(6, '0'),
        ].join(''),
      };
  }
}

function organizationDocument(
  profile: CountryProfile,
  random: Random,
  index: number,
  offset: number,
  name: string,
): PersonDocument {
  switch (profile.country) {
    case 'CHL':
      return { documentType: 'RUT', documentNumber: rut(76_000_000 + scramble(index, offset, 3_999_971)) };
    case 'MEX': {
      const incorporated = yymmdd(random, 1985, 2023).text;
      const homoclave = `${random.pick(HOMOCLAVE_CHARACTERS)}${random.pick(HOMOCLAVE_CHARACTERS)}${random.int(10)}`;
      return { documentType: 'RFC', documentNumber: rfc(name, incorporated, homoclave) };
    }
    case 'COL':
      return { documentType: 'NIT', documentNumber: nit(900_000_000 + scramble(index, offset, 99_999_989)) };
    case 'PER':
      return { documentType: 'RUC', documentNumber: ruc(scramble(index, offset, 99_999_989)) };
    case 'ARG':
      return { documentType: 'CUIT', documentNumber: cuit(scramble(index, offset, 99_999_989)) };
    case 'BRA':
      // Not in Conomy's documented list (DOMAIN.md): kept to show that unknown document types must render.
      return { documentType: 'CNPJ', documentNumber: cnpj(scramble(index, offset, 99_999_989)) };
  }
}

const HEX_CODES = Array.from('0123456789abcdef', (digit) => digit.charCodeAt(0));
const DASH = 45;
const LETTER_F = 102;
// Character positions of the UUID-like format `xxxxxxxx-xxxx-fxxx-xxxx-xxxxxxxxxxxx`.
const UUID_DASHES = new Set([8, 13, 18, 23]);
const UUID_VERSION = 14;

/**
 * An id in one of Conomy's two formats, written as character codes into `buffer` (the fastest way
 * to build 100,000 flat strings, measured); `counter` (24 bits, distinct per identity) in the last
 * 6 hex digits makes it unique.
 */
function identityId(random: Random, counter: number, createdSeconds: number, buffer: number[]): string {
  const isObjectId = random.next() < 0.5;
  const length = isObjectId ? 24 : 36;
  buffer.length = length;
  let position = 0;
  if (isObjectId) {
    // Mongo ObjectId layout (like `679d29934a21df7584b38e12`): creation seconds, random, counter.
    for (let shift = 28; shift >= 0; shift -= 4) {
      buffer[position++] = HEX_CODES[(createdSeconds >>> shift) & 15] as number;
    }
  }
  // Random hex digits; the UUID-like layout adds the dashes and the version nibble `f` of the docs'
  // sample `1a5925ac-4629-f7bf-db28-ac0f655e3eef` (so not a valid RFC UUID, as in the real API).
  let bits = 0;
  for (let drawn = 0; position < length - 6; position++) {
    if (!isObjectId && UUID_DASHES.has(position)) buffer[position] = DASH;
    else if (!isObjectId && position === UUID_VERSION) buffer[position] = LETTER_F;
    else {
      // One 32-bit draw gives 8 hex digits.
      if (drawn % 8 === 0) bits = random.uint32();
      buffer[position] = HEX_CODES[(bits >>> ((drawn % 8) * 4)) & 15] as number;
      drawn++;
    }
  }
  for (let shift = 20; shift >= 0; shift -= 4)
    buffer[position++] = HEX_CODES[(counter >>> shift) & 15] as number;
  return String.fromCharCode.apply(null, buffer);
}

/** Precomputed strings of one country, shared by all its generated identities (keeps 100,000 light). */
interface CountryStrings {
  profile: CountryProfile;
  /** The mobile prefix without `+`, shifted left by the subscriber digits: phone = `+` + (base + n). */
  phoneBase: number;
  phoneSpan: number;
  femaleSlugs: readonly string[];
  maleSlugs: readonly string[];
  surnameSlugs: readonly string[];
  /** `lastnames[i][j]`: surname i then surname j. */
  lastnames: readonly (readonly string[])[];
  /** `tradeNames[kind][place]`. */
  tradeNames: readonly (readonly string[])[];
  tradeSlugs: readonly (readonly string[])[];
  /** `companyNames[kind][place][suffix]`. */
  companyNames: readonly (readonly (readonly string[])[])[];
}

const countryStrings = new Map<SandboxCountry, CountryStrings>();

function stringsOf(country: SandboxCountry): CountryStrings {
  let strings = countryStrings.get(country);
  if (strings) return strings;
  const profile = COUNTRY_PROFILES[country];
  const tradeNames = profile.companyKinds.map((kind) =>
    profile.companyPlaces.map((place) => `${kind} ${place}`),
  );
  strings = {
    profile,
    phoneBase: Number(profile.mobilePrefix.slice(1)) * 10 ** profile.mobileDigits,
    phoneSpan: 10 ** profile.mobileDigits,
    femaleSlugs: profile.femaleNames.map((name) => slug(name)),
    maleSlugs: profile.maleNames.map((name) => slug(name)),
    surnameSlugs: profile.surnames.map((name) => slug(name)),
    lastnames: profile.surnames.map((first) => profile.surnames.map((second) => `${first} ${second}`)),
    tradeNames,
    tradeSlugs: tradeNames.map((row) => row.map((name) => slug(name, '-'))),
    companyNames: tradeNames.map((row) =>
      row.map((tradeName) => profile.companySuffixes.map((suffix) => `${tradeName} ${suffix}`)),
    ),
  };
  countryStrings.set(country, strings);
  return strings;
}

/**
 * Generates `count` realistic identities, always the same for the same `seed` (and the first `n`
 * of a longer list equal the list of `n`). Ids are unique within one call; document numbers carry
 * valid check digits; about 12 % are organisations; statuses follow a realistic mix in which every
 * documented status appears; about 2 % of people have no email (`null`). Identities have no
 * children. 100,000 take well under a second.
 *
 * @param count How many identities (0 to 16,777,215).
 * @param seed Any integer. @default 1
 */
export function generateIdentities(count: number, seed: number = DEFAULT_SEED): Identity[] {
  if (!Number.isInteger(count) || count < 0 || count > MAX_GENERATED) {
    throw new RangeError(
      `generateIdentities: count must be a whole number from 0 to ${MAX_GENERATED}, got ${count}`,
    );
  }
  const random = createRandom(deriveSeed(seed, 'identities'));
  const offset = deriveSeed(seed, 'documents') % 1_000_000;
  const tables = SANDBOX_COUNTRIES.map(stringsOf);
  // A pool of creation times: shared strings keep 100,000 identities light; the order looks random.
  const createdPool = Array.from({ length: 4096 }, () => CREATED_FROM + random.int(CREATED_SPAN));
  const createdIso = createdPool.map((ms) => new Date(ms).toISOString());
  const idBuffer: number[] = [];
  // XOR with a constant keeps counters distinct while hiding the sequence (ids should look random).
  const counterMask = deriveSeed(seed, 'counter') & 0xffffff;
  const identities: Identity[] = new Array(count);
  for (let index = 0; index < count; index++) {
    const strings = tables[random.int(tables.length)] as CountryStrings;
    const { profile } = strings;
    const isOrganization = random.next() < ORGANIZATION_SHARE;
    const status = STATUS_SLOTS[random.int(STATUS_SLOTS.length)] as KnownIdentityStatus;
    const created = random.int(createdPool.length);
    const createdAt = createdIso[created] as string;
    const id = identityId(
      random,
      (index ^ counterMask) & 0xffffff,
      Math.floor((createdPool[created] as number) / 1000),
      idBuffer,
    );
    const phone = ['+', strings.phoneBase + random.int(strings.phoneSpan)].join('');
    if (isOrganization) {
      const kind = random.int(profile.companyKinds.length);
      const place = random.int(profile.companyPlaces.length);
      const suffix = random.int(profile.companySuffixes.length);
      const tradeName = strings.tradeNames[kind]?.[place] as string;
      const name = strings.companyNames[kind]?.[place]?.[suffix] as string;
      const document = organizationDocument(profile, random, index, offset, name);
      identities[index] = {
        id,
        type: 'ORGANIZATION',
        name,
        lastname: null,
        nickname: random.next() < 0.5 ? tradeName : null,
        email: [
          'contacto@',
          strings.tradeSlugs[kind]?.[place],
          '-',
          index.toString(36),
          '.',
          profile.companyDomainSuffix,
        ].join(''),
        phone,
        documentNumber: document.documentNumber,
        documentType: document.documentType,
        country: profile.country,
        status,
        children: [],
        createdAt,
        updatedAt: createdAt,
      };
      continue;
    }
    const isFemale = random.next() < 0.5;
    const names = isFemale ? profile.femaleNames : profile.maleNames;
    const nameIndex = random.int(names.length);
    const first = names[nameIndex] as string;
    const firstSurname = random.int(profile.surnames.length);
    const secondSurname = profile.surnameCount === 2 ? random.int(profile.surnames.length) : -1;
    const lastname =
      secondSurname >= 0
        ? (strings.lastnames[firstSurname]?.[secondSurname] as string)
        : (profile.surnames[firstSurname] as string);
    const nickname = NICKNAMES[first];
    const document = personDocument(profile, random, index, offset, {
      first,
      firstSurname: profile.surnames[firstSurname] as string,
      secondSurname: secondSurname >= 0 ? (profile.surnames[secondSurname] as string) : '',
      isFemale,
    });
    // A few people have no email on file (phone-only sign-ups): pickers must cope with `null`.
    const hasEmail = random.next() >= 0.02;
    const separator = random.next() < 0.5 ? '.' : '_';
    const domain = random.pick(PERSONAL_DOMAINS);
    identities[index] = {
      id,
      type: 'USER',
      name: first,
      lastname,
      nickname: nickname !== undefined && random.next() < 0.4 ? nickname : null,
      email: hasEmail
        ? [
            (isFemale ? strings.femaleSlugs : strings.maleSlugs)[nameIndex],
            separator,
            strings.surnameSlugs[firstSurname],
            index,
            '@',
            domain,
          ].join('')
        : null,
      phone,
      documentNumber: document.documentNumber,
      documentType: document.documentType,
      country: profile.country,
      status,
      children: [],
      createdAt,
      updatedAt: createdAt,
    };
  }
  return identities;
}
