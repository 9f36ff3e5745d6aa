/**
 * What Conomy's `GET /identities` can search by, and how the text a user types becomes one of its
 * documented filters. Dependency-free, so the server proxy and the sandbox can share it.
 * DOMAIN.md: there is no free-text or name search; an unknown parameter (such as `q`) is ignored.
 */
import { isEmail } from './validation.js';

/**
 * Every query parameter Conomy documents for `GET /identities`, and so the only ones the kit ever
 * sends (and the kit's proxy ever forwards).
 */
export const IDENTITY_SEARCH_PARAMETERS = [
  'type',
  'email',
  'documentNumber',
  'phone',
  'country',
  'status',
  'limit',
  'next',
] as const;

/** One documented query parameter of `GET /identities`. */
export type IdentitySearchParameter = (typeof IDENTITY_SEARCH_PARAMETERS)[number];

/** The filters typed text can become, in the order the picker's hint names them. */
export const IDENTITY_SEARCH_FIELDS = ['email', 'documentNumber', 'phone'] as const;

/** A filter typed text can become. */
export type IdentitySearchField = (typeof IDENTITY_SEARCH_FIELDS)[number];

/** What typed text is, for Conomy: one filter and the value to send, or `none` (nothing to send). */
export type IdentitySearchTerm =
  | { field: IdentitySearchField; value: string }
  /** Blank, a name, or anything else Conomy cannot match: nothing is sent. */
  | { field: 'none'; value: '' };

const NONE: IdentitySearchTerm = { field: 'none', value: '' };
// `+`, then digits with the separators people type.
const PHONE = /^\+[\d\s().-]+$/;
// Letters and digits with spaces, dots and dashes, at least one digit: RUT 17.604.011-4, CURP, DNI…
const DOCUMENT = /^[A-Za-z0-9][A-Za-z0-9\s.-]*$/;

/**
 * Classifies typed text as the one Conomy filter it can be sent as. The only place this rule lives:
 * `searchIdentities`, `createIdentitySearch` and the sandbox all use it.
 *
 * - **email**: `isEmail` after trimming; sent lower-cased (assumed: Conomy stores and matches email
 *   addresses in lower case; the sandbox compares them ignoring case).
 * - **phone**: a leading `+` then digits, spaces, dots, dashes or parentheses, with at
 *   least one digit; sent as `+` and the digits (E.164, `+56 9 1111 1111` → `+56911111111`, the
 *   form the sandbox fixtures hold; assumed for Conomy). Without the `+` and country code a number
 *   cannot be matched as a phone, so digits alone (`00…` too: a DNI may start with zeros) are a
 *   document number.
 * - **documentNumber**: letters, digits, spaces, dots and dashes with at least one digit (RUT
 *   `17604011-4` or `17.604.011-4`, CURP, DNI, passport, digits only); sent upper-cased without
 *   spaces and dots, dashes kept (`17.604.011-4` → `17604011-4`; assumed: how Conomy stores
 *   documents is not public; the sandbox compares letters and digits only).
 * - **none**: blank text, a name (no digit), or anything else (`ana@` half typed). Nothing is sent.
 */
export function classifyIdentitySearch(text: string): IdentitySearchTerm {
  const trimmed = text.trim();
  if (trimmed === '') return NONE;
  if (trimmed.includes('@'))
    return isEmail(trimmed) ? { field: 'email', value: trimmed.toLowerCase() } : NONE;
  if (PHONE.test(trimmed)) {
    const digits = trimmed.replace(/\D/g, '');
    return digits === '' ? NONE : { field: 'phone', value: `+${digits}` };
  }
  if (DOCUMENT.test(trimmed) && /\d/.test(trimmed)) {
    return { field: 'documentNumber', value: trimmed.replace(/[\s.]/g, '').toUpperCase() };
  }
  return NONE;
}
