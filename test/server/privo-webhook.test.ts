// createPrivoWebhookHandler: PRIVO's Bearer webhook security, the body limit, hostile JSON,
// replays, and the store it fills.
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isPathIdentifier } from '../../src/core/pathParameter.js';
import {
  type ConsentStore,
  createMemoryConsentStore,
  createPrivoWebhookHandler,
  type PrivoWebhookEvent,
} from '../../src/server/index.js';

const SECRET = 'whsec-4f1c2e9a7b6d5c3e8f0a1b2c3d4e5f60';
const URL_ = 'https://host.test/api/privo-webhook';
const CHILD = '5a334e59484d4e6f4d544a6b5a6d5a6c59546b3d';

function approval(webhookId: number | string = 1234, type = 'APPROVED') {
  return {
    webhookId,
    event: 'CONSENT_ALL',
    data: { type, requester: { serviceId: CHILD }, granter: { serviceId: 'parent-1' } },
    timestamp: 1764687600000,
  };
}

function post(
  body: BodyInit | null,
  headers: Record<string, string> = { authorization: `Bearer ${SECRET}` },
  method = 'POST',
): Request {
  return new Request(URL_, {
    method,
    headers: { 'content-type': 'application/json', ...headers },
    body,
    ...(body instanceof ReadableStream ? { duplex: 'half' } : {}),
  } as RequestInit);
}

function setUp(onEvent?: (event: PrivoWebhookEvent) => void) {
  const store = createMemoryConsentStore();
  const set = vi.spyOn(store, 'set');
  const handler = createPrivoWebhookHandler({ secret: SECRET, store, ...(onEvent ? { onEvent } : {}) });
  return { store, set, handler };
}

const consoleMethods = ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const;
let consoleSpies: Array<ReturnType<typeof vi.spyOn>> = [];

beforeEach(() => {
  consoleSpies = consoleMethods.map((method) => vi.spyOn(console, method).mockImplementation(() => {}));
});

afterEach(() => {
  // Nothing of a webhook is ever logged: it names children.
  for (const spy of consoleSpies) expect(spy).not.toHaveBeenCalled();
  vi.restoreAllMocks();
});

describe('given a consent webhook with the right secret', () => {
  it('answers 200 and saves the lower-case state with an ISO date', async () => {
    const { store, handler } = setUp();
    const response = await handler(post(JSON.stringify(approval())));
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await store.get(CHILD)).toEqual({
      serviceId: CHILD,
      status: 'approved',
      updatedAt: '2025-12-02T15:00:00.000Z',
    });
  });

  it('accepts the scheme in any letter case and a body sent as text/plain', async () => {
    const { store, handler } = setUp();
    const response = await handler(
      post(JSON.stringify(approval()), { authorization: `bearer ${SECRET}`, 'content-type': 'text/plain' }),
    );
    expect(response.status).toBe(200);
    expect((await store.get(CHILD))?.status).toBe('approved');
  });

  it('saves a decline as denied', async () => {
    const { store, handler } = setUp();
    await handler(
      post(
        JSON.stringify({ webhookId: 8, event: 'CONSENT_DECLINE', data: { requester: { serviceId: CHILD } } }),
      ),
    );
    expect((await store.get(CHILD))?.status).toBe('denied');
  });

  it('tells onEvent the child and the state only, and answers 200 even when onEvent throws', async () => {
    const onEvent = vi.fn(() => {
      throw new Error('analytics down');
    });
    const { handler } = setUp(onEvent);
    const response = await handler(post(JSON.stringify(approval())));
    expect(response.status).toBe(200);
    expect(onEvent).toHaveBeenCalledExactlyOnceWith({
      type: 'consent.status',
      at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      serviceId: CHILD,
      status: 'approved',
    });
  });

  it('never echoes the body in its answer', async () => {
    const { handler } = setUp();
    const response = await handler(post(JSON.stringify(approval())));
    expect(await response.text()).not.toContain(CHILD);
  });
});

describe('given an event the kit does not know', () => {
  it.each([
    ['a verification event', { webhookId: 1, event: 'VERIFY_VERIFIED', data: { verified: true } }],
    ['an unknown consent state', approval(2, 'REVOKED')],
    ['no event at all', { webhookId: 3 }],
  ])('answers 200 and changes nothing for %s', async (_label, body) => {
    const { set, handler } = setUp();
    const response = await handler(post(JSON.stringify(body)));
    expect(response.status).toBe(200);
    expect(set).not.toHaveBeenCalled();
  });
});

describe('given a repeated delivery', () => {
  it('acknowledges the repeat with 200 and applies the webhook once', async () => {
    const onEvent = vi.fn();
    const { set, handler } = setUp(onEvent);
    const first = await handler(post(JSON.stringify(approval(77))));
    const again = await handler(post(JSON.stringify(approval(77))));
    expect([first.status, again.status]).toEqual([200, 200]);
    expect(set).toHaveBeenCalledTimes(1);
    expect(onEvent).toHaveBeenCalledTimes(1);
  });
});

describe('given a request without the right credentials', () => {
  it.each([
    ['no Authorization header', {}],
    ['a wrong secret', { authorization: 'Bearer not-the-secret' }],
    ['the secret with one character more', { authorization: `Bearer ${SECRET}x` }],
    ['a prefix of the secret', { authorization: `Bearer ${SECRET.slice(0, -1)}` }],
    ['the secret in another scheme', { authorization: `Basic ${SECRET}` }],
    ['the secret without a scheme', { authorization: SECRET }],
    ['the secret in PRIVO’s signature header instead', { 'x-privo-webhook-signature': SECRET }],
    ['an empty bearer', { authorization: 'Bearer ' }],
    ['two tokens', { authorization: `Bearer ${SECRET} ${SECRET}` }],
  ])('answers 401 with WWW-Authenticate and saves nothing: %s', async (_label, headers) => {
    const { set, handler } = setUp();
    const response = await handler(post(JSON.stringify(approval()), headers));
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe('Bearer');
    expect(set).not.toHaveBeenCalled();
  });

  it('does not read the body of an unauthenticated request', async () => {
    const { handler } = setUp();
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(new TextEncoder().encode('{"webhookId":1,'));
      },
    });
    const response = await handler(post(body, { authorization: 'Bearer wrong' }));
    expect(response.status).toBe(401);
    expect(pulled).toBeLessThanOrEqual(1);
  });

  it('refuses every Authorization value but the right one (property)', async () => {
    const { set, handler } = setUp();
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ maxLength: 80 }).map((token) => `Bearer ${token}`),
          fc.string({ maxLength: 80 }),
        ),
        async (value) => {
          fc.pre(!/^bearer +\S+ *$/i.test(value) || value.trim().split(/ +/)[1] !== SECRET);
          let headers: Record<string, string>;
          try {
            headers = { authorization: new Headers({ authorization: value }).get('authorization') ?? '' };
          } catch {
            return; // not a value a header can carry
          }
          const response = await handler(post(JSON.stringify(approval()), headers));
          expect(response.status).toBe(401);
        },
      ),
      { numRuns: 200 },
    );
    expect(set).not.toHaveBeenCalled();
  });
});

describe('given another method', () => {
  it.each(['GET', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD'])(
    'answers %s with 405 and Allow: POST',
    async (method) => {
      const { set, handler } = setUp();
      const response = await handler(
        new Request(URL_, { method, headers: { authorization: `Bearer ${SECRET}` } }),
      );
      expect(response.status).toBe(405);
      expect(response.headers.get('allow')).toBe('POST');
      expect(set).not.toHaveBeenCalled();
    },
  );
});

describe('given a large body', () => {
  it('answers 413 when Content-Length announces more than 64 kB, before reading', async () => {
    const { set, handler } = setUp();
    const response = await handler(
      post('{}', { authorization: `Bearer ${SECRET}`, 'content-length': String(64 * 1024 + 1) }),
    );
    expect(response.status).toBe(413);
    expect(set).not.toHaveBeenCalled();
  });

  it('answers 413 when a body that claims to be small streams past 64 kB', async () => {
    const { set, handler } = setUp();
    const chunk = new TextEncoder().encode(`{"pad":"${'x'.repeat(16 * 1024)}`);
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += 1;
        controller.enqueue(chunk);
        if (sent > 100) controller.close();
      },
    });
    const response = await handler(post(body, { authorization: `Bearer ${SECRET}`, 'content-length': '20' }));
    expect(response.status).toBe(413);
    expect(sent).toBeLessThan(10);
    expect(set).not.toHaveBeenCalled();
  });

  it('accepts a consent event padded to just under 64 kB', async () => {
    const { store, handler } = setUp();
    const base = JSON.stringify({ ...approval(), pad: '' });
    const padded = JSON.stringify({ ...approval(), pad: 'x'.repeat(64 * 1024 - base.length) });
    expect(new TextEncoder().encode(padded).byteLength).toBe(64 * 1024);
    const response = await handler(post(padded));
    expect(response.status).toBe(200);
    expect((await store.get(CHILD))?.status).toBe('approved');
  });
});

describe('given a body that is not a webhook', () => {
  it.each([
    ['not JSON', 'webhookId=1&event=CONSENT_ALL'],
    ['cut JSON', '{"webhookId":1,"event":"CONSENT_'],
    ['empty', ''],
    ['invalid UTF-8', new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])],
    ['a JSON array', '[{"event":"CONSENT_ALL"}]'],
    ['a JSON string', '"CONSENT_ALL"'],
    ['JSON null', 'null'],
  ])('answers 400 and saves nothing: %s', async (_label, body) => {
    const { set, handler } = setUp();
    const response = await handler(post(body));
    expect(response.status).toBe(400);
    expect(set).not.toHaveBeenCalled();
  });
});

describe('given hostile JSON', () => {
  it('does not take fields from __proto__ keys, nor pollute Object.prototype', async () => {
    const { set, handler } = setUp();
    const body =
      '{"__proto__":{"event":"CONSENT_ALL","polluted":true},"data":{"__proto__":{"type":"APPROVED","serviceId":"x"},"constructor":{"prototype":{"polluted":true}}}}';
    const response = await handler(post(body));
    expect(response.status).toBe(200);
    expect(set).not.toHaveBeenCalled();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('answers a deeply nested body without crashing', async () => {
    const { set, handler } = setUp();
    const depth = 30_000;
    const body = `{"webhookId":1,"event":"CONSENT_ALL","data":${'['.repeat(depth)}${']'.repeat(depth)}}`;
    const response = await handler(post(body));
    expect(response.status).toBe(200);
    expect(set).not.toHaveBeenCalled();
  });

  it('never answers 500 and saves only well-formed records, whatever JSON arrives (property)', async () => {
    const store = createMemoryConsentStore();
    const saved: unknown[] = [];
    const spyStore: ConsentStore = {
      get: (serviceId) => store.get(serviceId),
      set: async (record) => {
        saved.push(record);
        await store.set(record);
      },
    };
    const handler = createPrivoWebhookHandler({ secret: SECRET, store: spyStore });
    const consentish = fc.record({
      webhookId: fc.oneof(fc.integer(), fc.string()),
      event: fc.constantFrom('CONSENT_ALL', 'CONSENT_DECLINE', 'consent', 'VERIFY_VERIFIED', '__proto__'),
      data: fc.dictionary(
        fc.constantFrom('type', 'status', 'requester', 'serviceId', 'sid', '__proto__', 'constructor'),
        fc.oneof(fc.jsonValue(), fc.record({ serviceId: fc.string() })),
      ),
      timestamp: fc.oneof(fc.integer(), fc.string(), fc.double()),
    });
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.jsonValue(), consentish), async (body) => {
        const response = await handler(post(JSON.stringify(body)));
        expect([200, 400]).toContain(response.status);
      }),
      { numRuns: 300 },
    );
    for (const record of saved as Array<{ serviceId: string }>) {
      expect(isPathIdentifier(record.serviceId)).toBe(true);
      expect(record).toEqual({
        serviceId: expect.any(String),
        status: expect.stringMatching(/^(approved|denied|expired|pending|postponed)$/),
        updatedAt: expect.stringMatching(/^[+-]?\d{4,6}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      });
    }
  });
});

describe('given a store that fails', () => {
  it('answers 500 with a generic body, so PRIVO delivers again', async () => {
    const handler = createPrivoWebhookHandler({
      secret: SECRET,
      store: {
        get: async () => undefined,
        set: async () => {
          throw new Error(`connection to db failed for ${CHILD}`);
        },
      },
    });
    const response = await handler(post(JSON.stringify(approval())));
    expect(response.status).toBe(500);
    expect(await response.text()).not.toContain(CHILD);
  });
});

describe('given wrong options', () => {
  it.each([
    ['no options', undefined],
    ['no secret', { store: createMemoryConsentStore() }],
    ['an empty secret', { secret: '', store: createMemoryConsentStore() }],
    ['a secret with a space', { secret: 'two words', store: createMemoryConsentStore() }],
    ['no store', { secret: SECRET }],
    ['a store without set', { secret: SECRET, store: { get: async () => undefined } }],
    ['an onEvent that is not a function', { secret: SECRET, store: createMemoryConsentStore(), onEvent: 1 }],
  ])('throws a TypeError for %s', (_label, options) => {
    expect(() => createPrivoWebhookHandler(options as never)).toThrow(TypeError);
  });
});
