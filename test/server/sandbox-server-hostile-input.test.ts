// Issue #10: the HTTP sandbox checks credentials on the route it serves, and refuses malformed
// client authentication with OAuth's own answer. In-process (createSandboxHandler): no network.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSandboxHandler, SANDBOX_CREDENTIALS, type SandboxHandler } from '../../src/server/index.js';

const ORIGIN = 'http://sandbox.test';
const { conomy, privo } = SANDBOX_CREDENTIALS;

async function conomyToken(handler: SandboxHandler): Promise<string> {
  const response = await handler.handle(
    new Request(`${ORIGIN}/auth`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': conomy.apiKey },
      body: JSON.stringify({ clientId: conomy.clientId, clientSecret: conomy.clientSecret }),
    }),
  );
  return (await response.json()).accessToken;
}

async function privoToken(handler: SandboxHandler): Promise<string> {
  const response = await handler.handle(
    new Request(`${ORIGIN}/oauth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `grant_type=client_credentials&client_id=${privo.clientId}&client_secret=${privo.clientSecret}`,
    }),
  );
  return (await response.json()).access_token;
}

function conomyHeaders(token: string): Record<string, string> {
  return {
    'x-api-key': conomy.apiKey,
    'user-agent': 'KinshipKitTest/1.0',
    authorization: `Bearer ${token}`,
    'content-type': 'application/json',
  };
}

function privoHeaders(token: string): Record<string, string> {
  return { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
}

const ACCOUNT = JSON.stringify({
  firstName: 'Sofía',
  userName: 'sofia_hostile',
  birthDate_YYYYMMDD: '20150605',
  parentEmail: 'parent@example.com',
});

describe('given a PRIVO token and a Conomy route behind a percent-encoded segment', () => {
  it.each([
    '/api/account/%69dentities?limit=5',
    '/api/consent/%69dentities?limit=5',
    '/api/account/IDENTITIES/../%69dentities',
    '/api/account/%69%64%65%6E%74%69%74%69%65%73',
  ])('GET %s never reaches Conomy’s identities', async (path) => {
    const handler = createSandboxHandler();
    const token = await privoToken(handler);
    const response = await handler.handle(new Request(`${ORIGIN}${path}`, { headers: privoHeaders(token) }));
    // Conomy's route: without x-api-key the gateway refuses, as it would any Conomy call.
    expect(response.status).toBe(403);
    expect(handler.sandbox.requests).toEqual([]);
  });
});

describe('given a Conomy token and a PRIVO route behind a percent-encoded segment', () => {
  it.each([
    ['POST', '/identities/x/ap%69/account'],
    ['POST', '/identities/x/api/%61ccount'],
    ['GET', '/identities/%61pi/consent/resend?email=parent%40example.com'],
  ])('%s %s answers 401 in PRIVO’s envelope and the sandbox sees nothing', async (method, path) => {
    const handler = createSandboxHandler();
    const token = await conomyToken(handler);
    const init: RequestInit = { method, headers: conomyHeaders(token) };
    if (method === 'POST') init.body = ACCOUNT;
    const response = await handler.handle(new Request(`${ORIGIN}${path}`, init));
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ status: 'failure', entity: null });
    expect(handler.sandbox.requests).toEqual([]);
    expect(handler.sandbox.childAccounts).toHaveLength(createSandboxHandler().sandbox.childAccounts.length);
  });
});

describe('given a route whose segments are percent-encoded', () => {
  it('serves it as the route it decodes to, with that route’s credentials', async () => {
    const handler = createSandboxHandler();
    const token = await conomyToken(handler);
    const response = await handler.handle(
      new Request(`${ORIGIN}/prefix/%69dentities?limit=2`, { headers: conomyHeaders(token) }),
    );
    expect(response.status).toBe(200);
    expect((await response.json()).data).toHaveLength(2);
    expect(handler.sandbox.requests.map((request) => request.api)).toEqual(['conomy']);
  });

  it('issues a Conomy token on an encoded /%61uth like on /auth', async () => {
    const handler = createSandboxHandler();
    const response = await handler.handle(
      new Request(`${ORIGIN}/sandbox/%61uth`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-api-key': conomy.apiKey },
        body: JSON.stringify({ clientId: conomy.clientId, clientSecret: conomy.clientSecret }),
      }),
    );
    expect(response.status).toBe(200);
  });

  it('never lets one API’s credentials reach the other API, whatever the encoding', async () => {
    const handler = createSandboxHandler();
    const tokens = { conomy: await conomyToken(handler), privo: await privoToken(handler) };
    const word = fc.constantFrom(
      'identities',
      'children',
      'api',
      'account',
      'consent',
      'resend',
      'oauth',
      'token',
      'auth',
      'parent-1',
      'constructor',
      '__proto__',
    );
    const tails = fc.constantFrom(
      ['identities'],
      ['identities', 'x'],
      ['identities', 'x', 'children'],
      ['api', 'account'],
      ['api', 'consent', 'resend'],
    );
    /** The segment as it is (most often), or with some characters percent-encoded in either hex case. */
    const encoded = (segment: string) =>
      fc.oneof(
        { arbitrary: fc.constant(segment), weight: 2 },
        { arbitrary: encodedCharacters(segment), weight: 1 },
      );
    const encodedCharacters = (segment: string) =>
      fc
        .array(fc.constantFrom('raw', 'raw', 'upper', 'lower'), {
          minLength: segment.length,
          maxLength: segment.length,
        })
        .map((choices) =>
          [...segment]
            .map((character, index) => {
              const hex = character.charCodeAt(0).toString(16).padStart(2, '0');
              if (choices[index] === 'upper') return `%${hex.toUpperCase()}`;
              if (choices[index] === 'lower') return `%${hex.toLowerCase()}`;
              return character;
            })
            .join(''),
        );
    const path = fc
      .tuple(fc.array(word, { maxLength: 3 }), tails)
      .chain(([prefix, tail]) => fc.tuple(...[...prefix, ...tail].map(encoded)))
      .map((segments) => `/${segments.join('/')}`);
    await fc.assert(
      fc.asyncProperty(
        path,
        fc.constantFrom('GET', 'POST', 'DELETE'),
        fc.constantFrom('conomy', 'privo'),
        async (pathname, method, api) => {
          const before = handler.sandbox.requests.length;
          const headers = api === 'conomy' ? conomyHeaders(tokens.conomy) : privoHeaders(tokens.privo);
          const init: RequestInit = { method, headers };
          if (method !== 'GET') init.body = '{}';
          const response = await handler.handle(new Request(`${ORIGIN}${pathname}?limit=1`, init));
          expect(response.status).not.toBe(500);
          const seen = handler.sandbox.requests.slice(before);
          for (const request of seen) expect(request.api).toBe(api);
        },
      ),
      { numRuns: 300 },
    );
  }, 30_000);
});

describe('given a malformed HTTP Basic client authentication on PRIVO’s token route', () => {
  const utf8 = (text: string) => btoa(String.fromCharCode(...new TextEncoder().encode(text)));
  it.each([
    ['bad base64', 'Basic !!!not-base64!!!'],
    ['base64 with a bad length', 'Basic abcde'],
    ['no colon', `Basic ${btoa('no-colon-here')}`],
    ['non-UTF-8 bytes', `Basic ${btoa('\xff\xfe:\xc3')}`],
    ['an empty client id and secret', `Basic ${btoa(':')}`],
    ['an empty credential', 'Basic '],
    ['the scheme alone', 'Basic'],
    ['a bad percent-encoding', `Basic ${utf8('%zz:secret')}`],
    ['another scheme', 'Bearer something'],
    ['a client id __proto__', `Basic ${utf8('__proto__:x')}`],
  ])('with %s it answers 401 invalid_client', async (_label, authorization) => {
    const handler = createSandboxHandler();
    const response = await handler.handle(
      new Request(`${ORIGIN}/oauth/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', authorization },
        body: 'grant_type=client_credentials',
      }),
    );
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toMatch(/^Basic /);
    expect(await response.json()).toEqual({ error: 'invalid_client' });
  });

  it('still accepts well-formed Basic credentials, percent-encoded as OAuth asks', async () => {
    const handler = createSandboxHandler();
    const response = await handler.handle(
      new Request(`${ORIGIN}/oauth/token`, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          authorization: `Basic ${btoa(`${encodeURIComponent(privo.clientId)}:${encodeURIComponent(privo.clientSecret)}`)}`,
        },
        body: 'grant_type=client_credentials',
      }),
    );
    expect(response.status).toBe(200);
  });

  it('never answers 500, whatever the Authorization header', async () => {
    const handler = createSandboxHandler();
    const header = fc.oneof(
      fc.string({ unit: 'grapheme-ascii', maxLength: 40 }),
      fc.string({ unit: 'grapheme-ascii', maxLength: 40 }).map((rest) => `Basic ${rest}`),
      fc.string({ unit: 'binary', maxLength: 30 }).map((raw) => {
        const bytes = [...raw].map((character) => character.charCodeAt(0) & 0xff);
        return `Basic ${btoa(String.fromCharCode(...bytes))}`;
      }),
      fc
        .string({ maxLength: 30 })
        .map((text) => `Basic ${btoa(String.fromCharCode(...new TextEncoder().encode(text)))}`),
    );
    await fc.assert(
      fc.asyncProperty(header, async (authorization) => {
        let headers: Headers;
        try {
          headers = new Headers({ 'content-type': 'application/x-www-form-urlencoded', authorization });
        } catch {
          return; // Not a value a request can carry.
        }
        const response = await handler.handle(
          new Request(`${ORIGIN}/oauth/token`, {
            method: 'POST',
            headers,
            body: 'grant_type=client_credentials',
          }),
        );
        expect(response.status).toBe(401);
        expect(await response.json()).toEqual({ error: 'invalid_client' });
      }),
      { numRuns: 300 },
    );
  }, 30_000);
});

describe('given names that exist on Object.prototype', () => {
  const names = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'];

  it.each(names)('Conomy’s /auth treats client id %j as unknown (401)', async (clientId) => {
    const handler = createSandboxHandler();
    const response = await handler.handle(
      new Request(`${ORIGIN}/auth`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-api-key': conomy.apiKey },
        body: JSON.stringify({ clientId, clientSecret: conomy.clientSecret }),
      }),
    );
    expect(response.status).toBe(401);
  });

  it('Conomy’s /auth reads only the body’s own fields', async () => {
    const handler = createSandboxHandler();
    const response = await handler.handle(
      new Request(`${ORIGIN}/auth`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-api-key': conomy.apiKey },
        body: `{"__proto__":{"clientId":"${conomy.clientId}","clientSecret":"${conomy.clientSecret}"}}`,
      }),
    );
    expect(response.status).toBe(400);
  });

  it.each(names)('PRIVO’s /oauth/token treats client id %j as unknown (401)', async (clientId) => {
    const handler = createSandboxHandler();
    const response = await handler.handle(
      new Request(`${ORIGIN}/oauth/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: `grant_type=client_credentials&client_id=${clientId}&client_secret=${privo.clientSecret}`,
      }),
    );
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: 'invalid_client' });
  });

  it.each(names)('API routes treat bearer token %j as unknown (401)', async (token) => {
    const handler = createSandboxHandler();
    const conomyAnswer = await handler.handle(
      new Request(`${ORIGIN}/identities?limit=1`, { headers: conomyHeaders(token) }),
    );
    const privoAnswer = await handler.handle(
      new Request(`${ORIGIN}/api/account`, { method: 'POST', headers: privoHeaders(token), body: ACCOUNT }),
    );
    expect([conomyAnswer.status, privoAnswer.status]).toEqual([401, 401]);
    expect(handler.sandbox.requests).toEqual([]);
  });

  it.each(names)('a route segment %j is an unknown path (404)', async (segment) => {
    const handler = createSandboxHandler();
    const response = await handler.handle(new Request(`${ORIGIN}/${segment}`));
    expect(response.status).toBe(404);
  });
});
