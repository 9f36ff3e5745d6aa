import { once } from 'node:events';
import {
  createServer,
  request as httpRequest,
  IncomingMessage,
  type Server,
  ServerResponse,
} from 'node:http';
import { type AddressInfo, Socket } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createConomyProxy, type FetchHandler, toNodeHandler } from '../../src/server/index.js';

const servers: Server[] = [];

async function serve(listener: (req: IncomingMessage, res: ServerResponse) => void): Promise<string> {
  const server = createServer(listener);
  servers.push(server);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

afterEach(async () => {
  await Promise.all(
    servers.splice(0).map(
      (server) =>
        new Promise<void>((resolve) => {
          server.closeAllConnections();
          server.close(() => resolve());
        }),
    ),
  );
});

/** A handler that describes the Request it received. */
const echo: FetchHandler = async (request) =>
  Response.json({
    url: request.url,
    method: request.method,
    contentType: request.headers.get('content-type'),
    custom: request.headers.get('x-custom'),
    body: request.body ? await request.text() : null,
  });

describe('given a node:http server running a Web handler through toNodeHandler', () => {
  describe('when a client posts a body', () => {
    it('hands the handler a Request with the full URL, headers and body', async () => {
      const url = await serve(toNodeHandler(echo));
      const response = await fetch(`${url}/api/conomy/identities/a%2Fb/children?x=1`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-custom': 'yes' },
        body: '{"children":["c"]}',
      });
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({
        url: `${url}/api/conomy/identities/a%2Fb/children?x=1`,
        method: 'POST',
        contentType: 'application/json',
        custom: 'yes',
        body: '{"children":["c"]}',
      });
    });
  });

  describe('when a client streams a chunked body', () => {
    it('passes every chunk on', async () => {
      const url = await serve(toNodeHandler(echo));
      const encoder = new TextEncoder();
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          for (const part of ['{"chil', 'dren":', '["c"]}']) controller.enqueue(encoder.encode(part));
          controller.close();
        },
      });
      const response = await fetch(`${url}/x`, { method: 'POST', body, duplex: 'half' } as RequestInit);
      expect((await response.json()).body).toBe('{"children":["c"]}');
    });
  });

  describe('when the Host header is not a plain host name', () => {
    it('builds the URL on localhost instead', async () => {
      const url = await serve(toNodeHandler(echo));
      const { port } = new URL(url);
      const body = await new Promise<string>((resolve, reject) => {
        const req = httpRequest(
          {
            host: '127.0.0.1',
            port,
            path: '/identities',
            headers: { host: 'evil.test/identities/x/children#' },
          },
          (res) => {
            let text = '';
            res.setEncoding('utf8');
            res.on('data', (chunk: string) => {
              text += chunk;
            });
            res.on('end', () => resolve(text));
          },
        );
        req.on('error', reject);
        req.end();
      });
      expect(JSON.parse(body).url).toBe('http://localhost/identities');
    });
  });

  describe('when the handler answers with status, headers and cookies', () => {
    it('writes them all to the node response', async () => {
      const url = await serve(
        toNodeHandler(() => {
          const headers = new Headers({ 'content-type': 'text/plain', 'x-one': '1' });
          headers.append('set-cookie', 'a=1; Path=/');
          headers.append('set-cookie', 'b=2; Path=/');
          return new Response('created', { status: 201, headers });
        }),
      );
      const response = await fetch(url);
      expect(response.status).toBe(201);
      expect(response.headers.get('x-one')).toBe('1');
      expect(response.headers.getSetCookie()).toEqual(['a=1; Path=/', 'b=2; Path=/']);
      expect(await response.text()).toBe('created');
    });
  });

  describe('when the handler throws', () => {
    it('answers 500 without the error message', async () => {
      const url = await serve(
        toNodeHandler(() => {
          throw new Error('secret detail');
        }),
      );
      const response = await fetch(url);
      expect(response.status).toBe(500);
      expect(await response.text()).not.toContain('secret');
    });
  });

  describe('when it runs as Express-style middleware after a JSON body parser', () => {
    it('rebuilds the body the parser consumed and keeps the mount path', async () => {
      const handler = toNodeHandler(echo);
      const url = await serve((req, res) => {
        // What express.json() and app.use('/api/conomy', …) leave behind.
        let raw = '';
        req.setEncoding('utf8');
        req.on('data', (chunk: string) => {
          raw += chunk;
        });
        req.on('end', () => {
          const express = req as IncomingMessage & { body?: unknown; originalUrl?: string };
          express.body = JSON.parse(raw);
          express.originalUrl = req.url ?? '/';
          req.url = (req.url ?? '/').replace(/^\/api\/conomy/, '');
          void handler(req, res);
        });
      });
      const response = await fetch(`${url}/api/conomy/identities/p/children`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"children":["c"]}',
      });
      expect(await response.json()).toMatchObject({
        url: `${url}/api/conomy/identities/p/children`,
        body: '{"children":["c"]}',
      });
    });
  });

  describe('when a proxy refuses a large chunked upload with 413', () => {
    it('answers 413 and the connection serves the next request', async () => {
      let upstreamCalls = 0;
      const proxy = createConomyProxy({
        baseUrl: 'https://conomy.test',
        basePath: '/api/conomy',
        apiKey: 'k',
        clientId: 'i',
        clientSecret: 's',
        userAgent: 'Test/1',
        authorize: () => true,
        maxBodyBytes: 1024,
        fetch: async () => {
          upstreamCalls += 1;
          return Response.json({});
        },
      });
      const url = await serve(toNodeHandler(proxy));
      const chunk = new Uint8Array(512).fill(120);
      let sent = 0;
      const body = new ReadableStream<Uint8Array>({
        pull(controller) {
          sent += 1;
          if (sent > 20) controller.close();
          else controller.enqueue(chunk);
        },
      });
      const response = await fetch(`${url}/api/conomy/identities/p/children`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
        duplex: 'half',
      } as RequestInit);
      expect(response.status).toBe(413);
      expect(await response.json()).toMatchObject({ status: 413 });
      expect(upstreamCalls).toBe(0);

      const next = await fetch(`${url}/api/conomy/identities/p/children`);
      expect(next.status).toBe(405);
    });
  });

  describe('when a client sends TRACE through a real server', () => {
    it('answers 405 with Allow and never calls the handler', async () => {
      let calls = 0;
      const url = await serve(
        toNodeHandler(() => {
          calls += 1;
          return new Response('handled');
        }),
      );
      const { status, allow } = await new Promise<{ status: number; allow: string | undefined }>(
        (resolve, reject) => {
          const request = httpRequest(`${url}/api/conomy/identities`, { method: 'TRACE' }, (response) => {
            response.resume();
            response.once('end', () =>
              resolve({ status: response.statusCode ?? 0, allow: response.headers.allow }),
            );
          });
          request.once('error', reject);
          request.end();
        },
      );
      expect(status).toBe(405);
      expect(allow).toBe('GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS');
      expect(calls).toBe(0);
    });
  });

  describe.each(['TRACE', 'TRACK', 'CONNECT', 'trace'])('when %s reaches the adapter', (method) => {
    it('answers 405 with Allow, calls neither the handler nor next, and the proxy nothing upstream', async () => {
      let upstreamCalls = 0;
      const proxy = createConomyProxy({
        baseUrl: 'https://conomy.test',
        basePath: '/api/conomy',
        apiKey: 'k',
        clientId: 'i',
        clientSecret: 's',
        userAgent: 'Test/1',
        authorize: () => true,
        fetch: async () => {
          upstreamCalls += 1;
          return Response.json({});
        },
      });
      let handlerCalls = 0;
      const handler = toNodeHandler((request) => {
        handlerCalls += 1;
        return proxy(request);
      });
      // node:http itself hands CONNECT to a 'connect' listener and refuses TRACK, so the request
      // is built by hand, as another server or framework could deliver it.
      const req = new IncomingMessage(new Socket());
      req.method = method;
      req.url = method === 'CONNECT' ? 'conomy.test:443' : '/api/conomy/identities';
      req.headers = { host: 'host.test' };
      req.push(null);
      const res = new ServerResponse(req);
      const next = vi.fn();

      await handler(req, res, next);

      expect(res.statusCode).toBe(405);
      expect(res.getHeader('allow')).toBe('GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS');
      expect(handlerCalls).toBe(0);
      expect(next).not.toHaveBeenCalled();
      expect(upstreamCalls).toBe(0);
    });
  });

  describe('when the client disconnects before the handler answers', () => {
    it('aborts the Request signal', async () => {
      let aborted: Promise<void> = Promise.resolve();
      let markReceived: () => void = () => {};
      const received = new Promise<void>((resolve) => {
        markReceived = resolve;
      });
      const url = await serve(
        toNodeHandler(
          (request) =>
            new Promise<Response>((resolve) => {
              aborted = new Promise<void>((done) => {
                request.signal.addEventListener('abort', () => {
                  done();
                  resolve(new Response(null, { status: 499 }));
                });
              });
              markReceived();
            }),
        ),
      );
      const controller = new AbortController();
      const pending = fetch(url, { signal: controller.signal }).catch(() => undefined);
      await received;
      controller.abort();
      await pending;
      await expect(aborted).resolves.toBeUndefined();
    });
  });
});
