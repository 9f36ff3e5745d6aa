/**
 * How the sandbox answers: JSON with `content-type: application/json`, Conomy's two error shapes,
 * the API gateway's bare `{"message":"Forbidden"}` and HTML error pages, PRIVO's envelope and its
 * OAuth errors, `Retry-After` on 429, and the outcomes that are not answers at all (a request that
 * never completes, a connection that fails).
 */

/** What the sandbox does with one request. */
export type Outcome =
  | { type: 'response'; status: number; headers: Record<string, string>; body: string }
  /** Never answers; only the caller's abort signal ends it (like a server that stopped responding). */
  | { type: 'hang' }
  /** The fetcher rejects with a `TypeError`, as `fetch` does when the connection fails. */
  | { type: 'network-error'; message: string };

/** Seconds announced in `Retry-After` by the rate-limit triggers. */
export const RETRY_AFTER_SECONDS = 3;

/** A JSON answer. */
export function json(status: number, body: unknown, headers: Record<string, string> = {}): Outcome {
  return {
    type: 'response',
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
    body: JSON.stringify(body),
  };
}

/** An HTML error page, as a gateway or load balancer in front of the API sends on 502/504. */
export function htmlPage(status: number, title: string): Outcome {
  return {
    type: 'response',
    status,
    headers: { 'content-type': 'text/html; charset=utf-8' },
    body: `<html>\r\n<head><title>${status} ${title}</title></head>\r\n<body>\r\n<center><h1>${status} ${title}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n`,
  };
}

/** Conomy's error code and type for an HTTP status (DOMAIN.md; 405 is assumed). */
export function conomyCodeFor(status: number): { code: string; type: string } {
  switch (status) {
    case 400:
      return { code: '11', type: 'invalidParam' };
    case 401:
      return { code: '41', type: 'unauthorized' };
    case 403:
      return { code: '43', type: 'forbiddenOperation' };
    case 404:
      return { code: '31', type: 'notFound' };
    case 405:
      return { code: '15', type: 'methodNotAllowed' };
    case 409:
      return { code: '13', type: 'alreadyExist' };
    case 422:
      return { code: '21', type: 'failedPrecondition' };
    case 429:
      return { code: '32', type: 'tooManyRequests' };
    case 500:
      return { code: '01', type: 'serverError' };
    default:
      return { code: '02', type: 'unknown' };
  }
}

/** Conomy's current error shape `{status, code, type, detail, traceId}`, with the trace id also as a header. */
export function conomyError(
  status: number,
  detail: string,
  traceId: string,
  override: { code?: string; type?: string; headers?: Record<string, string> } = {},
): Outcome {
  const fallback = conomyCodeFor(status);
  return json(
    status,
    { status, code: override.code ?? fallback.code, type: override.type ?? fallback.type, detail, traceId },
    { 'x-trace-id': traceId, ...override.headers },
  );
}

/** A successful Conomy answer, with its trace id header. */
export function conomyOk(body: unknown, traceId: string): Outcome {
  return json(200, body, { 'x-trace-id': traceId });
}

/** PRIVO's response envelope. `validationErrors: [0]` on success is the docs' own placeholder, kept. */
export function privoEnvelope(
  httpStatus: number,
  envelope: {
    status: 'success' | 'failure';
    message: string | null;
    entity: unknown;
    validationErrors?: unknown[];
    resultCount?: number;
    totalCount?: number;
  },
  now: number,
  headers: Record<string, string> = {},
): Outcome {
  return json(
    httpStatus,
    {
      validationErrors: envelope.validationErrors ?? (envelope.status === 'success' ? [0] : []),
      status: envelope.status,
      message: envelope.message,
      resultCount: envelope.resultCount ?? -1,
      totalCount: envelope.totalCount ?? -1,
      entity: envelope.entity,
      responseTimestamp: now,
    },
    headers,
  );
}

/** A PRIVO failure envelope (`status: "failure"`, `entity: null`). */
export function privoFailure(
  httpStatus: number,
  message: string,
  now: number,
  validationErrors: unknown[] = [],
  headers: Record<string, string> = {},
): Outcome {
  return privoEnvelope(
    httpStatus,
    { status: 'failure', message, entity: null, validationErrors },
    now,
    headers,
  );
}
