import { afterEach, describe, expect, it, vi } from 'vitest';
import { rejection } from '../../test/support/rejection.js';
import { getConsentStatus } from './consentStatus.js';

vi.mock('react', () => ({}));

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

function fetcherAnswering(answer: () => Response | Promise<Response>) {
  const calls: Array<{ url: string; init: RequestInit }> = [];
  const fetcher = vi.fn(async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    return answer();
  });
  return { fetcher, calls };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('getConsentStatus', () => {
  it('sends GET {baseUrl}/consent-status/{serviceId} (encoded) and resolves with the record', async () => {
    const { fetcher, calls } = fetcherAnswering(() =>
      json(200, { serviceId: '5a33/4e', status: 'pending', updatedAt: '2026-01-02T03:04:05.000Z', extra: 1 }),
    );
    const record = await getConsentStatus({ baseUrl: '/api/privo/', fetcher }, { serviceId: ' 5a33/4e ' });
    expect(calls).toHaveLength(1);
    expect(calls[0]?.url).toBe('/api/privo/consent-status/5a33%2F4e');
    expect(calls[0]?.init.method).toBe('GET');
    expect(calls[0]?.init.body).toBeUndefined();
    expect(record).toEqual({
      serviceId: '5a33/4e',
      status: 'pending',
      updatedAt: '2026-01-02T03:04:05.000Z',
    });
  });

  it("lower-cases PRIVO's upper-case state, fills a missing serviceId and reads epoch milliseconds", async () => {
    const { fetcher } = fetcherAnswering(() => json(200, { status: 'APPROVED', updatedAt: 0 }));
    const record = await getConsentStatus({ baseUrl: '/p', fetcher }, { serviceId: 's1' });
    expect(record).toEqual({ serviceId: 's1', status: 'approved', updatedAt: '1970-01-01T00:00:00.000Z' });
  });

  it('keeps an unknown state as it is (the set is open) and a missing updatedAt as null', async () => {
    const { fetcher } = fetcherAnswering(() => json(200, { serviceId: 's1', status: 'revoked' }));
    const record = await getConsentStatus({ baseUrl: '/p', fetcher }, { serviceId: 's1' });
    expect(record).toEqual({ serviceId: 's1', status: 'revoked', updatedAt: null });
  });

  it('given a 404 (nothing known yet), it rejects with not-found and asks once', async () => {
    const { fetcher } = fetcherAnswering(() => json(404, { message: 'Not found' }));
    const error = await rejection(
      getConsentStatus({ baseUrl: '/p', fetcher, retry: 2 }, { serviceId: 's1' }),
    );
    expect(error.kind).toBe('not-found');
    expect(error.operation).toBe('getConsentStatus');
    expect(fetcher).toHaveBeenCalledTimes(1);
  });

  it('given a 503 then a record, it retries (a read is idempotent)', async () => {
    const answers = [json(503, {}), json(200, { status: 'denied' })];
    const { fetcher } = fetcherAnswering(() => answers.shift() ?? json(500, {}));
    vi.useFakeTimers();
    const promise = getConsentStatus({ baseUrl: '/p', fetcher, retry: 1 }, { serviceId: 's1' });
    await vi.runAllTimersAsync();
    await expect(promise).resolves.toMatchObject({ status: 'denied' });
    expect(fetcher).toHaveBeenCalledTimes(2);
  });

  it.each([
    ['no status', { serviceId: 's1' }],
    ['a blank status', { status: ' ' }],
    ['a numeric status', { status: 3 }],
    ['an array', [{ status: 'approved' }]],
  ])('given an answer with %s, it rejects with invalid-response', async (_title, body) => {
    const { fetcher } = fetcherAnswering(() => json(200, body));
    const error = await rejection(getConsentStatus({ baseUrl: '/p', fetcher }, { serviceId: 's1' }));
    expect(error.kind).toBe('invalid-response');
  });

  it('given a blank service id, it refuses with a validation error and sends nothing', async () => {
    const { fetcher } = fetcherAnswering(() => json(200, { status: 'pending' }));
    const error = await rejection(getConsentStatus({ baseUrl: '/p', fetcher }, { serviceId: ' ' }));
    expect(error.kind).toBe('validation');
    expect(error.fieldErrors).toEqual({ serviceId: ['blank'] });
    expect(fetcher).not.toHaveBeenCalled();
  });
});
