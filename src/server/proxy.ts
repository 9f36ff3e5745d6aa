/**
 * The shared engine of the Conomy and PRIVO proxies: route allow-list, path-parameter checks,
 * authorization, body limits, header filtering, upstream timeouts and the single 401 retry.
 * Only Web-standard APIs (fetch, Request, Response, Headers, URL, AbortController, crypto), so the
 * handlers run in Next.js, Hono, Remix, Bun, Deno and Workers alike.
 */

import { decodePathParameter } from '../core/pathParameter.js';
import { parseTokenGrant, type TokenCache, type TokenGrant } from './token.js';

/** The operations the proxies forward; `authorize` and `onEvent` receive one of these. */
export type ProxyOperation =
  /** Conomy `POST /identities/{id}/children`. */
  | 'addChildren'
  /** Conomy `DELETE /identities/{id}/children`. */
  | 'removeChildren'
  /** Conomy `GET /identities/{id}`. */
  | 'getIdentity'
  /** Conomy `GET /identities`. */
  | 'searchIdentities'
  /** PRIVO `POST /api/account`. */
  | 'addChildAccount'
  /** PRIVO `GET /api/consent/resend`. */
  | 'resendConsent'
  /**
   * `GET /consent-status/{serviceId}` of the PRIVO proxy, answered from its `consentStore`
   * (PRIVO's webhooks fill it), never from PRIVO.
   */
  | 'getConsentStatus';

/** What `authorize` is told about the request it must allow or refuse. */
export interface AuthorizeContext {
  /** The operation the browser asked for. */
  operation: ProxyOperation;
  /**
   * For `addChildren` / `removeChildren`: the parent identity id from the path, decoded; for
   * `getIdentity`: the identity asked for.
   */
  identityId?: string;
  /** For `getConsentStatus`: the child's PRIVO service id from the path, decoded. */
  serviceId?: string;
}

/**
 * Decides whether the caller (typically the signed-in user, from the request's session cookie)
 * may perform `operation`, e.g. only a parent on their own `identityId`. It runs only after the
 * checks that need no session passed (path, method, `Content-Type: application/json` for bodies,
 * body size), and before any upstream call. `false` answers 403 without
 * calling the upstream; a throw answers 500 with a generic body. It may read the body
 * (`await request.json()`): the proxy has already read and size-checked its own copy.
 */
export type Authorize = (request: Request, context: AuthorizeContext) => boolean | Promise<boolean>;

/** What `onEvent` receives for each handled request: no bodies, headers, ids or query strings. */
export interface ProxyEvent {
  /** The matched operation, or `null` when the path or method was not on the allow-list. */
  operation: ProxyOperation | null;
  /** HTTP status answered to the browser (499 when the browser went away first). */
  status: number;
  /** Time from receiving the request to having the response, in milliseconds. */
  durationMs: number;
}

/** A fetch-compatible function, used to call the upstream API. */
export type ProxyFetch = (input: string, init: RequestInit) => Promise<Response>;

/** A Web-standard request handler: mount it in any framework that speaks `Request`/`Response`. */
export type ProxyHandler = (request: Request) => Promise<Response>;

/** Options both proxies share. */
export interface CommonProxyOptions {
  /** Upstream API root, e.g. `https://api.conomyhq.com/sandbox`. Absolute http(s) URL. */
  baseUrl: string;
  /**
   * Path prefix the handler is mounted under (e.g. `/api/conomy`), stripped before matching the
   * allow-list. Requests outside it are answered 404.
   * @default ''
   */
  basePath?: string;
  /** Required. Allows or refuses each request: see {@link Authorize}. */
  authorize: Authorize;
  /**
   * Function used to call the upstream (token endpoint and API).
   * @default globalThis.fetch
   */
  fetch?: ProxyFetch;
  /**
   * Time limit for each upstream call (token request and API request), in milliseconds; on expiry
   * the browser gets 504.
   * @default 30000
   */
  timeoutMs?: number;
  /**
   * Called once per request with operation, status and duration only (never bodies, ids or
   * headers). A throw or rejection is swallowed.
   */
  onEvent?: (event: ProxyEvent) => void;
  /**
   * Largest request body accepted, in bytes; larger ones are answered 413 without an upstream call.
   * @default 65536
   */
  maxBodyBytes?: number;
}

/** Default of `timeoutMs`. */
export const DEFAULT_TIMEOUT_MS = 30_000;
/** Default of `maxBodyBytes` (64 kB). */
export const DEFAULT_MAX_BODY_BYTES = 64 * 1024;

/** Everything that can go wrong on the way, with the status the browser gets. */
export type ProxyFailure =
  | 'bad-path-parameter'
  | 'unreadable-body'
  | 'forbidden'
  | 'unknown-path'
  | 'no-record'
  | 'method-not-allowed'
  | 'body-too-large'
  | 'unsupported-media-type'
  | 'internal'
  | 'upstream-unreachable'
  | 'token-failed'
  | 'upstream-timeout';

/** HTTP status for each failure the proxy answers itself. */
export const FAILURE_STATUS: Record<ProxyFailure, number> = {
  'bad-path-parameter': 400,
  'unreadable-body': 400,
  forbidden: 403,
  'unknown-path': 404,
  'no-record': 404,
  'method-not-allowed': 405,
  'body-too-large': 413,
  'unsupported-media-type': 415,
  internal: 500,
  'upstream-unreachable': 502,
  'token-failed': 502,
  'upstream-timeout': 504,
};

/** Text of the error bodies the proxy generates: generic on purpose, never upstream details. */
export const FAILURE_DETAIL: Record<ProxyFailure, string> = {
  'bad-path-parameter': 'A path parameter is not a valid identifier.',
  'unreadable-body': 'The request body could not be read.',
  forbidden: 'This operation is not allowed for the current session.',
  'unknown-path': 'Not found.',
  'no-record': 'Nothing is known about this yet.',
  'method-not-allowed': 'Method not allowed on this path.',
  'body-too-large': 'The request body is too large.',
  'unsupported-media-type': 'The request body must be sent as Content-Type: application/json.',
  internal: 'Internal error.',
  'upstream-unreachable': 'The upstream service could not be reached.',
  'token-failed': 'The upstream service refused the server credentials.',
  'upstream-timeout': 'The upstream service did not answer in time.',
};

/** One allowed path: literal segments and `:name` parameters, with an operation per method. */
export interface RouteDefinition {
  /** E.g. `['identities', ':identityId', 'children']`. */
  segments: readonly string[];
  /** Allowed methods and the operation each one performs. */
  methods: Readonly<Partial<Record<string, ProxyOperation>>>;
  /**
   * Answers the route on this server instead of forwarding it (after the same checks and
   * `authorize`), from the decoded path parameters. Throw a `ProxyFailureError` to answer a failure.
   */
  serve?: (params: Readonly<Record<string, string>>) => Promise<Response>;
}

/** What each proxy plugs into the engine. */
export interface ProxyEngineConfig {
  /** Name used in configuration errors, e.g. `createConomyProxy`. */
  factoryName: string;
  routes: readonly RouteDefinition[];
  options: CommonProxyOptions;
  tokens: TokenCache;
  /** Headers for an upstream API call (credentials, versions, content negotiation). */
  upstreamHeaders(token: string): Headers;
  /** JSON body for a failure the proxy answers itself, in the upstream's own error shape. */
  errorBody(failure: ProxyFailure, status: number): unknown;
}

/** Thrown inside the engine to answer a failure without an upstream call (or after one). */
export class ProxyFailureError extends Error {
  readonly failure: ProxyFailure;
  constructor(failure: ProxyFailure, options?: { cause?: unknown }) {
    super(FAILURE_DETAIL[failure], options);
    this.failure = failure;
  }
}

/** The browser went away before the answer was ready. */
class ClientClosedError extends Error {}

/** Browser headers worth passing on; every other header (credentials, cookies, hop-by-hop) is dropped. */
const FORWARDED_REQUEST_HEADERS = ['accept-language', 'traceparent', 'tracestate', 'x-request-id'] as const;

/** Upstream headers passed back to the browser; `Set-Cookie` and everything else are dropped. */
const RETURNED_RESPONSE_HEADERS = [
  'content-type',
  'content-language',
  'retry-after',
  'x-request-id',
  'x-trace-id',
  'ratelimit-limit',
  'ratelimit-remaining',
  'ratelimit-reset',
  'x-ratelimit-limit',
  'x-ratelimit-remaining',
  'x-ratelimit-reset',
] as const;

/** Statuses whose responses must not carry a body. */
const NULL_BODY_STATUSES = new Set([101, 204, 205, 304]);

/**
 * Whether a `Content-Type` value names the `application/json` media type: compared
 * case-insensitively, parameters (`; charset=utf-8`) allowed. `text/plain`, form and multipart
 * bodies are what a cross-site form can send without a CORS preflight, so they never pass.
 */
export function isJsonContentType(contentType: string | null): boolean {
  if (contentType === null) return false;
  const semicolon = contentType.indexOf(';');
  const mediaType = semicolon === -1 ? contentType : contentType.slice(0, semicolon);
  return mediaType.trim().toLowerCase() === 'application/json';
}

/** Trims trailing slashes off `baseUrl` after checking it is an absolute http(s) URL. */
export function normaliseBaseUrl(factoryName: string, baseUrl: unknown): string {
  if (typeof baseUrl !== 'string') {
    throw new TypeError(`${factoryName}: \`baseUrl\` is required (the upstream API root, an absolute URL).`);
  }
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new TypeError(`${factoryName}: \`baseUrl\` must be an absolute http(s) URL.`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new TypeError(`${factoryName}: \`baseUrl\` must be an absolute http(s) URL.`);
  }
  if (url.search || url.hash) {
    throw new TypeError(`${factoryName}: \`baseUrl\` must not contain a query string or fragment.`);
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

/** `'/api/conomy/'` → `'/api/conomy'`, `''` and `'/'` → `''`. */
function normaliseBasePath(factoryName: string, basePath: unknown): string {
  if (basePath === undefined) return '';
  if (typeof basePath !== 'string' || (basePath !== '' && !basePath.startsWith('/'))) {
    throw new TypeError(`${factoryName}: \`basePath\` must be a path starting with "/", e.g. "/api/conomy".`);
  }
  return basePath.replace(/\/+$/, '');
}

/** Checks the options object and its `authorize` function, the one option no proxy may run without. */
export function requireAuthorize(factoryName: string, options: unknown): Authorize {
  if (typeof options !== 'object' || options === null) {
    throw new TypeError(`${factoryName}: options are required.`);
  }
  const { authorize } = options as { authorize?: unknown };
  if (typeof authorize !== 'function') {
    throw new TypeError(
      `${factoryName}: \`authorize\` is required: a function (request, { operation, identityId }) => boolean | Promise<boolean> that decides whether the caller may perform the operation (e.g. only the signed-in parent on their own identity).`,
    );
  }
  return authorize as Authorize;
}

/** Throws a TypeError naming the option unless `value` is a non-empty string. */
export function requireString(factoryName: string, name: string, value: unknown): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new TypeError(`${factoryName}: \`${name}\` is required (a non-empty string).`);
  }
  return value;
}

function positiveNumber(factoryName: string, name: string, value: unknown, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    throw new TypeError(`${factoryName}: \`${name}\` must be a positive number.`);
  }
  return value;
}

/**
 * Asks a token endpoint for a grant. Its answer is never passed on (it may echo credentials): an
 * unusable answer, like a failed call, is a `token-failed` failure.
 */
export async function requestTokenGrant(
  fetchFn: ProxyFetch,
  url: string,
  init: RequestInit,
  timeoutMs: number,
): Promise<TokenGrant> {
  const { response, body } = await fetchWithTimeout(
    fetchFn,
    url,
    { ...init, method: 'POST', redirect: 'manual' },
    timeoutMs,
  );
  const grant = response.ok ? parseTokenGrant(body) : undefined;
  if (grant === undefined) throw new ProxyFailureError('token-failed');
  return grant;
}

/** Calls an upstream with a time limit that holds even when `fetch` ignores the abort signal. */
export async function fetchWithTimeout(
  fetchFn: ProxyFetch,
  url: string,
  init: RequestInit,
  timeoutMs: number,
  clientSignal?: AbortSignal,
): Promise<{ response: Response; body: ArrayBuffer }> {
  if (clientSignal?.aborted) throw new ClientClosedError();
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let rejectOnClientAbort: ((error: Error) => void) | undefined;
  const onClientAbort = () => {
    controller.abort();
    rejectOnClientAbort?.(new ClientClosedError());
  };
  clientSignal?.addEventListener('abort', onClientAbort, { once: true });
  const stop = new Promise<never>((_, reject) => {
    rejectOnClientAbort = reject;
    timer = setTimeout(() => {
      controller.abort();
      reject(new ProxyFailureError('upstream-timeout'));
    }, timeoutMs);
  });
  const exchange = (async () => {
    let response: Response;
    try {
      response = await fetchFn(url, { ...init, signal: controller.signal });
    } catch (cause) {
      throw new ProxyFailureError('upstream-unreachable', { cause });
    }
    try {
      // Buffered: answers are small JSON documents, and the time limit must cover the body too.
      return { response, body: await response.arrayBuffer() };
    } catch (cause) {
      throw new ProxyFailureError('upstream-unreachable', { cause });
    }
  })();
  try {
    return await Promise.race([exchange, stop]);
  } finally {
    clearTimeout(timer);
    clientSignal?.removeEventListener('abort', onClientAbort);
  }
}

/** A copy whose body can be read independently; the host consuming the body first is a 500. */
function cloneRequest(request: Request): Request {
  try {
    return request.clone();
  } catch (cause) {
    throw new ProxyFailureError('internal', { cause });
  }
}

/**
 * Reads the request body, giving up (and cancelling the stream) once it exceeds `maxBytes`: the
 * bytes are counted as they arrive, whatever `Content-Length` claimed.
 */
export async function readBody(request: Request, maxBytes: number): Promise<Uint8Array<ArrayBuffer>> {
  if (request.body === null) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    let chunk: ReadableStreamReadResult<Uint8Array>;
    try {
      chunk = await reader.read();
    } catch (cause) {
      throw new ProxyFailureError('unreadable-body', { cause });
    }
    if (chunk.done) break;
    total += chunk.value.byteLength;
    if (total > maxBytes) {
      reader.cancel().catch(() => {});
      throw new ProxyFailureError('body-too-large');
    }
    chunks.push(chunk.value);
  }
  const body = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

/** A JSON answer that no cache keeps. */
export function jsonResponse(body: unknown, status: number, extraHeaders?: Record<string, string>): Response {
  const headers = new Headers({ 'content-type': 'application/json', 'cache-control': 'no-store' });
  for (const [name, value] of Object.entries(extraHeaders ?? {})) headers.set(name, value);
  return new Response(JSON.stringify(body), { status, headers });
}

/** Matches the path below `basePath` against the allow-list. */
function matchRoute(
  routes: readonly RouteDefinition[],
  path: string,
): { route: RouteDefinition; params: Record<string, string> } | 'bad-parameter' | undefined {
  if (!path.startsWith('/')) return undefined;
  const segments = path.slice(1).split('/');
  for (const route of routes) {
    if (route.segments.length !== segments.length) continue;
    const params: Record<string, string> = Object.create(null);
    let matches = true;
    let badParameter = false;
    for (const [index, expected] of route.segments.entries()) {
      const actual = segments[index] ?? '';
      if (expected.startsWith(':')) {
        const decoded = decodePathParameter(actual);
        if (decoded === undefined) badParameter = true;
        else params[expected.slice(1)] = decoded;
      } else if (actual !== expected) {
        matches = false;
        break;
      }
    }
    if (!matches) continue;
    return badParameter ? 'bad-parameter' : { route, params };
  }
  return undefined;
}

/** Builds the upstream path with each parameter re-encoded as exactly one segment. */
function upstreamPath(route: RouteDefinition, params: Record<string, string>): string {
  return route.segments
    .map((segment) =>
      segment.startsWith(':') ? encodeURIComponent(params[segment.slice(1)] ?? '') : segment,
    )
    .map((segment) => `/${segment}`)
    .join('');
}

function emit(onEvent: CommonProxyOptions['onEvent'], event: ProxyEvent): void {
  if (!onEvent) return;
  try {
    const result: unknown = onEvent(event);
    if (result instanceof Promise) result.catch(() => {});
  } catch {
    // A host's telemetry failing must not change the answer.
  }
}

/** Builds a `Request → Response` handler from a proxy's routes, credentials and error shape. */
export function createProxyHandler(config: ProxyEngineConfig): ProxyHandler {
  const { factoryName, routes, options, tokens } = config;
  const authorize = requireAuthorize(factoryName, options);
  const baseUrl = normaliseBaseUrl(factoryName, options.baseUrl);
  const basePath = normaliseBasePath(factoryName, options.basePath);
  const timeoutMs = positiveNumber(factoryName, 'timeoutMs', options.timeoutMs, DEFAULT_TIMEOUT_MS);
  const maxBodyBytes = positiveNumber(
    factoryName,
    'maxBodyBytes',
    options.maxBodyBytes,
    DEFAULT_MAX_BODY_BYTES,
  );
  if (options.fetch !== undefined && typeof options.fetch !== 'function') {
    throw new TypeError(`${factoryName}: \`fetch\` must be a fetch-compatible function.`);
  }
  if (options.onEvent !== undefined && typeof options.onEvent !== 'function') {
    throw new TypeError(`${factoryName}: \`onEvent\` must be a function.`);
  }
  const fetchFn: ProxyFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const basePathname = new URL(baseUrl).pathname.replace(/\/+$/, '');

  const failure = (kind: ProxyFailure, extraHeaders?: Record<string, string>): Response => {
    const status = FAILURE_STATUS[kind];
    return jsonResponse(config.errorBody(kind, status), status, extraHeaders);
  };

  async function forward(request: Request, state: { operation: ProxyOperation | null }): Promise<Response> {
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return failure('unknown-path');
    }
    // The URL parser has already resolved "." / ".." / "%2e%2e" segments; encoded slashes stay encoded.
    const pathname = url.pathname;
    if (basePath !== '' && pathname !== basePath && !pathname.startsWith(`${basePath}/`)) {
      return failure('unknown-path');
    }
    const matched = matchRoute(routes, pathname.slice(basePath.length));
    if (matched === undefined) return failure('unknown-path');
    if (matched === 'bad-parameter') return failure('bad-path-parameter');
    const method = request.method.toUpperCase();
    const { methods } = matched.route;
    const operation = Object.hasOwn(methods, method) ? methods[method] : undefined;
    if (operation === undefined) {
      return failure('method-not-allowed', { allow: Object.keys(methods).join(', ') });
    }
    state.operation = operation;

    const hasBody = method !== 'GET' && method !== 'HEAD';
    // Before `authorize` and the body: a cross-site form (text/plain, form, multipart) must not
    // get as far as the host's session check, let alone the upstream.
    if (hasBody && !isJsonContentType(request.headers.get('content-type'))) {
      return failure('unsupported-media-type');
    }
    const declaredLength = Number(request.headers.get('content-length') ?? '0');
    if (hasBody && Number.isFinite(declaredLength) && declaredLength > maxBodyBytes) {
      return failure('body-too-large');
    }

    // Read (and size-check) a copy first, so that `authorize` may read the original body itself.
    const body = hasBody ? await readBody(cloneRequest(request), maxBodyBytes) : undefined;

    const context: AuthorizeContext = { operation };
    if (matched.params.identityId !== undefined) context.identityId = matched.params.identityId;
    if (matched.params.serviceId !== undefined) context.serviceId = matched.params.serviceId;
    let allowed: boolean;
    try {
      allowed = (await authorize(request, context)) === true;
    } catch {
      return failure('internal');
    }
    if (!allowed) return failure('forbidden');
    if (matched.route.serve) return matched.route.serve(matched.params);

    const path = upstreamPath(matched.route, matched.params);
    const target = `${baseUrl}${path}${method === 'GET' ? url.search : ''}`;
    // Belt and braces: whatever the id was, the upstream URL must be exactly the allowed path.
    if (new URL(target).pathname !== `${basePathname}${path}`) return failure('bad-path-parameter');

    const send = async (token: string) => {
      const headers = config.upstreamHeaders(token);
      for (const name of FORWARDED_REQUEST_HEADERS) {
        const value = request.headers.get(name);
        if (value !== null) headers.set(name, value);
      }
      const init: RequestInit = { method, headers, redirect: 'manual' };
      if (body !== undefined && (body.byteLength > 0 || method === 'POST')) init.body = body;
      return fetchWithTimeout(fetchFn, target, init, timeoutMs, request.signal ?? undefined);
    };

    let token = await tokens.get();
    let upstream = await send(token);
    if (upstream.response.status === 401) {
      // Revoked or expired early: one fresh token, one retry, then the 401 goes to the browser.
      tokens.invalidate(token);
      token = await tokens.get();
      upstream = await send(token);
    }

    const headers = new Headers({ 'cache-control': 'no-store' });
    for (const name of RETURNED_RESPONSE_HEADERS) {
      const value = upstream.response.headers.get(name);
      if (value !== null) headers.set(name, value);
    }
    const status = upstream.response.status;
    // Redirects are not followed (they could carry the credentials elsewhere) nor passed on.
    const isRedirect = status >= 300 && status < 400;
    if (status < 200 || status > 599 || isRedirect) return failure('upstream-unreachable');
    return new Response(NULL_BODY_STATUSES.has(status) ? null : upstream.body, { status, headers });
  }

  return async function proxy(request: Request): Promise<Response> {
    const startedAt = Date.now();
    const state: { operation: ProxyOperation | null } = { operation: null };
    let response: Response;
    try {
      response = await forward(request, state);
    } catch (error) {
      if (error instanceof ProxyFailureError) response = failure(error.failure);
      else if (error instanceof ClientClosedError) response = new Response(null, { status: 499 });
      else response = failure('internal');
    }
    emit(options.onEvent, {
      operation: state.operation,
      status: response.status,
      durationMs: Date.now() - startedAt,
    });
    return response;
  };
}
