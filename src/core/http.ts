/**
 * One request to the host's backend through the host's fetcher: the answer checks loaded first
 * (they are loaded on demand), URL joining, timeout (even when the fetcher ignores the abort
 * signal), the caller's abort, safe body reading, error mapping from both Conomy error shapes and
 * PRIVO's envelope (the body read by the answer checks), `Retry-After`, and retries with backoff for
 * idempotent calls. Everything that leaves this module as an error is a `KinshipError`.
 */
import type { Checked } from './answerChecks.js';
import { type AnswerChecksModule, answerChecksModule, loadAnswerChecks } from './answerChecksLoader.js';
import { isKinshipError, KinshipError, type KinshipErrorKind, type KinshipOperation } from './errors.js';

/** A fetch-compatible function supplied by the host; it reaches the host's backend, never the vendors. */
export type Fetcher = (input: string, init: RequestInit) => Promise<Response>;

/** Where and how to reach one backend API through the host. */
export interface ServiceConfig {
  /** The host's backend route for that API, e.g. `"/api/conomy"`; a trailing `/` is fine. */
  baseUrl: string;
  /** The host's fetcher. @default globalThis.fetch */
  fetcher?: Fetcher;
  /** Time allowed for each attempt, answer body included, in milliseconds. @default 30000 */
  timeoutMs?: number;
  /**
   * Retries after the first attempt, only where the operation is idempotent (`retry: 2` → at most
   * 3 requests). Account creation is never retried. @default 2
   */
  retry?: number;
}

/** Defaults of `ServiceConfig`. */
export const DEFAULT_TIMEOUT_MS = 30_000;
export const DEFAULT_RETRY = 2;
/** A `Retry-After` longer than this is not waited for: the error is returned to the caller instead. */
export const MAX_RETRY_AFTER_MS = 30_000;

/** A read answer: status, headers and the body as text and, when it is JSON, parsed. */
export interface HttpAnswer {
  status: number;
  headers: Headers;
  text: string;
  /** The parsed body; `undefined` when the body is empty or not JSON. */
  json: unknown;
}

/** A 2xx answer of `send`, with the answer checks to read it (loaded before the request went out). */
export interface SentAnswer extends HttpAnswer {
  checks: AnswerChecksModule;
}

/** The value an answer check found in a 2xx answer; a failed check rejects with kind `invalid-response`. */
export function checked<T>(result: Checked<T>, answer: HttpAnswer, operation: KinshipOperation): T {
  if (result.success) return result.data;
  throw new KinshipError('invalid-response', result.problem, {
    operation,
    status: answer.status,
    ...(result.error === undefined ? {} : { cause: result.error }),
  });
}

/** Joins the host's base route and an API path without doubling or losing slashes. */
export function joinUrl(baseUrl: string, path: string): string {
  const base = baseUrl.replace(/\/+$/, '');
  return `${base}${path.startsWith('/') ? path : `/${path}`}`;
}

/** Parses `Retry-After` (delta seconds or an HTTP date) into milliseconds; `undefined` when absent or unreadable. */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | undefined {
  if (value === null) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}

function describe(value: unknown): string {
  if (value instanceof Error) return value.message;
  if (typeof value === 'string') return value;
  return String(value);
}

function abortError(operation: KinshipOperation, signal: AbortSignal | undefined): KinshipError {
  return new KinshipError('aborted', 'The request was cancelled.', { operation, cause: signal?.reason });
}

/** Options of one `send`. */
export interface SendOptions {
  operation: KinshipOperation;
  method: 'GET' | 'POST' | 'DELETE';
  path: string;
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal | undefined;
  /** Retry on network, server and rate-limited errors (idempotent operations only). */
  idempotent: boolean;
  /**
   * Reads PRIVO's `validationErrors` of an error answer as field errors, kept under these field
   * names (`[]`: under whatever field they name). Conomy's error bodies carry none: its operations
   * leave it out.
   */
  privoFields?: readonly string[] | undefined;
}

/**
 * Sends one attempt: resolves with the read answer of any HTTP status, rejects with a `KinshipError`
 * of kind `network`, `timeout` or `aborted`.
 */
async function attempt(config: ServiceConfig, options: SendOptions): Promise<HttpAnswer> {
  const { operation, signal } = options;
  if (signal?.aborted) throw abortError(operation, signal);
  const fetcher: Fetcher | undefined =
    config.fetcher ?? (globalThis.fetch ? globalThis.fetch.bind(globalThis) : undefined);
  if (!fetcher) {
    throw new KinshipError(
      'network',
      'No fetcher: pass `fetcher` in the service config (no global fetch here).',
      {
        operation,
      },
    );
  }
  const timeoutMs = config.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let onAbort: (() => void) | undefined;
  const guard = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const error = new KinshipError('timeout', `No answer within ${timeoutMs} ms.`, { operation });
      controller.abort(error);
      reject(error);
    }, timeoutMs);
    onAbort = () => {
      controller.abort(signal?.reason);
      reject(abortError(operation, signal));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
  // The fetcher may ignore the signal, so the guard settles the race on its own (DOMAIN/issue 2).
  guard.catch(() => {});
  const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
  const init: RequestInit = { method: options.method, headers, signal: controller.signal };
  if (options.body !== undefined) {
    headers['content-type'] = 'application/json';
    init.body = JSON.stringify(options.body);
  }
  const url = joinUrl(config.baseUrl, options.path);
  const run = async (): Promise<HttpAnswer> => {
    let response: Response;
    try {
      response = await fetcher(url, init);
    } catch (error) {
      if (isKinshipError(error)) throw error;
      throw new KinshipError('network', `The request could not be sent: ${describe(error)}`, {
        operation,
        cause: error,
      });
    }
    if (!response || typeof response.status !== 'number') {
      throw new KinshipError('invalid-response', 'The fetcher did not return a Response.', { operation });
    }
    let text = '';
    try {
      text = await response.text();
    } catch (error) {
      throw new KinshipError('network', `The answer could not be read: ${describe(error)}`, {
        operation,
        status: response.status,
        cause: error,
      });
    }
    let json: unknown;
    if (text.trim() !== '') {
      try {
        json = JSON.parse(text);
      } catch {
        json = undefined;
      }
    }
    return { status: response.status, headers: response.headers ?? new Headers(), text, json };
  };
  try {
    return await Promise.race([run(), guard]);
  } catch (error) {
    if (signal?.aborted) throw abortError(operation, signal);
    throw error;
  } finally {
    clearTimeout(timer);
    if (onAbort) signal?.removeEventListener('abort', onAbort);
  }
}

function sleep(ms: number, signal: AbortSignal | undefined, operation: KinshipOperation): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(abortError(operation, signal));
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortError(operation, signal));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** Exponential backoff with jitter: 250 ms, 500 ms, 1 s … each scaled by a random 50–100 %, capped at 8 s. */
export function backoffDelay(retryIndex: number, random: () => number = Math.random): number {
  const base = Math.min(8000, 250 * 2 ** retryIndex);
  return Math.round(base * (0.5 + random() * 0.5));
}

const RETRYABLE: ReadonlySet<KinshipErrorKind> = new Set(['network', 'server', 'rate-limited']);

/**
 * Sends a request and returns the answer when it is 2xx; a non-2xx answer is turned into a
 * `KinshipError` by `errorFromAnswer`. Idempotent operations are retried on `network`, `server`
 * and `rate-limited` (honouring `Retry-After`), never on other 4xx.
 *
 * The answer checks are loaded first, before anything is sent: were they loaded after, a lost
 * chunk would leave the answer to a request that created an account unreadable. A failed load
 * rejects with kind `network` and sends nothing (`loadAnswerChecks`).
 */
export async function send(config: ServiceConfig, options: SendOptions): Promise<SentAnswer> {
  // Once loaded, nothing is awaited: the request goes out at once, as before the first load.
  const checks = answerChecksModule.loaded() ?? (await loadAnswerChecks(options.operation));
  const retries = options.idempotent ? Math.max(0, Math.floor(config.retry ?? DEFAULT_RETRY)) : 0;
  for (let retryIndex = 0; ; retryIndex++) {
    let error: KinshipError;
    try {
      const answer = await attempt(config, options);
      if (answer.status >= 200 && answer.status < 300 && answer.status !== 208) return { ...answer, checks };
      error = errorFromAnswer(answer, options.operation, checks, options.privoFields);
    } catch (caught) {
      error = isKinshipError(caught)
        ? caught
        : new KinshipError('network', describe(caught), { cause: caught });
    }
    const waitMs = error.retryAfterMs ?? backoffDelay(retryIndex);
    if (retryIndex >= retries || !RETRYABLE.has(error.kind) || waitMs > MAX_RETRY_AFTER_MS) throw error;
    await sleep(waitMs, options.signal, options.operation);
  }
}

/** The error kind an HTTP status means for the kit. */
export function kindForStatus(status: number): KinshipErrorKind {
  if (status === 401 || status === 403) return 'unauthorized';
  if (status === 404) return 'not-found';
  if (status === 208 || status === 409 || status === 412) return 'conflict';
  if (status === 429) return 'rate-limited';
  if (status === 408) return 'timeout';
  if (status >= 500) return 'server';
  if (status >= 400) return 'validation';
  return 'invalid-response';
}

/** Key for messages that belong to the whole form rather than one field. */
export const FORM_ERROR_KEY = 'form';

/**
 * A map keyed by strings that come from a server or a user: no prototype, so a field named
 * `__proto__`, `constructor` or `toString` is an ordinary key (never an inherited member).
 */
export function createFieldErrorMap(): Record<string, string[]> {
  return Object.create(null) as Record<string, string[]>;
}

/** The list under `key` when it is the map's own entry (never an inherited member such as `constructor`). */
export function ownFieldErrors(
  map: Readonly<Record<string, readonly string[] | undefined>> | undefined,
  key: string,
): readonly string[] | undefined {
  if (map === undefined || !Object.hasOwn(map, key)) return undefined;
  const list = map[key];
  return Array.isArray(list) ? list : undefined;
}

/**
 * Builds the `KinshipError` for a non-2xx (or 208) answer from either API: its kind from the status,
 * its message, code, type, trace id and field errors from the body (`readErrorBody` of the answer
 * checks; PRIVO's field errors only with `privoFields`), its wait from `Retry-After`.
 */
export function errorFromAnswer(
  answer: HttpAnswer,
  operation: KinshipOperation,
  checks: AnswerChecksModule,
  privoFields?: readonly string[],
): KinshipError {
  const { message, ...read } = checks.readErrorBody(answer, privoFields);
  const retryAfterMs = parseRetryAfter(answer.headers.get('retry-after'));
  return new KinshipError(kindForStatus(answer.status), message, {
    status: answer.status,
    operation,
    ...read,
    ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
  });
}
