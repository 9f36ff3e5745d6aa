// Issue #10: what the proxies do with input an attacker chose (the token endpoint's answer, the
// request's Content-Type, route segments and methods named like Object.prototype members).
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { isPathIdentifier } from '../../src/core/pathParameter.js';
import {
  type AuthorizeContext,
  type ConsentStore,
  createConomyProxy,
  createPrivoProxy,
  type ProxyFetch,
} from '../../src/server/index.js';

const CONOMY_URL = 'https://conomy.test/sandbox';
const PRIVO_URL = 'https://privo.test/svc';
const ORIGIN = 'https://host.test';

interface Call {
  url: string;
  method: string;
  headers: Headers;
  body: string | undefined;
}

/**
 * A fake upstream whose token endpoint answers `tokenBodies` in turn (the last one again once they
 * run out) and whose API answers 200.
 */
function fakeUpstream(tokenUrl: string, tokenBodies: readonly unknown[]) {
  const calls: Call[] = [];
  let tokenRequests = 0;
  const fetch: ProxyFetch = async (url, init) => {
    const body =
      init.body === undefined || init.body === null
        ? undefined
        : typeof init.body === 'string'
          ? init.body
          : new TextDecoder().decode(init.body as Uint8Array);
    calls.push({ url, method: init.method ?? 'GET', headers: new Headers(init.headers), body });
    if (url === tokenUrl) {
      const answer = tokenBodies[Math.min(tokenRequests, tokenBodies.length - 1)];
      tokenRequests += 1;
      return Response.json(answer);
    }
    return Response.json({ ok: true });
  };
  return {
    fetch,
    calls,
    tokenCalls: () => calls.filter((call) => call.url === tokenUrl),
    apiCalls: () => calls.filter((call) => call.url !== tokenUrl),
  };
}

function conomyProxy(fetch: ProxyFetch, authorize = vi.fn((_r: Request, _c: AuthorizeContext) => true)) {
  return createConomyProxy({
    baseUrl: CONOMY_URL,
    basePath: '/api/conomy',
    apiKey: 'api-key',
    clientId: 'client-id',
    clientSecret: 'client-secret',
    userAgent: 'FamilyApp/2.0',
    authorize,
    fetch,
  });
}

function privoProxy(fetch: ProxyFetch, authorize = vi.fn((_r: Request, _c: AuthorizeContext) => true)) {
  return createPrivoProxy({
    baseUrl: PRIVO_URL,
    basePath: '/api/privo',
    clientId: 'privo-client',
    clientSecret: 'privo-secret',
    authorize,
    fetch,
  });
}

function linkChildren(headers: Record<string, string> = { 'content-type': 'application/json' }) {
  return new Request(`${ORIGIN}/api/conomy/identities/parent-1/children`, {
    method: 'POST',
    headers,
    body: '{"children":["child-1"]}',
  });
}

function createAccount(headers: Record<string, string> = { 'content-type': 'application/json' }) {
  return new Request(`${ORIGIN}/api/privo/api/account`, {
    method: 'POST',
    headers,
    body: '{"firstName":"Sofía","parentEmail":"p@example.com"}',
  });
}

const UNUSABLE_TOKENS: ReadonlyArray<[string, string]> = [
  ['a CR/LF (header injection)', 'token\r\nx-injected: yes'],
  ['a lone LF', 'token\nmore'],
  ['a character outside Latin-1', 'tökén-✓'],
  ['only spaces', '   '],
  ['an inner space', 'two words'],
  ['a NUL byte', 'tok\u0000en'],
  ['an empty string', ''],
];

describe('given a token endpoint that answers a token the proxy cannot put in a header', () => {
  describe.each(UNUSABLE_TOKENS)('when the Conomy token has %s', (_label, accessToken) => {
    it('answers 502, calls no API, and asks the token endpoint again on the next request', async () => {
      const upstream = fakeUpstream(`${CONOMY_URL}/auth`, [
        { accessToken, tokenType: 'Bearer', expiresIn: 3600 },
        { accessToken: 'good-token', tokenType: 'Bearer', expiresIn: 3600 },
      ]);
      const proxy = conomyProxy(upstream.fetch);

      const first = await proxy(linkChildren());
      expect(first.status).toBe(502);
      expect(await first.json()).toMatchObject({ status: 502, type: 'badGateway' });
      expect(upstream.apiCalls()).toEqual([]);

      const second = await proxy(linkChildren());
      expect(second.status).toBe(200);
      expect(upstream.tokenCalls()).toHaveLength(2);
      expect(upstream.apiCalls()[0]?.headers.get('authorization')).toBe('Bearer good-token');
    });
  });

  describe.each(UNUSABLE_TOKENS)('when the PRIVO token has %s', (_label, accessToken) => {
    it('answers 502 in PRIVO’s envelope and asks again on the next request', async () => {
      const upstream = fakeUpstream(`${PRIVO_URL}/oauth/token`, [
        { access_token: accessToken, token_type: 'bearer', expires_in: 600 },
        { access_token: 'good-token', token_type: 'bearer', expires_in: 600 },
      ]);
      const proxy = privoProxy(upstream.fetch);

      const first = await proxy(createAccount());
      expect(first.status).toBe(502);
      expect(await first.json()).toMatchObject({ status: 'failure', entity: null });
      expect(upstream.apiCalls()).toEqual([]);

      const second = await proxy(createAccount());
      expect(second.status).toBe(200);
      expect(upstream.tokenCalls()).toHaveLength(2);
    });
  });

  it('never answers 500 and never sends a token that is not visible ASCII, whatever the token is', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({
            unit: fc.integer({ min: 0x21, max: 0x7e }).map((code) => String.fromCharCode(code)),
            maxLength: 40,
          }),
          fc.string({ unit: 'binary', maxLength: 40 }),
        ),
        async (accessToken) => {
          const upstream = fakeUpstream(`${CONOMY_URL}/auth`, [{ accessToken, expiresIn: 3600 }]);
          const response = await conomyProxy(upstream.fetch)(linkChildren());
          const usable = /^[\x21-\x7e]+$/.test(accessToken);
          expect(response.status).toBe(usable ? 200 : 502);
          expect(upstream.apiCalls()).toHaveLength(usable ? 1 : 0);
        },
      ),
      { numRuns: 100 },
    );
  }, 30_000);
});

/** Content types a cross-site form or a careless client can send, none of them JSON. */
const REFUSED_CONTENT_TYPES: ReadonlyArray<string | null> = [
  'text/plain',
  'text/plain;charset=UTF-8',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=----x',
  null,
  'application/jsonp',
  'application/json-foo',
  'application/json+ld',
  'application/vnd.api+json',
  'text/json',
  'application/json, text/plain',
  'application/ json',
  '',
];

const ACCEPTED_CONTENT_TYPES = [
  'application/json',
  'Application/JSON',
  'APPLICATION/JSON',
  'application/json; charset=utf-8',
  'application/json;charset=UTF-8',
  'application/json ; charset=utf-8',
];

function contentTypeHeaders(contentType: string | null): Record<string, string> {
  return contentType === null ? {} : { 'content-type': contentType };
}

describe('given a POST or DELETE whose Content-Type is not application/json', () => {
  describe.each(REFUSED_CONTENT_TYPES)('when the Conomy proxy gets Content-Type %j', (contentType) => {
    it.each(['POST', 'DELETE'])(
      'answers %s with 415 and calls nothing upstream, not even authorize',
      async (method) => {
        const upstream = fakeUpstream(`${CONOMY_URL}/auth`, [{ accessToken: 't', expiresIn: 3600 }]);
        const authorize = vi.fn((_r: Request, _c: AuthorizeContext) => true);
        const headers = new Headers(contentTypeHeaders(contentType));
        const request = new Request(`${ORIGIN}/api/conomy/identities/parent-1/children`, {
          method,
          headers,
          body: '{"children":["child-1"]}',
        });
        // A string body makes the Request add text/plain unless a type was set.
        if (contentType === null) expect(request.headers.get('content-type')).toMatch(/^text\/plain/);

        const response = await conomyProxy(upstream.fetch, authorize)(request);

        expect(response.status).toBe(415);
        expect(await response.json()).toMatchObject({ status: 415, type: 'unsupportedMediaType' });
        expect(upstream.calls).toEqual([]);
        expect(authorize).not.toHaveBeenCalled();
      },
    );
  });

  describe('when a POST has no body and no Content-Type at all', () => {
    it('answers 415 too', async () => {
      const upstream = fakeUpstream(`${CONOMY_URL}/auth`, [{ accessToken: 't', expiresIn: 3600 }]);
      const request = new Request(`${ORIGIN}/api/conomy/identities/parent-1/children`, { method: 'POST' });
      expect(request.headers.get('content-type')).toBeNull();
      const response = await conomyProxy(upstream.fetch)(request);
      expect(response.status).toBe(415);
      expect(upstream.calls).toEqual([]);
    });
  });

  describe.each(REFUSED_CONTENT_TYPES)('when the PRIVO proxy gets Content-Type %j', (contentType) => {
    it('answers 415 in PRIVO’s envelope and calls nothing upstream', async () => {
      const upstream = fakeUpstream(`${PRIVO_URL}/oauth/token`, [{ access_token: 't', expires_in: 600 }]);
      const authorize = vi.fn((_r: Request, _c: AuthorizeContext) => true);
      const response = await privoProxy(
        upstream.fetch,
        authorize,
      )(createAccount(contentTypeHeaders(contentType)));
      expect(response.status).toBe(415);
      expect(await response.json()).toMatchObject({ status: 'failure', entity: null, validationErrors: [] });
      expect(upstream.calls).toEqual([]);
      expect(authorize).not.toHaveBeenCalled();
    });
  });

  describe('when a GET has no Content-Type', () => {
    it('is forwarded (the rule is for bodies)', async () => {
      const upstream = fakeUpstream(`${CONOMY_URL}/auth`, [{ accessToken: 't', expiresIn: 3600 }]);
      const response = await conomyProxy(upstream.fetch)(
        new Request(`${ORIGIN}/api/conomy/identities?limit=1`),
      );
      expect(response.status).toBe(200);
    });
  });
});

describe('given a POST or DELETE with an application/json media type', () => {
  it.each(ACCEPTED_CONTENT_TYPES)(
    'forwards Content-Type %j upstream as application/json',
    async (contentType) => {
      const upstream = fakeUpstream(`${CONOMY_URL}/auth`, [{ accessToken: 't', expiresIn: 3600 }]);
      const response = await conomyProxy(upstream.fetch)(linkChildren({ 'content-type': contentType }));
      expect(response.status).toBe(200);
      expect(upstream.apiCalls()[0]?.headers.get('content-type')).toBe('application/json');
    },
  );

  it('passes only application/json media types, whatever the Content-Type string', async () => {
    const jsonCasing = fc
      .array(fc.boolean(), { minLength: 16, maxLength: 16 })
      .map((upper) => [...'application/json'].map((c, i) => (upper[i] ? c.toUpperCase() : c)).join(''));
    const parameters = fc.array(
      fc.tuple(
        fc.constantFrom('', ' ', '\t'),
        fc.constantFrom('charset=utf-8', 'charset="UTF-8"', 'x=1', ''),
      ),
      { maxLength: 3 },
    );
    const json = fc
      .tuple(jsonCasing, parameters, fc.constantFrom('', ' '))
      .map(
        ([type, params, trailing]) =>
          `${type}${params.map(([ows, p]) => `${ows};${ows}${p}`).join('')}${trailing}`,
      );
    const other = fc.oneof(
      fc.string({ unit: 'grapheme-ascii', maxLength: 30 }),
      fc.constantFrom('application/jsonp', 'application/json-seq', 'text/plain', 'application/json5'),
      fc
        .tuple(jsonCasing, fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 8 }))
        .map(([type, suffix]) => `${type}${suffix}`),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          json.map((value) => ({ value, isJson: true })),
          other.map((value) => ({ value, isJson: null })),
        ),
        async ({ value, isJson }) => {
          let headers: Headers;
          try {
            headers = new Headers({ 'content-type': value });
          } catch {
            return; // Not a value a request can carry.
          }
          const sent = headers.get('content-type') ?? '';
          // The reference rule, written independently of the proxy: the media type before any ";".
          const expected = isJson ?? (sent.split(';')[0] ?? '').trim().toLowerCase() === 'application/json';
          const upstream = fakeUpstream(`${CONOMY_URL}/auth`, [{ accessToken: 't', expiresIn: 3600 }]);
          const response = await conomyProxy(upstream.fetch)(linkChildren(Object.fromEntries(headers)));
          expect(response.status).toBe(expected ? 200 : 415);
          expect(upstream.calls.length > 0).toBe(expected);
        },
      ),
      { numRuns: 200 },
    );
  }, 30_000);
});

describe('given names that exist on Object.prototype', () => {
  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'])(
    'answers 404 for a path segment %j without calling anything upstream',
    async (segment) => {
      const upstream = fakeUpstream(`${CONOMY_URL}/auth`, [{ accessToken: 't', expiresIn: 3600 }]);
      const response = await conomyProxy(upstream.fetch)(new Request(`${ORIGIN}/api/conomy/${segment}`));
      expect(response.status).toBe(404);
      expect(upstream.calls).toEqual([]);
    },
  );

  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'CONSTRUCTOR'])(
    'answers 405 with the route’s Allow for a method %j',
    async (method) => {
      const upstream = fakeUpstream(`${CONOMY_URL}/auth`, [{ accessToken: 't', expiresIn: 3600 }]);
      const response = await conomyProxy(upstream.fetch)(
        new Request(`${ORIGIN}/api/conomy/identities/p/children`, { method }),
      );
      expect(response.status).toBe(405);
      expect(response.headers.get('allow')).toBe('POST, DELETE');
      expect(upstream.calls).toEqual([]);
    },
  );

  it.each([
    ['__proto__', '{"__proto__":{"accessToken":"inherited"},"expiresIn":3600}'],
    ['constructor', '{"constructor":"x"}'],
  ])('treats a token answer with only %s as no token (502)', async (_name, text) => {
    const fetch: ProxyFetch = async (url) =>
      url.endsWith('/auth')
        ? new Response(text, { headers: { 'content-type': 'application/json' } })
        : Response.json({});
    const response = await conomyProxy(fetch)(linkChildren());
    expect(response.status).toBe(502);
  });
});

describe('given any service id in the consent-status path', () => {
  it('reads the store with exactly the decoded id when it is one segment, refuses it otherwise, never 500 (property)', async () => {
    const asked: string[] = [];
    const consentStore: ConsentStore = {
      get: async (serviceId) => {
        asked.push(serviceId);
        return { serviceId, status: 'pending', updatedAt: null };
      },
      set: async () => {},
    };
    const upstream = fakeUpstream(`${PRIVO_URL}/oauth/token`, [{ access_token: 't', expires_in: 600 }]);
    const proxy = createPrivoProxy({
      baseUrl: PRIVO_URL,
      basePath: '/api/privo',
      clientId: 'privo-client',
      clientSecret: 'privo-secret',
      authorize: () => true,
      fetch: upstream.fetch,
      consentStore,
    });
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ maxLength: 40 }),
          fc.constantFrom('..', '.', '__proto__', 'a/b', '%2e%2e', 'a\\b'),
        ),
        async (serviceId) => {
          asked.length = 0;
          const response = await proxy(
            new Request(`${ORIGIN}/api/privo/consent-status/${encodeURIComponent(serviceId)}`),
          );
          if (isPathIdentifier(serviceId) && serviceId !== '.') {
            expect(response.status).toBe(200);
            expect(asked).toEqual([serviceId]);
            expect(((await response.json()) as { serviceId: string }).serviceId).toBe(serviceId);
          } else {
            expect([400, 404]).toContain(response.status);
            expect(asked).toEqual([]);
          }
        },
      ),
      { numRuns: 300 },
    );
    expect(upstream.calls).toEqual([]);
  });
});
