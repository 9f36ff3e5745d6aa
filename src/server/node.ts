/**
 * `toNodeHandler`: runs a Web-standard `Request → Response` handler (such as the proxies) inside a
 * `node:http` server or an Express / Connect app. Only the node types are imported, so the entry
 * point still loads on runtimes without `node:http`.
 */

import type { IncomingMessage, ServerResponse } from 'node:http';

/** A handler in Web-standard terms, sync or async. */
export type FetchHandler = (request: Request) => Response | Promise<Response>;

/**
 * A `node:http` request listener, also valid as Express / Connect middleware. The promise settles
 * once the response is written and never rejects.
 */
export type NodeHandler = (
  req: IncomingMessage,
  res: ServerResponse,
  next?: (error?: unknown) => void,
) => Promise<void>;

/** Only a plain host name, IPv4, or bracketed IPv6 with an optional port is trusted from `Host`. */
const HOST_PATTERN = /^(?:[a-z0-9.-]+|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

/**
 * Methods the Fetch API refuses to put in a `Request` (TRACE and TRACK echo the request, CONNECT
 * opens a tunnel): the adapter answers them itself.
 */
const FORBIDDEN_METHODS = new Set(['CONNECT', 'TRACE', 'TRACK']);

/** The `Allow` header of that answer: the methods the adapter can hand to a Web handler. */
const ADAPTER_ALLOW = 'GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS';

/** Framework fields that Express / Connect add to the request. */
interface FrameworkRequestFields {
  /** Express: the URL before a mount path was stripped from `req.url`. */
  originalUrl?: string;
  /** Express body parsers: the body they already consumed from the stream. */
  body?: unknown;
}

function requestUrl(req: IncomingMessage): string {
  const host = req.headers.host && HOST_PATTERN.test(req.headers.host) ? req.headers.host : 'localhost';
  const encrypted = (req.socket as { encrypted?: boolean } | undefined)?.encrypted === true;
  const raw = (req as IncomingMessage & FrameworkRequestFields).originalUrl ?? req.url ?? '/';
  // An absolute-form target ("GET http://other/x") keeps only its path: the origin comes from Host.
  const path = raw.startsWith('/')
    ? raw
    : (() => {
        try {
          const parsed = new URL(raw);
          return `${parsed.pathname}${parsed.search}`;
        } catch {
          return '/';
        }
      })();
  return `${encrypted ? 'https' : 'http'}://${host}${path}`;
}

function requestHeaders(req: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    // HTTP/2 pseudo-headers (":path") are not headers in the Fetch sense.
    if (name.startsWith(':') || value === undefined) continue;
    try {
      if (Array.isArray(value)) for (const item of value) headers.append(name, item);
      else headers.set(name, value);
    } catch {
      // A header the Fetch API refuses (invalid characters) is dropped rather than failing the request.
    }
  }
  return headers;
}

/** Turns the node request stream into a Web stream, pausing the socket when nobody reads. */
function streamBody(req: IncomingMessage): ReadableStream<Uint8Array> {
  let isDone = false;
  const onData = (chunk: Buffer | string, controller: ReadableStreamDefaultController<Uint8Array>) => {
    if (isDone) return;
    controller.enqueue(typeof chunk === 'string' ? new TextEncoder().encode(chunk) : new Uint8Array(chunk));
    if ((controller.desiredSize ?? 0) <= 0) req.pause();
  };
  return new ReadableStream<Uint8Array>({
    start(controller) {
      req.on('data', (chunk: Buffer | string) => onData(chunk, controller));
      req.once('end', () => {
        if (isDone) return;
        isDone = true;
        controller.close();
      });
      req.once('error', (error) => {
        if (isDone) return;
        isDone = true;
        controller.error(error);
      });
      req.pause();
    },
    pull() {
      req.resume();
    },
    cancel() {
      // Keep the socket alive for the answer (e.g. 413): discard the rest of the upload.
      isDone = true;
      req.resume();
    },
  });
}

/** A body that an Express body parser already read, re-serialised for the Web handler. */
function parsedBody(body: unknown): BodyInit | undefined {
  if (body === undefined || body === null) return undefined;
  if (typeof body === 'string') return body;
  if (body instanceof Uint8Array) return new Uint8Array(body);
  return JSON.stringify(body);
}

/** Builds the Web `Request` for a node request: full URL from `Host`, headers, streamed body. */
export function toWebRequest(req: IncomingMessage, signal?: AbortSignal): Request {
  const method = (req.method ?? 'GET').toUpperCase();
  const init: RequestInit & { duplex?: 'half' } = { method, headers: requestHeaders(req) };
  if (signal) init.signal = signal;
  if (method !== 'GET' && method !== 'HEAD') {
    const framework = req as IncomingMessage & FrameworkRequestFields;
    // Express body parsers consume the stream; their result is all that is left of the body.
    if (req.readableEnded && framework.body !== undefined) {
      const body = parsedBody(framework.body);
      if (body !== undefined) {
        init.body = body;
        init.headers = new Headers(init.headers);
        init.headers.delete('content-length');
      }
    } else {
      init.body = streamBody(req);
      init.duplex = 'half';
    }
  }
  return new Request(requestUrl(req), init);
}

async function writeResponse(response: Response, res: ServerResponse, isHead: boolean): Promise<void> {
  res.statusCode = response.status;
  const setCookies = response.headers.getSetCookie?.() ?? [];
  for (const [name, value] of response.headers) {
    if (name === 'set-cookie') continue;
    res.setHeader(name, value);
  }
  if (setCookies.length > 0) res.setHeader('set-cookie', setCookies);
  if (response.body === null || isHead) {
    res.end();
    return;
  }
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (res.destroyed) {
      await reader.cancel();
      return;
    }
    if (!res.write(value)) {
      await new Promise<void>((resolve) => {
        const settle = () => {
          res.off('drain', settle);
          res.off('close', settle);
          resolve();
        };
        res.once('drain', settle);
        res.once('close', settle);
      });
    }
  }
  res.end();
}

/**
 * Adapts a Web-standard `Request → Response` handler (e.g. `createConomyProxy(…)`) to
 * `(req, res) => void` for `node:http`'s `createServer`, Express (`app.use('/api/conomy', …)`) and
 * Connect. The `Request` gets a full URL built from the `Host` header (Express: from `originalUrl`,
 * so the mount path is still there for `basePath`), the request headers and the streamed body (or
 * the body an Express body parser already read). The browser going away aborts `request.signal`.
 *
 * A handler that throws answers 500 (or goes to Express's `next(error)` when there is one).
 * CONNECT, TRACE and TRACK, which no `Request` can carry, are answered 405 with an `Allow` header
 * without calling the handler.
 */
export function toNodeHandler(handler: FetchHandler): NodeHandler {
  if (typeof handler !== 'function') {
    throw new TypeError('toNodeHandler: `handler` must be a function (request: Request) => Response.');
  }
  return async function nodeHandler(req, res, next) {
    if (FORBIDDEN_METHODS.has((req.method ?? '').toUpperCase())) {
      res.statusCode = 405;
      res.setHeader('allow', ADAPTER_ALLOW);
      res.setHeader('content-type', 'text/plain; charset=utf-8');
      res.end('Method Not Allowed');
      req.resume();
      return;
    }
    const controller = new AbortController();
    res.once('close', () => {
      if (!res.writableFinished) controller.abort();
    });
    let response: Response;
    try {
      response = await handler(toWebRequest(req, controller.signal));
    } catch (error) {
      if (next) {
        next(error);
        return;
      }
      if (!res.headersSent) {
        res.statusCode = 500;
        res.setHeader('content-type', 'text/plain; charset=utf-8');
        res.end('Internal Server Error');
      } else {
        res.destroy();
      }
      return;
    }
    try {
      await writeResponse(response, res, req.method === 'HEAD');
    } catch {
      res.destroy();
    }
    // An upload the handler did not read (404, 413, …) is drained so a kept-alive socket stays usable.
    if (!req.readableEnded) {
      req.removeAllListeners('data');
      req.resume();
    }
  };
}

/** Alias of {@link toNodeHandler}. */
export const createNodeHandler = toNodeHandler;
