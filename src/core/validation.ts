/**
 * Field rules for both operations, as data: each check returns stable codes per field (React
 * Aria's `validationErrors` idea), never throws. The components show them through the message
 * catalogue (`fieldError.<code>`); the operations refuse input with them before any request.
 */
import { KinshipError, type KinshipOperation } from './errors.js';
import type { AddChildAccountInput } from './schemas.js';

/** Stable codes of the rules the kit checks itself. Server messages are passed through as they are. */
export type FieldErrorCode =
  /** A required field is missing or empty. */
  | 'required'
  /** The field was given but is only whitespace: refused rather than silently dropped. */
  | 'blank'
  /** Not a string (or not an array of strings). */
  | 'invalid-type'
  | 'invalid-email'
  /** `birthDate_YYYYMMDD` is not 8 digits. */
  | 'invalid-birth-date-format'
  /** 8 digits that are not a calendar date (20100230), or before 1900. */
  | 'invalid-birth-date'
  | 'birth-date-in-future'
  /** The child's email equals `parentEmail` (case-insensitive). */
  | 'same-as-parent-email'
  /** First name must be letters only (accents welcome, no spaces or digits). */
  | 'invalid-first-name'
  | 'invalid-last-name'
  /** User name: 3–20 of letters, digits and `_`. */
  | 'invalid-user-name'
  /** Neither `birthDate_YYYYMMDD` nor `roleIdentifier` was given. */
  | 'birth-date-or-role-required'
  /** The parent identity is listed among its own children. */
  | 'self-link'
  /**
   * An identity id that cannot be one path segment: `.` or `..` (it would change the request path,
   * `/identities/../children`) or text that is not well-formed UTF-16 (a lone surrogate).
   */
  | 'invalid-id'
  /** Server: the value (email, user name) is already in use. */
  | 'taken';

/** Field errors keyed by input field name. Empty object: valid. */
export type FieldErrors = Record<string, string[]>;

/** The wire fields of `AddChildAccountInput`, in the order they are sent. */
export const ADD_CHILD_ACCOUNT_FIELDS = [
  'firstName',
  'lastName',
  'userName',
  'birthDate_YYYYMMDD',
  'roleIdentifier',
  'gender',
  'email',
  'parentEmail',
] as const satisfies readonly (keyof AddChildAccountInput)[];

/** One wire field of `AddChildAccountInput`. */
export type AddChildAccountField = (typeof ADD_CHILD_ACCOUNT_FIELDS)[number];

// Pragmatic: one @, no spaces, a dot in the domain, within RFC 5321's 254 characters.
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;
const LETTERS = /^[\p{L}\p{M}]+$/u;
const NAME = /^[\p{L}\p{M}]+(?:[ '’-][\p{L}\p{M}]+)*$/u;
const USER_NAME = /^[A-Za-z0-9_]{3,20}$/;

/** True for a plausible email address (what PRIVO and Conomy accept, without over-rejecting). */
export function isEmail(value: string): boolean {
  return value.length <= 254 && EMAIL.test(value);
}

/** Today as `YYYYMMDD` in the user's local calendar. */
export function todayYYYYMMDD(now: Date = new Date()): string {
  const year = String(now.getFullYear()).padStart(4, '0');
  const month = String(now.getMonth() + 1).padStart(2, '0');
  const day = String(now.getDate()).padStart(2, '0');
  return `${year}${month}${day}`;
}

/** Checks a `YYYYMMDD` birth date: 8 digits, a real calendar date from 1900, not in the future. */
export function checkBirthDate(value: string, now: Date = new Date()): FieldErrorCode | null {
  if (!/^\d{8}$/.test(value)) return 'invalid-birth-date-format';
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(4, 6));
  const day = Number(value.slice(6, 8));
  if (year < 1900 || month < 1 || month > 12 || day < 1) return 'invalid-birth-date';
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return 'invalid-birth-date';
  if (value > todayYYYYMMDD(now)) return 'birth-date-in-future';
  return null;
}

/** Builds `YYYYMMDD` from free-entry day, month and year parts; `null` when a part is not a number. */
export function birthDateFromParts(parts: { day: string; month: string; year: string }): string | null {
  const day = parts.day.trim();
  const month = parts.month.trim();
  const year = parts.year.trim();
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year)) return null;
  return `${year}${month.padStart(2, '0')}${day.padStart(2, '0')}`;
}

function add(errors: FieldErrors, field: string, code: FieldErrorCode): void {
  const list = errors[field];
  if (list) {
    if (!list.includes(code)) list.push(code);
  } else errors[field] = [code];
}

/** The outcome of validating an account input: the value to send (trimmed) and the field errors. */
export interface AddChildAccountValidation {
  /** Only the wire fields that were given, trimmed. */
  value: AddChildAccountInput;
  /** Field errors; `{}` when the input may be sent. */
  fieldErrors: FieldErrors;
}

/**
 * Validates an account input the way the operation does before sending. Only `parentEmail` and one
 * of `birthDate_YYYYMMDD` / `roleIdentifier` are required (the rest is partner configuration), but
 * every field given must be valid: a blank string is refused, never dropped. Unknown keys are not
 * sent (data minimisation).
 */
export function validateAddChildAccountInput(
  input: unknown,
  now: Date = new Date(),
): AddChildAccountValidation {
  const errors: FieldErrors = {};
  const source = typeof input === 'object' && input !== null ? (input as Record<string, unknown>) : {};
  const value: Record<string, string> = {};
  for (const field of ADD_CHILD_ACCOUNT_FIELDS) {
    const raw = source[field];
    if (raw === undefined || raw === null) continue;
    if (typeof raw !== 'string') {
      add(errors, field, 'invalid-type');
      continue;
    }
    const trimmed = raw.trim();
    if (trimmed === '') {
      add(errors, field, 'blank');
      continue;
    }
    value[field] = trimmed;
  }

  const { firstName, lastName, userName, birthDate_YYYYMMDD, roleIdentifier, email, parentEmail } = value;
  if (parentEmail === undefined && !errors.parentEmail) add(errors, 'parentEmail', 'required');
  if (parentEmail !== undefined && !isEmail(parentEmail)) add(errors, 'parentEmail', 'invalid-email');
  if (email !== undefined && !isEmail(email)) add(errors, 'email', 'invalid-email');
  if (email !== undefined && parentEmail !== undefined && email.toLowerCase() === parentEmail.toLowerCase()) {
    add(errors, 'email', 'same-as-parent-email');
  }
  if (firstName !== undefined && (firstName.length > 50 || !LETTERS.test(firstName))) {
    add(errors, 'firstName', 'invalid-first-name');
  }
  if (lastName !== undefined && (lastName.length > 50 || !NAME.test(lastName))) {
    add(errors, 'lastName', 'invalid-last-name');
  }
  if (userName !== undefined && !USER_NAME.test(userName)) add(errors, 'userName', 'invalid-user-name');
  if (birthDate_YYYYMMDD !== undefined) {
    const code = checkBirthDate(birthDate_YYYYMMDD, now);
    if (code) add(errors, 'birthDate_YYYYMMDD', code);
  }
  if (
    birthDate_YYYYMMDD === undefined &&
    roleIdentifier === undefined &&
    !errors.birthDate_YYYYMMDD &&
    !errors.roleIdentifier
  ) {
    add(errors, 'birthDate_YYYYMMDD', 'birth-date-or-role-required');
  }
  return { value: value as unknown as AddChildAccountInput, fieldErrors: errors };
}

/** The outcome of validating an add-children input. */
export interface AddChildrenValidation {
  /** Trimmed parent id and trimmed, de-duplicated (first occurrence kept) child ids. */
  value: { identityId: string; children: string[] };
  fieldErrors: FieldErrors;
}

// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * True for an id (already trimmed, not blank) that may go into a request path as one segment:
 * not a dot segment (`.`, `..`, which URL resolution would remove or climb with) and well-formed
 * UTF-16 (`encodeURIComponent` throws a `URIError` on a lone surrogate). Ids are otherwise opaque
 * (DOMAIN.md): never checked as UUIDs.
 */
export function isPathSafeId(id: string): boolean {
  return id !== '.' && id !== '..' && !LONE_SURROGATE.test(id);
}

/**
 * Checks one id field (non-blank string, usable as a path segment) and returns it trimmed (`''`
 * when it is not a string). The one rule for every id the operations put in a path.
 */
function checkId(errors: FieldErrors, field: string, raw: unknown): string {
  if (typeof raw !== 'string') {
    add(errors, field, raw === undefined || raw === null ? 'required' : 'invalid-type');
    return '';
  }
  const id = raw.trim();
  if (id === '') add(errors, field, raw === '' ? 'required' : 'blank');
  else if (!isPathSafeId(id)) add(errors, field, 'invalid-id');
  return id;
}

/**
 * Validates an input that names one id (`{ identityId }` for `getIdentity`, `{ serviceId }` for
 * `getConsentStatus`): a non-blank string usable as one path segment. Returns it trimmed.
 */
export function validateIdInput<TField extends string>(
  input: unknown,
  field: TField,
): { value: Record<TField, string>; fieldErrors: FieldErrors } {
  const errors: FieldErrors = {};
  const source = typeof input === 'object' && input !== null ? (input as Record<string, unknown>) : {};
  const id = checkId(errors, field, Object.hasOwn(source, field) ? source[field] : undefined);
  return { value: { [field]: id } as Record<TField, string>, fieldErrors: errors };
}

/**
 * Validates an add-children input (and a remove-children one: the same rules): a non-blank parent id, at least one child, no blank child id,
 * the parent not among its own children, and every id usable as a path segment (`isPathSafeId`,
 * else `invalid-id`). Ids are opaque: never checked as UUIDs (DOMAIN.md).
 */
export function validateAddChildrenInput(input: unknown): AddChildrenValidation {
  const errors: FieldErrors = {};
  const source = typeof input === 'object' && input !== null ? (input as Record<string, unknown>) : {};
  const identityId = checkId(errors, 'identityId', source.identityId);
  const children: string[] = [];
  if (!Array.isArray(source.children)) {
    add(
      errors,
      'children',
      source.children === undefined || source.children === null ? 'required' : 'invalid-type',
    );
  } else {
    const seen = new Set<string>();
    for (const child of source.children) {
      if (typeof child !== 'string') {
        add(errors, 'children', 'invalid-type');
        continue;
      }
      const id = child.trim();
      if (id === '') {
        add(errors, 'children', 'blank');
        continue;
      }
      if (!isPathSafeId(id)) {
        add(errors, 'children', 'invalid-id');
        continue;
      }
      if (identityId !== '' && id === identityId) add(errors, 'children', 'self-link');
      if (!seen.has(id)) {
        seen.add(id);
        children.push(id);
      }
    }
    if (source.children.length === 0) add(errors, 'children', 'required');
  }
  return { value: { identityId, children }, fieldErrors: errors };
}

/** True when a field-error map has no entries. */
export function hasFieldErrors(errors: FieldErrors | undefined): boolean {
  return errors !== undefined && Object.keys(errors).length > 0;
}

/** What each operation says when it refuses its input before sending (the field errors say why). */
const REFUSED_MESSAGES = {
  addChildren: 'The children to link were refused before sending.',
  removeChildren: 'The children to unlink were refused before sending.',
  getIdentity: 'The identity id was refused before sending.',
  getConsentStatus: 'The service id was refused before sending.',
  addChildAccount: 'The child account was refused before sending.',
  resendConsent:
    'Say whose consent to resend: the child (requesterServiceId) and the parent (approverServiceId or email).',
} as const satisfies Partial<Record<KinshipOperation, string>>;

/**
 * The one error an operation and its hook report for refused input: kind `validation`, the
 * operation's message and the field errors; `null` when there are none (the input may be sent).
 * Both the core operations and the hooks' pre-send checks build it here, so they never disagree.
 */
export function refusedInputError(
  operation: keyof typeof REFUSED_MESSAGES,
  fieldErrors: FieldErrors,
): KinshipError | null {
  if (!hasFieldErrors(fieldErrors)) return null;
  return new KinshipError('validation', REFUSED_MESSAGES[operation], { operation, fieldErrors });
}
