/**
 * The one error class a host ever sees from the kit. `kind` is the discriminant; the other fields
 * are filled where the kind has them. Raw `TypeError`, `SyntaxError`, `DOMException` or zod errors
 * never escape: they are wrapped here and kept as `cause`.
 */

/** What went wrong, as one enumerated string. */
export type KinshipErrorKind =
  /** Input refused before sending, or by the server (400/422, envelope failure with field errors). */
  | 'validation'
  /** 401 or 403: the host's backend refused the session or the operation. */
  | 'unauthorized'
  /** 404: the parent, a child, or the parent's email is unknown. */
  | 'not-found'
  /** 409, 412, or PRIVO's 208 "adult already has children". */
  | 'conflict'
  /** 429; see `retryAfterMs`. */
  | 'rate-limited'
  /** 5xx, including HTML error pages from a gateway. */
  | 'server'
  /** The fetcher threw: offline, DNS, CORS, connection reset. */
  | 'network'
  /** No answer within `timeoutMs`. */
  | 'timeout'
  /** The caller's `AbortSignal` fired. */
  | 'aborted'
  /** A 2xx answer the kit could not read (not JSON, missing fields). */
  | 'invalid-response';

/** Every error kind, for exhaustive tables and tests. */
export const KINSHIP_ERROR_KINDS: readonly KinshipErrorKind[] = [
  'validation',
  'unauthorized',
  'not-found',
  'conflict',
  'rate-limited',
  'server',
  'network',
  'timeout',
  'aborted',
  'invalid-response',
];

/** Which backend operation failed. */
export type KinshipOperation =
  | 'addChildren'
  | 'removeChildren'
  | 'getIdentity'
  | 'addChildAccount'
  | 'searchIdentities'
  | 'resendConsent'
  | 'getConsentStatus';

/**
 * A stable, machine-readable cause, finer than `kind`, for the cases a host or the kit's own UI
 * answers differently. Known values:
 * - `'adult-has-children'`: PRIVO answered 208 to an account creation: the adult already has a
 *   child, and `/api/account` only serves adults without children. Further children are added
 *   from the parent's own PRIVO account (DOMAIN.md): trying again can never succeed.
 * - `'email-in-use'`: PRIVO answered 412: an email of the request (usually the child's) already
 *   belongs to another account. Change it, then send again.
 * - `'user-name-in-use'`: PRIVO answered 412 naming only `userName` as taken.
 *
 * Other strings may be added later: compare with the literals, never switch exhaustively.
 */
export type KinshipErrorReason =
  | 'adult-has-children'
  | 'email-in-use'
  | 'user-name-in-use'
  // Open set: later versions may add reasons.
  | (string & {});

/** Fields of a `KinshipError` besides `kind` and `message`. */
export interface KinshipErrorDetails {
  /** HTTP status of the answer, when there was one. */
  status?: number;
  /** Backend error code (Conomy `code`, e.g. `"31"`; older shape: `error`). */
  code?: string;
  /** Backend error type (Conomy `type`, e.g. `"notFound"`). */
  type?: string;
  /** Conomy's trace id: quote it to support. */
  traceId?: string;
  /** For `rate-limited`: how long the server asked to wait, in milliseconds. */
  retryAfterMs?: number;
  /**
   * Per-field problems, keyed by the input's field names (`identityId`, `children`, `parentEmail`,
   * `birthDate_YYYYMMDD`, …). Values are stable codes for rules the kit checks itself (see
   * `FieldErrorCode`) or the server's own message for the field.
   */
  fieldErrors?: Record<string, string[]>;
  /**
   * A stable cause, finer than `kind` (see `KinshipErrorReason`): `'adult-has-children'` (PRIVO
   * 208 on account creation), `'email-in-use'` (PRIVO 412), `'user-name-in-use'` (PRIVO 412 on
   * `userName` only). Absent when the kit knows nothing more than `kind`.
   */
  reason?: KinshipErrorReason;
  /** The operation that failed. */
  operation?: KinshipOperation;
  /**
   * For a non-idempotent call (account creation) that timed out or lost its connection: the
   * server may have acted anyway. Check before trying again. `false` when the kit knows nothing
   * was sent (it could not load the code that reads the answer).
   */
  mayHaveSucceeded?: boolean;
  /** The underlying error, kept for debugging. Never shown to users. */
  cause?: unknown;
}

/** The error every operation and hook rejects or reports with. */
export class KinshipError extends Error {
  override readonly name = 'KinshipError';
  /** What went wrong. */
  readonly kind: KinshipErrorKind;
  /** HTTP status of the answer, when there was one. */
  declare readonly status?: number;
  /** Backend error code. */
  declare readonly code?: string;
  /** Backend error type. */
  declare readonly type?: string;
  /** Conomy trace id. */
  declare readonly traceId?: string;
  /** For `rate-limited`: wait this long before trying again (ms). */
  declare readonly retryAfterMs?: number;
  /** Per-field problems (codes or server messages), keyed by input field name. */
  declare readonly fieldErrors?: Record<string, string[]>;
  /** A stable cause, finer than `kind`: `'adult-has-children'`, `'email-in-use'`, … (`KinshipErrorReason`). */
  declare readonly reason?: KinshipErrorReason;
  /** The operation that failed. */
  declare readonly operation?: KinshipOperation;
  /** A non-idempotent call may have been carried out despite this error (`false`: nothing was sent). */
  declare readonly mayHaveSucceeded?: boolean;
  declare readonly cause?: unknown;

  constructor(kind: KinshipErrorKind, message: string, details: KinshipErrorDetails = {}) {
    super(message);
    this.kind = kind;
    // Only the details given become fields (an absent one stays absent, not `undefined`).
    Object.assign(this, errorDetails(details));
  }
}

/** The names of `KinshipErrorDetails`, in the order a `KinshipError` lists them. */
const DETAIL_KEYS = [
  'status',
  'code',
  'type',
  'traceId',
  'retryAfterMs',
  'fieldErrors',
  'reason',
  'operation',
  'mayHaveSucceeded',
  'cause',
] as const satisfies readonly (keyof KinshipErrorDetails)[];

/**
 * The details that are set (not `undefined`) of an error or of a details object: what a new
 * `KinshipError` copies from an older one (`new KinshipError(kind, message, { ...errorDetails(old), reason })`).
 */
export function errorDetails(source: KinshipErrorDetails): KinshipErrorDetails {
  const details: Record<string, unknown> = {};
  for (const key of DETAIL_KEYS) if (source[key] !== undefined) details[key] = source[key];
  return details;
}

/** True for a `KinshipError`, also across bundle copies (checks the shape, not only the class). */
export function isKinshipError(value: unknown): value is KinshipError {
  if (value instanceof KinshipError) return true;
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { name?: unknown }).name === 'KinshipError' &&
    typeof (value as { kind?: unknown }).kind === 'string'
  );
}

/** Wraps anything thrown into a `KinshipError` (kept as is when it already is one). */
export function toKinshipError(value: unknown, fallbackKind: KinshipErrorKind = 'network'): KinshipError {
  if (isKinshipError(value)) return value;
  const message =
    value instanceof Error ? value.message : typeof value === 'string' ? value : 'Unexpected error';
  return new KinshipError(fallbackKind, message, { cause: value });
}

/** The error an operation reports when it sent nothing because the browser is offline. */
export function offlineError(operation: KinshipOperation): KinshipError {
  return new KinshipError('network', 'The browser is offline.', { operation });
}
