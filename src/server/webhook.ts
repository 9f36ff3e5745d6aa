/**
 * `createPrivoWebhookHandler`: the host's endpoint for PRIVO's consent webhooks. It checks PRIVO's
 * preferred webhook security (`Authorization: Bearer <the partner key>`, DOMAIN.md "Webhooks"),
 * reads at most 64 kB of JSON, and hands the body to the core's receiver, which saves the child's
 * consent state in the `ConsentStore` that the PRIVO proxy's `consent-status` route reads.
 */

import { type ConsentStatusEvent, type ConsentStore, createConsentWebhookReceiver } from '../core/consent.js';
import { DEFAULT_MAX_BODY_BYTES, ProxyFailureError, type ProxyHandler, readBody } from './proxy.js';

/** Options of {@link createPrivoWebhookHandler}. */
export interface PrivoWebhookHandlerOptions {
  /**
   * The API key you registered with PRIVO for the Bearer Token header type: PRIVO sends it as
   * `Authorization: Bearer <secret>`. Use a long random value (32 characters or more) from your
   * secret store.
   */
  secret: string;
  /** Where consent states are saved: `createMemoryConsentStore()`, or your shared database. */
  store: ConsentStore;
  /**
   * Told of every consent change applied, with the child's service id and the new state only (no
   * names, emails or bodies). A throw or rejection is swallowed.
   */
  onEvent?: (event: PrivoWebhookEvent) => void;
}

/** What `onEvent` receives: `{ type: 'consent.status', at, serviceId, status }`. */
export type PrivoWebhookEvent = ConsentStatusEvent;

/** Largest webhook body read, in bytes (PRIVO's consent events are a few hundred bytes). */
const MAX_WEBHOOK_BODY_BYTES = DEFAULT_MAX_BODY_BYTES;

const FACTORY = 'createPrivoWebhookHandler';

function answer(status: number, body: unknown, headers?: Record<string, string>): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', 'cache-control': 'no-store', ...headers },
  });
}

const unauthorized = () => answer(401, { error: 'unauthorized' }, { 'www-authenticate': 'Bearer' });

async function sha256(text: string): Promise<Uint8Array> {
  return new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
}

/**
 * Compares the digests, not the strings, byte by byte without stopping early: the time taken says
 * nothing about how much of the secret a guess got right, nor about its length.
 */
function sameDigest(left: Uint8Array, right: Uint8Array): boolean {
  let difference = left.length ^ right.length;
  for (let index = 0; index < left.length; index++) difference |= (left[index] ?? 0) ^ (right[index] ?? 0);
  return difference === 0;
}

/** The credentials of `Authorization: Bearer <token>` (scheme in any letter case), else `undefined`. */
function bearerToken(authorization: string | null): string | undefined {
  if (authorization === null) return undefined;
  const match = /^Bearer +([^\s]+) *$/i.exec(authorization);
  return match?.[1];
}

/**
 * Creates the webhook endpoint PRIVO posts consent events to: a `Request → Response` handler for
 * any framework (mount it on its own path, outside the proxies' `basePath`).
 *
 * - `POST` only (405 with `Allow: POST`); `Authorization: Bearer <secret>`, compared in constant
 *   time (401 otherwise, before the body is read); at most 64 kB, counted while reading (413);
 *   JSON (400 otherwise).
 * - Consent events save `{ serviceId, status, updatedAt }` (status lower-case) in `store`; other
 *   events, and consent events without a child or a known state, answer 200 and change nothing.
 * - A repeated `webhookId` answers 200 and is applied once; a state older than the stored one is
 *   not applied. A store that fails answers 500, so PRIVO delivers again.
 * - Nothing of the request is logged or echoed.
 *
 * @throws TypeError when `secret` is not a non-blank string without spaces, or `store` lacks `get`/`set`.
 */
export function createPrivoWebhookHandler(options: PrivoWebhookHandlerOptions): ProxyHandler {
  if (typeof options !== 'object' || options === null)
    throw new TypeError(`${FACTORY}: options are required.`);
  const { secret, store, onEvent } = options;
  if (typeof secret !== 'string' || secret === '' || /\s/.test(secret)) {
    throw new TypeError(
      `${FACTORY}: \`secret\` is required: the key PRIVO sends as "Authorization: Bearer <secret>" (a non-empty string without spaces).`,
    );
  }
  if (
    typeof store !== 'object' ||
    store === null ||
    typeof store.get !== 'function' ||
    typeof store.set !== 'function'
  ) {
    throw new TypeError(
      `${FACTORY}: \`store\` is required: createMemoryConsentStore() or an object with get(serviceId) and set(record).`,
    );
  }
  if (onEvent !== undefined && typeof onEvent !== 'function') {
    throw new TypeError(`${FACTORY}: \`onEvent\` must be a function.`);
  }
  const receiver = createConsentWebhookReceiver({ store, onEvent });
  let secretDigest: Promise<Uint8Array> | undefined;

  async function handle(request: Request): Promise<Response> {
    if (request.method.toUpperCase() !== 'POST') {
      return answer(405, { error: 'method-not-allowed' }, { allow: 'POST' });
    }
    const token = bearerToken(request.headers.get('authorization'));
    // A digest is computed for a missing token too, so a refusal takes the same time either way.
    secretDigest ??= sha256(secret);
    const [expected, given] = await Promise.all([secretDigest, sha256(token ?? '')]);
    if (token === undefined || !sameDigest(expected, given)) return unauthorized();

    const declaredLength = Number(request.headers.get('content-length') ?? '0');
    if (Number.isFinite(declaredLength) && declaredLength > MAX_WEBHOOK_BODY_BYTES) {
      return answer(413, { error: 'body-too-large' });
    }
    let body: unknown;
    try {
      const bytes = await readBody(request, MAX_WEBHOOK_BODY_BYTES);
      body = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    } catch (error) {
      if (error instanceof ProxyFailureError && error.failure === 'body-too-large') {
        return answer(413, { error: 'body-too-large' });
      }
      return answer(400, { error: 'invalid-json' });
    }
    const outcome = await receiver.receive(body);
    if (outcome === 'malformed') return answer(400, { error: 'invalid-webhook' });
    return answer(200, { received: true });
  }

  return async function privoWebhook(request: Request): Promise<Response> {
    try {
      return await handle(request);
    } catch {
      // The store failed (or the request could not be read): PRIVO delivers again on a 5xx.
      return answer(500, { error: 'internal' });
    }
  };
}
