/**
 * Wire schemas of the two backends, written with `zod/mini` (tree-shakable). The exported TypeScript
 * types are inferred from them. Every object schema is loose: the APIs send undocumented fields
 * (DOMAIN.md), which are kept, never a reason to fail.
 */
import * as z from 'zod/mini';

/** The statuses Conomy documents today and in older specs (DOMAIN.md). */
export const KNOWN_IDENTITY_STATUSES = [
  'PENDING',
  'PENDING_EMAIL_VALIDATION',
  'PENDING_PHONE_VALIDATION',
  'SCREENING',
  'ACTIVE',
  'BLOCKED',
  'INACTIVE',
  'PENDING_2FA',
  'PENDING_VERIFICATION',
  'FAILED_VERIFICATION',
] as const;

/** A documented Conomy identity status. */
export type KnownIdentityStatus = (typeof KNOWN_IDENTITY_STATUSES)[number];

/**
 * An identity's status: one of the documented values, or any other string Conomy may add later
 * (the set is open; an unknown status must render, not crash).
 */
export type IdentityStatus = KnownIdentityStatus | (string & {});

/** `USER` (a person) or `ORGANIZATION` (a legal entity), or a future type kept as a string. */
export type IdentityType = 'USER' | 'ORGANIZATION' | (string & {});

// Few combinators on purpose (each one costs bytes in every bundle that reads an answer): loose
// objects, arrays, optional keys, and `custom` checks with plain predicates for the field types.

/**
 * An optional key whose value, when present, passes `test`. Marked free of side effects (like zod's
 * own builders), so a bundler drops every schema a page never reads (a picker page carries no
 * PRIVO account or envelope schema).
 */
/* @__NO_SIDE_EFFECTS__ */
export function field<T>(test: (value: unknown) => boolean) {
  return z.optional(z.custom<T>(test));
}
export const isString = (value: unknown): value is string => typeof value === 'string';
export const isNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);
const isCursor = (value: unknown) => isString(value) || isNumber(value);
export const optionalText = field<string | null>((value) => value === null || isString(value));
const optionalNumber = field<number | null>((value) => value === null || isNumber(value));
const optionalCursor = field<string | number | null>((value) => value === null || isCursor(value));
export const requiredText = z.custom<string>(isString);

/** A linked child as Conomy lists it on the parent: `{id, name, email}`. Unknown fields are kept. */
export interface IdentityChild {
  id: string;
  name?: string | null;
  email?: string | null;
  [field: string]: unknown;
}

/** A child as listed on its parent identity: `{id, name, email}`. */
export const identityChildSchema = /* @__PURE__ */ z.looseObject({
  id: requiredText,
  name: optionalText,
  email: optionalText,
});

/**
 * A Conomy identity as the kit hands it out: `children` is always an array (`null` on the wire
 * becomes `[]`), `status` an open string, and every undocumented field the API sent is kept.
 */
export interface Identity {
  /** Opaque id: UUID-like or 24-hex; never validated as a UUID. */
  id: string;
  /** `USER` or `ORGANIZATION` (open: a future type is kept as a string). */
  type?: IdentityType;
  /** Given name (users) or official name (organisations). */
  name?: string | null;
  /** Last name of a user. */
  lastname?: string | null;
  /** Alternative or preferred name. */
  nickname?: string | null;
  /** Email address. */
  email?: string | null;
  /** Phone number with country code. */
  phone?: string | null;
  /** Identity document number. */
  documentNumber?: string | null;
  /** RUT, CURP, RFC, DNI, PASSPORT, … */
  documentType?: string | null;
  /** ISO 3166-1 alpha-3 country of operations (CHL, MEX, …). */
  country?: string | null;
  /** Status: an open set; unknown values are kept as they are. */
  status?: IdentityStatus | null;
  /** The host's own reference. */
  externalId?: string | null;
  /** Creation time (UTC ISO string). */
  createdAt?: string | null;
  /** Last update time (UTC ISO string). */
  updatedAt?: string | null;
  /** Linked children. `null` on the wire for an identity with no children; always an array once parsed. */
  children: IdentityChild[];
  [field: string]: unknown;
}

const isChildList = (value: unknown): boolean =>
  value === null ||
  (Array.isArray(value) && value.every((child) => identityChildSchema.safeParse(child).success));

/**
 * A Conomy identity (person or organisation) as sent: `children` may still be `null` (typed
 * `Identity` all the same); `identityFromWire` gives the `Identity` the kit hands out.
 */
export const identitySchema = /* @__PURE__ */ z.looseObject({
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

/**
 * The `Identity` the kit hands out for one that passed `identitySchema`: `children` is `null` on
 * the wire for an identity without children, and always an array here.
 */
export function identityFromWire(identity: Identity): Identity {
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
export const identityPageSchema = /* @__PURE__ */ z.looseObject({
  data: z.custom<Identity[]>(isIdentityList),
  pagination: field<IdentityPage['pagination'] | null>((value) => value === null || isPagination(value)),
});

/** A child account as PRIVO returns it (the envelope's `entity`). Unknown fields are kept. */
export interface ChildAccount {
  /** PRIVO's service id of the child. */
  serviceId?: string | null;
  /** Same as `serviceId` in PRIVO's answers. */
  id?: string | null;
  firstName?: string | null;
  lastName?: string | null;
  userName?: string | null;
  /** The child's own email, if one was given. */
  email?: string | null;
  /** Epoch milliseconds. */
  birthDate?: number | null;
  /** Assumed 1 male, 2 female; `genderType` carries the string. */
  gender?: number | string | null;
  genderType?: string | null;
  roleIdentifier?: string | null;
  /** `false` until the parent consents. */
  active?: boolean | null;
  /** Raw consent URL as sent: use the operation's checked `consentUrl` instead. */
  consentUrl?: string | null;
  /** Creation time, epoch milliseconds. */
  creationDate?: number | null;
  [field: string]: unknown;
}

/** The PRIVO account created for a child (the envelope's `entity`). Unknown fields are kept. */
export const childAccountSchema = /* @__PURE__ */ z.looseObject({
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
export const privoEnvelopeSchema = /* @__PURE__ */ z.looseObject({
  validationErrors: field<unknown[] | null>((value) => value === null || Array.isArray(value)),
  status: optionalText,
  message: optionalText,
  resultCount: optionalNumber,
  totalCount: optionalNumber,
  entity: field<unknown>(() => true),
});

/** The fields PRIVO accepts for a new child account (the wire names of the API). */
export interface AddChildAccountInput {
  /** Child's first name: letters only (accents welcome, no spaces). */
  firstName?: string;
  /** Child's last name (optional: collect only what is needed). */
  lastName?: string;
  /** Unique user name: 3–20 of letters, digits and `_`. */
  userName?: string;
  /** Birth date as `YYYYMMDD`, a real past calendar date. Either this or `roleIdentifier`. */
  birthDate_YYYYMMDD?: string;
  /** A role configured for the partner. Either this or `birthDate_YYYYMMDD`. */
  roleIdentifier?: string;
  /** Gender as PRIVO names it ("Female", "Male", …). Optional. */
  gender?: string;
  /** The child's own email (optional; must differ from `parentEmail`). */
  email?: string;
  /** Email of the existing adult account the child is created under. */
  parentEmail: string;
}

/** What `addChildAccount` resolves with. */
export interface AddChildAccountResult {
  /** Envelope status, `"success"`. */
  status: string;
  /** Envelope message (usually `null`). */
  message: string | null;
  /** The created child account. */
  entity: ChildAccount;
  /** The consent page for the parent, only when it is an absolute http(s) URL; else `null`. */
  consentUrl: string | null;
}

/** Filters of Conomy's `GET /identities` (server-side search). */
export interface IdentitySearchQuery {
  /**
   * What the user typed, sent as the one Conomy filter it can be (`classifyIdentitySearch`): an
   * email as `email`, a document number as `documentNumber`, a phone number as `phone`. Other text
   * (a name) is not sent at all: Conomy has no name search (DOMAIN.md).
   */
  text?: string;
  email?: string;
  documentNumber?: string;
  /** E.164, e.g. `+56911111111`. */
  phone?: string;
  type?: IdentityType;
  country?: string;
  status?: IdentityStatus;
  /** Page size. */
  limit?: number;
  /** Cursor from a previous page's `pagination.next`. */
  next?: string | number;
}

/** One page of identities. */
export interface IdentityPage {
  data: Identity[];
  pagination: {
    count?: number | null;
    next?: string | number | null;
    previous?: string | number | null;
    total?: number | null;
  };
}
