/**
 * Checking the backends' 2xx answers: the wire schemas (`zod/mini`) and what the operations hand
 * out from them. Loaded on demand (`answerChecksModule` in `answerChecksLoader.ts`), never at start:
 * `send` loads it before a request goes out, so checking the answer is synchronous and never waits
 * for a load after the server acted. Import its types only elsewhere.
 *
 * Every object schema is loose: the APIs send undocumented fields (DOMAIN.md), which are kept, never
 * a reason to fail. The checks return their outcome (zod's `safeParse` shape, a failure saying what
 * the answer is not); `checked` in `http.ts` turns a failure into a `KinshipError`. This module
 * imports no other module of the kit's at run time, so nothing the page loads at start is split off
 * into a chunk shared with it (one more chunk on every page).
 */
import * as z from 'zod/mini';
import type { ConsentStatusRecord } from './consent.js';
import type { FORM_ERROR_KEY, HttpAnswer } from './http.js';
import type {
  ChildAccount,
  Identity,
  IdentityChild,
  IdentityPage,
  IdentityStatus,
  IdentityType,
} from './schemas.js';

// Few combinators on purpose (each one costs bytes in the chunk): loose objects, optional keys, and
// `custom` checks with plain predicates for the field types.

/** An optional key whose value, when present, passes `test`. */
function field<T>(test: (value: unknown) => boolean) {
  return z.optional(z.custom<T>(test));
}
const isString = (value: unknown): value is string => typeof value === 'string';
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const isCursor = (value: unknown) => isString(value) || isNumber(value);
const optionalText = field<string | null>((value) => value === null || isString(value));
const optionalNumber = field<number | null>((value) => value === null || isNumber(value));
const optionalCursor = field<string | number | null>((value) => value === null || isCursor(value));
const requiredText = z.custom<string>(isString);

/** A child as listed on its parent identity: `{id, name, email}`. */
const identityChildSchema = z.looseObject({
  id: requiredText,
  name: optionalText,
  email: optionalText,
});

const isChildList = (value: unknown): boolean =>
  value === null ||
  (Array.isArray(value) && value.every((child) => identityChildSchema.safeParse(child).success));

/** A Conomy identity (person or organisation) as sent: `children` may still be `null`. */
const identitySchema = z.looseObject({
  id: requiredText,
  type: field<IdentityType>(isString),
  name: optionalText,
  lastname: optionalText,
  nickname: optionalText,
  email: optionalText,
  phone: optionalText,
  documentNumber: optionalText,
  documentType: optionalText,
  country: optionalText,
  status: field<IdentityStatus | null>((value) => value === null || isString(value)),
  externalId: optionalText,
  createdAt: optionalText,
  updatedAt: optionalText,
  children: field<IdentityChild[] | null>(isChildList),
}) as z.ZodMiniType<Identity>;

/** The `Identity` the kit hands out: `children` is `null` on the wire for none, always an array here. */
function identityFromWire(identity: Identity): Identity {
  return { ...identity, children: (identity.children as IdentityChild[] | null | undefined) ?? [] };
}

// Checked item by item with `identitySchema` (a custom check costs fewer bytes than `z.array`).
const isIdentityList = (value: unknown): boolean =>
  Array.isArray(value) && value.every((identity) => identitySchema.safeParse(identity).success);

const isAbsentOr = (value: unknown, test: (value: unknown) => boolean) =>
  value === undefined || value === null || test(value);
/** `{count, next, previous, total}`, each optional or `null`; other keys are kept. */
const isPagination = (value: unknown): boolean => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const { count, next, previous, total } = value as Record<string, unknown>;
  return (
    isAbsentOr(count, isNumber) &&
    isAbsentOr(total, isNumber) &&
    isAbsentOr(next, isCursor) &&
    isAbsentOr(previous, isCursor)
  );
};

/** Conomy's paginated list answer for `GET /identities`. */
const identityPageSchema = z.looseObject({
  data: z.custom<Identity[]>(isIdentityList),
  pagination: field<IdentityPage['pagination'] | null>((value) => value === null || isPagination(value)),
});

/** The PRIVO account created for a child (the envelope's `entity`). */
const childAccountSchema = z.looseObject({
  serviceId: optionalText,
  id: optionalText,
  firstName: optionalText,
  lastName: optionalText,
  userName: optionalText,
  email: optionalText,
  birthDate: optionalNumber,
  gender: optionalCursor,
  genderType: optionalText,
  roleIdentifier: optionalText,
  active: field<boolean | null>((value) => value === null || typeof value === 'boolean'),
  consentUrl: optionalText,
  creationDate: optionalNumber,
}) as z.ZodMiniType<ChildAccount>;

/** PRIVO's response envelope. `validationErrors` is loosely typed on purpose (DOMAIN.md). */
const privoEnvelopeSchema = z.looseObject({
  validationErrors: field<unknown[] | null>((value) => value === null || Array.isArray(value)),
  status: optionalText,
  message: optionalText,
  resultCount: optionalNumber,
  totalCount: optionalNumber,
  entity: field<unknown>(() => true),
});

/** PRIVO's envelope as `readPrivoEnvelope` hands it out. */
export type PrivoEnvelope = z.infer<typeof privoEnvelopeSchema>;

/**
 * The kit proxy's answer to `GET /consent-status/{serviceId}`: `{serviceId, status, updatedAt}`.
 * Only `status` is required; unknown fields are kept.
 */
const consentStatusSchema = z.looseObject({
  serviceId: optionalText,
  status: requiredText,
  updatedAt: field<string | number | null>((value) => value === null || isString(value) || isNumber(value)),
});

/**
 * The outcome of a check: the value the kit hands out, or the failure: what the answer is not
 * (`problem`, the message of the error) and zod's `error` when it has one.
 */
export type Checked<T> = { success: true; data: T } | { success: false; problem: string; error?: unknown };

function failed(problem: string, error?: unknown): Checked<never> {
  return { success: false, problem, error };
}

/** An identity (`children: null` becomes `[]`, unknown fields kept). */
export function parseIdentity(json: unknown): Checked<Identity> {
  const parsed = identitySchema.safeParse(json);
  return parsed.success
    ? { success: true, data: identityFromWire(parsed.data) }
    : failed('The answer is not an identity with a string `id`.', parsed.error);
}

/** A page of `GET /identities`, its missing counts and cursors filled. */
export function parseIdentityPage(json: unknown): Checked<IdentityPage> {
  const parsed = identityPageSchema.safeParse(json);
  if (!parsed.success)
    return failed('The answer is not a page of identities (`{data, pagination}`).', parsed.error);
  const { data } = parsed.data;
  const pagination = parsed.data.pagination ?? {};
  return {
    success: true,
    data: {
      data: data.map(identityFromWire),
      pagination: {
        count: pagination.count ?? data.length,
        next: pagination.next ?? null,
        previous: pagination.previous ?? null,
        total: pagination.total ?? null,
      },
    },
  };
}

/** PRIVO's envelope; its `status` is for the operation to judge. */
export function parsePrivoEnvelope(json: unknown): Checked<PrivoEnvelope> {
  const parsed = privoEnvelopeSchema.safeParse(json);
  return parsed.success ? parsed : failed('The answer is not a PRIVO envelope.', parsed.error);
}

/** The child account of a success envelope (its `entity`). */
export function parseChildAccount(entity: unknown): Checked<ChildAccount> {
  const parsed = childAccountSchema.safeParse(entity);
  return parsed.success ? parsed : failed('The success envelope carries no readable `entity`.', parsed.error);
}

/**
 * A consent status: `status` lower-cased (`APPROVED` → `approved`), a missing `serviceId` is
 * `askedServiceId`, `updatedAt` an ISO string or `null` (epoch milliseconds are converted). A blank
 * `status` fails.
 */
export function parseConsentStatus(json: unknown, askedServiceId: string): Checked<ConsentStatusRecord> {
  const parsed = consentStatusSchema.safeParse(json);
  const problem = 'The answer is not a consent status (`{status}`).';
  if (!parsed.success) return failed(problem, parsed.error);
  const { serviceId, status, updatedAt } = parsed.data;
  if (status.trim() === '') return failed(problem);
  return {
    success: true,
    data: {
      serviceId: typeof serviceId === 'string' && serviceId !== '' ? serviceId : askedServiceId,
      status: status.trim().toLowerCase(),
      updatedAt: typeof updatedAt === 'number' ? isoFromEpoch(updatedAt) : (updatedAt ?? null),
    },
  };
}

/** Epoch milliseconds as an ISO string; `null` outside the dates `Date` can hold. */
function isoFromEpoch(ms: number): string | null {
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

// Error answers: read only after an answer came (`send` loaded this module before sending).

function text(value: unknown): string | undefined {
  if (typeof value === 'string' && value.trim() !== '') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

// `FORM_ERROR_KEY` by value without importing http.ts at run time (see above); the type keeps them one.
const FORM: typeof FORM_ERROR_KEY = 'form';

const FIELD_KEYS = ['field', 'fieldName', 'name', 'path', 'property', 'attribute', 'param'];
const MESSAGE_KEYS = ['message', 'errorMessage', 'error', 'description', 'msg', 'detail'];

/** Maps server messages the kit recognises to field-error codes; others are kept as they are. */
export function serverFieldMessage(message: string): string {
  if (
    /\balready\b.*\b(in use|exists?|taken|registered|used)\b/i.test(message) ||
    /\bnot unique\b/i.test(message)
  ) {
    return 'taken';
  }
  return message;
}

/**
 * Reads PRIVO's `validationErrors` (objects `{field, message}`, strings like `"userName: taken"`,
 * or numbers — the docs' `[0]` placeholder, ignored) into field errors; a message that names no
 * field goes under `form` (`FORM_ERROR_KEY`). With `knownFields`, only those names are fields. The
 * result has no prototype: whatever the server names a field (`constructor`, `__proto__`, …) is
 * kept as a key (as `createFieldErrorMap`'s maps).
 */
export function readValidationErrors(
  value: unknown,
  knownFields: readonly string[] = [],
): Record<string, string[]> {
  const errors = Object.create(null) as Record<string, string[]>;
  if (!Array.isArray(value)) return errors;
  const push = (field: string, message: string) => {
    const list = Object.hasOwn(errors, field) ? errors[field] : undefined;
    const mapped = serverFieldMessage(message);
    if (list === undefined) errors[field] = [mapped];
    else if (!list.includes(mapped)) list.push(mapped);
  };
  for (const item of value) {
    if (typeof item === 'string' && item.trim() !== '') {
      const match = /^\s*([A-Za-z_][\w.]*)\s*[:=-]\s*(.+)$/.exec(item);
      const field = match?.[1];
      if (field && match[2] && (knownFields.length === 0 || knownFields.includes(field)))
        push(field, match[2].trim());
      else {
        const named = knownFields.find((known) => new RegExp(`\\b${known}\\b`).test(item));
        push(named ?? FORM, item.trim());
      }
    } else if (typeof item === 'object' && item !== null) {
      const record = item as Record<string, unknown>;
      const own = (key: string) => (Object.hasOwn(record, key) ? text(record[key]) : undefined);
      const field = FIELD_KEYS.map(own).find(Boolean);
      const message = MESSAGE_KEYS.map(own).find(Boolean);
      if (field || message) push(field ?? FORM, message ?? 'invalid');
    }
  }
  return errors;
}

/** What the body of an error answer says, for the `KinshipError` that `errorFromAnswer` makes of it. */
export interface ErrorBody {
  message: string;
  code?: string;
  type?: string;
  traceId?: string;
  fieldErrors?: Record<string, string[]>;
}

/**
 * Reads an error answer of either API: both Conomy shapes (`{status, code, type, detail, traceId}`
 * and the older `{statusCode, error, message}`), a gateway's `{message}` or HTML, and with
 * `privoFields` PRIVO's `validationErrors` (`readValidationErrors`).
 */
export function readErrorBody(answer: HttpAnswer, privoFields?: readonly string[]): ErrorBody {
  const body =
    typeof answer.json === 'object' && answer.json !== null ? (answer.json as Record<string, unknown>) : {};
  const read: ErrorBody = {
    message:
      text(body.detail) ??
      text(body.message) ??
      (typeof body.error === 'string' && body.error.length < 200 ? body.error : undefined) ??
      `HTTP ${answer.status}${answer.json === undefined && answer.text.trim() ? ' (not JSON)' : ''}`,
  };
  const code = text(body.code);
  if (code) read.code = code;
  // The older Conomy shape `{statusCode, error, message}` names the error type in `error`.
  const type = text(body.type) ?? (body.statusCode !== undefined ? text(body.error) : undefined);
  if (type) read.type = type;
  const traceId = text(body.traceId) ?? text(answer.headers.get('x-trace-id'));
  if (traceId) read.traceId = traceId;
  const fieldErrors = privoFields ? readValidationErrors(body.validationErrors, privoFields) : {};
  if (Object.keys(fieldErrors).length > 0) read.fieldErrors = fieldErrors;
  return read;
}
