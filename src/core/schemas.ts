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

const optionalText = z.optional(z.nullable(z.string()));

/** A child as listed on its parent identity: `{id, name, email}`. */
export const identityChildSchema = z.looseObject({
  id: z.string(),
  name: optionalText,
  email: optionalText,
});

/** A linked child as Conomy lists it on the parent. Unknown fields are kept. */
export type IdentityChild = z.infer<typeof identityChildSchema>;

/** A Conomy identity (person or organisation). */
export const identitySchema = z.looseObject({
  /** Opaque id: UUID-like or 24-hex; never validated as a UUID. */
  id: z.string(),
  /** `USER` or `ORGANIZATION` (open: a future type is kept as a string). */
  type: z.optional(z.custom<IdentityType>((value) => typeof value === 'string')),
  /** Given name (users) or official name (organisations). */
  name: optionalText,
  /** Last name of a user. */
  lastname: optionalText,
  /** Alternative or preferred name. */
  nickname: optionalText,
  /** Email address. */
  email: optionalText,
  /** Phone number with country code. */
  phone: optionalText,
  /** Identity document number. */
  documentNumber: optionalText,
  /** RUT, CURP, RFC, DNI, PASSPORT, … */
  documentType: optionalText,
  /** ISO 3166-1 alpha-3 country of operations (CHL, MEX, …). */
  country: optionalText,
  /** Status: an open set; unknown values are kept as they are. */
  status: z.optional(z.nullable(z.custom<IdentityStatus>((value) => typeof value === 'string'))),
  /** The host's own reference. */
  externalId: optionalText,
  /** Creation time (UTC ISO string). */
  createdAt: optionalText,
  /** Last update time (UTC ISO string). */
  updatedAt: optionalText,
  /** Linked children. `null` on the wire for an identity with no children; always an array once parsed. */
  children: z.pipe(
    z.optional(z.nullable(z.array(identityChildSchema))),
    z.transform((children) => children ?? []),
  ),
});

/**
 * A Conomy identity as the kit hands it out: `children` is always an array (`null` on the wire
 * becomes `[]`), `status` an open string, and every undocumented field the API sent is kept.
 */
export type Identity = z.output<typeof identitySchema>;

/** Conomy's paginated list answer for `GET /identities`. */
export const identityPageSchema = z.looseObject({
  data: z.array(identitySchema),
  pagination: z.optional(
    z.nullable(
      z.looseObject({
        count: z.optional(z.nullable(z.number())),
        next: z.optional(z.nullable(z.union([z.string(), z.number()]))),
        previous: z.optional(z.nullable(z.union([z.string(), z.number()]))),
        total: z.optional(z.nullable(z.number())),
      }),
    ),
  ),
});

/** The PRIVO account created for a child (the envelope's `entity`). Unknown fields are kept. */
export const childAccountSchema = z.looseObject({
  /** PRIVO's service id of the child. */
  serviceId: z.optional(z.nullable(z.string())),
  /** Same as `serviceId` in PRIVO's answers. */
  id: z.optional(z.nullable(z.string())),
  firstName: optionalText,
  lastName: optionalText,
  userName: optionalText,
  /** The child's own email, if one was given. */
  email: optionalText,
  /** Epoch milliseconds. */
  birthDate: z.optional(z.nullable(z.number())),
  /** Assumed 1 male, 2 female; `genderType` carries the string. */
  gender: z.optional(z.nullable(z.union([z.number(), z.string()]))),
  genderType: optionalText,
  roleIdentifier: optionalText,
  /** `false` until the parent consents. */
  active: z.optional(z.nullable(z.boolean())),
  /** Raw consent URL as sent: use the operation's checked `consentUrl` instead. */
  consentUrl: optionalText,
  /** Creation time, epoch milliseconds. */
  creationDate: z.optional(z.nullable(z.number())),
});

/** A child account as PRIVO returns it (the envelope's `entity`). Unknown fields are kept. */
export type ChildAccount = z.output<typeof childAccountSchema>;

/** PRIVO's response envelope. `validationErrors` is loosely typed on purpose (DOMAIN.md). */
export const privoEnvelopeSchema = z.looseObject({
  validationErrors: z.optional(z.nullable(z.array(z.unknown()))),
  status: z.optional(z.nullable(z.string())),
  message: z.optional(z.nullable(z.string())),
  resultCount: z.optional(z.nullable(z.number())),
  totalCount: z.optional(z.nullable(z.number())),
  entity: z.optional(z.unknown()),
});

/** Conomy's current error shape. */
export const conomyErrorSchema = z.looseObject({
  status: z.optional(z.union([z.number(), z.string()])),
  code: z.optional(z.union([z.number(), z.string()])),
  type: z.optional(z.string()),
  detail: z.optional(z.nullable(z.string())),
  traceId: z.optional(z.nullable(z.string())),
  /** Older shape and API gateways. */
  statusCode: z.optional(z.number()),
  error: z.optional(z.nullable(z.string())),
  message: z.optional(z.nullable(z.string())),
});

/** The fields PRIVO accepts for a new child account (the wire names of the API). */
export const addChildAccountInputSchema = z.object({
  /** Child's first name: letters only (accents welcome, no spaces). */
  firstName: z.optional(z.string()),
  /** Child's last name (optional: collect only what is needed). */
  lastName: z.optional(z.string()),
  /** Unique user name: 3–20 of letters, digits and `_`. */
  userName: z.optional(z.string()),
  /** Birth date as `YYYYMMDD`, a real past calendar date. Either this or `roleIdentifier`. */
  birthDate_YYYYMMDD: z.optional(z.string()),
  /** A role configured for the partner. Either this or `birthDate_YYYYMMDD`. */
  roleIdentifier: z.optional(z.string()),
  /** Gender as PRIVO names it ("Female", "Male", …). Optional. */
  gender: z.optional(z.string()),
  /** The child's own email (optional; must differ from `parentEmail`). */
  email: z.optional(z.string()),
  /** Email of the existing adult account the child is created under. */
  parentEmail: z.string(),
});

/** The fields PRIVO accepts for a new child account (the wire names of the API). */
export type AddChildAccountInput = z.input<typeof addChildAccountInputSchema>;

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
