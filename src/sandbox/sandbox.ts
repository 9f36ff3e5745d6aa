/**
 * `createSandbox`: both backends in memory behind one fetch-compatible function. It answers under
 * any base route (it matches the tail of the path), honours the caller's abort signal like `fetch`,
 * adds seeded latency and failures, and records every request. Each call builds an independent
 * sandbox: nothing is shared between instances.
 */
import {
  type ConsentStatusRecord,
  type ConsentStore,
  consentStateOf,
  createConsentWebhookReceiver,
  createMemoryConsentStore,
} from '../core/consent.js';
import { isPathIdentifier } from '../core/pathParameter.js';
import type { Identity } from '../core/schemas.js';
import { type BackendRequest, type ConomyBackend, createConomyBackend } from './conomy.js';
import { seededIdentities } from './fixtures.js';
import { DEFAULT_SEED, generateIdentities } from './generate.js';
import {
  createPrivoBackend,
  type PrivoBackend,
  type SandboxAccountField,
  type SandboxAdult,
  type SandboxChildAccount,
  type SandboxConsentStatus,
} from './privo.js';
import { createRandom, deriveSeed, type Random } from './random.js';
import { conomyError, json, type Outcome, privoFailure } from './responses.js';
import {
  CONOMY_TRIGGER_IDS,
  conomyFailure,
  privoFailureOutcome,
  SANDBOX_FAILURES,
  type SandboxApi,
  type SandboxFailure,
  statusOutcome,
} from './triggers.js';

/** Default of `SandboxOptions.latencyMs`: answers come at once (tests); stories pass e.g. 600. */
export const DEFAULT_LATENCY_MS = 0;
/** Default of `SandboxOptions.resendCooldownMs`. */
export const DEFAULT_RESEND_COOLDOWN_MS = 30_000;
/** Default of `SandboxOptions.consentDelayMs`. */
export const DEFAULT_CONSENT_DELAY_MS = 3000;

/** Where the sandbox delivers consent changes, as PRIVO delivers its webhooks. */
export interface SandboxWebhook {
  /**
   * Your webhook endpoint as a `Request → Response` function, e.g. the handler of
   * `createPrivoWebhookHandler` from `kinship-kit/server`. Each change arrives as a `POST` with
   * `Authorization: Bearer <secret>` and PRIVO's JSON body `{webhookId, event, data, timestamp}`.
   */
  handler: (request: Request) => Promise<Response>;
  /** The partner key PRIVO would send: the `secret` your handler expects. */
  secret: string;
}

/** Options of `createSandbox`. */
export interface SandboxOptions {
  /** Seed of everything random: generated identities, latency jitter, error rate, trace ids, tokens. @default 1 */
  seed?: number;
  /**
   * Delay before each answer, in milliseconds: a fixed number, or `[min, max]` for a jitter drawn
   * from the seed. @default 0
   */
  latencyMs?: number | readonly [min: number, max: number];
  /**
   * Share of requests (0 to 1) that fail with 500 or 503, drawn from the seed (so the same
   * requests fail in every run). Only requests to a known route count. @default 0
   */
  errorRate?: number;
  /**
   * Extra identities generated with `generateIdentities(identityCount, seed)` after the 29 seeded
   * ones, e.g. 100,000 for server-side search. @default 0
   */
  identityCount?: number;
  /**
   * Adds one ACTIVE identity per Conomy trigger id (`sandbox-server-error`, …), so a picker can
   * offer them and choosing one shows the failure. @default false
   */
  includeTriggerIdentities?: boolean;
  /** The sandbox's clock in epoch milliseconds (timestamps, ages, resend cool-down). @default Date.now */
  now?: () => number;
  /** Minimum time between two consent resends for the same child; 0 turns the limit off. @default 30000 */
  resendCooldownMs?: number;
  /**
   * Account fields the emulated partner configuration requires, beyond `parentEmail` and a birth
   * date or role. @default []
   */
  requiredAccountFields?: readonly SandboxAccountField[];
  /**
   * Receives every consent change as a PRIVO webhook (besides the sandbox's own store, which
   * answers `GET …/consent-status/{serviceId}` either way).
   */
  webhook?: SandboxWebhook;
  /**
   * How long after the account is created the consent trigger emails
   * (`PRIVO_TRIGGER_EMAILS.consentApproved`, …) change the child's consent, in milliseconds.
   * Timers are set with the global `setTimeout`, so fake timers drive them. @default 3000
   */
  consentDelayMs?: number;
}

/** One request the sandbox received. */
export interface SandboxRequest {
  /** 1 for the first request after creation or `reset()`. */
  readonly id: number;
  /**
   * The API whose route matched (`privo` for the kit's `…/consent-status/{serviceId}` too);
   * `unknown` for any other path.
   */
  readonly api: SandboxApi | 'unknown';
  readonly method: string;
  /** The URL as the caller gave it. */
  readonly url: string;
  /** The matched tail of the path, e.g. `/identities/{id}/children` with the id filled in, or `/api/account`. */
  readonly path: string;
  /** Query parameters (the last value of each). */
  readonly query: Readonly<Record<string, string>>;
  /** Request headers, lower-case names. */
  readonly headers: Readonly<Record<string, string>>;
  /** The body parsed as JSON, or the raw text when it is not JSON; `undefined` without a body. */
  readonly body: unknown;
  /** HTTP status of the answer; `null` until answered, and for no answer at all. */
  readonly status: number | null;
  /** Where the request stands. */
  readonly outcome: 'pending' | 'answered' | 'hanging' | 'aborted' | 'network-error';
}

/** Options of `failNext`. */
export interface FailNextOptions {
  /** How many requests in a row fail this way. @default 1 */
  times?: number;
  /** Only requests to this API fail (the other API answers normally). @default both */
  api?: SandboxApi;
}

/** A fetch-compatible function: also accepts `URL` and `Request`, and `init` may be left out. */
export type SandboxFetcher = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

/** An in-memory Conomy + PRIVO backend. */
export interface Sandbox {
  /**
   * Give it to the kit as `fetcher` (both `conomy` and `privo` configs). Answers under any base
   * route: only the tail of the path is matched. Rejects like `fetch` when the signal aborts.
   */
  fetcher: SandboxFetcher;
  /** The seed in use. */
  readonly seed: number;
  /** The current identities, seeded first; a new array after every change (read-only view). */
  readonly identities: readonly Identity[];
  /** One identity by id, as it is now. */
  getIdentity(id: string): Identity | undefined;
  /** The current PRIVO adult accounts (read-only view). */
  readonly adults: readonly SandboxAdult[];
  /** Child accounts: the seeded one and every one created since (read-only view). */
  readonly childAccounts: readonly SandboxChildAccount[];
  /** Every request received since creation or `reset()`, oldest first. */
  readonly requests: readonly SandboxRequest[];
  /**
   * Makes the next request(s) fail: with a named failure (the same answers as the trigger
   * values) or with an HTTP status in the API's own error shape. Queued calls apply in order.
   */
  failNext(failure: SandboxFailure | number, options?: FailNextOptions): void;
  /**
   * Changes a child account's consent state (PRIVO's five, lower-case) and delivers the change as
   * PRIVO would: to the sandbox's own store (what `GET …/consent-status/{serviceId}` answers) and
   * to `webhook.handler` when given. Resolves once both have it; rejects with a `RangeError` for an
   * unknown child or state, and with an `Error` when the webhook handler throws or answers other
   * than 2xx (the state has changed in the sandbox all the same).
   */
  setConsentStatus(serviceId: string, status: SandboxConsentStatus): Promise<void>;
  /**
   * Back to the starting data, an empty request log, no queued failures, random streams rewound,
   * no consent status known, and no pending consent change from a trigger email.
   */
  reset(): void;
  /**
   * Calls `listener` after every change of the data or the request log; returns the unsubscribe
   * function (fits `useSyncExternalStore`).
   */
  subscribe(listener: () => void): () => void;
}

interface ParsedRequest {
  url: string;
  method: string;
  segments: string[];
  query: URLSearchParams;
  headers: Headers;
  bodyText: string | undefined;
}

type Route =
  | { api: 'conomy'; name: 'children'; identityId: string; path: string }
  | { api: 'conomy'; name: 'identity'; identityId: string; path: string }
  | { api: 'conomy'; name: 'identities'; path: string }
  | { api: 'privo'; name: 'account'; path: string }
  | { api: 'privo'; name: 'consent-resend'; path: string }
  | { api: 'privo'; name: 'consent-status'; serviceId: string; path: string }
  | { api: 'unknown'; name: 'unknown'; path: string };

const ALLOWED_METHODS: Readonly<Record<Exclude<Route['name'], 'unknown'>, readonly string[]>> = {
  children: ['POST', 'DELETE'],
  identity: ['GET'],
  identities: ['GET'],
  account: ['POST'],
  'consent-resend': ['GET'],
  'consent-status': ['GET'],
};

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function route(segments: readonly string[]): Route {
  const at = (fromEnd: number) => segments[segments.length - fromEnd];
  const last = at(1);
  if (last === 'account' && at(2) === 'api') return { api: 'privo', name: 'account', path: '/api/account' };
  if (last === 'resend' && at(2) === 'consent' && at(3) === 'api') {
    return { api: 'privo', name: 'consent-resend', path: '/api/consent/resend' };
  }
  if (last === 'children' && at(3) === 'identities' && at(2) !== undefined) {
    const identityId = at(2) as string;
    return { api: 'conomy', name: 'children', identityId, path: `/identities/${identityId}/children` };
  }
  if (at(2) === 'consent-status' && last !== undefined) {
    // The kit's PRIVO proxy route, not PRIVO's: the sandbox answers it as the proxy would.
    return { api: 'privo', name: 'consent-status', serviceId: last, path: `/consent-status/${last}` };
  }
  if (last === 'identities') return { api: 'conomy', name: 'identities', path: '/identities' };
  if (at(2) === 'identities' && last !== undefined) {
    return { api: 'conomy', name: 'identity', identityId: last, path: `/identities/${last}` };
  }
  return { api: 'unknown', name: 'unknown', path: `/${segments.join('/')}` };
}

async function parseRequest(
  input: string | URL | Request,
  init: RequestInit | undefined,
): Promise<ParsedRequest> {
  const request = typeof Request !== 'undefined' && input instanceof Request ? input : undefined;
  const url = request ? request.url : String(input);
  // Relative URLs ("/api/conomy/…") are what the kit sends; the base only makes them parseable.
  const parsed = new URL(url, 'http://sandbox.invalid');
  const headers = new Headers(init?.headers ?? request?.headers);
  const rawBody = init?.body ?? undefined;
  let bodyText: string | undefined;
  if (typeof rawBody === 'string') bodyText = rawBody;
  else if (rawBody !== undefined && rawBody !== null) bodyText = await new Response(rawBody).text();
  else if (request && request.body !== null) bodyText = await request.clone().text();
  return {
    url,
    method: (init?.method ?? request?.method ?? 'GET').toUpperCase(),
    segments: parsed.pathname
      .split('/')
      .filter((segment) => segment !== '')
      .map(decodeSegment),
    query: parsed.searchParams,
    headers,
    bodyText,
  };
}

function readBody(bodyText: string | undefined): unknown {
  if (bodyText === undefined || bodyText === '') return undefined;
  try {
    return JSON.parse(bodyText);
  } catch {
    return bodyText;
  }
}

function abortReason(signal: AbortSignal): unknown {
  // Like fetch: the signal's reason (an `AbortError` DOMException unless the caller gave one).
  return signal.reason ?? new DOMException('This operation was aborted', 'AbortError');
}

function wait(ms: number, signal: AbortSignal | undefined): Promise<void> {
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortReason(signal as AbortSignal));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

function checkOptions(options: SandboxOptions): void {
  const { latencyMs, errorRate, identityCount, resendCooldownMs, consentDelayMs, webhook } = options;
  const latencies = typeof latencyMs === 'number' ? [latencyMs] : (latencyMs ?? []);
  if (latencies.some((value) => !Number.isFinite(value) || value < 0)) {
    throw new RangeError('createSandbox: latencyMs must be a number ≥ 0 or a [min, max] pair of them');
  }
  if (Array.isArray(latencyMs) && (latencyMs.length !== 2 || latencyMs[0] > latencyMs[1])) {
    throw new RangeError('createSandbox: latencyMs as a pair must be [min, max] with min ≤ max');
  }
  if (errorRate !== undefined && !(errorRate >= 0 && errorRate <= 1)) {
    throw new RangeError('createSandbox: errorRate must be between 0 and 1');
  }
  if (identityCount !== undefined && !(Number.isInteger(identityCount) && identityCount >= 0)) {
    throw new RangeError('createSandbox: identityCount must be a whole number ≥ 0');
  }
  if (resendCooldownMs !== undefined && !(Number.isFinite(resendCooldownMs) && resendCooldownMs >= 0)) {
    throw new RangeError('createSandbox: resendCooldownMs must be a number ≥ 0');
  }
  if (consentDelayMs !== undefined && !(Number.isFinite(consentDelayMs) && consentDelayMs >= 0)) {
    throw new RangeError('createSandbox: consentDelayMs must be a number ≥ 0');
  }
  if (
    webhook !== undefined &&
    (typeof webhook !== 'object' ||
      webhook === null ||
      typeof webhook.handler !== 'function' ||
      typeof webhook.secret !== 'string' ||
      webhook.secret === '')
  ) {
    throw new TypeError(
      'createSandbox: webhook must be { handler: (request) => Promise<Response>, secret: string }',
    );
  }
}

/** A webhook id like PRIVO's (a number), unique across sandboxes and resets: a host remembers ids. */
function webhookId(): number {
  const [high, low] = globalThis.crypto.getRandomValues(new Uint32Array(2));
  return ((high as number) & 0x1fffff) * 2 ** 32 + (low as number);
}

/**
 * The body PRIVO posts for a consent change (DOMAIN.md "Webhooks"; PRIVO's event reference):
 * `CONSENT_ALL` with the state in `data.type`, or `CONSENT_DECLINE` for a denial; the child as
 * the requester, the parent as the granter.
 */
function consentWebhookBody(child: SandboxChildAccount, status: SandboxConsentStatus, now: number) {
  const isDecline = status === 'denied';
  return {
    webhookId: webhookId(),
    event: isDecline ? 'CONSENT_DECLINE' : 'CONSENT_ALL',
    data: {
      ...(isDecline ? {} : { type: status.toUpperCase() }),
      consentRequestType: 'ACCOUNT',
      requester: { serviceId: child.serviceId },
      granter: { serviceId: child.parentServiceId },
      ...(status === 'pending' || status === 'postponed' ? {} : { [`${status}Date`]: now }),
    },
    timestamp: now,
  };
}

/**
 * ACTIVE identities whose ids are the Conomy trigger ids, for pickers in stories: choosing one as
 * a child (or using it as the parent) produces that trigger's failure.
 */
export function sandboxTriggerIdentities(): Identity[] {
  return Object.entries(CONOMY_TRIGGER_IDS).map(([key, id]) => ({
    id,
    type: 'USER',
    name: 'Sandbox',
    lastname: key.replace(/[A-Z]/g, (letter) => ` ${letter.toLowerCase()}`),
    nickname: null,
    email: `${id}@sandbox.test`,
    phone: null,
    documentNumber: id.toUpperCase(),
    documentType: 'PASSPORT',
    country: 'CHL',
    status: 'ACTIVE',
    children: [],
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
  }));
}

/**
 * Creates an independent in-memory Conomy + PRIVO backend: 29 seeded identities (plus
 * `identityCount` generated ones), 7 PRIVO adults, a fetch-compatible `fetcher`, a request log,
 * trigger values and `failNext` for every failure. See docs/sandbox.md.
 *
 * ```ts
 * const sandbox = createSandbox({ latencyMs: 600 });
 * <KinshipProvider conomy={{ baseUrl: '/api/conomy', fetcher: sandbox.fetcher }}
 *                  privo={{ baseUrl: '/api/privo', fetcher: sandbox.fetcher }}>
 * ```
 */
export function createSandbox(options: SandboxOptions = {}): Sandbox {
  checkOptions(options);
  const seed = options.seed ?? DEFAULT_SEED;
  const now = options.now ?? (() => Date.now());
  const errorRate = options.errorRate ?? 0;
  const latency = options.latencyMs ?? DEFAULT_LATENCY_MS;
  const initialIdentities: readonly Identity[] = [
    ...seededIdentities(),
    ...(options.includeTriggerIdentities ? sandboxTriggerIdentities() : []),
    ...generateIdentities(options.identityCount ?? 0, seed),
  ];

  let latencyRandom: Random;
  let errorRandom: Random;
  let traceRandom: Random;
  let tokenRandom: Random;
  const rewind = () => {
    latencyRandom = createRandom(deriveSeed(seed, 'latency'));
    errorRandom = createRandom(deriveSeed(seed, 'errors'));
    traceRandom = createRandom(deriveSeed(seed, 'trace'));
    tokenRandom = createRandom(deriveSeed(seed, 'tokens'));
  };
  rewind();

  const listeners = new Set<() => void>();
  const changed = () => {
    for (const listener of [...listeners]) {
      try {
        listener();
      } catch (error) {
        // A subscriber's bug must not break the request that changed the data.
        console.error(error);
      }
    }
  };
  const traceId = () => traceRandom.hex(32);

  // Consent changes reach the sandbox's own store through the same receiver as a host's server.
  let consentStore: ConsentStore = createMemoryConsentStore();
  let consentReceiver = createConsentWebhookReceiver({ store: consentStore, now });
  let consentTimers = new Set<ReturnType<typeof setTimeout>>();
  const deliverConsent = async (child: SandboxChildAccount, status: SandboxConsentStatus) => {
    const text = JSON.stringify(consentWebhookBody(child, status, now()));
    const receiver = consentReceiver;
    await receiver.receive(JSON.parse(text));
    if (!options.webhook) return;
    const response = await options.webhook.handler(
      new Request('http://sandbox.invalid/privo/webhook', {
        method: 'POST',
        headers: { authorization: `Bearer ${options.webhook.secret}`, 'content-type': 'application/json' },
        body: text,
      }),
    );
    if (!response.ok) throw new Error(`The webhook handler answered ${response.status} to a consent change.`);
  };
  const changeConsent = async (serviceId: string, status: SandboxConsentStatus) => {
    const child = privo.setConsentStatus(serviceId, status);
    if (!child) throw new RangeError('setConsentStatus: no child account has this serviceId');
    await deliverConsent(child, status);
  };

  const context = {
    now,
    traceId,
    changed,
    consentTriggered(serviceId: string, status: 'approved' | 'denied' | 'expired') {
      const timers = consentTimers;
      const timer = setTimeout(() => {
        timers.delete(timer);
        changeConsent(serviceId, status).catch((error: unknown) => {
          // Nothing awaits a trigger's change: say why it was lost (never the body: it carries ids).
          console.error(`kinship sandbox: a consent change was not delivered: ${(error as Error).message}`);
        });
      }, options.consentDelayMs ?? DEFAULT_CONSENT_DELAY_MS);
      // In Node, a pending consent change must not keep the process alive.
      (timer as { unref?: () => void }).unref?.();
      timers.add(timer);
    },
    token: (bytes: number) => {
      let binary = '';
      for (let index = 0; index < bytes; index++) binary += String.fromCharCode(tokenRandom.int(256));
      const base64 = btoa(binary);
      let hex = '';
      for (let index = 0; index < base64.length; index++)
        hex += base64.charCodeAt(index).toString(16).padStart(2, '0');
      return hex;
    },
  };
  const conomy: ConomyBackend = createConomyBackend(initialIdentities, context);
  const privo: PrivoBackend = createPrivoBackend(context, {
    resendCooldownMs: options.resendCooldownMs ?? DEFAULT_RESEND_COOLDOWN_MS,
    requiredAccountFields: options.requiredAccountFields ?? [],
  });

  type MutableRequest = { -readonly [Key in keyof SandboxRequest]: SandboxRequest[Key] };
  let requests: MutableRequest[] = [];
  let forced: Array<{ failure: SandboxFailure | number; api: SandboxApi | undefined; remaining: number }> =
    [];

  const nextLatency = (): number => {
    if (typeof latency === 'number') return latency;
    const [min, max] = latency;
    return Math.round(min + latencyRandom.next() * (max - min));
  };

  const takeForced = (api: SandboxApi): SandboxFailure | number | undefined => {
    const entry = forced.find((candidate) => candidate.api === undefined || candidate.api === api);
    if (!entry) return undefined;
    entry.remaining -= 1;
    if (entry.remaining <= 0) forced = forced.filter((candidate) => candidate !== entry);
    return entry.failure;
  };

  const failure = (api: SandboxApi, kind: SandboxFailure | number): Outcome => {
    if (typeof kind === 'number') return statusOutcome(api, kind, traceId(), now());
    return api === 'conomy' ? conomyFailure(kind, traceId()) : privoFailureOutcome(kind, now());
  };

  /** `GET …/consent-status/{serviceId}` as the kit's PRIVO proxy answers it (`createPrivoProxy`'s `consentStore`). */
  const consentStatus = async (serviceId: string): Promise<Outcome> => {
    if (!isPathIdentifier(serviceId)) {
      return privoFailure(400, 'A path parameter is not a valid identifier.', now());
    }
    const record: ConsentStatusRecord | undefined = await consentStore.get(serviceId);
    if (record === undefined) return privoFailure(404, 'Nothing is known about this yet.', now());
    return json(200, record, { 'cache-control': 'no-store' });
  };

  const answer = async (matched: Route, request: ParsedRequest): Promise<Outcome> => {
    if (matched.api === 'unknown') {
      const looksLikePrivo = request.segments.some(
        (segment, index) =>
          segment === 'consent-status' ||
          (segment === 'api' && ['account', 'consent'].includes(request.segments[index + 1] as string)),
      );
      return looksLikePrivo
        ? privoFailure(404, `No route for ${request.method} ${matched.path}`, now())
        : conomyError(404, `No route for ${request.method} ${matched.path}`, traceId());
    }
    const allowed = ALLOWED_METHODS[matched.name];
    if (!allowed.includes(request.method)) {
      const detail = `Method ${request.method} is not allowed on ${matched.path}`;
      const headers = { allow: allowed.join(', ') };
      return matched.api === 'conomy'
        ? conomyError(405, detail, traceId(), { headers })
        : privoFailure(405, detail, now(), [], headers);
    }
    const forcedFailure = takeForced(matched.api);
    if (forcedFailure !== undefined) return failure(matched.api, forcedFailure);
    // One draw per request whatever the rate, so the same requests fail in every run of a seed.
    const draw = errorRandom.next();
    if (draw < errorRate) return failure(matched.api, errorRandom.next() < 0.5 ? 'server' : 'unavailable');
    const backendRequest: BackendRequest = {
      method: request.method,
      query: request.query,
      bodyText: request.bodyText,
    };
    switch (matched.name) {
      case 'children':
        return conomy.children(request.method, matched.identityId, backendRequest);
      case 'identity':
        return conomy.identity(matched.identityId);
      case 'identities':
        return conomy.search(backendRequest);
      case 'account':
        return privo.account(backendRequest);
      case 'consent-resend':
        return privo.resendConsent(backendRequest);
      case 'consent-status':
        return consentStatus(matched.serviceId);
      default:
        return matched satisfies never;
    }
  };

  const fetcher: SandboxFetcher = async (input, init) => {
    const signal =
      init?.signal ?? (typeof Request !== 'undefined' && input instanceof Request ? input.signal : undefined);
    if (signal?.aborted) throw abortReason(signal);
    const request = await parseRequest(input, init);
    const matched = route(request.segments);
    const entry: MutableRequest = {
      id: requests.length + 1,
      api: matched.api,
      method: request.method,
      url: request.url,
      path: matched.path,
      query: Object.fromEntries(request.query.entries()),
      headers: Object.fromEntries(request.headers.entries()),
      body: readBody(request.bodyText),
      status: null,
      outcome: 'pending',
    };
    const log = requests;
    log.push(entry);
    changed();
    const settle = (outcome: SandboxRequest['outcome'], status: number | null = null) => {
      entry.outcome = outcome;
      entry.status = status;
      if (requests === log) changed();
    };
    try {
      await wait(nextLatency(), signal ?? undefined);
      if (signal?.aborted) throw abortReason(signal);
    } catch (error) {
      settle('aborted');
      throw error;
    }
    const outcome = await answer(matched, request);
    if (outcome.type === 'network-error') {
      settle('network-error');
      throw new TypeError(outcome.message);
    }
    if (outcome.type === 'hang') {
      settle('hanging');
      return new Promise<Response>((_, reject) => {
        signal?.addEventListener(
          'abort',
          () => {
            settle('aborted');
            reject(abortReason(signal));
          },
          { once: true },
        );
      });
    }
    settle('answered', outcome.status);
    return new Response(outcome.body, { status: outcome.status, headers: outcome.headers });
  };

  return {
    fetcher,
    seed,
    get identities() {
      return conomy.identities;
    },
    getIdentity: (id) => conomy.getIdentity(id),
    get adults() {
      return privo.adults;
    },
    get childAccounts() {
      return privo.childAccounts;
    },
    get requests() {
      return requests;
    },
    failNext(kind, failNextOptions = {}) {
      const times = failNextOptions.times ?? 1;
      if (
        typeof kind === 'number'
          ? !(Number.isInteger(kind) && kind >= 200 && kind <= 599)
          : !SANDBOX_FAILURES.includes(kind)
      ) {
        throw new RangeError(
          `failNext: expected an HTTP status (200–599) or one of ${SANDBOX_FAILURES.join(', ')}`,
        );
      }
      if (!(Number.isInteger(times) && times >= 1))
        throw new RangeError('failNext: times must be a whole number ≥ 1');
      forced.push({ failure: kind, api: failNextOptions.api, remaining: times });
    },
    setConsentStatus(serviceId, status) {
      if (
        typeof serviceId !== 'string' ||
        !privo.childAccounts.some((child) => child.serviceId === serviceId)
      ) {
        return Promise.reject(new RangeError('setConsentStatus: no child account has this serviceId'));
      }
      if (consentStateOf(status) !== status) {
        return Promise.reject(
          new RangeError('setConsentStatus: status must be approved, denied, expired, pending or postponed'),
        );
      }
      return changeConsent(serviceId, status);
    },
    reset() {
      for (const timer of consentTimers) clearTimeout(timer);
      consentTimers = new Set();
      consentStore = createMemoryConsentStore();
      consentReceiver = createConsentWebhookReceiver({ store: consentStore, now });
      conomy.reset();
      privo.reset();
      requests = [];
      forced = [];
      rewind();
      changed();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
