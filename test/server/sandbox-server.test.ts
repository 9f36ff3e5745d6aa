import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  addChildAccount,
  addChildren,
  type Fetcher,
  resendConsent,
  searchIdentities,
} from '../../src/headless.js';
import { SANDBOX_EMAILS, SANDBOX_IDS } from '../../src/sandbox/index.js';
import { main, parseCliArguments } from '../../src/server/cli.js';
import {
  type AuthorizeContext,
  createConomyProxy,
  createPrivoProxy,
  type ProxyEvent,
  SANDBOX_CREDENTIALS,
  type SandboxServer,
  startSandboxServer,
  toNodeHandler,
} from '../../src/server/index.js';

const USER_AGENT = 'KinshipKitTest/1.0';
const SESSION_COOKIE = 'session=lucia';

/** Every secret that must never reach a browser, and the shape of the tokens the sandbox issues. */
const SECRETS = [
  SANDBOX_CREDENTIALS.conomy.apiKey,
  SANDBOX_CREDENTIALS.conomy.clientId,
  SANDBOX_CREDENTIALS.conomy.clientSecret,
  SANDBOX_CREDENTIALS.privo.clientId,
  SANDBOX_CREDENTIALS.privo.clientSecret,
];
const TOKEN_PATTERN = /sandbox-(?:conomy|privo)-[0-9a-f-]{36}/;

describe('given the HTTP sandbox on 127.0.0.1', () => {
  let sandbox: SandboxServer;

  beforeAll(async () => {
    sandbox = await startSandboxServer({ port: 0, seed: 1 });
  });

  afterAll(async () => {
    await sandbox.close();
  });

  async function conomyToken(): Promise<string> {
    const response = await fetch(`${sandbox.url}/auth`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': SANDBOX_CREDENTIALS.conomy.apiKey },
      body: JSON.stringify({
        clientId: SANDBOX_CREDENTIALS.conomy.clientId,
        clientSecret: SANDBOX_CREDENTIALS.conomy.clientSecret,
      }),
    });
    return (await response.json()).accessToken;
  }

  it('listens on a loopback URL with the port it picked', () => {
    expect(sandbox.url).toBe(`http://127.0.0.1:${sandbox.port}`);
    expect(sandbox.port).toBeGreaterThan(0);
    expect(sandbox.sandbox.seed).toBe(1);
  });

  describe('when a client asks Conomy’s /auth for a token', () => {
    it.each([
      {
        given: 'the right key and client',
        apiKey: SANDBOX_CREDENTIALS.conomy.apiKey,
        clientSecret: SANDBOX_CREDENTIALS.conomy.clientSecret,
        status: 200,
      },
      {
        given: 'a wrong client secret',
        apiKey: SANDBOX_CREDENTIALS.conomy.apiKey,
        clientSecret: 'x',
        status: 401,
      },
      {
        given: 'a wrong API key',
        apiKey: 'x',
        clientSecret: SANDBOX_CREDENTIALS.conomy.clientSecret,
        status: 403,
      },
    ])('with $given it answers $status', async ({ apiKey, clientSecret, status }) => {
      const response = await fetch(`${sandbox.url}/sandbox/auth`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-api-key': apiKey },
        body: JSON.stringify({ clientId: SANDBOX_CREDENTIALS.conomy.clientId, clientSecret }),
      });
      expect(response.status).toBe(status);
      const body = await response.json();
      if (status === 200) {
        expect(body).toEqual({
          accessToken: expect.stringMatching(TOKEN_PATTERN),
          tokenType: 'Bearer',
          expiresIn: 3600,
        });
      } else if (status === 401) {
        expect(body).toMatchObject({
          status: 401,
          code: '41',
          type: 'unauthorized',
          traceId: expect.any(String),
        });
      } else {
        expect(body).toEqual({ message: 'Forbidden' });
      }
    });

    it('answers 400 parsingResource to a body that is not JSON', async () => {
      const response = await fetch(`${sandbox.url}/auth`, {
        method: 'POST',
        headers: { 'x-api-key': SANDBOX_CREDENTIALS.conomy.apiKey },
        body: '{not json',
      });
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ code: '14', type: 'parsingResource' });
    });
  });

  describe('when a client calls Conomy’s identities', () => {
    it.each([
      { given: 'without a token', headers: { 'x-api-key': SANDBOX_CREDENTIALS.conomy.apiKey }, status: 401 },
      {
        given: 'with a made-up token',
        headers: { 'x-api-key': SANDBOX_CREDENTIALS.conomy.apiKey, authorization: 'Bearer nope' },
        status: 401,
      },
      { given: 'without the API key', headers: { authorization: 'Bearer TOKEN' }, status: 403 },
      {
        given: 'with everything',
        headers: { 'x-api-key': SANDBOX_CREDENTIALS.conomy.apiKey, authorization: 'Bearer TOKEN' },
        status: 200,
      },
    ])('$given it answers $status', async ({ headers, status }) => {
      const token = await conomyToken();
      const resolved = Object.fromEntries(
        Object.entries(headers).map(([name, value]) => [name, value.replace('TOKEN', token)]),
      );
      const response = await fetch(`${sandbox.url}/identities?limit=2`, {
        headers: { ...resolved, 'user-agent': USER_AGENT },
      });
      expect(response.status).toBe(status);
      if (status === 401) {
        expect(await response.json()).toMatchObject({ status: 401, code: '41', type: 'unauthorized' });
      }
      if (status === 200) expect((await response.json()).data).toHaveLength(2);
    });
  });

  describe('when a client asks PRIVO’s /oauth/token for a token', () => {
    const { clientId, clientSecret } = SANDBOX_CREDENTIALS.privo;

    it.each<{ given: string; body: string; headers: Record<string, string>; status: number }>([
      {
        given: 'form credentials',
        body: `grant_type=client_credentials&client_id=${clientId}&client_secret=${clientSecret}`,
        headers: {},
        status: 200,
      },
      {
        given: 'HTTP Basic credentials',
        body: 'grant_type=client_credentials',
        headers: { authorization: `Basic ${btoa(`${clientId}:${clientSecret}`)}` },
        status: 200,
      },
      {
        given: 'a wrong secret',
        body: `grant_type=client_credentials&client_id=${clientId}&client_secret=x`,
        headers: {},
        status: 401,
      },
      {
        given: 'another grant type',
        body: `grant_type=password&client_id=${clientId}&client_secret=${clientSecret}`,
        headers: {},
        status: 400,
      },
    ])('with $given it answers $status', async ({ body, headers, status }) => {
      const response = await fetch(`${sandbox.url}/oauth/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
        body,
      });
      expect(response.status).toBe(status);
      const json = await response.json();
      if (status === 200) {
        expect(json).toEqual({
          access_token: expect.stringMatching(TOKEN_PATTERN),
          token_type: 'bearer',
          expires_in: 600,
        });
      } else {
        expect(json.error).toBe(status === 401 ? 'invalid_client' : 'unsupported_grant_type');
      }
    });
  });

  describe('when a client calls PRIVO with a Conomy token', () => {
    it('answers 401 in PRIVO’s failure envelope', async () => {
      const token = await conomyToken();
      const response = await fetch(`${sandbox.url}/api/consent/resend?email=x%40example.com`, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(response.status).toBe(401);
      expect(await response.json()).toMatchObject({ status: 'failure', entity: null, validationErrors: [] });
    });
  });

  describe('when a client asks for an unknown path', () => {
    it('answers 404', async () => {
      expect((await fetch(`${sandbox.url}/admin`)).status).toBe(404);
    });
  });

  describe('and a host app serving both proxies through toNodeHandler', () => {
    let host: Server;
    let hostUrl: string;
    const events: ProxyEvent[] = [];
    const seen: string[] = [];
    let authorizeCalls: AuthorizeContext[] = [];

    /** What a browser on the host app does: same-origin fetch with its session cookie. Records all it sees. */
    const browserFetch: Fetcher = async (input, init) => {
      const headers = new Headers(init.headers);
      headers.set('cookie', SESSION_COOKIE);
      const response = await fetch(input, { ...init, headers });
      seen.push(JSON.stringify([...response.headers]), await response.clone().text());
      return response;
    };

    beforeAll(async () => {
      // The host's rule: only the signed-in Lucía, only on her own identity.
      const isLucia = (request: Request) => request.headers.get('cookie') === SESSION_COOKIE;
      const conomy = createConomyProxy({
        baseUrl: `${sandbox.url}/sandbox`,
        basePath: '/api/conomy',
        ...SANDBOX_CREDENTIALS.conomy,
        userAgent: USER_AGENT,
        fetch: globalThis.fetch,
        timeoutMs: 5000,
        onEvent: (event) => events.push(event),
        authorize: (request, context) => {
          authorizeCalls.push(context);
          return (
            isLucia(request) && (context.identityId ?? SANDBOX_IDS.parentUser) === SANDBOX_IDS.parentUser
          );
        },
      });
      const privo = createPrivoProxy({
        baseUrl: sandbox.url,
        basePath: '/api/privo',
        ...SANDBOX_CREDENTIALS.privo,
        scope: 'account',
        fetch: globalThis.fetch,
        timeoutMs: 5000,
        onEvent: (event) => events.push(event),
        authorize: async (request) => isLucia(request),
      });
      const conomyNode = toNodeHandler(conomy);
      const privoNode = toNodeHandler(privo);
      host = createServer((req, res) => {
        if (req.url?.startsWith('/api/conomy/')) void conomyNode(req, res);
        else if (req.url?.startsWith('/api/privo/')) void privoNode(req, res);
        else res.writeHead(404).end();
      });
      host.listen(0, '127.0.0.1');
      await once(host, 'listening');
      hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
    });

    afterAll(async () => {
      host.closeAllConnections();
      await new Promise<void>((resolve) => host.close(() => resolve()));
    });

    describe('when the parent links two children', () => {
      it('links them in the sandbox and answers the parent identity', async () => {
        const children = [SANDBOX_IDS.linkableChildren[0], SANDBOX_IDS.linkableChildren[1]] as string[];
        const identity = await addChildren(
          { baseUrl: `${hostUrl}/api/conomy`, fetcher: browserFetch, retry: 0 },
          { identityId: SANDBOX_IDS.parentUser, children },
        );
        expect(identity.id).toBe(SANDBOX_IDS.parentUser);
        expect(identity.children.map((child) => child.id)).toEqual(expect.arrayContaining(children));
        expect(
          sandbox.sandbox.getIdentity(SANDBOX_IDS.parentUser)?.children.map((child) => child.id),
        ).toEqual(expect.arrayContaining(children));
        const request = sandbox.sandbox.requests.at(-1);
        expect(request?.headers['user-agent']).toBe(USER_AGENT);
        expect(request?.headers['conomyhq-api-version']).toBe('24-04-2025');
      });
    });

    describe('when the parent searches identities', () => {
      it('forwards the query and answers the page', async () => {
        const page = await searchIdentities(
          { baseUrl: `${hostUrl}/api/conomy`, fetcher: browserFetch, retry: 0 },
          { email: SANDBOX_EMAILS.adultWithoutChild },
        );
        expect(page.data.map((identity) => identity.id)).toContain(SANDBOX_IDS.parentUser);
      });
    });

    describe('when the parent creates a child account and asks to resend the consent email', () => {
      it('creates it under the parent with an https consent link, then resends', async () => {
        const privo = { baseUrl: `${hostUrl}/api/privo`, fetcher: browserFetch };
        const result = await addChildAccount(privo, {
          firstName: 'Mateo',
          userName: 'mateo_2016',
          birthDate_YYYYMMDD: '20160412',
          parentEmail: SANDBOX_EMAILS.adultWithoutChild,
        });
        expect(result.status).toBe('success');
        expect(result.consentUrl).toMatch(/^https:\/\//);
        expect(
          sandbox.sandbox.childAccounts.some((account) => account.serviceId === result.entity.serviceId),
        ).toBe(true);

        // PRIVO needs the child and the parent.
        const resent = await resendConsent(privo, {
          requesterServiceId: result.entity.serviceId ?? '',
          email: SANDBOX_EMAILS.adultWithoutChild,
        });
        expect(resent.status).toBe('success');
      });
    });

    describe('when someone else tries to act on the parent’s identity', () => {
      it('answers 403 and the sandbox sees nothing', async () => {
        const before = sandbox.sandbox.requests.length;
        const response = await fetch(`${hostUrl}/api/conomy/identities/${SANDBOX_IDS.parentUser}/children`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie: 'session=mallory' },
          body: JSON.stringify({ children: [SANDBOX_IDS.linkableChildren[2]] }),
        });
        expect(response.status).toBe(403);
        expect(sandbox.sandbox.requests.length).toBe(before);
      });

      it('cannot reach the token endpoint through an encoded path', async () => {
        const before = sandbox.sandbox.requests.length;
        const response = await browserFetch(`${hostUrl}/api/conomy/identities/..%2F..%2Fauth/children`, {
          method: 'POST',
          body: '{}',
        });
        expect([400, 404]).toContain(response.status);
        expect(sandbox.sandbox.requests.length).toBe(before);
      });
    });

    describe('when the sandbox revokes every token', () => {
      it('the proxy refreshes its token and the call still succeeds', async () => {
        sandbox.revokeTokens();
        authorizeCalls = [];
        const identity = await addChildren(
          { baseUrl: `${hostUrl}/api/conomy`, fetcher: browserFetch, retry: 0 },
          { identityId: SANDBOX_IDS.parentUser, children: [SANDBOX_IDS.linkableChildren[2] as string] },
        );
        expect(identity.children.map((child) => child.id)).toContain(SANDBOX_IDS.linkableChildren[2]);
        expect(authorizeCalls).toEqual([{ operation: 'addChildren', identityId: SANDBOX_IDS.parentUser }]);
      });
    });

    describe('after all of that', () => {
      it('never showed the browser a credential or a token', () => {
        expect(seen.length).toBeGreaterThan(0);
        const everything = seen.join('\n');
        for (const secret of SECRETS) expect(everything).not.toContain(secret);
        expect(everything).not.toMatch(TOKEN_PATTERN);
        expect(everything.toLowerCase()).not.toContain('set-cookie');
      });

      it('reported operation, status and duration only', () => {
        expect(events.length).toBeGreaterThan(0);
        for (const event of events)
          expect(Object.keys(event).sort()).toEqual(['durationMs', 'operation', 'status']);
        expect(events.map((event) => [event.operation, event.status])).toContainEqual([
          'addChildAccount',
          200,
        ]);
      });
    });
  });
});

describe('given the kinship-sandbox command line', () => {
  it.each([
    [[], { port: 4010, host: '127.0.0.1' }],
    [
      ['--port', '0', '--latency', '300', '--seed', '7'],
      { port: 0, host: '127.0.0.1', latencyMs: 300, seed: 7 },
    ],
    [['--host', '::1', '--port', '5000'], { port: 5000, host: '::1' }],
  ])('parses %j', (argv, options) => {
    expect(parseCliArguments(argv)).toEqual({ help: false, options });
  });

  it.each([
    [['--port', '70000']],
    [['--port', 'abc']],
    [['--latency', '-1']],
    [['--bogus']],
    [['extra']],
    [['--__proto__', '1']],
    [['--constructor']],
    [['--toString', 'x']],
    [['--port', '__proto__']],
  ])('refuses %j with a message', (argv) => {
    expect(parseCliArguments(argv)).toEqual({ error: expect.any(String) });
  });

  it('prints help for -h', () => {
    expect(parseCliArguments(['-h'])).toEqual({ help: true });
  });

  it('is an executable script', () => {
    expect(readFileSync(new URL('../../src/server/cli.ts', import.meta.url), 'utf8').split('\n')[0]).toBe(
      '#!/usr/bin/env node',
    );
  });

  describe('when started on port 0', () => {
    it('serves the sandbox and prints its URL and the sandbox credentials', async () => {
      const write = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
      const server = await main(['--port', '0', '--seed', '3']);
      try {
        const printed = write.mock.calls.map(([chunk]) => String(chunk)).join('');
        expect(printed).toContain(`listening on ${server?.url}`);
        expect(printed).toContain(SANDBOX_CREDENTIALS.conomy.apiKey);
        expect(printed).toContain(`POST ${server?.url}/__sandbox/consent`);
        expect(server?.sandbox.seed).toBe(3);
        const response = await fetch(`${server?.url}/identities`, { headers: { 'x-api-key': 'x' } });
        expect(response.status).toBe(403);
      } finally {
        write.mockRestore();
        await server?.close();
      }
    });
  });
});
