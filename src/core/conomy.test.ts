import { afterEach, describe, expect, it, vi } from 'vitest';
import { rejection } from '../../test/support/rejection.js';
import { addChildren, getIdentity, removeChildren, searchIdentities } from './conomy.js';
import type { IdentitySearchQuery } from './schemas.js';

vi.mock('react', () => ({}));

interface Call {
  url: string;
  init: RequestInit;
}

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });
}

/** A fetcher answering from a queue, recording each call. */
function queueFetcher(...answers: Array<Response | (() => Response | Promise<Response>) | Error>) {
  const calls: Call[] = [];
  const fetcher = vi.fn(async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    const next = answers.length > 1 ? answers.shift() : answers[0];
    if (next instanceof Error) throw next;
    return typeof next === 'function' ? next() : (next as Response).clone();
  });
  return { fetcher, calls };
}

const parent = {
  id: '679d29934a21df7584b38e12',
  type: 'USER',
  name: 'Lucía',
  status: 'ACTIVE',
  children: [{ id: '1a5925ac-4629-f7bf-db28-ac0f655e3eef', name: 'Tomás', email: null }],
  kyc: { level: 2 },
};

afterEach(() => {
  vi.useRealTimers();
});

describe('addChildren', () => {
  describe('given a valid input', () => {
    it('posts exactly {"children":[…]} to the encoded identity path with the documented headers', async () => {
      const { fetcher, calls } = queueFetcher(json(200, parent));
      await addChildren(
        { baseUrl: '/api/conomy/', fetcher },
        { identityId: 'a/b c', children: [' x ', 'y', 'x'] },
      );
      expect(calls).toHaveLength(1);
      const [call] = calls;
      expect(call?.url).toBe('/api/conomy/identities/a%2Fb%20c/children');
      expect(call?.init.method).toBe('POST');
      expect(call?.init.body).toBe('{"children":["x","y"]}');
      expect(call?.init.headers).toMatchObject({
        'content-type': 'application/json',
        accept: 'application/json',
        'conomyhq-api-version': '24-04-2025',
      });
      expect(call?.init.signal).toBeInstanceOf(AbortSignal);
    });

    it('sends the overriding apiVersion', async () => {
      const { fetcher, calls } = queueFetcher(json(200, parent));
      await addChildren(
        { baseUrl: '/c', fetcher, apiVersion: '01-01-2030' },
        { identityId: 'p', children: ['c'] },
      );
      expect(calls[0]?.init.headers).toMatchObject({ 'conomyhq-api-version': '01-01-2030' });
    });

    it('resolves with the parent identity, keeping unknown fields and an unknown status', async () => {
      const { fetcher } = queueFetcher(json(200, { ...parent, status: 'QUARANTINED' }));
      const identity = await addChildren({ baseUrl: '/c', fetcher }, { identityId: 'p', children: ['c'] });
      expect(identity.status).toBe('QUARANTINED');
      expect(identity.kyc).toEqual({ level: 2 });
      expect(identity.children).toEqual(parent.children);
    });

    it('turns "children": null into an empty list', async () => {
      const { fetcher } = queueFetcher(json(200, { ...parent, children: null }));
      const identity = await addChildren({ baseUrl: '/c', fetcher }, { identityId: 'p', children: ['c'] });
      expect(identity.children).toEqual([]);
    });
  });

  describe('given input refused before sending', () => {
    it.each([
      ['a blank identity id', { identityId: ' ', children: ['c'] }, 'identityId'],
      ['no children', { identityId: 'p', children: [] }, 'children'],
      ['a blank child id', { identityId: 'p', children: [''] }, 'children'],
      ['the parent as its own child', { identityId: 'p', children: ['p'] }, 'children'],
    ])('%s → validation error on %s, no request', async (_title, input, field) => {
      const { fetcher } = queueFetcher(json(200, parent));
      const error = await rejection(addChildren({ baseUrl: '/c', fetcher }, input));
      expect(error.kind).toBe('validation');
      expect(Object.keys(error.fieldErrors ?? {})).toEqual([field]);
      expect(fetcher).not.toHaveBeenCalled();
    });
  });

  describe('given an unreadable 2xx', () => {
    it.each([
      ['HTML', () => new Response('<html>ok</html>', { status: 200 })],
      ['no id', () => json(200, { name: 'x' })],
      ['a numeric id', () => json(200, { id: 7 })],
      ['an array', () => json(200, [parent])],
      ['an empty body', () => new Response(null, { status: 204 })],
      ['truncated JSON', () => new Response('{"id":"abc","chil', { status: 200 })],
    ])('%s → invalid-response', async (_title, answer) => {
      const { fetcher } = queueFetcher(answer);
      const error = await rejection(
        addChildren({ baseUrl: '/c', fetcher }, { identityId: 'p', children: ['c'] }),
      );
      expect(error.kind).toBe('invalid-response');
    });
  });

  describe('given an error answer', () => {
    it('given a body with a PRIVO-style validationErrors list, when Conomy answers 400, it reads no field errors from it (Conomy sends none)', async () => {
      const { fetcher } = queueFetcher(
        json(400, { status: 400, type: 'invalidParam', detail: 'bad', validationErrors: ['children: bad'] }),
      );
      const error = await rejection(
        addChildren({ baseUrl: '/c', fetcher }, { identityId: 'p', children: ['c'] }),
      );
      expect(error.kind).toBe('validation');
      expect(error.message).toBe('bad');
      expect(error.fieldErrors).toBeUndefined();
    });

    it.each([
      [
        400,
        {
          status: 400,
          code: '11',
          type: 'invalidParam',
          detail: 'children must be an array',
          traceId: 't-1',
        },
        'validation',
      ],
      [401, { statusCode: 401, error: 'Unauthorized', message: 'Token expired' }, 'unauthorized'],
      [403, { message: 'Forbidden' }, 'unauthorized'],
      [
        404,
        { status: 404, code: '31', type: 'notFound', detail: 'identity not found', traceId: 't-2' },
        'not-found',
      ],
      [409, { status: 409, code: '13', type: 'alreadyExist', detail: 'already linked' }, 'conflict'],
      [
        422,
        { status: 422, code: '21', type: 'failedPrecondition', detail: 'parent not ACTIVE' },
        'validation',
      ],
    ])('HTTP %i → %s, read from either error shape', async (status, body, kind) => {
      const { fetcher } = queueFetcher(json(status, body));
      const error = await rejection(
        addChildren({ baseUrl: '/c', fetcher }, { identityId: 'p', children: ['c'] }),
      );
      expect(error.kind).toBe(kind);
      expect(error.status).toBe(status);
      expect(fetcher).toHaveBeenCalledTimes(1);
      if ('detail' in body) {
        expect(error.message).toBe(body.detail);
        expect(error.code).toBe(body.code);
        expect(error.type).toBe(body.type);
      }
      if ('traceId' in body) expect(error.traceId).toBe(body.traceId);
      if ('statusCode' in body) {
        expect(error.message).toBe('Token expired');
        expect(error.type).toBe('Unauthorized');
      }
      if (status === 403) expect(error.message).toBe('Forbidden');
    });

    it('a 502 HTML page → server, after the retries', async () => {
      const { fetcher } = queueFetcher(
        () => new Response('<html><h1>502 Bad Gateway</h1></html>', { status: 502 }),
      );
      vi.useFakeTimers();
      const promise = rejection(
        addChildren({ baseUrl: '/c', fetcher, retry: 2 }, { identityId: 'p', children: ['c'] }),
      );
      await vi.runAllTimersAsync();
      const error = await promise;
      expect(error.kind).toBe('server');
      expect(error.status).toBe(502);
      expect(fetcher).toHaveBeenCalledTimes(3);
    });
  });

  describe('given transient failures (linking is idempotent)', () => {
    it('retries network errors and 5xx, then succeeds: retry 2 → at most 3 requests', async () => {
      const { fetcher } = queueFetcher(
        new TypeError('Failed to fetch'),
        json(503, { status: 503, code: '01', type: 'serverError' }),
        json(200, parent),
      );
      vi.useFakeTimers();
      const promise = addChildren({ baseUrl: '/c', fetcher, retry: 2 }, { identityId: 'p', children: ['c'] });
      await vi.runAllTimersAsync();
      await expect(promise).resolves.toMatchObject({ id: parent.id });
      expect(fetcher).toHaveBeenCalledTimes(3);
    });

    it('honours Retry-After: 0 by retrying at once', async () => {
      const { fetcher } = queueFetcher(
        json(429, { status: 429, code: '32', type: 'tooManyRequests' }, { 'retry-after': '0' }),
        json(200, parent),
      );
      const identity = await addChildren(
        { baseUrl: '/c', fetcher, retry: 1 },
        { identityId: 'p', children: ['c'] },
      );
      expect(identity.id).toBe(parent.id);
      expect(fetcher).toHaveBeenCalledTimes(2);
    });

    it('waits Retry-After seconds before the retry', async () => {
      const { fetcher } = queueFetcher(json(429, {}, { 'retry-after': '2' }), json(200, parent));
      vi.useFakeTimers();
      const promise = addChildren({ baseUrl: '/c', fetcher, retry: 1 }, { identityId: 'p', children: ['c'] });
      await vi.advanceTimersByTimeAsync(1900);
      expect(fetcher).toHaveBeenCalledTimes(1);
      await vi.advanceTimersByTimeAsync(200);
      await expect(promise).resolves.toMatchObject({ id: parent.id });
      expect(fetcher).toHaveBeenCalledTimes(2);
    });

    it('reports rate-limited with retryAfterMs once retries are used up (HTTP date form)', async () => {
      const date = new Date(Date.now() + 5000).toUTCString();
      const { fetcher } = queueFetcher(json(429, {}, { 'retry-after': date }));
      const error = await rejection(
        addChildren({ baseUrl: '/c', fetcher, retry: 0 }, { identityId: 'p', children: ['c'] }),
      );
      expect(error.kind).toBe('rate-limited');
      expect(error.retryAfterMs).toBeGreaterThan(3000);
      expect(error.retryAfterMs).toBeLessThanOrEqual(5000);
    });

    it('never retries other 4xx', async () => {
      const { fetcher } = queueFetcher(json(404, { status: 404, code: '31', type: 'notFound' }));
      await rejection(
        addChildren({ baseUrl: '/c', fetcher, retry: 5 }, { identityId: 'p', children: ['c'] }),
      );
      expect(fetcher).toHaveBeenCalledTimes(1);
    });
  });

  describe('given a slow or cancelled call', () => {
    it('rejects with timeout even when the fetcher ignores the abort signal', async () => {
      const fetcher = vi.fn(() => new Promise<Response>(() => {}));
      vi.useFakeTimers();
      const promise = rejection(
        addChildren(
          { baseUrl: '/c', fetcher, timeoutMs: 1000, retry: 0 },
          { identityId: 'p', children: ['c'] },
        ),
      );
      await vi.advanceTimersByTimeAsync(1001);
      expect((await promise).kind).toBe('timeout');
    });

    it('times out a body that never finishes', async () => {
      const stream = new ReadableStream({ start() {} });
      const fetcher = vi.fn(async () => new Response(stream, { status: 200 }));
      vi.useFakeTimers();
      const promise = rejection(
        addChildren(
          { baseUrl: '/c', fetcher, timeoutMs: 500, retry: 0 },
          { identityId: 'p', children: ['c'] },
        ),
      );
      await vi.advanceTimersByTimeAsync(501);
      expect((await promise).kind).toBe('timeout');
    });

    it('rejects with aborted when the caller aborts, and the fetcher sees its signal fire', async () => {
      let seen: AbortSignal | undefined;
      const fetcher = vi.fn((_url: string, init: RequestInit) => {
        seen = init.signal ?? undefined;
        return new Promise<Response>(() => {});
      });
      const controller = new AbortController();
      const promise = rejection(
        addChildren(
          { baseUrl: '/c', fetcher },
          { identityId: 'p', children: ['c'] },
          { signal: controller.signal },
        ),
      );
      controller.abort();
      expect((await promise).kind).toBe('aborted');
      expect(seen?.aborted).toBe(true);
    });

    it('an already aborted signal sends nothing', async () => {
      const { fetcher } = queueFetcher(json(200, parent));
      const error = await rejection(
        addChildren(
          { baseUrl: '/c', fetcher },
          { identityId: 'p', children: ['c'] },
          { signal: AbortSignal.abort() },
        ),
      );
      expect(error.kind).toBe('aborted');
      expect(fetcher).not.toHaveBeenCalled();
    });

    it.each([
      ['a string', 'boom'],
      ['undefined', undefined],
      ['a DOMException', new DOMException('x', 'NetworkError')],
    ])('a fetcher throwing %s → network KinshipError', async (_title, thrown) => {
      const fetcher = vi.fn(async () => {
        throw thrown;
      });
      const error = await rejection(
        addChildren({ baseUrl: '/c', fetcher, retry: 0 }, { identityId: 'p', children: ['c'] }),
      );
      expect(error.kind).toBe('network');
    });
  });
});

describe('searchIdentities', () => {
  it('sends the documented filters as query parameters, and never q or an undocumented key', async () => {
    const { fetcher, calls } = queueFetcher(
      json(200, { data: [parent], pagination: { count: 1, next: 'n2', previous: null, total: 40 } }),
    );
    const query = { type: 'USER', country: 'CHL', limit: 20, status: 'ACTIVE', email: '', q: 'x', name: 'y' };
    const page = await searchIdentities({ baseUrl: '/c', fetcher }, query as IdentitySearchQuery);
    const url = new URL(calls[0]?.url ?? '', 'http://host');
    expect(url.pathname).toBe('/c/identities');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      type: 'USER',
      country: 'CHL',
      limit: '20',
      status: 'ACTIVE',
    });
    expect(page.data[0]?.id).toBe(parent.id);
    expect(page.pagination).toEqual({ count: 1, next: 'n2', previous: null, total: 40 });
  });

  describe('given typed text', () => {
    it.each([
      [' Lucia.Perez@Example.com ', { email: 'lucia.perez@example.com' }],
      ['17.604.011-4', { documentNumber: '17604011-4' }],
      ['+56 9 1111 1111', { phone: '+56911111111' }],
    ])('sends %j as the one filter it is: %j', async (text, expected) => {
      const { fetcher, calls } = queueFetcher(json(200, { data: [], pagination: {} }));
      await searchIdentities({ baseUrl: '/c', fetcher }, { text, limit: 5, next: 'c2' });
      const url = new URL(calls[0]?.url ?? '', 'http://host');
      expect(Object.fromEntries(url.searchParams)).toEqual({ ...expected, limit: '5', next: 'c2' });
    });

    it('answers a name with an empty page and sends nothing (Conomy has no name search)', async () => {
      const { fetcher } = queueFetcher(json(200, { data: [parent], pagination: {} }));
      const page = await searchIdentities({ baseUrl: '/c', fetcher }, { text: 'Lucía Pérez', limit: 5 });
      expect(page).toEqual({ data: [], pagination: { count: 0, next: null, previous: null, total: 0 } });
      expect(fetcher).not.toHaveBeenCalled();
    });

    it('sends blank text as no filter at all (the first unfiltered page)', async () => {
      const { fetcher, calls } = queueFetcher(json(200, { data: [parent], pagination: {} }));
      await searchIdentities({ baseUrl: '/c', fetcher }, { text: '   ', limit: 5 });
      expect(Object.fromEntries(new URL(calls[0]?.url ?? '', 'http://host').searchParams)).toEqual({
        limit: '5',
      });
    });
  });

  it('refuses an answer without data → invalid-response', async () => {
    const { fetcher } = queueFetcher(json(200, { items: [] }));
    const error = await rejection(searchIdentities({ baseUrl: '/c', fetcher }, {}));
    expect(error.kind).toBe('invalid-response');
  });
});

describe('removeChildren', () => {
  describe('given a valid input', () => {
    it('sends DELETE with exactly {"children":[…]} to the encoded identity path with the documented headers', async () => {
      const { fetcher, calls } = queueFetcher(json(200, { ...parent, children: null }));
      const identity = await removeChildren(
        { baseUrl: '/api/conomy/', fetcher },
        { identityId: 'a/b c', children: [' x ', 'y', 'x'] },
      );
      expect(calls).toHaveLength(1);
      const [call] = calls;
      expect(call?.url).toBe('/api/conomy/identities/a%2Fb%20c/children');
      expect(call?.init.method).toBe('DELETE');
      expect(call?.init.body).toBe('{"children":["x","y"]}');
      expect(call?.init.headers).toMatchObject({
        'content-type': 'application/json',
        'conomyhq-api-version': '24-04-2025',
      });
      expect(identity.children).toEqual([]);
      expect(identity.kyc).toEqual({ level: 2 });
    });
  });

  describe('given input refused before sending (the same rules as addChildren)', () => {
    it.each([
      ['a blank identity id', { identityId: ' ', children: ['c'] }, 'identityId'],
      ['no children', { identityId: 'p', children: [] }, 'children'],
      ['a blank child id', { identityId: 'p', children: [''] }, 'children'],
      ['the parent as its own child', { identityId: 'p', children: ['p'] }, 'children'],
      ['a dot segment', { identityId: '..', children: ['c'] }, 'identityId'],
    ])('%s → validation error on %s, no request', async (_title, input, field) => {
      const { fetcher } = queueFetcher(json(200, parent));
      const error = await rejection(removeChildren({ baseUrl: '/c', fetcher }, input));
      expect(error.kind).toBe('validation');
      expect(error.operation).toBe('removeChildren');
      expect(error.message).toBe('The children to unlink were refused before sending.');
      expect(Object.keys(error.fieldErrors ?? {})).toEqual([field]);
      expect(fetcher).not.toHaveBeenCalled();
    });
  });

  describe('given an error answer', () => {
    it.each([
      [
        404,
        { status: 404, code: '31', type: 'notFound', detail: 'child not linked', traceId: 't-9' },
        'not-found',
      ],
      [401, { statusCode: 401, error: 'Unauthorized', message: 'Token expired' }, 'unauthorized'],
    ])('HTTP %i → %s, read from either Conomy error shape, not retried', async (status, body, kind) => {
      const { fetcher } = queueFetcher(json(status, body));
      const error = await rejection(
        removeChildren({ baseUrl: '/c', fetcher, retry: 3 }, { identityId: 'p', children: ['c'] }),
      );
      expect(error.kind).toBe(kind);
      expect(error.operation).toBe('removeChildren');
      expect(fetcher).toHaveBeenCalledTimes(1);
      if ('detail' in body) {
        expect(error.message).toBe('child not linked');
        expect(error.code).toBe('31');
        expect(error.traceId).toBe('t-9');
      } else {
        expect(error.message).toBe('Token expired');
        expect(error.type).toBe('Unauthorized');
      }
    });

    it('an answer that is no identity → invalid-response', async () => {
      const { fetcher } = queueFetcher(json(200, { ok: true }));
      const error = await rejection(
        removeChildren({ baseUrl: '/c', fetcher }, { identityId: 'p', children: ['c'] }),
      );
      expect(error.kind).toBe('invalid-response');
      expect(error.operation).toBe('removeChildren');
    });
  });

  describe('given transient failures (unlinking is idempotent)', () => {
    it('retries network errors, 5xx and 429 with the same DELETE, then succeeds', async () => {
      const { fetcher, calls } = queueFetcher(
        new TypeError('Failed to fetch'),
        json(429, {}, { 'retry-after': '0' }),
        json(200, parent),
      );
      vi.useFakeTimers();
      const promise = removeChildren(
        { baseUrl: '/c', fetcher, retry: 2 },
        { identityId: 'p', children: ['c'] },
      );
      await vi.runAllTimersAsync();
      await expect(promise).resolves.toMatchObject({ id: parent.id });
      expect(calls.map((call) => `${call.init.method} ${call.url} ${call.init.body}`)).toEqual([
        'DELETE /c/identities/p/children {"children":["c"]}',
        'DELETE /c/identities/p/children {"children":["c"]}',
        'DELETE /c/identities/p/children {"children":["c"]}',
      ]);
    });
  });

  it('an already aborted signal sends nothing and rejects with aborted', async () => {
    const { fetcher } = queueFetcher(json(200, parent));
    const controller = new AbortController();
    controller.abort();
    const error = await rejection(
      removeChildren(
        { baseUrl: '/c', fetcher },
        { identityId: 'p', children: ['c'] },
        { signal: controller.signal },
      ),
    );
    expect(error.kind).toBe('aborted');
    expect(fetcher).not.toHaveBeenCalled();
  });
});

describe('getIdentity', () => {
  it('sends GET to the encoded identity path without a body, with the API version', async () => {
    const { fetcher, calls } = queueFetcher(json(200, parent));
    const identity = await getIdentity({ baseUrl: '/api/conomy', fetcher }, { identityId: ' a/b ' });
    expect(calls).toHaveLength(1);
    expect(calls[0]?.url).toBe('/api/conomy/identities/a%2Fb');
    expect(calls[0]?.init.method).toBe('GET');
    expect(calls[0]?.init.body).toBeUndefined();
    expect(calls[0]?.init.headers).toMatchObject({ 'conomyhq-api-version': '24-04-2025' });
    expect(identity).toMatchObject({ id: parent.id, kyc: { level: 2 } });
    expect(identity.children).toEqual(parent.children);
  });

  it('turns "children": null into an empty list', async () => {
    const { fetcher } = queueFetcher(json(200, { id: 'p', children: null }));
    const identity = await getIdentity({ baseUrl: '/c', fetcher }, { identityId: 'p' });
    expect(identity.children).toEqual([]);
  });

  it.each([
    ['a blank id', { identityId: '  ' }, 'blank'],
    ['no id', {}, 'required'],
    ['a number', { identityId: 7 }, 'invalid-type'],
    ['a dot segment', { identityId: '..' }, 'invalid-id'],
  ])('given %s, it refuses with a validation error and sends nothing', async (_title, input, code) => {
    const { fetcher } = queueFetcher(json(200, parent));
    const error = await rejection(
      getIdentity({ baseUrl: '/c', fetcher }, input as unknown as { identityId: string }),
    );
    expect(error.kind).toBe('validation');
    expect(error.operation).toBe('getIdentity');
    expect(error.fieldErrors).toEqual({ identityId: [code] });
    expect(fetcher).not.toHaveBeenCalled();
  });

  it('given a 404 in the current Conomy shape, it rejects with not-found and its trace id, once', async () => {
    const { fetcher } = queueFetcher(
      json(404, { status: 404, code: '31', type: 'notFound', detail: 'identity not found', traceId: 't-3' }),
    );
    const error = await rejection(getIdentity({ baseUrl: '/c', fetcher, retry: 2 }, { identityId: 'p' }));
    expect(error.kind).toBe('not-found');
    expect(error.traceId).toBe('t-3');
    expect(fetcher).toHaveBeenCalledTimes(1);
  });

  it('given 503 then an identity, it retries (a read is idempotent)', async () => {
    const { fetcher } = queueFetcher(
      json(503, { statusCode: 503, error: 'Service Unavailable' }),
      json(200, parent),
    );
    vi.useFakeTimers();
    const promise = getIdentity({ baseUrl: '/c', fetcher, retry: 1 }, { identityId: 'p' });
    await vi.runAllTimersAsync();
    await expect(promise).resolves.toMatchObject({ id: parent.id });
    expect(fetcher).toHaveBeenCalledTimes(2);
  });

  it('given an answer that is no identity, it rejects with invalid-response', async () => {
    const { fetcher } = queueFetcher(() => new Response('<html></html>', { status: 200 }));
    const error = await rejection(getIdentity({ baseUrl: '/c', fetcher }, { identityId: 'p' }));
    expect(error.kind).toBe('invalid-response');
    expect(error.operation).toBe('getIdentity');
  });
});
