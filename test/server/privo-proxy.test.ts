import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addChildAccount } from '../../src/headless.js';
import {
  type AuthorizeContext,
  createMemoryConsentStore,
  createPrivoProxy,
  type PrivoProxyOptions,
  type ProxyFetch,
} from '../../src/server/index.js';

const BASE_URL = 'https://privo.test/svc';
const ORIGIN = 'https://host.test';

interface UpstreamCall {
  url: string;
  method: string;
  headers: Headers;
  body: string | undefined;
}

/** A fake PRIVO: the token endpoint hands out token-1, token-2, …; API calls answer with `api`. */
function fakePrivo(
  api: (call: UpstreamCall) => Response | Promise<Response> = () =>
    Response.json({ status: 'success', message: null, validationErrors: [0], entity: { serviceId: 's-1' } }),
  tokenUrl = `${BASE_URL}/oauth/token`,
) {
  const calls: UpstreamCall[] = [];
  let issued = 0;
  const fetch: ProxyFetch = async (url, init) => {
    const body =
      init.body === undefined || init.body === null
        ? undefined
        : typeof init.body === 'string'
          ? init.body
          : new TextDecoder().decode(init.body as Uint8Array);
    const call = { url, method: init.method ?? 'GET', headers: new Headers(init.headers), body };
    calls.push(call);
    if (url === tokenUrl) {
      issued += 1;
      return Response.json({ access_token: `token-${issued}`, token_type: 'bearer', expires_in: 600 });
    }
    return api(call);
  };
  return {
    fetch,
    calls,
    tokenCalls: () => calls.filter((call) => call.url === tokenUrl),
    apiCalls: () => calls.filter((call) => call.url !== tokenUrl),
  };
}

function proxyWith(fetch: ProxyFetch, overrides: Partial<PrivoProxyOptions> = {}) {
  return createPrivoProxy({
    baseUrl: BASE_URL,
    basePath: '/api/privo',
    clientId: 'privo-client',
    clientSecret: 'privo-secret-789',
    authorize: () => true,
    fetch,
    ...overrides,
  });
}

const ACCOUNT = {
  firstName: 'Sofía',
  userName: 'sofia_10',
  birthDate_YYYYMMDD: '20150605',
  parentEmail: 'parent@example.com',
};

function postAccount(body: unknown = ACCOUNT) {
  return new Request(`${ORIGIN}/api/privo/api/account`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: 'session=abc', authorization: 'Bearer browser' },
    body: JSON.stringify(body),
  });
}

const consoleMethods = ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const;
let consoleSpies: Array<ReturnType<typeof vi.spyOn>> = [];

beforeEach(() => {
  consoleSpies = consoleMethods.map((method) => vi.spyOn(console, method).mockImplementation(() => {}));
});

afterEach(() => {
  // The proxy never logs: account bodies carry children's personal data.
  for (const spy of consoleSpies) expect(spy).not.toHaveBeenCalled();
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('given a PRIVO proxy created without authorize', () => {
  it('throws a TypeError that says authorize is required', () => {
    const { fetch } = fakePrivo();
    const create = () =>
      createPrivoProxy({ baseUrl: BASE_URL, clientId: 'a', clientSecret: 'b', fetch } as PrivoProxyOptions);
    expect(create).toThrow(TypeError);
    expect(create).toThrow('createPrivoProxy: `authorize` is required');
  });

  it.each([
    ['clientId', { clientId: '' }],
    ['clientSecret', { clientSecret: undefined }],
    ['tokenPath', { tokenPath: 'oauth/token' }],
    ['maxBodyBytes', { maxBodyBytes: -1 }],
  ])('throws a TypeError naming %s when it is invalid', (name, override) => {
    const { fetch } = fakePrivo();
    expect(() => proxyWith(fetch, override as Partial<PrivoProxyOptions>)).toThrow(name);
  });
});

describe('given an allowed request', () => {
  describe('when the browser creates a child account', () => {
    it('forwards the body with a bearer token from the client-credentials grant', async () => {
      const upstream = fakePrivo();
      const authorize = vi.fn((_request: Request, _context: AuthorizeContext) => true);
      const response = await proxyWith(upstream.fetch, { authorize, scope: 'openid account' })(postAccount());

      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ status: 'success', entity: { serviceId: 's-1' } });
      expect(authorize.mock.calls[0]?.[1]).toEqual({ operation: 'addChildAccount' });

      const [tokenCall] = upstream.tokenCalls();
      expect(tokenCall?.method).toBe('POST');
      expect(tokenCall?.headers.get('content-type')).toBe('application/x-www-form-urlencoded');
      expect(Object.fromEntries(new URLSearchParams(tokenCall?.body))).toEqual({
        grant_type: 'client_credentials',
        client_id: 'privo-client',
        client_secret: 'privo-secret-789',
        scope: 'openid account',
      });

      const [call] = upstream.apiCalls();
      expect(call?.url).toBe(`${BASE_URL}/api/account`);
      expect(call?.method).toBe('POST');
      expect(JSON.parse(call?.body ?? '')).toEqual(ACCOUNT);
      expect(call?.headers.get('authorization')).toBe('Bearer token-1');
      expect(call?.headers.get('content-type')).toBe('application/json');
      expect(call?.headers.has('cookie')).toBe(false);
    });
  });

  describe('when no scope is configured', () => {
    it('leaves scope out of the token request', async () => {
      const upstream = fakePrivo();
      await proxyWith(upstream.fetch)(postAccount());
      expect(new URLSearchParams(upstream.tokenCalls()[0]?.body).has('scope')).toBe(false);
    });
  });

  describe.each([
    ['/auth/token', 'https://privo.test/svc/auth/token'],
    ['https://auth.privo.test/oauth2/token', 'https://auth.privo.test/oauth2/token'],
  ])('when tokenPath is %s', (tokenPath, tokenUrl) => {
    it(`asks ${tokenUrl} for the token`, async () => {
      const upstream = fakePrivo(undefined, tokenUrl);
      const response = await proxyWith(upstream.fetch, { tokenPath })(postAccount());
      expect(response.status).toBe(200);
      expect(upstream.tokenCalls()).toHaveLength(1);
    });
  });

  describe('when the browser asks to resend the consent email', () => {
    it('forwards the query string to /api/consent/resend', async () => {
      const upstream = fakePrivo(() => Response.json({ status: 'success', entity: null }));
      const authorize = vi.fn((_request: Request, _context: AuthorizeContext) => true);
      const response = await proxyWith(upstream.fetch, { authorize })(
        new Request(`${ORIGIN}/api/privo/api/consent/resend?requesterServiceId=s-1&email=p%40example.com`),
      );
      expect(response.status).toBe(200);
      expect(authorize.mock.calls[0]?.[1]).toEqual({ operation: 'resendConsent' });
      expect(upstream.apiCalls()[0]).toMatchObject({
        url: `${BASE_URL}/api/consent/resend?requesterServiceId=s-1&email=p%40example.com`,
        method: 'GET',
        body: undefined,
      });
    });
  });

  describe('when PRIVO answers 208 because the adult already has children', () => {
    it('passes the 208 and its envelope through', async () => {
      const envelope = {
        status: 'failure',
        message: 'already has children',
        entity: null,
        validationErrors: [],
      };
      const upstream = fakePrivo(() => Response.json(envelope, { status: 208 }));
      const response = await proxyWith(upstream.fetch)(postAccount());
      expect(response.status).toBe(208);
      expect(await response.json()).toEqual(envelope);
    });
  });
});

describe('given the OAuth token', () => {
  it('is fetched once for many requests', async () => {
    const upstream = fakePrivo();
    const proxy = proxyWith(upstream.fetch);
    await Promise.all(Array.from({ length: 8 }, () => proxy(postAccount())));
    await proxy(postAccount());
    expect(upstream.tokenCalls()).toHaveLength(1);
    expect(upstream.apiCalls()).toHaveLength(9);
  });

  it('is refreshed once a 600 s token is within 60 s of expiry', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const start = Date.parse('2025-03-01T12:00:00Z');
    vi.setSystemTime(start);
    const upstream = fakePrivo();
    const proxy = proxyWith(upstream.fetch);
    await proxy(postAccount());
    vi.setSystemTime(start + 539_000);
    await proxy(postAccount());
    expect(upstream.tokenCalls()).toHaveLength(1);
    vi.setSystemTime(start + 541_000);
    await proxy(postAccount());
    expect(upstream.tokenCalls()).toHaveLength(2);
    expect(upstream.apiCalls()[2]?.headers.get('authorization')).toBe('Bearer token-2');
  });

  it('is replaced and the account request retried once when PRIVO answers 401', async () => {
    const upstream = fakePrivo((call) =>
      call.headers.get('authorization') === 'Bearer token-1'
        ? Response.json({ error: 'invalid_token' }, { status: 401 })
        : Response.json({ status: 'success', entity: { serviceId: 's-2' } }, { status: 201 }),
    );
    const response = await proxyWith(upstream.fetch)(postAccount());
    expect(response.status).toBe(201);
    expect(upstream.apiCalls()).toHaveLength(2);
    expect(upstream.apiCalls()[1]?.body).toBe(upstream.apiCalls()[0]?.body);
  });

  describe('when the token endpoint refuses the client', () => {
    it('answers 502 in PRIVO’s failure envelope without its answer', async () => {
      const fetch: ProxyFetch = async () =>
        Response.json({ error: 'invalid_client', client_secret: 'privo-secret-789' }, { status: 401 });
      const response = await proxyWith(fetch)(postAccount());
      const text = await response.text();
      expect(response.status).toBe(502);
      expect(JSON.parse(text)).toMatchObject({ status: 'failure', entity: null, validationErrors: [] });
      expect(text).not.toMatch(/invalid_client|privo-secret/);
    });
  });
});

describe('given a request outside the allow-list', () => {
  it.each([
    ['GET', '/api/privo/api/account', 405, 'POST'],
    ['POST', '/api/privo/api/consent/resend', 405, 'GET'],
    ['POST', '/api/privo/api/account/parent', 404, null],
    ['POST', '/api/privo/oauth/token', 404, null],
    ['GET', '/api/privo/api/account/..%2F..%2Foauth%2Ftoken', 404, null],
    ['POST', '/api/privo/api/../oauth/token', 404, null],
    ['GET', '/api/privo/api/consent', 404, null],
  ])(
    '%s %s → %i in PRIVO’s failure envelope, without any upstream call',
    async (method, path, status, allow) => {
      const upstream = fakePrivo();
      const init: RequestInit = { method };
      if (method === 'POST') init.body = '{}';
      const response = await proxyWith(upstream.fetch)(new Request(`${ORIGIN}${path}`, init));
      expect(response.status).toBe(status);
      expect(response.headers.get('allow')).toBe(allow);
      expect(await response.json()).toMatchObject({ status: 'failure', entity: null });
      expect(upstream.calls).toEqual([]);
    },
  );
});

describe('given authorize refuses', () => {
  it('answers 403 and the kit reads it as unauthorized, with no upstream call', async () => {
    const upstream = fakePrivo();
    const proxy = proxyWith(upstream.fetch, { authorize: async () => false });
    const error = await addChildAccount(
      { baseUrl: '/api/privo', fetcher: (input, init) => proxy(new Request(new URL(input, ORIGIN), init)) },
      ACCOUNT,
    ).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ kind: 'unauthorized', status: 403 });
    expect(upstream.calls).toEqual([]);
  });
});

describe('given authorize reads the body to check parentEmail', () => {
  const onlyOwnEmail = async (request: Request) => {
    const body = (await request.json()) as { parentEmail?: string };
    return body.parentEmail === 'parent@example.com';
  };

  it.each([
    ['the signed-in parent’s email', 'parent@example.com', 200, 1],
    ['someone else’s email', 'other@example.com', 403, 0],
  ])('with %s it answers %i', async (_, parentEmail, status, upstreamCalls) => {
    const upstream = fakePrivo();
    const response = await proxyWith(upstream.fetch, { authorize: onlyOwnEmail })(
      postAccount({ ...ACCOUNT, parentEmail }),
    );
    expect(response.status).toBe(status);
    expect(upstream.apiCalls()).toHaveLength(upstreamCalls);
    if (upstreamCalls > 0)
      expect(JSON.parse(upstream.apiCalls()[0]?.body ?? '')).toEqual({ ...ACCOUNT, parentEmail });
  });

  it('still sees a streamed body, already size-checked', async () => {
    const upstream = fakePrivo();
    const text = JSON.stringify(ACCOUNT);
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        const bytes = new TextEncoder().encode(text);
        controller.enqueue(bytes.slice(0, 10));
        controller.enqueue(bytes.slice(10));
        controller.close();
      },
    });
    const request = new Request(`${ORIGIN}/api/privo/api/account`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      duplex: 'half',
    } as RequestInit);
    const response = await proxyWith(upstream.fetch, { authorize: onlyOwnEmail })(request);
    expect(response.status).toBe(200);
    expect(upstream.apiCalls()[0]?.body).toBe(text);
  });
});

describe('given a body over maxBodyBytes', () => {
  it('answers 413 without calling PRIVO', async () => {
    const upstream = fakePrivo();
    const response = await proxyWith(upstream.fetch, { maxBodyBytes: 64 })(
      postAccount({ ...ACCOUNT, firstName: 'x'.repeat(100) }),
    );
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ status: 'failure' });
    expect(upstream.calls).toEqual([]);
  });
});

describe('given PRIVO does not answer in time', () => {
  it('answers 504 in PRIVO’s failure envelope', async () => {
    const upstream = fakePrivo(() => new Promise<Response>(() => {}));
    const proxy = proxyWith(upstream.fetch, { timeoutMs: 40 });
    const response = await proxy(postAccount());
    expect(response.status).toBe(504);
    expect(await response.json()).toMatchObject({ status: 'failure', entity: null });
  });
});

describe('given PRIVO answers a validation failure', () => {
  it('passes the envelope through so the kit maps it to fields', async () => {
    const upstream = fakePrivo(() =>
      Response.json(
        {
          status: 'failure',
          message: 'Invalid request',
          entity: null,
          validationErrors: [{ field: 'userName', message: 'userName already in use' }],
        },
        { status: 400 },
      ),
    );
    const proxy = proxyWith(upstream.fetch);
    const error = await addChildAccount(
      { baseUrl: '/api/privo', fetcher: (input, init) => proxy(new Request(new URL(input, ORIGIN), init)) },
      ACCOUNT,
    ).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ kind: 'validation', status: 400, fieldErrors: { userName: ['taken'] } });
  });
});

describe('given onEvent', () => {
  it('gets operation, status and duration and nothing from the body', async () => {
    const upstream = fakePrivo();
    const events: unknown[] = [];
    await proxyWith(upstream.fetch, { onEvent: (event) => events.push(event) })(postAccount());
    expect(events).toEqual([{ operation: 'addChildAccount', status: 200, durationMs: expect.any(Number) }]);
    expect(JSON.stringify(events)).not.toMatch(/Sof|parent@|sofia/);
  });
});

describe('given a consentStore', () => {
  const CHILD = '5a334e59484d4e6f4d544a6b5a6d5a6c59546b3d';
  const RECORD = { serviceId: CHILD, status: 'approved', updatedAt: '2026-12-02T15:00:00.000Z' };
  const statusRequest = (serviceId: string, method = 'GET') =>
    new Request(`${ORIGIN}/api/privo/consent-status/${serviceId}`, { method });

  describe('when the browser asks for a child the store knows', () => {
    it('answers 200 with the record from the store, after authorize saw the service id, without calling PRIVO', async () => {
      const upstream = fakePrivo();
      const consentStore = createMemoryConsentStore();
      await consentStore.set(RECORD);
      const authorize = vi.fn((_request: Request, _context: AuthorizeContext) => true);
      const response = await proxyWith(upstream.fetch, { consentStore, authorize })(statusRequest(CHILD));
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(await response.json()).toEqual(RECORD);
      expect(authorize.mock.calls[0]?.[1]).toEqual({ operation: 'getConsentStatus', serviceId: CHILD });
      expect(upstream.calls).toEqual([]);
    });

    it('answers only the three fields, whatever else a host store keeps', async () => {
      const upstream = fakePrivo();
      const consentStore = {
        get: async () => ({ ...RECORD, parentEmail: 'parent@example.com', internalNote: 'x' }),
        set: async () => {},
      };
      const response = await proxyWith(upstream.fetch, { consentStore })(statusRequest(CHILD));
      expect(await response.json()).toEqual(RECORD);
    });
  });

  describe('when the store knows nothing about the child', () => {
    it('answers 404 in PRIVO’s failure envelope, which the kit reads as not-found', async () => {
      const upstream = fakePrivo();
      const response = await proxyWith(upstream.fetch, { consentStore: createMemoryConsentStore() })(
        statusRequest('unknown-child'),
      );
      expect(response.status).toBe(404);
      expect(await response.json()).toMatchObject({
        status: 'failure',
        entity: null,
        message: expect.any(String),
      });
    });
  });

  describe('when authorize refuses', () => {
    it('answers 403 without reading the store', async () => {
      const upstream = fakePrivo();
      const consentStore = createMemoryConsentStore();
      const get = vi.spyOn(consentStore, 'get');
      const response = await proxyWith(upstream.fetch, {
        consentStore,
        authorize: (_request, { serviceId }) => serviceId === 'my-child',
      })(statusRequest(CHILD));
      expect(response.status).toBe(403);
      expect(get).not.toHaveBeenCalled();
    });
  });

  describe('when the request is not a plain read of one child', () => {
    it.each([
      ['another method', 405, statusRequest(CHILD, 'DELETE')],
      ['an id with an encoded slash', 400, statusRequest('a%2Fb')],
      ['an id with ..', 400, statusRequest('..%2E')],
      ['an id with a control character', 400, statusRequest('a%00b')],
      ['an empty id', 400, statusRequest('')],
      ['an extra segment', 404, statusRequest(`${CHILD}/extra`)],
    ])('answers %s with %i without reading the store', async (_label, status, request) => {
      const upstream = fakePrivo();
      const consentStore = createMemoryConsentStore();
      const get = vi.spyOn(consentStore, 'get');
      const response = await proxyWith(upstream.fetch, { consentStore })(request);
      expect(response.status).toBe(status);
      expect(get).not.toHaveBeenCalled();
      expect(upstream.calls).toEqual([]);
    });
  });

  describe('when the store fails', () => {
    it('answers 500 with a generic body', async () => {
      const upstream = fakePrivo();
      const consentStore = {
        get: async () => {
          throw new Error(`db down while reading ${CHILD}`);
        },
        set: async () => {},
      };
      const response = await proxyWith(upstream.fetch, { consentStore })(statusRequest(CHILD));
      expect(response.status).toBe(500);
      expect(await response.text()).not.toContain(CHILD);
    });
  });

  it('tells onEvent the operation getConsentStatus', async () => {
    const upstream = fakePrivo();
    const events: unknown[] = [];
    await proxyWith(upstream.fetch, {
      consentStore: createMemoryConsentStore(),
      onEvent: (event) => events.push(event),
    })(statusRequest(CHILD));
    expect(events).toEqual([{ operation: 'getConsentStatus', status: 404, durationMs: expect.any(Number) }]);
  });
});

describe('given no consentStore', () => {
  it('does not serve consent-status: 404, authorize not called', async () => {
    const upstream = fakePrivo();
    const authorize = vi.fn(() => true);
    const response = await proxyWith(upstream.fetch, { authorize })(
      new Request(`${ORIGIN}/api/privo/consent-status/child-1`),
    );
    expect(response.status).toBe(404);
    expect(authorize).not.toHaveBeenCalled();
    expect(upstream.calls).toEqual([]);
  });

  it('refuses a consentStore that is not a store', () => {
    const upstream = fakePrivo();
    expect(() => proxyWith(upstream.fetch, { consentStore: {} as never })).toThrow('consentStore');
  });
});
