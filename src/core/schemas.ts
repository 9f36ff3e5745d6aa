/**
 * The types of what the two backends send and the kit hands out. Types only (and the documented
 * statuses): the checks themselves (`zod/mini`) are in `answerChecks.ts`, loaded on demand before
 * the first request. Unknown fields are kept, never a reason to fail (DOMAIN.md).
 */

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

/** A linked child as Conomy lists it on the parent: `{id, name, email}`. Unknown fields are kept. */
export interface IdentityChild {
  id: string;
  name?: string | null;
  email?: string | null;
  [field: string]: unknown;
}

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
