/**
 * The HTTP sandbox: the in-memory sandbox of `kinship-kit/sandbox` behind real credentials checks,
 * so the proxies (or a partner's own backend) can be run against it over HTTP, locally and in CI.
 * Conomy's `POST /auth` and PRIVO's `POST /oauth/token` accept only `SANDBOX_CREDENTIALS`; API
 * calls need a token they issued. Paths are matched by their tail, so any prefix works.
 */

import {
  createSandbox,
  type Sandbox,
  type SandboxConsentStatus,
  type SandboxOptions,
  type SandboxWebhook,
} from '../sandbox/index.js';
import { toNodeHandler } from './node.js';

/**
 * The fixed credentials the HTTP sandbox accepts. They are public on purpose: use them only with
 * the sandbox, never as real secrets.
 */
export const SANDBOX_CREDENTIALS = {
  /** For `createConomyProxy` (and `POST /auth`). */
  conomy: {
    apiKey: 'kinship-sandbox-api-key',
    clientId: 'kinship-sandbox-client-id',
    clientSecret: 'kinship-sandbox-client-secret',
  },
  /** For `createPrivoProxy` (and `POST /oauth/token`). */
  privo: {
    clientId: 'kinship-sandbox-privo-client-id',
    clientSecret: 'kinship-sandbox-privo-client-secret',
  },
} as const;

/** Lifetime of a Conomy sandbox token, in seconds (as in Conomy's quickstart). */
export const SANDBOX_CONOMY_TOKEN_SECONDS = 3600;
/** Lifetime of a PRIVO sandbox token, in seconds. */
export const SANDBOX_PRIVO_TOKEN_SECONDS = 600;

/** Largest request body the sandbox reads (it is a development server). */
const MAX_SANDBOX_BODY_BYTES = 1024 * 1024;

type Api = 'conomy' | 'privo';

/** The HTTP sandbox as a Web handler, with its state. */
export interface SandboxHandler {
  /** Answers one request like the two APIs would. */
  handle(request: Request): Promise<Response>;
  /** The in-memory sandbox behind it (seeded identities, adults, …). */
  sandbox: Sandbox;
  /** Forgets every issued token, so the next API call gets 401 (to exercise token refresh). */
  revokeTokens(): void;
}

function json(body: unknown, status: number, headers?: Record<string, string>): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', 'cache-control': 'no-store', ...headers },
  });
}

function traceId(): string {
  return `sandbox-${globalThis.crypto.randomUUID()}`;
}

function conomyError(status: number, code: string, type: string, detail: string): Response {
  return json({ status, code, type, detail, traceId: traceId() }, status);
}

function privoFailure(status: number, message: string): Response {
  return json(
    {
      validationErrors: [],
      status: 'failure',
      message,
      resultCount: 0,
      totalCount: 0,
      entity: null,
      responseTimestamp: Date.now(),
    },
    status,
  );
}

/** Where a request goes, decided once, on the decoded path. */
type HttpRoute =
  | { kind: 'conomy-auth' }
  | { kind: 'privo-token' }
  /** An API call, forwarded to the in-memory sandbox at `path`: the same route, re-encoded. */
  | { kind: Api; path: string };

/** Decodes a path segment like the in-memory sandbox does (a malformed one stays as it is). */
function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/**
 * The route of a path, from its decoded tail (the same tails the in-memory sandbox matches). The
 * credentials are checked for this route, and the sandbox is handed this route and no other: a
 * percent-encoded segment can never make a PRIVO token reach Conomy's routes, or the other way round.
 */
function routeOf(pathname: string): HttpRoute | undefined {
  const raw = pathname.split('/').filter((segment) => segment !== '');
  const segments = raw.map(decodeSegment);
  const at = (fromEnd: number) => segments[segments.length - fromEnd];
  // The tail as canonical segments (each decoded one re-encoded), after the caller's own prefix.
  const api = (kind: Api, tailLength: number): HttpRoute => {
    const tail = segments.slice(segments.length - tailLength).map((segment) => encodeURIComponent(segment));
    const prefix = raw.slice(0, raw.length - tailLength);
    return { kind, path: `/${[...prefix, ...tail].join('/')}` };
  };
  const last = at(1);
  if (last === 'account' && at(2) === 'api') return api('privo', 2);
  if (last === 'resend' && at(2) === 'consent' && at(3) === 'api') return api('privo', 3);
  if (last === 'children' && at(3) === 'identities' && at(2) !== undefined) return api('conomy', 3);
  // The kit's PRIVO proxy route, served as the proxy would (behind a PRIVO token here).
  if (at(2) === 'consent-status' && last !== undefined) return api('privo', 2);
  if (last === 'identities') return api('conomy', 1);
  if (at(2) === 'identities' && last !== undefined) return api('conomy', 2);
  if (last === 'token' && at(2) === 'oauth') return { kind: 'privo-token' };
  if (last === 'auth') return { kind: 'conomy-auth' };
  return undefined;
}

function bearer(request: Request): string | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(request.headers.get('authorization') ?? '');
  return match?.[1];
}

/**
 * The client credentials of an HTTP Basic `Authorization` header (RFC 6749 §2.3.1: base64 of the
 * form-encoded id, a colon and the form-encoded secret, as UTF-8), or `undefined` when it is not
 * exactly that.
 */
function basicCredentials(authorization: string): { clientId: string; clientSecret: string } | undefined {
  const encoded = /^Basic +([A-Za-z0-9+/]+={0,2})$/i.exec(authorization)?.[1];
  if (encoded === undefined || encoded.length % 4 !== 0) return undefined;
  let text: string;
  try {
    const bytes = Uint8Array.from(atob(encoded), (character) => character.charCodeAt(0));
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    const colon = text.indexOf(':');
    if (colon <= 0) return undefined;
    const formDecode = (value: string) => decodeURIComponent(value.replace(/\+/g, ' '));
    const clientId = formDecode(text.slice(0, colon));
    const clientSecret = formDecode(text.slice(colon + 1));
    return clientId === '' || clientSecret === '' ? undefined : { clientId, clientSecret };
  } catch {
    return undefined;
  }
}

/** OAuth's answer to failed client authentication; a client that tried Basic is told to use it. */
function invalidClient(authorization: string | null): Response {
  return json(
    { error: 'invalid_client' },
    401,
    authorization === null ? undefined : { 'www-authenticate': 'Basic realm="kinship-sandbox"' },
  );
}

async function readText(request: Request): Promise<string | undefined> {
  const length = Number(request.headers.get('content-length') ?? '0');
  if (length > MAX_SANDBOX_BODY_BYTES) return undefined;
  const text = await request.text();
  return new TextEncoder().encode(text).byteLength > MAX_SANDBOX_BODY_BYTES ? undefined : text;
}

/**
 * Where the HTTP sandbox delivers consent changes: a handler (as in `createSandbox`), or the URL
 * of your webhook endpoint, which must be on this machine (`localhost`, `127.x.x.x` or `[::1]`).
 */
export type SandboxServerWebhook = SandboxWebhook | { url: string; secret: string };

/** Options of {@link createSandboxHandler}: the in-memory sandbox's, with a webhook that may be a URL. */
export type SandboxHandlerOptions = Omit<SandboxOptions, 'webhook'> & {
  webhook?: SandboxServerWebhook;
  /**
   * Serves the sandbox's control route, `POST /__sandbox/consent` with `{serviceId, status}`: it
   * changes a child's consent as `sandbox.setConsentStatus` does (the webhook is delivered before
   * it answers), so a demo can play the parent who approves. Only for requests whose `Host` is this
   * machine, with a JSON body. `startSandboxServer` turns it on when it listens on a loopback
   * interface, and never otherwise. @default false
   */
  controls?: boolean;
};

/** The sandbox's control route: not a Conomy or PRIVO route, and never served by the proxies. */
const SANDBOX_CONSENT_CONTROL_PATH = '/__sandbox/consent';

const CONTROL_STATUSES: readonly SandboxConsentStatus[] = [
  'approved',
  'denied',
  'expired',
  'pending',
  'postponed',
];

/** `localhost`, `127.x.x.x` or `::1` (with or without brackets). */
export function isLoopbackHostname(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return host === 'localhost' || host === '::1' || host === '[::1]' || /^127(?:\.\d{1,3}){3}$/.test(host);
}

/**
 * The webhook URL as a URL when it is http(s) on the loopback interface, else a sentence saying
 * why not. The sandbox posts consent changes (children's service ids) only to this machine.
 */
export function checkLoopbackWebhookUrl(value: string): URL | string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `the webhook URL must be an absolute http(s) URL, got "${value}".`;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return `the webhook URL must be http(s), got "${url.protocol}".`;
  }
  if (!isLoopbackHostname(url.hostname)) {
    return `the webhook URL must be on this machine (localhost, 127.0.0.1 or [::1]), got "${url.host}": the sandbox never sends data elsewhere.`;
  }
  if (url.username !== '' || url.password !== '') {
    return 'the webhook URL must not carry a user name or password (use --webhook-secret).';
  }
  return url;
}

/** A handler that posts each delivery to `url` (checked to be on the loopback interface). */
function postingWebhook(webhook: { url: string; secret: string }): SandboxWebhook {
  const url = checkLoopbackWebhookUrl(webhook.url);
  if (typeof url === 'string') throw new TypeError(`createSandboxHandler: ${url}`);
  return {
    secret: webhook.secret,
    handler: async (request) =>
      globalThis.fetch(url, {
        method: 'POST',
        headers: request.headers,
        body: await request.text(),
        redirect: 'manual',
      }),
  };
}

/**
 * Creates the HTTP sandbox as a Web-standard handler (no network): useful in runtimes without
 * `node:http`, or to point a proxy's `fetch` at it in-process.
 */
export function createSandboxHandler(options: SandboxHandlerOptions = {}): SandboxHandler {
  const { webhook, controls = false, ...sandboxOptions } = options;
  const sandbox = createSandbox({
    ...sandboxOptions,
    ...(webhook === undefined ? {} : { webhook: 'url' in webhook ? postingWebhook(webhook) : webhook }),
  });
  const tokens = new Map<string, { api: Api; expiresAt: number }>();

  const issue = (api: Api, lifetimeSeconds: number): string => {
    const now = Date.now();
    for (const [token, grant] of tokens) if (grant.expiresAt <= now) tokens.delete(token);
    const token = `sandbox-${api}-${globalThis.crypto.randomUUID()}`;
    tokens.set(token, { api, expiresAt: now + lifetimeSeconds * 1000 });
    return token;
  };

  const isValid = (token: string | undefined, api: Api): boolean => {
    if (token === undefined) return false;
    const grant = tokens.get(token);
    return grant !== undefined && grant.api === api && grant.expiresAt > Date.now();
  };

  async function conomyAuth(request: Request): Promise<Response> {
    if (request.method !== 'POST') return json({ message: 'Method Not Allowed' }, 405, { allow: 'POST' });
    // Conomy's API gateway answers a missing or wrong key like this (DOMAIN.md).
    if (request.headers.get('x-api-key') !== SANDBOX_CREDENTIALS.conomy.apiKey) {
      return json({ message: 'Forbidden' }, 403);
    }
    const text = await readText(request);
    if (text === undefined) return conomyError(413, '11', 'invalidParam', 'Body too large.');
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return conomyError(400, '14', 'parsingResource', 'The body is not valid JSON.');
    }
    const record = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
    const clientId = Object.hasOwn(record, 'clientId') ? record.clientId : undefined;
    const clientSecret = Object.hasOwn(record, 'clientSecret') ? record.clientSecret : undefined;
    if (typeof clientId !== 'string' || typeof clientSecret !== 'string') {
      return conomyError(400, '12', 'missingParam', 'clientId and clientSecret are required.');
    }
    if (
      clientId !== SANDBOX_CREDENTIALS.conomy.clientId ||
      clientSecret !== SANDBOX_CREDENTIALS.conomy.clientSecret
    ) {
      return conomyError(401, '41', 'unauthorized', 'Invalid client credentials.');
    }
    return json(
      {
        accessToken: issue('conomy', SANDBOX_CONOMY_TOKEN_SECONDS),
        tokenType: 'Bearer',
        expiresIn: SANDBOX_CONOMY_TOKEN_SECONDS,
      },
      200,
    );
  }

  async function privoToken(request: Request): Promise<Response> {
    if (request.method !== 'POST') return json({ error: 'invalid_request' }, 405, { allow: 'POST' });
    const text = await readText(request);
    if (text === undefined) return json({ error: 'invalid_request' }, 413);
    const form = new URLSearchParams(text);
    let clientId = form.get('client_id');
    let clientSecret = form.get('client_secret');
    // OAuth also allows the client to authenticate with HTTP Basic (client_secret_basic).
    const authorization = request.headers.get('authorization');
    if (authorization !== null) {
      const basic = basicCredentials(authorization);
      if (basic === undefined) return invalidClient(authorization);
      if (clientId === null) ({ clientId, clientSecret } = basic);
    }
    if (form.get('grant_type') !== 'client_credentials') {
      return json({ error: 'unsupported_grant_type' }, 400);
    }
    if (
      clientId !== SANDBOX_CREDENTIALS.privo.clientId ||
      clientSecret !== SANDBOX_CREDENTIALS.privo.clientSecret
    ) {
      return invalidClient(authorization);
    }
    const scope = form.get('scope');
    return json(
      {
        access_token: issue('privo', SANDBOX_PRIVO_TOKEN_SECONDS),
        token_type: 'bearer',
        expires_in: SANDBOX_PRIVO_TOKEN_SECONDS,
        ...(scope ? { scope } : {}),
      },
      200,
    );
  }

  async function forwardToSandbox(request: Request, url: URL, path: string): Promise<Response> {
    const headers = new Headers(request.headers);
    // Checked above; kept out of the in-memory request log, which tests and stories display.
    headers.delete('authorization');
    headers.delete('x-api-key');
    const init: RequestInit = { method: request.method, headers };
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      const text = await readText(request);
      if (text === undefined) return json({ message: 'Payload Too Large' }, 413);
      init.body = text;
    }
    return sandbox.fetcher(`${url.origin}${path}${url.search}`, init);
  }

  /**
   * `POST /__sandbox/consent` `{serviceId, status}`: the demo's "the parent answered". Refused for a
   * `Host` other than this machine (a page on another site that resolves to 127.0.0.1) and for a
   * body that is not JSON (a browser cannot send that cross-site without a preflight the sandbox
   * never grants).
   */
  async function consentControl(request: Request, url: URL): Promise<Response> {
    if (request.method !== 'POST') return json({ message: 'Method Not Allowed' }, 405, { allow: 'POST' });
    const host = request.headers.get('host') ?? url.host;
    if (!isLoopbackHostname(host.replace(/:\d+$/, ''))) {
      return json({ message: 'The sandbox controls answer only on this machine.' }, 403);
    }
    if (!/^application\/json\b/i.test(request.headers.get('content-type') ?? '')) {
      return json({ message: 'Send the body as application/json.' }, 415);
    }
    const text = await readText(request);
    if (text === undefined) return json({ message: 'Payload Too Large' }, 413);
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return json({ message: 'The body is not valid JSON.' }, 400);
    }
    const record = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
    const serviceId = Object.hasOwn(record, 'serviceId') ? record.serviceId : undefined;
    const status = Object.hasOwn(record, 'status') ? record.status : undefined;
    if (typeof serviceId !== 'string' || serviceId === '') {
      return json({ message: 'serviceId is required.' }, 400);
    }
    if (!CONTROL_STATUSES.includes(status as SandboxConsentStatus)) {
      return json({ message: `status must be one of ${CONTROL_STATUSES.join(', ')}.` }, 400);
    }
    if (!sandbox.childAccounts.some((child) => child.serviceId === serviceId)) {
      return json({ message: 'No child account has this serviceId.' }, 404);
    }
    try {
      await sandbox.setConsentStatus(serviceId, status as SandboxConsentStatus);
    } catch {
      // The sandbox's state changed; the webhook handler refused or could not be reached.
      return json({ message: 'The consent changed, but the webhook delivery failed.' }, 502);
    }
    return json({ serviceId, status }, 200);
  }

  async function handle(request: Request): Promise<Response> {
    const url = new URL(request.url);
    if (controls && url.pathname === SANDBOX_CONSENT_CONTROL_PATH) return consentControl(request, url);
    const route = routeOf(url.pathname);
    switch (route?.kind) {
      case 'conomy-auth':
        return conomyAuth(request);
      case 'privo-token':
        return privoToken(request);
      case 'conomy':
        if (request.headers.get('x-api-key') !== SANDBOX_CREDENTIALS.conomy.apiKey) {
          return json({ message: 'Forbidden' }, 403);
        }
        if (!request.headers.get('user-agent')) {
          return conomyError(400, '12', 'missingParam', 'The User-Agent header is required.');
        }
        if (!isValid(bearer(request), 'conomy')) {
          return conomyError(401, '41', 'unauthorized', 'Missing, invalid or expired access token.');
        }
        return forwardToSandbox(request, url, route.path);
      case 'privo':
        if (!isValid(bearer(request), 'privo')) {
          return privoFailure(401, 'Missing, invalid or expired access token.');
        }
        return forwardToSandbox(request, url, route.path);
      default:
        return json({ message: 'Not Found' }, 404);
    }
  }

  return {
    handle: async (request) => {
      try {
        return await handle(request);
      } catch {
        return json({ message: 'Internal Server Error' }, 500);
      }
    },
    sandbox,
    revokeTokens: () => tokens.clear(),
  };
}

/** Options of {@link startSandboxServer}: where to listen, plus the in-memory sandbox's own options. */
export type StartSandboxServerOptions = Omit<SandboxHandlerOptions, 'controls'> & {
  /**
   * Port to listen on; `0` picks a free one (read it from the result).
   * @default 0
   */
  port?: number;
  /**
   * Interface to listen on. Keep the loopback default unless you know why.
   * @default '127.0.0.1'
   */
  host?: string;
};

/** A running HTTP sandbox. */
export interface SandboxServer {
  /** Base URL, e.g. `http://127.0.0.1:4010`: use it as `baseUrl` of both proxies. */
  url: string;
  /** The port it listens on. */
  port: number;
  /** The in-memory sandbox behind it. */
  sandbox: Sandbox;
  /** Forgets every issued token, so the next API call gets 401. */
  revokeTokens(): void;
  /** Stops listening and closes open connections. */
  close(): Promise<void>;
}

/**
 * Serves the sandbox over HTTP (`node:http`), with Conomy's `POST /auth` and PRIVO's
 * `POST /oauth/token` accepting `SANDBOX_CREDENTIALS`. Resolves once it listens.
 */
export async function startSandboxServer(options: StartSandboxServerOptions = {}): Promise<SandboxServer> {
  const { port = 0, host = '127.0.0.1', ...sandboxOptions } = options;
  // Loaded on demand so that importing `kinship-kit/server` stays possible where `node:http` is not
  // (edge runtimes); the variable keeps bundlers from trying to resolve it.
  const httpModule = 'node:http';
  const { createServer } = (await import(
    /* @vite-ignore */ /* webpackIgnore: true */ httpModule
  )) as typeof import('node:http');
  // The control route only where nobody else can reach it: a loopback interface.
  const handler = createSandboxHandler({ ...sandboxOptions, controls: isLoopbackHostname(host) });
  const server = createServer(toNodeHandler(handler.handle));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address !== null ? address.port : port;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${urlHost}:${actualPort}`,
    port: actualPort,
    sandbox: handler.sandbox,
    revokeTokens: handler.revokeTokens,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
