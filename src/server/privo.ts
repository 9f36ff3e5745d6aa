/**
 * `createPrivoProxy`: the host's `/api/privo` route. It obtains an OAuth client-credentials token
 * from PRIVO (cached), adds it to the two calls the kit makes, and refuses everything else.
 */

import type { ConsentStore } from '../core/consent.js';
import {
  type CommonProxyOptions,
  createProxyHandler,
  DEFAULT_TIMEOUT_MS,
  FAILURE_DETAIL,
  jsonResponse,
  normaliseBaseUrl,
  type ProxyFailure,
  ProxyFailureError,
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
  /**
   * Where PRIVO's consent webhooks saved each child's consent state (the same store as
   * `createPrivoWebhookHandler`'s). With it, the proxy also answers
   * `GET {basePath}/consent-status/{serviceId}` from the store (operation `getConsentStatus`,
   * behind `authorize`); without it, that path is 404 like any other unknown path.
   */
  consentStore?: ConsentStore;
}

/** The PRIVO calls the kit makes, and nothing else. */
export const PRIVO_ROUTES: readonly RouteDefinition[] = [
  { segments: ['api', 'account'], methods: { POST: 'addChildAccount' } },
  { segments: ['api', 'consent', 'resend'], methods: { GET: 'resendConsent' } },
];

/** The route served from `consentStore`: never forwarded to PRIVO. */
function consentStatusRoute(store: ConsentStore): RouteDefinition {
  return {
    segments: ['consent-status', ':serviceId'],
    methods: { GET: 'getConsentStatus' },
    async serve({ serviceId }) {
      const record = serviceId === undefined ? undefined : await store.get(serviceId);
      if (record === undefined) throw new ProxyFailureError('no-record');
      // Only the three fields, whatever else a host's store keeps beside them.
      return jsonResponse(
        { serviceId: record.serviceId, status: record.status, updatedAt: record.updatedAt ?? null },
        200,
      );
    },
  };
}

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
 * them, with a bearer token from PRIVO's OAuth client-credentials grant. With `consentStore`, it
 * also answers `GET /consent-status/{serviceId}` from that store (200 with the record, 404 in
 * PRIVO's failure envelope when nothing is known yet).
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
  const { consentStore } = options;
  if (
    consentStore !== undefined &&
    (typeof consentStore !== 'object' ||
      consentStore === null ||
      typeof consentStore.get !== 'function' ||
      typeof consentStore.set !== 'function')
  ) {
    throw new TypeError(
      `${factoryName}: \`consentStore\` must be a ConsentStore: createMemoryConsentStore() or an object with get(serviceId) and set(record).`,
    );
  }

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
    routes: consentStore === undefined ? PRIVO_ROUTES : [...PRIVO_ROUTES, consentStatusRoute(consentStore)],
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
