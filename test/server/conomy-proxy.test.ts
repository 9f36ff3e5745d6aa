import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addChildren } from '../../src/headless.js';
import {
  type AuthorizeContext,
  type ConomyProxyOptions,
  createConomyProxy,
  type ProxyFetch,
} from '../../src/server/index.js';

const BASE_URL = 'https://conomy.test/sandbox';
const ORIGIN = 'https://host.test';
const CREDENTIALS = {
  apiKey: 'server-api-key-123',
  clientId: 'server-client-id',
  clientSecret: 'server-client-secret-456',
  userAgent: 'FamilyApp/2.0',
};

interface UpstreamCall {
  url: string;
  method: string;
  headers: Headers;
  body: string | undefined;
  signal: AbortSignal | undefined;
}

type ApiAnswer = (call: UpstreamCall) => Response | Promise<Response>;

/** A fake Conomy: `/auth` hands out token-1, token-2, …; API calls answer with `api`. */
function fakeConomy(api: ApiAnswer = () => Response.json({ id: 'parent-1', children: [] })) {
  const calls: UpstreamCall[] = [];
  let issued = 0;
  const fetch: ProxyFetch = async (url, init) => {
    const body =
      init.body === undefined || init.body === null
        ? undefined
        : typeof init.body === 'string'
          ? init.body
          : new TextDecoder().decode(init.body as Uint8Array);
    const call: UpstreamCall = {
      url,
      method: init.method ?? 'GET',
      headers: new Headers(init.headers),
      body,
      signal: init.signal ?? undefined,
    };
    calls.push(call);
    if (url === `${BASE_URL}/auth`) {
      issued += 1;
      return Response.json({ accessToken: `token-${issued}`, tokenType: 'Bearer', expiresIn: 3600 });
    }
    return api(call);
  };
  return {
    fetch,
    calls,
    tokenCalls: () => calls.filter((call) => call.url === `${BASE_URL}/auth`),
    apiCalls: () => calls.filter((call) => call.url !== `${BASE_URL}/auth`),
  };
}

function proxyWith(fetch: ProxyFetch, overrides: Partial<ConomyProxyOptions> = {}) {
  return createConomyProxy({
    baseUrl: BASE_URL,
    basePath: '/api/conomy',
    ...CREDENTIALS,
    authorize: () => true,
    fetch,
    ...overrides,
  });
}

function post(path: string, body: unknown = { children: ['child-1'] }, headers: Record<string, string> = {}) {
  return new Request(`${ORIGIN}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

const consoleMethods = ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const;
let consoleSpies: Array<ReturnType<typeof vi.spyOn>> = [];

beforeEach(() => {
  consoleSpies = consoleMethods.map((method) => vi.spyOn(console, method).mockImplementation(() => {}));
});

afterEach(() => {
  // The proxy never logs: bodies carry children's personal data.
  for (const spy of consoleSpies) expect(spy).not.toHaveBeenCalled();
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('given a Conomy proxy created without authorize', () => {
  it('throws a TypeError that says authorize is required', () => {
    const { fetch } = fakeConomy();
    const create = () =>
      createConomyProxy({ baseUrl: BASE_URL, ...CREDENTIALS, fetch } as unknown as ConomyProxyOptions);
    expect(create).toThrow(TypeError);
    expect(create).toThrow('createConomyProxy: `authorize` is required');
  });

  it.each([
    ['apiKey', { apiKey: '' }],
    ['clientId', { clientId: undefined }],
    ['clientSecret', { clientSecret: ' ' }],
    ['userAgent', { userAgent: undefined }],
    ['baseUrl', { baseUrl: '/relative' }],
    ['basePath', { basePath: 'api/conomy' }],
    ['timeoutMs', { timeoutMs: 0 }],
  ])('throws a TypeError naming %s when it is invalid', (name, override) => {
    const { fetch } = fakeConomy();
    expect(() => proxyWith(fetch, override as Partial<ConomyProxyOptions>)).toThrow(TypeError);
    expect(() => proxyWith(fetch, override as Partial<ConomyProxyOptions>)).toThrow(name);
  });
});

describe('given an allowed request', () => {
  describe('when the browser links children', () => {
    it('forwards the body to the same path under baseUrl with the server credentials', async () => {
      const upstream = fakeConomy(() =>
        Response.json({ id: 'parent-1', children: [{ id: 'child-1' }] }, { status: 200 }),
      );
      const authorize = vi.fn((_request: Request, _context: AuthorizeContext) => true);
      const proxy = proxyWith(upstream.fetch, { authorize });

      const response = await proxy(post('/api/conomy/identities/parent-1/children'));

      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ id: 'parent-1', children: [{ id: 'child-1' }] });
      expect(authorize).toHaveBeenCalledWith(expect.any(Request), {
        operation: 'addChildren',
        identityId: 'parent-1',
      });
      const [call] = upstream.apiCalls();
      expect(call?.url).toBe(`${BASE_URL}/identities/parent-1/children`);
      expect(call?.method).toBe('POST');
      expect(call?.body).toBe('{"children":["child-1"]}');
      expect(Object.fromEntries(call?.headers ?? [])).toEqual({
        accept: 'application/json',
        authorization: 'Bearer token-1',
        'conomyhq-api-version': '24-04-2025',
        'content-type': 'application/json',
        'user-agent': 'FamilyApp/2.0',
        'x-api-key': 'server-api-key-123',
      });
    });

    it('asks /auth for the token with x-api-key and the client credentials', async () => {
      const upstream = fakeConomy();
      await proxyWith(upstream.fetch)(post('/api/conomy/identities/parent-1/children'));

      const [tokenCall] = upstream.tokenCalls();
      expect(tokenCall?.method).toBe('POST');
      expect(tokenCall?.headers.get('x-api-key')).toBe('server-api-key-123');
      expect(tokenCall?.headers.get('content-type')).toBe('application/json');
      expect(JSON.parse(tokenCall?.body ?? '')).toEqual({
        clientId: 'server-client-id',
        clientSecret: 'server-client-secret-456',
      });
    });
  });

  describe('when the browser unlinks children', () => {
    it('forwards DELETE with its body as removeChildren', async () => {
      const upstream = fakeConomy();
      const authorize = vi.fn((_request: Request, _context: AuthorizeContext) => true);
      const request = new Request(`${ORIGIN}/api/conomy/identities/parent-1/children`, {
        method: 'DELETE',
        headers: { 'content-type': 'application/json' },
        body: '{"children":["child-1"]}',
      });

      const response = await proxyWith(upstream.fetch, { authorize })(request);

      expect(response.status).toBe(200);
      expect(authorize.mock.calls[0]?.[1]).toEqual({ operation: 'removeChildren', identityId: 'parent-1' });
      expect(upstream.apiCalls()[0]).toMatchObject({
        url: `${BASE_URL}/identities/parent-1/children`,
        method: 'DELETE',
        body: '{"children":["child-1"]}',
      });
    });
  });

  describe('when the browser reads one identity', () => {
    it('forwards GET /identities/{id} as getIdentity, with the id for authorize and no query string', async () => {
      const upstream = fakeConomy();
      const authorize = vi.fn((_request: Request, _context: AuthorizeContext) => true);
      const request = new Request(`${ORIGIN}/api/conomy/identities/parent-1?email=a%40b.test&q=x`);

      const response = await proxyWith(upstream.fetch, { authorize })(request);

      expect(response.status).toBe(200);
      expect(authorize.mock.calls[0]?.[1]).toEqual({ operation: 'getIdentity', identityId: 'parent-1' });
      expect(upstream.apiCalls()[0]).toMatchObject({ url: `${BASE_URL}/identities/parent-1`, method: 'GET' });
    });

    it('answers 403 without an upstream call when authorize refuses the identity', async () => {
      const upstream = fakeConomy();
      const response = await proxyWith(upstream.fetch, {
        authorize: (_request, { identityId }) => identityId === 'my-own',
      })(new Request(`${ORIGIN}/api/conomy/identities/someone-else`));
      expect(response.status).toBe(403);
      expect(upstream.calls).toEqual([]);
    });
  });

  describe('when the browser searches identities', () => {
    it('forwards the query string as it is and tells authorize the operation only', async () => {
      const upstream = fakeConomy(() => Response.json({ data: [], pagination: { count: 0 } }));
      const authorize = vi.fn((_request: Request, _context: AuthorizeContext) => true);

      const response = await proxyWith(upstream.fetch, { authorize })(
        new Request(`${ORIGIN}/api/conomy/identities?email=ana%40example.com&status=ACTIVE&limit=5`),
      );

      expect(response.status).toBe(200);
      expect(authorize.mock.calls[0]?.[1]).toEqual({ operation: 'searchIdentities' });
      expect(upstream.apiCalls()[0]?.url).toBe(
        `${BASE_URL}/identities?email=ana%40example.com&status=ACTIVE&limit=5`,
      );
      expect(upstream.apiCalls()[0]?.body).toBeUndefined();
    });

    it('forwards only the parameters Conomy documents: q and anything else never leave the server', async () => {
      const upstream = fakeConomy(() => Response.json({ data: [], pagination: { count: 0 } }));
      const response = await proxyWith(upstream.fetch)(
        new Request(
          `${ORIGIN}/api/conomy/identities?q=ana&email=ana%40example.com&name=Ana&phone=%2B56911111111` +
            '&documentNumber=17604011-4&type=USER&country=CHL&status=ACTIVE&limit=5&next=abc&__proto__=x',
        ),
      );
      expect(response.status).toBe(200);
      const sent = new URL(upstream.apiCalls()[0]?.url ?? '');
      expect(sent.pathname).toBe('/sandbox/identities');
      expect([...sent.searchParams]).toEqual([
        ['email', 'ana@example.com'],
        ['phone', '+56911111111'],
        ['documentNumber', '17604011-4'],
        ['type', 'USER'],
        ['country', 'CHL'],
        ['status', 'ACTIVE'],
        ['limit', '5'],
        ['next', 'abc'],
      ]);
    });

    it('sends no query string at all when nothing documented is left', async () => {
      const upstream = fakeConomy(() => Response.json({ data: [], pagination: { count: 0 } }));
      await proxyWith(upstream.fetch)(new Request(`${ORIGIN}/api/conomy/identities?q=valentina`));
      expect(upstream.apiCalls()[0]?.url).toBe(`${BASE_URL}/identities`);
    });
  });

  describe('when the host sets apiVersion and the browser sends its own', () => {
    it('sends the server-side version', async () => {
      const upstream = fakeConomy();
      await proxyWith(upstream.fetch, { apiVersion: '01-01-2030' })(
        post('/api/conomy/identities/p/children', undefined, { 'conomyhq-api-version': 'browser-version' }),
      );
      expect(upstream.apiCalls()[0]?.headers.get('conomyhq-api-version')).toBe('01-01-2030');
    });
  });

  describe('when the proxy is mounted at the root (no basePath)', () => {
    it('matches the path as it is', async () => {
      const upstream = fakeConomy();
      const response = await proxyWith(upstream.fetch, { basePath: undefined })(
        post('/identities/p/children'),
      );
      expect(response.status).toBe(200);
      expect(upstream.apiCalls()[0]?.url).toBe(`${BASE_URL}/identities/p/children`);
    });
  });
});

describe('given the upstream token', () => {
  describe('when many requests arrive one after the other', () => {
    it('fetches one token and reuses it', async () => {
      const upstream = fakeConomy();
      const proxy = proxyWith(upstream.fetch);
      for (let index = 0; index < 5; index++) {
        expect((await proxy(post('/api/conomy/identities/p/children'))).status).toBe(200);
      }
      expect(upstream.tokenCalls()).toHaveLength(1);
      expect(upstream.apiCalls().map((call) => call.headers.get('authorization'))).toEqual(
        Array(5).fill('Bearer token-1'),
      );
    });
  });

  describe('when many requests arrive while the token is being fetched', () => {
    it('shares one token request between them', async () => {
      const upstream = fakeConomy();
      let releaseToken: () => void = () => {};
      const tokenGate = new Promise<void>((resolve) => {
        releaseToken = resolve;
      });
      const slowFetch: ProxyFetch = async (url, init) => {
        if (url.endsWith('/auth')) await tokenGate;
        return upstream.fetch(url, init);
      };
      const proxy = proxyWith(slowFetch);

      const pending = Array.from({ length: 10 }, () => proxy(post('/api/conomy/identities/p/children')));
      await new Promise((resolve) => setTimeout(resolve, 10));
      releaseToken();
      const responses = await Promise.all(pending);

      expect(responses.map((response) => response.status)).toEqual(Array(10).fill(200));
      expect(upstream.tokenCalls()).toHaveLength(1);
      expect(upstream.apiCalls()).toHaveLength(10);
    });
  });

  describe('when the token request fails for all waiting requests', () => {
    it('answers 502 to each and tries again on the next request', async () => {
      let failAuth = true;
      const upstream = fakeConomy();
      const fetch: ProxyFetch = async (url, init) => {
        if (url.endsWith('/auth') && failAuth) throw new TypeError('fetch failed');
        return upstream.fetch(url, init);
      };
      const proxy = proxyWith(fetch);

      const first = await Promise.all([
        proxy(post('/api/conomy/identities/p/children')),
        proxy(post('/api/conomy/identities/p/children')),
      ]);
      failAuth = false;
      const second = await proxy(post('/api/conomy/identities/p/children'));

      expect(first.map((response) => response.status)).toEqual([502, 502]);
      expect(second.status).toBe(200);
    });
  });

  describe.each([
    { expiresIn: 3600, stillFreshAt: 3539, staleAt: 3541 },
    { expiresIn: 600, stillFreshAt: 539, staleAt: 541 },
    { expiresIn: 300, stillFreshAt: 269, staleAt: 271 },
  ])('when a token that lives $expiresIn s gets old', ({ expiresIn, stillFreshAt, staleAt }) => {
    it(`keeps it until ${stillFreshAt} s and fetches a new one at ${staleAt} s`, async () => {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(new Date('2025-01-01T00:00:00Z'));
      let issued = 0;
      const fetch: ProxyFetch = async (url) => {
        if (url.endsWith('/auth')) {
          issued += 1;
          return Response.json({ accessToken: `token-${issued}`, tokenType: 'Bearer', expiresIn });
        }
        return Response.json({ id: 'p' });
      };
      const proxy = proxyWith(fetch);

      await proxy(post('/api/conomy/identities/p/children'));
      vi.setSystemTime(new Date(Date.parse('2025-01-01T00:00:00Z') + stillFreshAt * 1000));
      await proxy(post('/api/conomy/identities/p/children'));
      expect(issued).toBe(1);
      vi.setSystemTime(new Date(Date.parse('2025-01-01T00:00:00Z') + staleAt * 1000));
      await proxy(post('/api/conomy/identities/p/children'));
      expect(issued).toBe(2);
    });
  });

  describe('when the upstream answers 401 to a cached token', () => {
    it('fetches a new token and retries once, successfully', async () => {
      const upstream = fakeConomy((call) =>
        call.headers.get('authorization') === 'Bearer token-1'
          ? Response.json({ status: 401, code: '41', type: 'unauthorized' }, { status: 401 })
          : Response.json({ id: 'p' }),
      );
      const response = await proxyWith(upstream.fetch)(post('/api/conomy/identities/p/children'));

      expect(response.status).toBe(200);
      expect(upstream.tokenCalls()).toHaveLength(2);
      expect(upstream.apiCalls().map((call) => call.headers.get('authorization'))).toEqual([
        'Bearer token-1',
        'Bearer token-2',
      ]);
      expect(upstream.apiCalls()[1]?.body).toBe('{"children":["child-1"]}');
    });
  });

  describe('when the upstream answers 401 again after the refresh', () => {
    it('retries only once and passes the 401 on', async () => {
      const upstream = fakeConomy(() =>
        Response.json(
          { status: 401, code: '41', type: 'unauthorized', detail: 'bad token' },
          { status: 401 },
        ),
      );
      const response = await proxyWith(upstream.fetch)(post('/api/conomy/identities/p/children'));

      expect(response.status).toBe(401);
      expect(await response.json()).toMatchObject({ code: '41', detail: 'bad token' });
      expect(upstream.apiCalls()).toHaveLength(2);
      expect(upstream.tokenCalls()).toHaveLength(2);
    });
  });

  describe('when several requests get a 401 for the same token at once', () => {
    it('refreshes the token once for all of them', async () => {
      const upstream = fakeConomy((call) =>
        call.headers.get('authorization') === 'Bearer token-1'
          ? new Response(null, { status: 401 })
          : Response.json({ id: 'p' }),
      );
      const proxy = proxyWith(upstream.fetch);
      await proxy(new Request(`${ORIGIN}/api/conomy/identities`)).catch(() => undefined);
      const responses = await Promise.all(
        Array.from({ length: 5 }, () => proxy(post('/api/conomy/identities/p/children'))),
      );
      expect(responses.map((response) => response.status)).toEqual(Array(5).fill(200));
      expect(upstream.tokenCalls()).toHaveLength(2);
    });
  });
});

describe('given a request outside the allow-list', () => {
  it.each([
    ['GET', '/api/conomy/identities/p/children', 405, 'POST, DELETE'],
    ['PUT', '/api/conomy/identities/p/children', 405, 'POST, DELETE'],
    ['POST', '/api/conomy/identities', 405, 'GET'],
    ['DELETE', '/api/conomy/identities', 405, 'GET'],
    ['POST', '/api/conomy/auth', 404, null],
    ['DELETE', '/api/conomy/identities/p', 405, 'GET'],
    ['POST', '/api/conomy/identities/p', 405, 'GET'],
    ['GET', '/api/conomy/identities/p/children/extra', 404, null],
    ['GET', '/api/conomy/identities/', 400, null],
    ['GET', '/api/conomy', 404, null],
    ['GET', '/api/conomyx/identities', 404, null],
    ['GET', '/identities', 404, null],
    ['GET', '/api/other/identities', 404, null],
    ['GET', '/api/conomy/IDENTITIES', 404, null],
  ])('%s %s → %i without any upstream call', async (method, path, status, allow) => {
    const upstream = fakeConomy();
    const authorize = vi.fn((_request: Request, _context: AuthorizeContext) => true);
    const init: RequestInit = { method };
    if (method !== 'GET') init.body = '{}';

    const response = await proxyWith(upstream.fetch, { authorize })(new Request(`${ORIGIN}${path}`, init));

    expect(response.status).toBe(status);
    expect(response.headers.get('allow')).toBe(allow);
    expect(await response.json()).toMatchObject({
      status,
      code: expect.any(String),
      traceId: expect.any(String),
    });
    expect(upstream.calls).toEqual([]);
    expect(authorize).not.toHaveBeenCalled();
  });
});

describe('given an identity id that tries to leave its path segment', () => {
  it.each([
    '/api/conomy/identities/..%2Fauth/children',
    '/api/conomy/identities/..%2fauth/children',
    '/api/conomy/identities/%2e%2e/children',
    '/api/conomy/identities/%2E%2E/children',
    '/api/conomy/identities/.%2e/children',
    '/api/conomy/identities/../children',
    '/api/conomy/identities/%2e/children',
    '/api/conomy/identities/..%5Cauth/children',
    '/api/conomy/identities/a%2Fb/children',
    '/api/conomy/identities/%2F/children',
    '/api/conomy/identities//children',
    '/api/conomy/identities/%20/children',
    '/api/conomy/identities/a%00b/children',
    '/api/conomy/identities/a%0Ab/children',
    '/api/conomy/identities/%E0%A4%A/children',
    '/api/conomy/identities/x..y/children',
    '/api/conomy/identities/p/children/..%2F..%2Fauth',
    '/api/conomy/%2e%2e/auth',
  ])('%s is refused with 400, 404 or 405 and no upstream call', async (path) => {
    const upstream = fakeConomy();
    const response = await proxyWith(upstream.fetch)(post(path));
    // 405: the URL parser turns `identities/%2e/children` into `identities/children`, the
    // read-one route (GET only) for an identity named "children".
    expect([400, 404, 405]).toContain(response.status);
    expect(upstream.calls).toEqual([]);
  });

  it.each([
    ['%C3%B1and%C3%BA%201', 'ñandú 1', '/identities/%C3%B1and%C3%BA%201/children'],
    ['a%3Fb%23c', 'a?b#c', '/identities/a%3Fb%23c/children'],
    ['%252e%252e', '%2e%2e', '/identities/%252e%252e/children'],
    ['%252F', '%2F', '/identities/%252F/children'],
    ['679d29934a21df7584b38e12', '679d29934a21df7584b38e12', '/identities/679d29934a21df7584b38e12/children'],
  ])('%s reaches authorize as %j and the upstream exactly as %s', async (segment, decoded, upstreamPath) => {
    const upstream = fakeConomy();
    const authorize = vi.fn((_request: Request, _context: AuthorizeContext) => true);
    const response = await proxyWith(upstream.fetch, { authorize })(
      post(`/api/conomy/identities/${segment}/children`),
    );
    expect(response.status).toBe(200);
    expect(authorize.mock.calls[0]?.[1]).toEqual({ operation: 'addChildren', identityId: decoded });
    expect(upstream.apiCalls()[0]?.url).toBe(`${BASE_URL}${upstreamPath}`);
    expect(new URL(upstream.apiCalls()[0]?.url ?? '').pathname).toBe(`/sandbox${upstreamPath}`);
  });
});

describe('given authorize', () => {
  describe.each([
    ['returns false', () => false],
    ['resolves false', async () => false],
    ['returns a truthy non-boolean', () => 'yes' as unknown as boolean],
  ])('when it %s', (_, authorize) => {
    it('answers 403 in Conomy’s error shape without calling the upstream', async () => {
      const upstream = fakeConomy();
      const response = await proxyWith(upstream.fetch, { authorize })(
        post('/api/conomy/identities/p/children'),
      );
      expect(response.status).toBe(403);
      expect(response.headers.get('content-type')).toBe('application/json');
      expect(await response.json()).toEqual({
        status: 403,
        code: '43',
        type: 'forbiddenOperation',
        detail: expect.any(String),
        traceId: expect.stringMatching(/^proxy-/),
      });
      expect(upstream.calls).toEqual([]);
    });
  });

  describe.each([
    [
      'throws',
      () => {
        throw new Error('session store down at db.internal:5432');
      },
    ],
    [
      'rejects',
      async () => {
        throw new Error('session store down at db.internal:5432');
      },
    ],
  ])('when it %s', (_, authorize) => {
    it('answers 500 with a generic body that leaks nothing', async () => {
      const upstream = fakeConomy();
      const response = await proxyWith(upstream.fetch, { authorize })(
        post('/api/conomy/identities/p/children'),
      );
      const text = await response.text();
      expect(response.status).toBe(500);
      expect(text).not.toContain('db.internal');
      expect(JSON.parse(text)).toMatchObject({ status: 500, detail: 'Internal error.' });
      expect(upstream.calls).toEqual([]);
    });
  });

  describe('when the kit calls through a refusing proxy', () => {
    it('reads the 403 as an unauthorized KinshipError with Conomy’s code', async () => {
      const upstream = fakeConomy();
      const proxy = proxyWith(upstream.fetch, { authorize: () => false });
      const error = await addChildren(
        {
          baseUrl: '/api/conomy',
          fetcher: (input, init) => proxy(new Request(new URL(input, ORIGIN), init)),
          retry: 0,
        },
        { identityId: 'p', children: ['c'] },
      ).catch((caught: unknown) => caught);
      expect(error).toMatchObject({
        kind: 'unauthorized',
        status: 403,
        code: '43',
        type: 'forbiddenOperation',
      });
    });
  });
});

describe('given headers', () => {
  describe('when the browser sends credentials, cookies and hop-by-hop headers', () => {
    it('forwards none of them', async () => {
      const upstream = fakeConomy();
      await proxyWith(upstream.fetch)(
        post('/api/conomy/identities/p/children', undefined, {
          authorization: 'Bearer browser-token',
          cookie: 'session=browser-session',
          'x-api-key': 'browser-api-key',
          connection: 'keep-alive, x-custom',
          'keep-alive': 'timeout=5',
          te: 'trailers',
          trailer: 'x-checksum',
          upgrade: 'websocket',
          'proxy-authorization': 'Basic browser',
          'proxy-connection': 'keep-alive',
          'x-forwarded-for': '10.0.0.1',
          origin: 'https://evil.test',
          'user-agent': 'BrowserAgent/1.0',
          'accept-language': 'es-CL',
          'content-length': '24',
        }),
      );
      const headers = upstream.apiCalls()[0]?.headers ?? new Headers();
      expect(headers.get('authorization')).toBe('Bearer token-1');
      expect(headers.get('x-api-key')).toBe('server-api-key-123');
      expect(headers.get('user-agent')).toBe('FamilyApp/2.0');
      expect(headers.get('accept-language')).toBe('es-CL');
      for (const name of [
        'cookie',
        'connection',
        'keep-alive',
        'te',
        'trailer',
        'upgrade',
        'proxy-authorization',
        'proxy-connection',
        'x-forwarded-for',
        'origin',
        'host',
        'content-length',
      ]) {
        expect(headers.has(name), name).toBe(false);
      }
      expect(JSON.stringify([...headers])).not.toMatch(/browser/);
    });
  });

  describe('when the upstream answers with cookies and other headers', () => {
    it('passes on content type and Retry-After but never Set-Cookie', async () => {
      const upstream = fakeConomy(
        () =>
          new Response('{"id":"p"}', {
            status: 200,
            headers: {
              'content-type': 'application/json; charset=utf-8',
              'set-cookie': 'AWSALB=upstream; Path=/',
              'retry-after': '3',
              'x-trace-id': 'trace-9',
              'access-control-allow-origin': '*',
              'x-powered-by': 'Express',
              'cache-control': 'public, max-age=600',
            },
          }),
      );
      const response = await proxyWith(upstream.fetch)(post('/api/conomy/identities/p/children'));
      expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
      expect(response.headers.get('retry-after')).toBe('3');
      expect(response.headers.get('x-trace-id')).toBe('trace-9');
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(response.headers.get('set-cookie')).toBeNull();
      expect(response.headers.getSetCookie()).toEqual([]);
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
      expect(response.headers.get('x-powered-by')).toBeNull();
    });
  });
});

describe('given a large request body', () => {
  describe('when content-length announces more than maxBodyBytes', () => {
    it('answers 413 without calling the upstream', async () => {
      const upstream = fakeConomy();
      const request = new Request(`${ORIGIN}/api/conomy/identities/p/children`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': '70000' },
        body: 'x'.repeat(70_000),
      });
      const response = await proxyWith(upstream.fetch)(request);
      expect(response.status).toBe(413);
      expect(upstream.calls).toEqual([]);
    });
  });

  describe('when a chunked body without content-length grows past maxBodyBytes', () => {
    it('stops reading and answers 413 without calling the upstream', async () => {
      const upstream = fakeConomy();
      let chunksPulled = 0;
      const chunk = new Uint8Array(16 * 1024).fill(120);
      const body = new ReadableStream<Uint8Array>({
        pull(controller) {
          chunksPulled += 1;
          if (chunksPulled > 100) controller.close();
          else controller.enqueue(chunk);
        },
      });
      const request = new Request(`${ORIGIN}/api/conomy/identities/p/children`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
        duplex: 'half',
      } as RequestInit);
      expect(request.headers.get('content-length')).toBeNull();

      const response = await proxyWith(upstream.fetch)(request);

      expect(response.status).toBe(413);
      expect(upstream.calls).toEqual([]);
      expect(chunksPulled).toBeLessThan(10);
    });
  });

  describe.each([
    [10, 10, 200],
    [10, 11, 413],
  ])('when maxBodyBytes is %i and the body has %i bytes', (maxBodyBytes, size, status) => {
    it(`answers ${status}`, async () => {
      const upstream = fakeConomy();
      const request = new Request(`${ORIGIN}/api/conomy/identities/p/children`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: 'x'.repeat(size),
      });
      const response = await proxyWith(upstream.fetch, { maxBodyBytes })(request);
      expect(response.status).toBe(status);
      expect(upstream.apiCalls()).toHaveLength(status === 200 ? 1 : 0);
    });
  });
});

describe('given a host that already read the request body before calling the proxy', () => {
  it('answers 500 without calling the upstream', async () => {
    const upstream = fakeConomy();
    const request = post('/api/conomy/identities/p/children');
    await request.text();
    const response = await proxyWith(upstream.fetch)(request);
    expect(response.status).toBe(500);
    expect(upstream.calls).toEqual([]);
  });
});

describe('given a slow or broken upstream', () => {
  describe('when the API does not answer within timeoutMs, ignoring the abort signal', () => {
    it('answers 504 in Conomy’s shape and aborts the upstream call', async () => {
      // Fake timers: the answer comes at timeoutMs on the clock, however busy the machine is.
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      const upstream = fakeConomy(() => new Promise<Response>(() => {}));
      let answered = false;
      const pending = proxyWith(upstream.fetch, { timeoutMs: 50 })(
        post('/api/conomy/identities/p/children'),
      ).finally(() => {
        answered = true;
      });
      await vi.advanceTimersByTimeAsync(49);
      expect(answered).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      const response = await pending;
      expect(response.status).toBe(504);
      expect(await response.json()).toMatchObject({ status: 504, type: 'gatewayTimeout' });
      expect(upstream.apiCalls()[0]?.signal?.aborted).toBe(true);
    });
  });

  describe('when the token endpoint does not answer within timeoutMs', () => {
    it('answers 504', async () => {
      const fetch: ProxyFetch = () => new Promise<Response>(() => {});
      const response = await proxyWith(fetch, { timeoutMs: 30 })(post('/api/conomy/identities/p/children'));
      expect(response.status).toBe(504);
    });
  });

  describe('when the API cannot be reached', () => {
    it('answers 502 in Conomy’s shape', async () => {
      const upstream = fakeConomy(() => {
        throw new TypeError('fetch failed: ECONNREFUSED 10.1.2.3:443');
      });
      const response = await proxyWith(upstream.fetch)(post('/api/conomy/identities/p/children'));
      const text = await response.text();
      expect(response.status).toBe(502);
      expect(JSON.parse(text)).toMatchObject({ status: 502, code: '01', type: 'badGateway' });
      expect(text).not.toContain('10.1.2.3');
    });
  });

  describe.each([
    [
      'answers 500 with a body',
      () => Response.json({ error: 'bad secret server-client-secret-456' }, { status: 500 }),
    ],
    ['answers 200 without a token', () => Response.json({ tokenType: 'Bearer' })],
    ['answers 200 with HTML', () => new Response('<html>token=leaked</html>', { status: 200 })],
    ['answers 401', () => Response.json({ message: 'invalid client' }, { status: 401 })],
  ])('when the token endpoint %s', (_, answer) => {
    it('answers 502 and never passes on what the token endpoint said', async () => {
      const upstream = fakeConomy();
      const fetch: ProxyFetch = async (url, init) =>
        url.endsWith('/auth') ? answer() : upstream.fetch(url, init);
      const response = await proxyWith(fetch)(post('/api/conomy/identities/p/children'));
      const text = await response.text();
      expect(response.status).toBe(502);
      expect(text).not.toMatch(/secret|leaked|invalid client/);
      expect(upstream.apiCalls()).toEqual([]);
    });
  });

  describe.each([
    [
      404,
      'application/json',
      '{"status":404,"code":"31","type":"notFound","detail":"child-9","traceId":"t-1"}',
    ],
    [
      422,
      'application/json',
      '{"status":422,"code":"21","type":"failedPrecondition","detail":"self","traceId":"t-2"}',
    ],
    [429, 'application/json', '{"status":429,"code":"32","type":"tooManyRequests"}'],
    [502, 'text/html', '<html><body>Bad Gateway</body></html>'],
    [403, 'application/json', '{"message":"Forbidden"}'],
  ])('when the API answers %i', (status, contentType, body) => {
    it('passes status, content type and body through unchanged', async () => {
      const upstream = fakeConomy(
        () => new Response(body, { status, headers: { 'content-type': contentType } }),
      );
      const response = await proxyWith(upstream.fetch)(post('/api/conomy/identities/p/children'));
      expect(response.status).toBe(status);
      expect(response.headers.get('content-type')).toBe(contentType);
      expect(await response.text()).toBe(body);
    });
  });

  describe('when the API answers with a redirect', () => {
    it('neither follows nor passes it on: 502', async () => {
      const upstream = fakeConomy(
        () => new Response(null, { status: 302, headers: { location: 'https://elsewhere.test/' } }),
      );
      const response = await proxyWith(upstream.fetch)(post('/api/conomy/identities/p/children'));
      expect(response.status).toBe(502);
      expect(response.headers.get('location')).toBeNull();
    });
  });

  describe('when the browser goes away while the upstream works', () => {
    it('aborts the upstream call', async () => {
      const upstream = fakeConomy(() => new Promise<Response>(() => {}));
      const controller = new AbortController();
      const request = new Request(`${ORIGIN}/api/conomy/identities`, { signal: controller.signal });
      const pending = proxyWith(upstream.fetch)(request);
      await vi.waitFor(() => expect(upstream.apiCalls()).toHaveLength(1));
      controller.abort();
      const response = await pending;
      expect(response.status).toBe(499);
      expect(upstream.apiCalls()[0]?.signal?.aborted).toBe(true);
    });
  });
});

describe('given onEvent', () => {
  it.each([
    [
      'an allowed request',
      post('/api/conomy/identities/p/children'),
      { operation: 'addChildren', status: 200 },
    ],
    [
      'a refused method',
      new Request(`${ORIGIN}/api/conomy/identities/p/children`),
      { operation: null, status: 405 },
    ],
    ['an unknown path', new Request(`${ORIGIN}/api/conomy/auth`), { operation: null, status: 404 }],
  ])('reports only operation, status and duration for %s', async (_, request, expected) => {
    const upstream = fakeConomy();
    const onEvent = vi.fn();
    await proxyWith(upstream.fetch, { onEvent })(request);
    expect(onEvent).toHaveBeenCalledTimes(1);
    const event = onEvent.mock.calls[0]?.[0];
    expect(Object.keys(event).sort()).toEqual(['durationMs', 'operation', 'status']);
    expect(event).toMatchObject(expected);
    expect(event.durationMs).toBeGreaterThanOrEqual(0);
  });

  describe.each([
    [
      'throws',
      () => {
        throw new Error('telemetry down');
      },
    ],
    ['rejects', () => Promise.reject(new Error('telemetry down'))],
  ])('when it %s', (_, onEvent) => {
    it('still answers normally', async () => {
      const upstream = fakeConomy();
      const response = await proxyWith(upstream.fetch, { onEvent: onEvent as () => void })(
        post('/api/conomy/identities/p/children'),
      );
      expect(response.status).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
  });
});
