// The whole consent-status path: the sandbox changes a child's consent, delivers it like PRIVO to
// the host's createPrivoWebhookHandler (in process, or over HTTP from kinship-sandbox), and the
// PRIVO proxy's consent-status route answers it from the same store.
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PRIVO_TRIGGER_EMAILS } from '../../src/sandbox/index.js';
import { createSandbox } from '../../src/sandbox/sandbox.js';
import { parseCliArguments } from '../../src/server/cli.js';
import {
  createMemoryConsentStore,
  createPrivoProxy,
  createPrivoWebhookHandler,
  createSandboxHandler,
  SANDBOX_CREDENTIALS,
  startSandboxServer,
  toNodeHandler,
} from '../../src/server/index.js';

const SECRET = 'host-webhook-secret-0123456789abcdef';
const ORIGIN = 'https://host.test';

function hostBackend() {
  const store = createMemoryConsentStore();
  const webhook = createPrivoWebhookHandler({ secret: SECRET, store });
  const proxy = createPrivoProxy({
    baseUrl: 'https://privo.test',
    basePath: '/api/privo',
    clientId: 'id',
    clientSecret: 'secret',
    authorize: () => true,
    fetch: async () => new Response(null, { status: 599 }),
    consentStore: store,
  });
  const consentStatus = async (serviceId: string) => {
    const response = await proxy(new Request(`${ORIGIN}/api/privo/consent-status/${serviceId}`));
    return { status: response.status, json: await response.json() };
  };
  return { store, webhook, consentStatus };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('given a sandbox that delivers to the host’s webhook handler in process', () => {
  it('when setConsentStatus settles, the proxy’s consent-status route answers the new state', async () => {
    const host = hostBackend();
    const sandbox = createSandbox({ webhook: { handler: host.webhook, secret: SECRET } });
    const sally = sandbox.childAccounts[0]?.serviceId as string;
    expect((await host.consentStatus(sally)).status).toBe(404);
    await sandbox.setConsentStatus(sally, 'approved');
    expect(await host.consentStatus(sally)).toMatchObject({
      status: 200,
      json: { serviceId: sally, status: 'approved', updatedAt: expect.any(String) },
    });
  });

  it('when a consent trigger email’s delay has passed, the host sees it without anyone asking', async () => {
    vi.useFakeTimers();
    const host = hostBackend();
    const sandbox = createSandbox({ webhook: { handler: host.webhook, secret: SECRET } });
    const created = await sandbox.fetcher('/api/privo/api/account', {
      method: 'POST',
      body: JSON.stringify({
        birthDate_YYYYMMDD: '20160301',
        parentEmail: PRIVO_TRIGGER_EMAILS.consentDenied,
      }),
    });
    const child = ((await created.json()) as { entity: { serviceId: string } }).entity.serviceId;
    await vi.advanceTimersByTimeAsync(3000);
    // The delivery runs after the timer, partly outside the fake clock (the handler's secret
    // comparison is real async work): wait for it rather than expect it at once.
    await vi.waitFor(async () =>
      expect((await host.consentStatus(child)).json).toMatchObject({ status: 'denied' }),
    );
  });

  it('when the secrets differ, setConsentStatus rejects with the 401 and the host store stays empty', async () => {
    const host = hostBackend();
    const sandbox = createSandbox({ webhook: { handler: host.webhook, secret: 'another-secret' } });
    const sally = sandbox.childAccounts[0]?.serviceId as string;
    await expect(sandbox.setConsentStatus(sally, 'approved')).rejects.toThrow('401');
    expect(await host.store.get(sally)).toBeUndefined();
  });
});

describe('given the HTTP sandbox with a webhook URL', () => {
  it('POSTs each change to the host’s endpoint over HTTP, and serves consent-status behind a PRIVO token', async () => {
    const host = hostBackend();
    const endpoint = createServer(toNodeHandler(host.webhook));
    endpoint.listen(0, '127.0.0.1');
    await once(endpoint, 'listening');
    const { port } = endpoint.address() as AddressInfo;
    const server = await startSandboxServer({
      port: 0,
      webhook: { url: `http://127.0.0.1:${port}/api/privo-webhook`, secret: SECRET },
    });
    try {
      const sally = server.sandbox.childAccounts[0]?.serviceId as string;
      await server.sandbox.setConsentStatus(sally, 'expired');
      expect((await host.store.get(sally))?.status).toBe('expired');

      const withoutToken = await fetch(`${server.url}/consent-status/${sally}`);
      expect(withoutToken.status).toBe(401);
      const token = await fetch(`${server.url}/oauth/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          grant_type: 'client_credentials',
          client_id: SANDBOX_CREDENTIALS.privo.clientId,
          client_secret: SANDBOX_CREDENTIALS.privo.clientSecret,
        }),
      });
      const { access_token: accessToken } = (await token.json()) as { access_token: string };
      const status = await fetch(`${server.url}/consent-status/${sally}`, {
        headers: { authorization: `Bearer ${accessToken}` },
      });
      expect(status.status).toBe(200);
      expect(await status.json()).toMatchObject({ serviceId: sally, status: 'expired' });
    } finally {
      await server.close();
      endpoint.close();
      endpoint.closeAllConnections();
    }
  });

  it.each([
    'http://example.com/hook',
    'http://10.0.0.5:3000/hook',
    'http://localhost.example.com/hook',
    'http://127.0.0.1.nip.io/hook',
    'ftp://127.0.0.1/hook',
    'http://user:pass@127.0.0.1/hook',
    'not a url',
  ])('refuses %s with a TypeError that explains why', async (url) => {
    expect(() => createSandboxHandler({ webhook: { url, secret: SECRET } })).toThrow(TypeError);
    await expect(startSandboxServer({ port: 0, webhook: { url, secret: SECRET } })).rejects.toThrow(
      /webhook URL/,
    );
  });
});

describe('given the kinship-sandbox command line with --webhook', () => {
  it.each([
    ['http://127.0.0.1:3000/api/privo-webhook', 'http://127.0.0.1:3000/api/privo-webhook'],
    ['http://localhost:3000/hook', 'http://localhost:3000/hook'],
    ['http://[::1]:3000/hook', 'http://[::1]:3000/hook'],
    ['https://127.0.0.2/hook', 'https://127.0.0.2/hook'],
  ])('accepts %s with a secret', (url, href) => {
    expect(parseCliArguments(['--webhook', url, '--webhook-secret', 's3cret'])).toEqual({
      help: false,
      options: { port: 4010, host: '127.0.0.1', webhook: { url: href, secret: 's3cret' } },
    });
  });

  it.each([
    [['--webhook', 'http://example.com/hook', '--webhook-secret', 's'], /this machine/],
    [['--webhook', 'http://192.168.1.2/hook', '--webhook-secret', 's'], /this machine/],
    [['--webhook', 'file:///tmp/hook', '--webhook-secret', 's'], /http/],
    [['--webhook', 'hook', '--webhook-secret', 's'], /absolute/],
    [['--webhook', 'http://127.0.0.1:3000/hook'], /--webhook-secret/],
    [['--webhook', 'http://127.0.0.1:3000/hook', '--webhook-secret', ''], /--webhook-secret/],
    [['--webhook', 'http://127.0.0.1:3000/hook', '--webhook-secret', 'two words'], /--webhook-secret/],
    [['--webhook-secret', 's'], /--webhook/],
    [['--webhook'], /.+/],
  ])('refuses %j with a clear message', (argv, message) => {
    const parsed = parseCliArguments(argv);
    expect(parsed).toEqual({ error: expect.stringMatching(message) });
  });
});

describe('given the HTTP sandbox’s control route, POST /__sandbox/consent', () => {
  const control = (body: unknown, init: { headers?: Record<string, string>; method?: string } = {}) =>
    new Request('http://127.0.0.1:4010/__sandbox/consent', {
      method: init.method ?? 'POST',
      headers: { 'content-type': 'application/json', host: '127.0.0.1:4010', ...init.headers },
      ...((init.method ?? 'POST') === 'POST' ? { body: JSON.stringify(body) } : {}),
    });

  it('when the server listens on 127.0.0.1, it changes the consent and answers once the host’s webhook has it', async () => {
    const host = hostBackend();
    const endpoint = createServer(toNodeHandler(host.webhook));
    endpoint.listen(0, '127.0.0.1');
    await once(endpoint, 'listening');
    const { port } = endpoint.address() as AddressInfo;
    const server = await startSandboxServer({
      port: 0,
      webhook: { url: `http://127.0.0.1:${port}/api/privo-webhook`, secret: SECRET },
    });
    try {
      const sally = server.sandbox.childAccounts[0]?.serviceId as string;
      const response = await fetch(`${server.url}/__sandbox/consent`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ serviceId: sally, status: 'approved' }),
      });
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ serviceId: sally, status: 'approved' });
      // Delivered before the answer: the host's store already has it, and its proxy answers it.
      expect((await host.store.get(sally))?.status).toBe('approved');
      expect((await host.consentStatus(sally)).json).toMatchObject({ serviceId: sally, status: 'approved' });
    } finally {
      await server.close();
      endpoint.close();
      endpoint.closeAllConnections();
    }
  });

  it('when the handler is created without controls (the default), the route is not there: 404', async () => {
    const handler = createSandboxHandler();
    const sally = handler.sandbox.childAccounts[0]?.serviceId as string;
    const response = await handler.handle(control({ serviceId: sally, status: 'approved' }));
    expect(response.status).toBe(404);
    expect(handler.sandbox.childAccounts[0]?.consentStatus).toBe('pending');
  });

  it('when the server listens on another interface than loopback, the route is not there: 404', async () => {
    const server = await startSandboxServer({ port: 0, host: '0.0.0.0' });
    try {
      const sally = server.sandbox.childAccounts[0]?.serviceId as string;
      const response = await fetch(`http://127.0.0.1:${server.port}/__sandbox/consent`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ serviceId: sally, status: 'approved' }),
      });
      expect(response.status).toBe(404);
    } finally {
      await server.close();
    }
  });

  it.each([
    ['another method', undefined, { method: 'GET' }, 405],
    [
      'a Host that is not this machine (DNS rebinding)',
      'ok',
      { headers: { host: 'evil.example:4010' } },
      403,
    ],
    ['a body that is not JSON by its type', 'ok', { headers: { 'content-type': 'text/plain' } }, 415],
    ['no serviceId', { status: 'approved' }, {}, 400],
    ['an unknown state', 'bad-status', {}, 400],
    ['an unknown child', { serviceId: 'nobody', status: 'approved' }, {}, 404],
  ] as const)('when given %s, it refuses (%#) and changes nothing', async (_, body, init, status) => {
    const handler = createSandboxHandler({ controls: true });
    const sally = handler.sandbox.childAccounts[0]?.serviceId as string;
    const payload =
      body === 'ok'
        ? { serviceId: sally, status: 'approved' }
        : body === 'bad-status'
          ? { serviceId: sally, status: 'accepted' }
          : body;
    const response = await handler.handle(control(payload, init));
    expect(response.status).toBe(status);
    expect(handler.sandbox.childAccounts[0]?.consentStatus).toBe('pending');
  });

  it('when the host’s webhook refuses the delivery, it answers 502', async () => {
    const handler = createSandboxHandler({
      controls: true,
      webhook: { secret: SECRET, handler: async () => new Response(null, { status: 401 }) },
    });
    const sally = handler.sandbox.childAccounts[0]?.serviceId as string;
    const response = await handler.handle(control({ serviceId: sally, status: 'denied' }));
    expect(response.status).toBe(502);
  });
});
