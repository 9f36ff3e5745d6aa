/**
 * Magic values that force each failure, so stories and tests can reach every state, and the table
 * of every trigger (magic or natural) with the HTTP answer and the `KinshipError` kind it produces
 * through the kit's operations. docs/sandbox.md is written from `SANDBOX_TRIGGERS`.
 */
import type { KinshipErrorKind } from '../core/errors.js';
import { SANDBOX_EMAILS, SANDBOX_IDS } from './fixtures.js';
import { conomyError, htmlPage, json, type Outcome, privoFailure, RETRY_AFTER_SECONDS } from './responses.js';

/** The two emulated APIs. */
export type SandboxApi = 'conomy' | 'privo';

/** A failure the sandbox can be told to produce (by a trigger value or `failNext`). */
export type SandboxFailure =
  /** 401: Conomy's older error shape; PRIVO's OAuth `invalid_token`. */
  | 'unauthorized'
  /** 403: the API gateway's `{"message":"Forbidden"}`; PRIVO's `insufficient_scope`. */
  | 'forbidden'
  /** 404. */
  | 'not-found'
  /** Conomy 409 `alreadyExist`; PRIVO 412 (email already in use). */
  | 'conflict'
  /** Conomy 422 `failedPrecondition`; PRIVO 400 with string `validationErrors`. */
  | 'validation'
  /** 429 with `Retry-After: 3`. */
  | 'rate-limited'
  /** 500 (Conomy `serverError`; PRIVO failure envelope). */
  | 'server'
  /** 503. */
  | 'unavailable'
  /** 502 with an HTML page from the gateway. */
  | 'bad-gateway'
  /** 504 with an HTML page from the gateway. */
  | 'gateway-timeout'
  /** No answer until the request is aborted. */
  | 'timeout'
  /** The fetcher rejects with `TypeError: Failed to fetch`. */
  | 'network'
  /** 200 with a body that is not the expected JSON. */
  | 'invalid-response';

/** Every `SandboxFailure`, for tables and tests. */
export const SANDBOX_FAILURES: readonly SandboxFailure[] = [
  'unauthorized',
  'forbidden',
  'not-found',
  'conflict',
  'validation',
  'rate-limited',
  'server',
  'unavailable',
  'bad-gateway',
  'gateway-timeout',
  'timeout',
  'network',
  'invalid-response',
];

/**
 * Conomy trigger ids: used as the parent identity id, as a child id in the body, or as the value of
 * any search parameter (`?documentNumber=sandbox-server-error`), they force the failure named by the key.
 */
export const CONOMY_TRIGGER_IDS = {
  unauthorized: 'sandbox-unauthorized',
  forbidden: 'sandbox-forbidden',
  conflict: 'sandbox-conflict',
  rateLimited: 'sandbox-rate-limited',
  serverError: 'sandbox-server-error',
  unavailable: 'sandbox-unavailable',
  badGateway: 'sandbox-bad-gateway',
  gatewayTimeout: 'sandbox-gateway-timeout',
  timeout: 'sandbox-timeout',
  networkError: 'sandbox-network-error',
  invalidResponse: 'sandbox-invalid-response',
} as const;

/**
 * PRIVO trigger emails: as `parentEmail` (or as `email` of a consent resend that also names a
 * child's `requesterServiceId`: PRIVO's 404 for an incomplete resend comes first) they force the
 * outcome named by the key. `unsafeConsentUrl` and `noConsentUrl` succeed, with a `javascript:` or
 * a `null` consent URL; `invalidFields` fails server-side validation of otherwise valid input.
 * `consentApproved`, `consentDenied` and `consentExpired` succeed, and the child's consent then
 * becomes approved, denied or expired after `consentDelayMs` (3 s by default), delivered like a
 * PRIVO webhook.
 */
export const PRIVO_TRIGGER_EMAILS = {
  unauthorized: 'unauthorized@sandbox.test',
  forbidden: 'forbidden@sandbox.test',
  rateLimited: 'ratelimit@sandbox.test',
  serverError: 'server-error@sandbox.test',
  unavailable: 'unavailable@sandbox.test',
  badGateway: 'html-error@sandbox.test',
  gatewayTimeout: 'gateway-timeout@sandbox.test',
  timeout: 'timeout@sandbox.test',
  networkError: 'network-error@sandbox.test',
  invalidResponse: 'invalid-json@sandbox.test',
  invalidFields: 'invalid-fields@sandbox.test',
  unsafeConsentUrl: 'unsafe-consent@sandbox.test',
  noConsentUrl: 'no-consent@sandbox.test',
  consentApproved: 'consent-approved@sandbox.test',
  consentDenied: 'consent-denied@sandbox.test',
  consentExpired: 'consent-expired@sandbox.test',
} as const;

/** The consent state each consent trigger email leads to. */
const CONSENT_TRIGGERS: ReadonlyMap<string, 'approved' | 'denied' | 'expired'> = new Map([
  [PRIVO_TRIGGER_EMAILS.consentApproved, 'approved'],
  [PRIVO_TRIGGER_EMAILS.consentDenied, 'denied'],
  [PRIVO_TRIGGER_EMAILS.consentExpired, 'expired'],
]);

/** The consent state a parent email leads to after a while (case-insensitive), if it is a consent trigger. */
export function consentTrigger(value: unknown): 'approved' | 'denied' | 'expired' | undefined {
  return typeof value === 'string' ? CONSENT_TRIGGERS.get(value.trim().toLowerCase()) : undefined;
}

const FAILURE_BY_TRIGGER_KEY: Readonly<Record<string, SandboxFailure>> = {
  unauthorized: 'unauthorized',
  forbidden: 'forbidden',
  conflict: 'conflict',
  rateLimited: 'rate-limited',
  serverError: 'server',
  unavailable: 'unavailable',
  badGateway: 'bad-gateway',
  gatewayTimeout: 'gateway-timeout',
  timeout: 'timeout',
  networkError: 'network',
  invalidResponse: 'invalid-response',
};

const CONOMY_FAILURES = new Map<string, SandboxFailure>(
  Object.entries(CONOMY_TRIGGER_IDS).map(([key, id]) => [id, FAILURE_BY_TRIGGER_KEY[key] as SandboxFailure]),
);

const PRIVO_FAILURES = new Map<string, SandboxFailure>(
  Object.entries(PRIVO_TRIGGER_EMAILS)
    .filter(([key]) => key in FAILURE_BY_TRIGGER_KEY)
    .map(([key, email]) => [email, FAILURE_BY_TRIGGER_KEY[key] as SandboxFailure]),
);

/** The failure a Conomy id or search value triggers, if it is a trigger id. */
export function conomyTrigger(value: unknown): SandboxFailure | undefined {
  return typeof value === 'string' ? CONOMY_FAILURES.get(value.trim()) : undefined;
}

/** The failure a PRIVO email triggers (case-insensitive), if it is a failure trigger. */
export function privoTrigger(value: unknown): SandboxFailure | undefined {
  return typeof value === 'string' ? PRIVO_FAILURES.get(value.trim().toLowerCase()) : undefined;
}

/** The outcomes every API shares: no answer, a failed connection, a gateway's HTML page. */
function sharedOutcome(failure: SandboxFailure): Outcome | undefined {
  switch (failure) {
    case 'timeout':
      return { type: 'hang' };
    case 'network':
      return { type: 'network-error', message: 'Failed to fetch' };
    case 'bad-gateway':
      return htmlPage(502, 'Bad Gateway');
    case 'gateway-timeout':
      return htmlPage(504, 'Gateway Time-out');
    default:
      return undefined;
  }
}

/** Conomy's answer for a forced failure. */
export function conomyFailure(failure: SandboxFailure, traceId: string): Outcome {
  const shared = sharedOutcome(failure);
  if (shared) return shared;
  switch (failure) {
    case 'unauthorized':
      // The older error shape (DOMAIN.md): the kit must read both.
      return json(
        401,
        { statusCode: 401, error: 'Unauthorized', message: 'Access token expired or invalid' },
        { 'x-trace-id': traceId, 'www-authenticate': 'Bearer error="invalid_token"' },
      );
    case 'forbidden':
      // The API gateway in front of Conomy answers with its own bare shape.
      return json(403, { message: 'Forbidden' });
    case 'not-found':
      return conomyError(404, 'Identity not found', traceId);
    case 'conflict':
      return conomyError(409, 'Identity is already a child of another identity', traceId);
    case 'validation':
      return conomyError(422, 'The identities cannot be linked', traceId);
    case 'rate-limited':
      return conomyError(429, 'Too many requests, slow down', traceId, {
        headers: { 'retry-after': String(RETRY_AFTER_SECONDS) },
      });
    case 'server':
      return conomyError(500, 'Internal server error', traceId);
    case 'unavailable':
      return conomyError(503, 'Service temporarily unavailable', traceId, { code: '02', type: 'unknown' });
    case 'invalid-response':
      // A 200 that is not the API's JSON: an SSO proxy's login page.
      return {
        type: 'response',
        status: 200,
        headers: { 'content-type': 'text/html; charset=utf-8' },
        body: '<!doctype html><html><head><title>Sign in</title></head><body><form action="/login"></form></body></html>',
      };
    default:
      return conomyError(500, `Unhandled sandbox failure ${failure}`, traceId);
  }
}

/** PRIVO's answer for a forced failure. */
export function privoFailureOutcome(failure: SandboxFailure, now: number): Outcome {
  const shared = sharedOutcome(failure);
  if (shared) return shared;
  switch (failure) {
    case 'unauthorized':
      return json(
        401,
        { error: 'invalid_token', error_description: 'Access token expired' },
        { 'www-authenticate': 'Bearer error="invalid_token"' },
      );
    case 'forbidden':
      return json(403, {
        error: 'insufficient_scope',
        error_description: 'The request requires higher privileges than provided by the access token.',
      });
    case 'not-found':
      return privoFailure(404, 'No adult account matches parentEmail', now);
    case 'conflict':
      return privoFailure(412, 'Email address already in use', now, [
        { field: 'email', message: 'email is already in use' },
      ]);
    case 'validation':
      return privoFailure(400, 'Invalid request', now, ['firstName is not enabled in partner configuration']);
    case 'rate-limited':
      return privoFailure(429, 'Too many requests', now, [], { 'retry-after': String(RETRY_AFTER_SECONDS) });
    case 'server':
      return privoFailure(500, 'An unexpected error occurred', now);
    case 'unavailable':
      return privoFailure(503, 'Service unavailable', now);
    case 'invalid-response':
      // Cut mid-body, as a proxy that dropped the connection leaves it.
      return {
        type: 'response',
        status: 200,
        headers: { 'content-type': 'application/json; charset=utf-8' },
        body: '{"validationErrors":[0],"status":"success","message":null,"entity":{"serviceId":"5a33',
      };
    default:
      return privoFailure(500, `Unhandled sandbox failure ${failure}`, now);
  }
}

/** A forced answer with an arbitrary HTTP status, in the API's own error shape. */
export function statusOutcome(api: SandboxApi, status: number, traceId: string, now: number): Outcome {
  const headers: Record<string, string> =
    status === 429 ? { 'retry-after': String(RETRY_AFTER_SECONDS) } : {};
  if (api === 'conomy') return conomyError(status, `Forced HTTP ${status}`, traceId, { headers });
  return privoFailure(status, `Forced HTTP ${status}`, now, [], headers);
}

/** One row of the trigger table. */
export interface SandboxTrigger {
  /** Which API answers. */
  api: SandboxApi;
  /** The value to send. */
  value: string;
  /** Where to put it. */
  where: string;
  /** The HTTP status of the answer; `null` when there is none (no answer, failed connection). */
  status: number | null;
  /**
   * The `KinshipError` kind the kit's operation rejects with; `null` when it succeeds.
   * `timeout` assumes a `timeoutMs`; aborting the call instead gives `aborted`.
   */
  kind: KinshipErrorKind | null;
  /** What happens. */
  description: string;
}

const C = CONOMY_TRIGGER_IDS;
const P = PRIVO_TRIGGER_EMAILS;
const CONOMY_WHERE = 'parent id, a child id, or any search parameter';
const PRIVO_WHERE = 'parentEmail (or email of a consent resend that names a child)';

/** Every way to make the sandbox fail (or succeed oddly), magic or natural, with its result. */
export const SANDBOX_TRIGGERS: readonly SandboxTrigger[] = [
  {
    api: 'conomy',
    value: SANDBOX_IDS.unknown,
    where: 'parent id or a child id (any id not seeded)',
    status: 404,
    kind: 'not-found',
    description: 'Unknown identity: code "31" notFound.',
  },
  {
    api: 'conomy',
    value: SANDBOX_IDS.pendingParent,
    where: 'parent id (any parent whose status is not ACTIVE)',
    status: 422,
    kind: 'validation',
    description: 'Parent not ACTIVE: code "21" failedPrecondition.',
  },
  {
    api: 'conomy',
    value: '{"children":["<the parent id>"]}',
    where: 'body (the kit refuses this before sending)',
    status: 422,
    kind: 'validation',
    description: 'Self-link: code "21" failedPrecondition.',
  },
  {
    api: 'conomy',
    value: `${SANDBOX_IDS.parentOrganization} as a child of ${SANDBOX_IDS.grandchild}`,
    where: 'parent id + child id (linking an ancestor)',
    status: 422,
    kind: 'validation',
    description: 'Cycle: code "21" failedPrecondition.',
  },
  {
    api: 'conomy',
    value: SANDBOX_IDS.organizationWithoutChildren,
    where: 'child id under a USER parent',
    status: 422,
    kind: 'validation',
    description: 'An ORGANIZATION cannot be the child of a person: code "21" failedPrecondition.',
  },
  {
    api: 'conomy',
    value: SANDBOX_IDS.linkedChildren[0],
    where: 'child id under any parent but its own',
    status: 409,
    kind: 'conflict',
    description: 'Already the child of another identity: code "13" alreadyExist.',
  },
  {
    api: 'conomy',
    value: SANDBOX_IDS.linkedChildren[0],
    where: `child id under its own parent (${SANDBOX_IDS.parentWithChildren})`,
    status: 200,
    kind: null,
    description: 'Already linked to this parent: idempotent success, nothing changes.',
  },
  {
    api: 'conomy',
    value: '{"children": [',
    where: 'raw body',
    status: 400,
    kind: 'validation',
    description: 'Malformed JSON: code "14" parsingResource.',
  },
  {
    api: 'conomy',
    value: '{}',
    where: 'raw body',
    status: 400,
    kind: 'validation',
    description: '`children` missing: code "12" missingParam.',
  },
  {
    api: 'conomy',
    value: '{"children": "x"} / [] / [42] / [" "]',
    where: 'raw body',
    status: 400,
    kind: 'validation',
    description: 'Not an array, empty, or not non-blank strings: code "11" invalidParam.',
  },
  {
    api: 'conomy',
    value: C.unauthorized,
    where: CONOMY_WHERE,
    status: 401,
    kind: 'unauthorized',
    description: 'Older error shape `{statusCode, error, message}`.',
  },
  {
    api: 'conomy',
    value: C.forbidden,
    where: CONOMY_WHERE,
    status: 403,
    kind: 'unauthorized',
    description: 'API gateway `{"message":"Forbidden"}`.',
  },
  {
    api: 'conomy',
    value: C.conflict,
    where: CONOMY_WHERE,
    status: 409,
    kind: 'conflict',
    description: 'Code "13" alreadyExist.',
  },
  {
    api: 'conomy',
    value: C.rateLimited,
    where: CONOMY_WHERE,
    status: 429,
    kind: 'rate-limited',
    description: `Code "32" tooManyRequests, \`Retry-After: ${RETRY_AFTER_SECONDS}\` (retryAfterMs ${RETRY_AFTER_SECONDS * 1000}).`,
  },
  {
    api: 'conomy',
    value: C.serverError,
    where: CONOMY_WHERE,
    status: 500,
    kind: 'server',
    description: 'Code "01" serverError (retried by the kit, then reported).',
  },
  {
    api: 'conomy',
    value: C.unavailable,
    where: CONOMY_WHERE,
    status: 503,
    kind: 'server',
    description: 'Code "02" unknown.',
  },
  {
    api: 'conomy',
    value: C.badGateway,
    where: CONOMY_WHERE,
    status: 502,
    kind: 'server',
    description: 'HTML page from the gateway.',
  },
  {
    api: 'conomy',
    value: C.gatewayTimeout,
    where: CONOMY_WHERE,
    status: 504,
    kind: 'server',
    description: 'HTML page from the gateway.',
  },
  {
    api: 'conomy',
    value: C.timeout,
    where: CONOMY_WHERE,
    status: null,
    kind: 'timeout',
    description: 'Never answers; ends only when the request is aborted (the kit times out).',
  },
  {
    api: 'conomy',
    value: C.networkError,
    where: CONOMY_WHERE,
    status: null,
    kind: 'network',
    description: 'The fetcher rejects with `TypeError: Failed to fetch`.',
  },
  {
    api: 'conomy',
    value: C.invalidResponse,
    where: CONOMY_WHERE,
    status: 200,
    kind: 'invalid-response',
    description: '200 with an HTML login page instead of JSON.',
  },
  {
    api: 'privo',
    value: SANDBOX_EMAILS.unknownAdult,
    where: 'parentEmail (any email without an adult account)',
    status: 404,
    kind: 'not-found',
    description: 'Failure envelope: no adult account matches.',
  },
  {
    api: 'privo',
    value: SANDBOX_EMAILS.adultWithChild,
    where: 'parentEmail (an adult who already has a child; also any adult after one success)',
    status: 208,
    kind: 'conflict',
    description:
      'PRIVO\'s "parent registers a second child": failure envelope; the kit adds reason `adult-has-children` (no retry).',
  },
  {
    api: 'privo',
    value: SANDBOX_EMAILS.takenUserName,
    where: 'userName (or a taken email, e.g. sally.gonzalez@example.com, as email)',
    status: 412,
    kind: 'conflict',
    description: 'Already in use: `validationErrors: [{field, message: "… is already in use"}]`.',
  },
  {
    api: 'privo',
    value: '{"birthDate_YYYYMMDD": "20100230"}',
    where: 'any invalid field (the kit refuses most before sending)',
    status: 400,
    kind: 'validation',
    description: 'Failure envelope with `validationErrors: [{field, message}]`.',
  },
  {
    api: 'privo',
    value: '{"roleIdentifier": "adultRole"}',
    where: 'roleIdentifier not configured (childRole, teenRole are)',
    status: 400,
    kind: 'validation',
    description: 'Failure envelope with plain-string `validationErrors`.',
  },
  {
    api: 'privo',
    value: '{"birthDate_YYYYMMDD": "19900101"}',
    where: 'a birth date of an adult (18 or older)',
    status: 400,
    kind: 'validation',
    description: 'Outside every child role: field error on birthDate_YYYYMMDD.',
  },
  {
    api: 'privo',
    value: 'not JSON',
    where: 'raw body',
    status: 400,
    kind: 'validation',
    description: 'Failure envelope with a plain-string `validationErrors` entry.',
  },
  {
    api: 'privo',
    value: P.invalidFields,
    where: PRIVO_WHERE,
    status: 400,
    kind: 'validation',
    description: 'Server-side field errors on firstName and userName for input the kit accepts.',
  },
  {
    api: 'privo',
    value: P.unauthorized,
    where: PRIVO_WHERE,
    status: 401,
    kind: 'unauthorized',
    description: 'OAuth `{"error":"invalid_token"}`.',
  },
  {
    api: 'privo',
    value: P.forbidden,
    where: PRIVO_WHERE,
    status: 403,
    kind: 'unauthorized',
    description: 'OAuth `{"error":"insufficient_scope"}`.',
  },
  {
    api: 'privo',
    value: P.rateLimited,
    where: PRIVO_WHERE,
    status: 429,
    kind: 'rate-limited',
    description: `Failure envelope, \`Retry-After: ${RETRY_AFTER_SECONDS}\` (retryAfterMs ${RETRY_AFTER_SECONDS * 1000}).`,
  },
  {
    api: 'privo',
    value: P.serverError,
    where: PRIVO_WHERE,
    status: 500,
    kind: 'server',
    description: 'Failure envelope (account creation is never retried).',
  },
  {
    api: 'privo',
    value: P.unavailable,
    where: PRIVO_WHERE,
    status: 503,
    kind: 'server',
    description: 'Failure envelope.',
  },
  {
    api: 'privo',
    value: P.badGateway,
    where: PRIVO_WHERE,
    status: 502,
    kind: 'server',
    description: 'HTML page from the gateway.',
  },
  {
    api: 'privo',
    value: P.gatewayTimeout,
    where: PRIVO_WHERE,
    status: 504,
    kind: 'server',
    description: 'HTML page from the gateway.',
  },
  {
    api: 'privo',
    value: P.timeout,
    where: PRIVO_WHERE,
    status: null,
    kind: 'timeout',
    description: 'Never answers until aborted; the kit reports `mayHaveSucceeded`.',
  },
  {
    api: 'privo',
    value: P.networkError,
    where: PRIVO_WHERE,
    status: null,
    kind: 'network',
    description: 'The fetcher rejects with `TypeError: Failed to fetch`; `mayHaveSucceeded`.',
  },
  {
    api: 'privo',
    value: P.invalidResponse,
    where: PRIVO_WHERE,
    status: 200,
    kind: 'invalid-response',
    description: '200 with a JSON body cut in the middle.',
  },
  {
    api: 'privo',
    value: P.unsafeConsentUrl,
    where: 'parentEmail',
    status: 200,
    kind: null,
    description: 'Success whose `consentUrl` is `javascript:…`: the kit hands out `consentUrl: null`.',
  },
  {
    api: 'privo',
    value: P.noConsentUrl,
    where: 'parentEmail',
    status: 200,
    kind: null,
    description: 'Success with `consentUrl: null`.',
  },
  {
    api: 'privo',
    value: P.consentApproved,
    where: 'parentEmail',
    status: 200,
    kind: null,
    description:
      "Success; 3 s later (option `consentDelayMs`) the child's consent becomes `approved`, delivered as a PRIVO webhook.",
  },
  {
    api: 'privo',
    value: P.consentDenied,
    where: 'parentEmail',
    status: 200,
    kind: null,
    description: "Success; 3 s later the child's consent becomes `denied` (PRIVO's decline event).",
  },
  {
    api: 'privo',
    value: P.consentExpired,
    where: 'parentEmail',
    status: 200,
    kind: null,
    description: "Success; 3 s later the child's consent becomes `expired`.",
  },
  {
    api: 'privo',
    value: 'a second resend within 30 s',
    where: 'GET /api/consent/resend for the same child',
    status: 429,
    kind: 'rate-limited',
    description: '`Retry-After` = seconds left of the cool-down (option `resendCooldownMs`).',
  },
];
