/**
 * `createConomyProxy`: the host's `/api/conomy` route. It adds Conomy's server credentials
 * (`x-api-key`, a cached bearer token from `POST /auth`, `User-Agent`, which browsers cannot set)
 * to the few calls the kit makes, and refuses everything else.
 */

import { IDENTITY_SEARCH_PARAMETERS } from '../core/identityQuery.js';
import {
  type CommonProxyOptions,
  createProxyHandler,
  DEFAULT_TIMEOUT_MS,
  FAILURE_DETAIL,
  normaliseBaseUrl,
  type ProxyFailure,
  type ProxyFetch,
  type ProxyHandler,
  type RouteDefinition,
  requestTokenGrant,
  requireAuthorize,
  requireString,
} from './proxy.js';
import { TokenCache } from './token.js';

/** Options of {@link createConomyProxy}. */
export interface ConomyProxyOptions extends CommonProxyOptions {
  /** Conomy API key, sent as `x-api-key` on the token request and every API call. */
  apiKey: string;
  /** Conomy client id, for `POST {baseUrl}/auth`. */
  clientId: string;
  /** Conomy client secret, for `POST {baseUrl}/auth`. */
  clientSecret: string;
  /** Sent as `User-Agent` (Conomy requires it), e.g. `"AcmeFamily/1.4"`. */
  userAgent: string;
  /**
   * Sent as `conomyhq-api-version` on every call; the server decides, whatever the browser sent.
   * @default '24-04-2025'
   */
  apiVersion?: string;
}

/** Conomy's current API version (DOMAIN.md). */
export const DEFAULT_CONOMY_API_VERSION = '24-04-2025';

/** The Conomy calls the kit makes, and nothing else. */
export const CONOMY_ROUTES: readonly RouteDefinition[] = [
  {
    segments: ['identities', ':identityId', 'children'],
    methods: { POST: 'addChildren', DELETE: 'removeChildren' },
  },
  { segments: ['identities', ':identityId'], methods: { GET: 'getIdentity' } },
  { segments: ['identities'], methods: { GET: 'searchIdentities' } },
];

const DOCUMENTED_SEARCH_PARAMETERS: ReadonlySet<string> = new Set(IDENTITY_SEARCH_PARAMETERS);

/**
 * The request with only the query parameters Conomy documents for `GET /identities` (DOMAIN.md:
 * `type, email, documentNumber, phone, country, status, limit, next`); any other one (`q`, a name)
 * is dropped, so nothing undocumented ever reaches Conomy. `GET /identities/{id}` documents no
 * parameter: its query string is dropped whole. Other methods carry no query string upstream and
 * pass unchanged.
 */
function withDocumentedQuery(request: Request): Request {
  if (request.method !== 'GET') return request;
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    return request;
  }
  if (url.search === '') return request;
  const isSearch = /\/identities\/*$/.test(url.pathname);
  const kept = new URLSearchParams();
  for (const [name, value] of url.searchParams) {
    if (isSearch && DOCUMENTED_SEARCH_PARAMETERS.has(name)) kept.append(name, value);
  }
  url.search = kept.toString();
  return new Request(url, request);
}

/** Conomy's catalogue code and type for each failure the proxy answers itself (DOMAIN.md). */
const CONOMY_ERRORS: Record<ProxyFailure, { code: string; type: string }> = {
  'bad-path-parameter': { code: '11', type: 'invalidParam' },
  'unreadable-body': { code: '14', type: 'parsingResource' },
  forbidden: { code: '43', type: 'forbiddenOperation' },
  'unknown-path': { code: '31', type: 'notFound' },
  'no-record': { code: '31', type: 'notFound' },
  'method-not-allowed': { code: '31', type: 'methodNotAllowed' },
  'body-too-large': { code: '11', type: 'payloadTooLarge' },
  'unsupported-media-type': { code: '14', type: 'unsupportedMediaType' },
  internal: { code: '01', type: 'serverError' },
  'upstream-unreachable': { code: '01', type: 'badGateway' },
  'token-failed': { code: '01', type: 'badGateway' },
  'upstream-timeout': { code: '01', type: 'gatewayTimeout' },
};

/** Conomy's current error shape, so the kit's parser reads the proxy's own errors like Conomy's. */
export function conomyErrorBody(failure: ProxyFailure, status: number) {
  return {
    status,
    ...CONOMY_ERRORS[failure],
    detail: FAILURE_DETAIL[failure],
    traceId: `proxy-${globalThis.crypto.randomUUID()}`,
  };
}

/**
 * Creates the Conomy proxy: a `Request → Response` handler that forwards exactly
 * `POST` and `DELETE /identities/{id}/children` and `GET /identities` (with the query parameters
 * Conomy documents, nothing else) to `baseUrl`, after `authorize` allowed them, with the server's
 * credentials added.
 *
 * @throws TypeError when `authorize` or a credential is missing, or `baseUrl` is not absolute.
 */
export function createConomyProxy(options: ConomyProxyOptions): ProxyHandler {
  const factoryName = 'createConomyProxy';
  requireAuthorize(factoryName, options);
  const baseUrl = normaliseBaseUrl(factoryName, options.baseUrl);
  const apiKey = requireString(factoryName, 'apiKey', options.apiKey);
  const clientId = requireString(factoryName, 'clientId', options.clientId);
  const clientSecret = requireString(factoryName, 'clientSecret', options.clientSecret);
  const userAgent = requireString(factoryName, 'userAgent', options.userAgent);
  const apiVersion =
    options.apiVersion === undefined
      ? DEFAULT_CONOMY_API_VERSION
      : requireString(factoryName, 'apiVersion', options.apiVersion);
  const fetchFn: ProxyFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;

  const tokens = new TokenCache(() =>
    requestTokenGrant(
      fetchFn,
      `${baseUrl}/auth`,
      {
        headers: {
          'content-type': 'application/json',
          accept: 'application/json',
          'x-api-key': apiKey,
          'user-agent': userAgent,
        },
        body: JSON.stringify({ clientId, clientSecret }),
      },
      timeoutMs,
    ),
  );

  const handler = createProxyHandler({
    factoryName,
    routes: CONOMY_ROUTES,
    options,
    tokens,
    upstreamHeaders: (token) =>
      new Headers({
        'content-type': 'application/json',
        accept: 'application/json',
        authorization: `Bearer ${token}`,
        'x-api-key': apiKey,
        'user-agent': userAgent,
        'conomyhq-api-version': apiVersion,
      }),
    errorBody: conomyErrorBody,
  });
  return (request) => handler(withDocumentedQuery(request));
}
