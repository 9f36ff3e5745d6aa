/**
 * `createPrivoProxy`: the host's `/api/privo` route. It obtains an OAuth client-credentials token
 * from PRIVO (cached), adds it to the two calls the kit makes, and refuses everything else.
 */

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

/** Options of {@link createPrivoProxy}. */
export interface PrivoProxyOptions extends CommonProxyOptions {
  /** PRIVO OAuth client id. */
  clientId: string;
  /** PRIVO OAuth client secret. */
  clientSecret: string;
  /**
   * OAuth scope(s) requested with the token, space-separated; omitted from the token request when
   * not given (the partner's default scopes apply).
   */
  scope?: string;
  /**
   * Token endpoint: a path below `baseUrl`, or an absolute URL when PRIVO's auth server lives
   * elsewhere.
   * @default '/oauth/token'
   */
  tokenPath?: string;
}

/** The PRIVO calls the kit makes, and nothing else. */
export const PRIVO_ROUTES: readonly RouteDefinition[] = [
  { segments: ['api', 'account'], methods: { POST: 'addChildAccount' } },
  { segments: ['api', 'consent', 'resend'], methods: { GET: 'resendConsent' } },
];

/**
 * PRIVO's response envelope with `status: "failure"` (DOMAIN.md), so the kit's parser reads the
 * proxy's own errors like PRIVO's.
 */
export function privoErrorBody(failure: ProxyFailure, _status: number) {
  return {
    validationErrors: [],
    status: 'failure',
    message: FAILURE_DETAIL[failure],
    resultCount: 0,
    totalCount: 0,
    entity: null,
    responseTimestamp: Date.now(),
  };
}

function tokenUrl(factoryName: string, baseUrl: string, tokenPath: string | undefined): string {
  if (tokenPath === undefined) return `${baseUrl}/oauth/token`;
  if (/^https?:\/\//i.test(tokenPath)) return normaliseBaseUrl(factoryName, tokenPath);
  if (!tokenPath.startsWith('/')) {
    throw new TypeError(`${factoryName}: \`tokenPath\` must start with "/" or be an absolute http(s) URL.`);
  }
  return `${baseUrl}${tokenPath}`;
}

/**
 * Creates the PRIVO proxy: a `Request → Response` handler that forwards exactly `POST /api/account`
 * and `GET /api/consent/resend` (with its query string) to `baseUrl`, after `authorize` allowed
 * them, with a bearer token from PRIVO's OAuth client-credentials grant.
 *
 * @throws TypeError when `authorize` or a credential is missing, or `baseUrl` is not absolute.
 */
export function createPrivoProxy(options: PrivoProxyOptions): ProxyHandler {
  const factoryName = 'createPrivoProxy';
  requireAuthorize(factoryName, options);
  const baseUrl = normaliseBaseUrl(factoryName, options.baseUrl);
  const clientId = requireString(factoryName, 'clientId', options.clientId);
  const clientSecret = requireString(factoryName, 'clientSecret', options.clientSecret);
  const scope = options.scope === undefined ? undefined : requireString(factoryName, 'scope', options.scope);
  const tokenEndpoint = tokenUrl(factoryName, baseUrl, options.tokenPath);
  const fetchFn: ProxyFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;

  const tokens = new TokenCache(() => {
    const form = new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: clientId,
      client_secret: clientSecret,
    });
    if (scope !== undefined) form.set('scope', scope);
    return requestTokenGrant(
      fetchFn,
      tokenEndpoint,
      {
        headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
        body: form.toString(),
      },
      timeoutMs,
    );
  });

  return createProxyHandler({
    factoryName,
    routes: PRIVO_ROUTES,
    options,
    tokens,
    upstreamHeaders: (token) =>
      new Headers({
        'content-type': 'application/json',
        accept: 'application/json',
        authorization: `Bearer ${token}`,
      }),
    errorBody: privoErrorBody,
  });
}
