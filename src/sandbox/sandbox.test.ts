import { afterEach, describe, expect, it, vi } from 'vitest';
import { SANDBOX_EMAILS, SANDBOX_IDS } from './fixtures.js';
import { createSandbox, type Sandbox } from './sandbox.js';
import {
  CONOMY_TRIGGER_IDS,
  PRIVO_TRIGGER_EMAILS,
  SANDBOX_FAILURES,
  SANDBOX_TRIGGERS,
  type SandboxFailure,
} from './triggers.js';

vi.mock('react', () => ({}));

const NOW = Date.UTC(2025, 5, 15, 12);
const linkPath = `/api/conomy/identities/${SANDBOX_IDS.parentUser}/children`;
const linkBody = JSON.stringify({ children: [SANDBOX_IDS.linkableChildren[0]] });

function link(sandbox: Sandbox, init: RequestInit = {}): Promise<Response> {
  return sandbox.fetcher(linkPath, { method: 'POST', body: linkBody, ...init });
}

function createChild(
  sandbox: Sandbox,
  parentEmail: string = SANDBOX_EMAILS.adultWithoutChild,
): Promise<Response> {
  return sandbox.fetcher('/api/privo/api/account', {
    method: 'POST',
    body: JSON.stringify({ birthDate_YYYYMMDD: '20150605', parentEmail }),
  });
}

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('createSandbox: routing', () => {
  describe('given different base routes', () => {
    it.each([
      ['a relative base route', `/api/conomy/identities/${SANDBOX_IDS.parentUser}/children`],
      ['an absolute URL', `https://backend.example/v2/conomy/identities/${SANDBOX_IDS.parentUser}/children`],
      ['a base route with a trailing slash', `/bff//conomy/identities/${SANDBOX_IDS.parentUser}/children`],
      ['no base route at all', `/identities/${SANDBOX_IDS.parentUser}/children`],
    ])('answers under %s (it matches the tail of the path)', async (_label, url) => {
      const response = await createSandbox().fetcher(url, { method: 'POST', body: linkBody });
      expect(response.status).toBe(200);
    });
  });

  describe('given fetch-style inputs', () => {
    it('accepts a URL object and no init for a GET', async () => {
      const response = await createSandbox().fetcher(
        new URL('https://x.example/api/conomy/identities?limit=1'),
      );
      expect(response.status).toBe(200);
      expect((await response.json()).data).toHaveLength(1);
    });

    it('accepts a Request with its method, headers and body', async () => {
      const sandbox = createSandbox();
      const request = new Request(`https://x.example${linkPath}`, {
        method: 'POST',
        headers: { 'X-Custom': 'yes' },
        body: linkBody,
      });
      const response = await sandbox.fetcher(request);
      expect(response.status).toBe(200);
      expect(sandbox.requests[0]).toMatchObject({ method: 'POST', headers: { 'x-custom': 'yes' } });
    });

    it('reads non-string bodies (bytes) like fetch would send them', async () => {
      const response = await createSandbox().fetcher(linkPath, {
        method: 'post',
        body: new TextEncoder().encode(linkBody),
      });
      expect(response.status).toBe(200);
    });

    it('decodes percent-encoded ids in the path', async () => {
      const response = await createSandbox().fetcher('/api/conomy/identities/a%2Fb%20c/children', {
        method: 'POST',
        body: linkBody,
      });
      expect(response.status).toBe(404);
      expect((await response.json()).detail).toBe('Identity a/b c not found');
    });
  });
});

describe('createSandbox: abort', () => {
  describe('given a signal that is already aborted', () => {
    it('rejects with an AbortError DOMException and records nothing', async () => {
      const sandbox = createSandbox();
      const controller = new AbortController();
      controller.abort();
      const error = await link(sandbox, { signal: controller.signal }).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(DOMException);
      expect((error as DOMException).name).toBe('AbortError');
      expect(sandbox.requests).toEqual([]);
    });
  });

  describe('given an abort during the simulated latency', () => {
    it('rejects with AbortError at once and does not change the data', async () => {
      // Fake timers: "at once" is measured on the clock, not in wall time a busy machine stretches.
      vi.useFakeTimers();
      const sandbox = createSandbox({ latencyMs: 5000 });
      const controller = new AbortController();
      const pending = link(sandbox, { signal: controller.signal });
      const outcome = pending.then(
        () => 'answered',
        (error: unknown) => error,
      );
      await vi.advanceTimersByTimeAsync(10);
      controller.abort();
      expect(await outcome).toMatchObject({ name: 'AbortError' });
      expect(vi.getTimerCount()).toBe(0);
      expect(sandbox.getIdentity(SANDBOX_IDS.parentUser)?.children).toEqual([]);
      expect(sandbox.requests[0]?.outcome).toBe('aborted');
    });
  });

  describe('given an abort right after the call, with no latency', () => {
    it('still rejects, like fetch before the answer arrives', async () => {
      const sandbox = createSandbox();
      const controller = new AbortController();
      const pending = link(sandbox, { signal: controller.signal });
      controller.abort();
      await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
      expect(sandbox.getIdentity(SANDBOX_IDS.parentUser)?.children).toEqual([]);
    });
  });

  describe('given an abort with a reason', () => {
    it('rejects with that reason, as fetch does', async () => {
      const controller = new AbortController();
      const reason = new Error('component unmounted');
      const pending = link(createSandbox({ latencyMs: 1000 }), { signal: controller.signal });
      controller.abort(reason);
      await expect(pending).rejects.toBe(reason);
    });
  });
});

describe('createSandbox: latency', () => {
  async function latencies(sandbox: Sandbox, count: number): Promise<number[]> {
    vi.useFakeTimers();
    const measured: number[] = [];
    for (let index = 0; index < count; index++) {
      let done = false;
      void sandbox.fetcher('/api/conomy/identities?limit=1').then(() => {
        done = true;
      });
      let elapsed = 0;
      while (!done) {
        await vi.advanceTimersByTimeAsync(1);
        elapsed++;
      }
      measured.push(elapsed);
    }
    vi.useRealTimers();
    return measured;
  }

  describe('given a fixed latency', () => {
    it('answers after that delay', async () => {
      expect(await latencies(createSandbox({ latencyMs: 40 }), 3)).toEqual([40, 40, 40]);
    });
  });

  describe('given a [min, max] latency', () => {
    it('draws each delay within the range, the same sequence for the same seed', async () => {
      const first = await latencies(createSandbox({ latencyMs: [20, 120], seed: 5 }), 6);
      const second = await latencies(createSandbox({ latencyMs: [20, 120], seed: 5 }), 6);
      const other = await latencies(createSandbox({ latencyMs: [20, 120], seed: 6 }), 6);
      expect(first).toEqual(second);
      expect(first).not.toEqual(other);
      expect(first.every((ms) => ms >= 20 && ms <= 120)).toBe(true);
      expect(new Set(first).size).toBeGreaterThan(1);
    });
  });

  describe('given no latency option', () => {
    it('answers without waiting for a timer', async () => {
      vi.useFakeTimers();
      const response = await createSandbox().fetcher('/api/conomy/identities?limit=1');
      expect(response.status).toBe(200);
    });
  });
});

describe('createSandbox: errorRate', () => {
  async function statuses(sandbox: Sandbox, count: number): Promise<number[]> {
    const result: number[] = [];
    for (let index = 0; index < count; index++) {
      result.push((await sandbox.fetcher('/api/conomy/identities?limit=1')).status);
    }
    return result;
  }

  describe('given an error rate of 0.3', () => {
    it('fails about 30 % of requests with 500 or 503, the same ones for the same seed', async () => {
      const first = await statuses(createSandbox({ errorRate: 0.3, seed: 11 }), 200);
      const second = await statuses(createSandbox({ errorRate: 0.3, seed: 11 }), 200);
      const other = await statuses(createSandbox({ errorRate: 0.3, seed: 12 }), 200);
      expect(first).toEqual(second);
      expect(first).not.toEqual(other);
      const failures = first.filter((status) => status !== 200);
      expect(failures.length).toBeGreaterThan(35);
      expect(failures.length).toBeLessThan(85);
      expect(new Set(failures)).toEqual(new Set([500, 503]));
    });
  });

  describe('given the extremes', () => {
    it('fails every request at 1 and none at 0', async () => {
      expect(new Set(await statuses(createSandbox({ errorRate: 1 }), 20))).not.toContain(200);
      expect(new Set(await statuses(createSandbox({ errorRate: 0 }), 20))).toEqual(new Set([200]));
    });
  });

  describe('given an unknown route', () => {
    it('does not count it', async () => {
      const response = await createSandbox({ errorRate: 1 }).fetcher('/nowhere');
      expect(response.status).toBe(404);
    });
  });
});

describe('createSandbox: failNext', () => {
  const expectedStatus: Record<SandboxFailure, { conomy: number | null; privo: number | null }> = {
    unauthorized: { conomy: 401, privo: 401 },
    forbidden: { conomy: 403, privo: 403 },
    'not-found': { conomy: 404, privo: 404 },
    conflict: { conomy: 409, privo: 412 },
    validation: { conomy: 422, privo: 400 },
    'rate-limited': { conomy: 429, privo: 429 },
    server: { conomy: 500, privo: 500 },
    unavailable: { conomy: 503, privo: 503 },
    'bad-gateway': { conomy: 502, privo: 502 },
    'gateway-timeout': { conomy: 504, privo: 504 },
    timeout: { conomy: null, privo: null },
    network: { conomy: null, privo: null },
    'invalid-response': { conomy: 200, privo: 200 },
  };

  describe.each(SANDBOX_FAILURES.filter((failure) => failure !== 'timeout' && failure !== 'network'))(
    'given failNext(%s)',
    (failure) => {
      it('fails the next Conomy request and PRIVO request in their own shapes, then answers normally', async () => {
        const sandbox = createSandbox();
        sandbox.failNext(failure);
        expect((await link(sandbox)).status).toBe(expectedStatus[failure].conomy);
        sandbox.failNext(failure);
        expect((await createChild(sandbox)).status).toBe(expectedStatus[failure].privo);
        expect((await link(sandbox)).status).toBe(200);
      });
    },
  );

  describe('given failNext("network")', () => {
    it('rejects the next request with a TypeError', async () => {
      const sandbox = createSandbox();
      sandbox.failNext('network');
      await expect(link(sandbox)).rejects.toBeInstanceOf(TypeError);
    });
  });

  describe('given failNext("timeout")', () => {
    it('leaves the next request hanging until it is aborted', async () => {
      const sandbox = createSandbox();
      sandbox.failNext('timeout');
      const controller = new AbortController();
      const pending = link(sandbox, { signal: controller.signal });
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(sandbox.requests[0]?.outcome).toBe('hanging');
      controller.abort();
      await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    });
  });

  describe('given an HTTP status', () => {
    it('answers it in the API’s error shape, with Retry-After on 429', async () => {
      const sandbox = createSandbox();
      sandbox.failNext(418);
      const teapot = await link(sandbox);
      expect(teapot.status).toBe(418);
      expect(await teapot.json()).toMatchObject({ status: 418, code: '02', type: 'unknown' });
      sandbox.failNext(429, { api: 'privo' });
      const limited = await createChild(sandbox);
      expect(limited.status).toBe(429);
      expect(limited.headers.get('retry-after')).toBe('3');
      expect(await limited.json()).toMatchObject({ status: 'failure', entity: null });
    });
  });

  describe('given times and an api filter', () => {
    it('fails that many requests of that API only, in order', async () => {
      const sandbox = createSandbox();
      sandbox.failNext('server', { times: 2, api: 'conomy' });
      sandbox.failNext('unauthorized');
      expect((await createChild(sandbox)).status).toBe(401);
      expect((await link(sandbox)).status).toBe(500);
      expect((await link(sandbox)).status).toBe(500);
      expect((await link(sandbox)).status).toBe(200);
    });
  });

  describe('given nonsense', () => {
    it.each([['teapot'], [99], [600], [200.5]])('refuses failNext(%s) with a RangeError', (failure) => {
      expect(() => createSandbox().failNext(failure as SandboxFailure)).toThrow(RangeError);
    });

    it('refuses times below 1', () => {
      expect(() => createSandbox().failNext('server', { times: 0 })).toThrow(RangeError);
    });
  });
});

describe('createSandbox: the request log', () => {
  it('records method, matched path, query, lower-case headers, parsed body, status and outcome', async () => {
    const sandbox = createSandbox();
    await link(sandbox, {
      headers: { 'Content-Type': 'application/json', 'Conomyhq-Api-Version': '24-04-2025' },
    });
    await sandbox.fetcher('/api/conomy/identities?email=luc%C3%ADa%40example.com&limit=5', { method: 'GET' });
    await sandbox.fetcher('/api/privo/api/account', { method: 'POST', body: 'not json' });
    expect(sandbox.requests).toEqual([
      {
        id: 1,
        api: 'conomy',
        method: 'POST',
        url: linkPath,
        path: `/identities/${SANDBOX_IDS.parentUser}/children`,
        query: {},
        headers: { 'content-type': 'application/json', 'conomyhq-api-version': '24-04-2025' },
        body: { children: [SANDBOX_IDS.linkableChildren[0]] },
        status: 200,
        outcome: 'answered',
      },
      expect.objectContaining({
        id: 2,
        api: 'conomy',
        path: '/identities',
        query: { email: 'lucía@example.com', limit: '5' },
        body: undefined,
      }),
      expect.objectContaining({ id: 3, api: 'privo', path: '/api/account', body: 'not json', status: 400 }),
    ]);
  });

  it('records unknown routes as api "unknown"', async () => {
    const sandbox = createSandbox();
    await sandbox.fetcher('/somewhere/else');
    expect(sandbox.requests[0]).toMatchObject({ api: 'unknown', path: '/somewhere/else', status: 404 });
  });
});

describe('createSandbox: reset', () => {
  it('restores the starting data, empties the log and the failure queue, and rewinds the random streams', async () => {
    const sandbox = createSandbox({ now: () => NOW });
    const fresh = createSandbox({ now: () => NOW });
    const firstTrace = (await link(fresh)).headers.get('x-trace-id');
    await link(sandbox);
    await createChild(sandbox);
    sandbox.failNext('server', { times: 5 });
    sandbox.reset();
    expect(sandbox.identities).toEqual(createSandbox().identities);
    expect(sandbox.adults).toEqual(createSandbox().adults);
    expect(sandbox.childAccounts).toEqual(createSandbox().childAccounts);
    expect(sandbox.requests).toEqual([]);
    const again = await link(sandbox);
    expect(again.status).toBe(200);
    expect(again.headers.get('x-trace-id')).toBe(firstTrace);
  });
});

describe('createSandbox: subscribe', () => {
  it('notifies after data changes until unsubscribed, and survives a throwing listener', async () => {
    const sandbox = createSandbox();
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const seen: number[] = [];
    sandbox.subscribe(() => {
      throw new Error('listener bug');
    });
    const unsubscribe = sandbox.subscribe(() =>
      seen.push(sandbox.getIdentity(SANDBOX_IDS.parentUser)?.children.length ?? -1),
    );
    expect((await link(sandbox)).status).toBe(200);
    expect(seen).toContain(1);
    expect(error).toHaveBeenCalled();
    unsubscribe();
    const count = seen.length;
    sandbox.reset();
    expect(seen).toHaveLength(count);
  });
});

describe('createSandbox: independence and determinism', () => {
  describe('given two sandboxes', () => {
    it('keeps their data apart', async () => {
      const first = createSandbox();
      const second = createSandbox();
      await link(first);
      await createChild(first);
      expect(first.getIdentity(SANDBOX_IDS.parentUser)?.children).toHaveLength(1);
      expect(second.getIdentity(SANDBOX_IDS.parentUser)?.children).toEqual([]);
      expect(second.childAccounts).toHaveLength(1);
      expect(first.identities[0]).not.toBe(second.identities[0]);
      expect(first.adults[0]).not.toBe(second.adults[0]);
    });
  });

  describe('given the same seed', () => {
    it('holds identical data and answers the same requests byte for byte', async () => {
      const make = () => createSandbox({ seed: 9, identityCount: 1000, now: () => NOW });
      const first = make();
      const second = make();
      expect(first.identities).toEqual(second.identities);
      const script = async (sandbox: Sandbox) => [
        await (await link(sandbox)).text(),
        await (await createChild(sandbox)).text(),
        await (await sandbox.fetcher('/api/conomy/identities?country=ARG&limit=50')).text(),
        await (await sandbox.fetcher('/api/conomy/identities/nope')).text(),
      ];
      expect(await script(first)).toEqual(await script(second));
    });
  });

  describe('given different seeds', () => {
    it('generates different identities but the same seeded ones', () => {
      const first = createSandbox({ seed: 1, identityCount: 10 });
      const second = createSandbox({ seed: 2, identityCount: 10 });
      expect(first.identities.slice(0, 29)).toEqual(second.identities.slice(0, 29));
      expect(first.identities.slice(29)).not.toEqual(second.identities.slice(29));
    });
  });

  describe('given identityCount', () => {
    it('appends that many generated identities after the seeded ones', () => {
      expect(createSandbox({ identityCount: 250 }).identities).toHaveLength(29 + 250);
    });
  });
});

describe('createSandbox: trigger identities', () => {
  it('adds one ACTIVE identity per Conomy trigger id when asked, and linking one triggers it', async () => {
    const sandbox = createSandbox({ includeTriggerIdentities: true });
    const ids = sandbox.identities.map((identity) => identity.id);
    for (const id of Object.values(CONOMY_TRIGGER_IDS)) expect(ids).toContain(id);
    const response = await sandbox.fetcher(linkPath, {
      method: 'POST',
      body: JSON.stringify({ children: [CONOMY_TRIGGER_IDS.serverError] }),
    });
    expect(response.status).toBe(500);
    expect(createSandbox().identities.map((identity) => identity.id)).not.toContain(
      CONOMY_TRIGGER_IDS.serverError,
    );
  });
});

describe('createSandbox: options', () => {
  it.each([
    [{ latencyMs: -1 }],
    [{ latencyMs: [300, 100] as [number, number] }],
    [{ errorRate: 1.5 }],
    [{ errorRate: Number.NaN }],
    [{ identityCount: -5 }],
    [{ resendCooldownMs: -1 }],
  ])('refuses %j with a RangeError', (options) => {
    expect(() => createSandbox(options)).toThrow(RangeError);
  });
});

describe('SANDBOX_TRIGGERS', () => {
  it('lists every trigger id and email', () => {
    const values = SANDBOX_TRIGGERS.map((trigger) => trigger.value);
    for (const id of Object.values(CONOMY_TRIGGER_IDS)) expect(values).toContain(id);
    for (const email of Object.values(PRIVO_TRIGGER_EMAILS)) expect(values).toContain(email);
  });

  const magic = SANDBOX_TRIGGERS.filter(
    (trigger) =>
      (Object.values(CONOMY_TRIGGER_IDS) as string[]).includes(trigger.value) ||
      (Object.values(PRIVO_TRIGGER_EMAILS) as string[]).includes(trigger.value),
  );

  it.each(magic)('$api $value: answers what the table says ($status)', async (trigger) => {
    const sandbox = createSandbox();
    const controller = new AbortController();
    const response =
      trigger.api === 'conomy'
        ? sandbox.fetcher(`/api/conomy/identities/${trigger.value}/children`, {
            method: 'POST',
            body: '{"children":["x"]}',
            signal: controller.signal,
          })
        : sandbox.fetcher('/api/privo/api/account', {
            method: 'POST',
            body: JSON.stringify({ birthDate_YYYYMMDD: '20150605', parentEmail: trigger.value }),
            signal: controller.signal,
          });
    const outcome = await Promise.race([
      response.then(
        (answer) => answer.status,
        () => null,
      ),
      new Promise<null>((resolve) =>
        setTimeout(() => {
          controller.abort();
          resolve(null);
        }, 30),
      ),
    ]);
    expect(outcome).toBe(trigger.status);
    await response.catch(() => {});
  });

  it('names only real error kinds', () => {
    const kinds = new Set([
      'validation',
      'unauthorized',
      'not-found',
      'conflict',
      'rate-limited',
      'server',
      'network',
      'timeout',
      'aborted',
      'invalid-response',
      null,
    ]);
    for (const trigger of SANDBOX_TRIGGERS) expect(kinds).toContain(trigger.kind);
  });
});
