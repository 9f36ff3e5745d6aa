import { act, renderHook } from '@testing-library/react';
import { type ReactNode, StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { KinshipProvider } from './KinshipProvider.js';
import { useConsentStatus } from './useConsentStatus.js';

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });
}

/** A fetcher answering at once from a script (the last answer repeats), recording every request. */
function scriptedFetcher(...answers: Array<() => Response>) {
  const requests: Array<{ url: string; init: RequestInit }> = [];
  const fetcher = vi.fn(async (url: string, init: RequestInit) => {
    requests.push({ url, init });
    const next = answers.length > 1 ? answers.shift() : answers[0];
    return (next as () => Response)();
  });
  return { fetcher, requests };
}

/** A fetcher whose answers the test resolves by hand. */
function manualFetcher() {
  const requests: Array<{ url: string; init: RequestInit; resolve: (response: Response) => void }> = [];
  const fetcher = vi.fn(
    (url: string, init: RequestInit) =>
      new Promise<Response>((resolve) => {
        requests.push({ url, init, resolve });
      }),
  );
  return { fetcher, requests };
}

const pending = () => json(200, { serviceId: 's1', status: 'pending', updatedAt: null });

function providerWith(fetcher: (url: string, init: RequestInit) => Promise<Response>, strict = false) {
  return ({ children }: { children: ReactNode }) => {
    const tree = <KinshipProvider privo={{ baseUrl: '/api/privo', fetcher }}>{children}</KinshipProvider>;
    return strict ? <StrictMode>{tree}</StrictMode> : tree;
  };
}

let visibility: DocumentVisibilityState = 'visible';
let online = true;

function setVisibility(state: DocumentVisibilityState) {
  visibility = state;
  document.dispatchEvent(new Event('visibilitychange'));
}

function setOnline(value: boolean) {
  online = value;
  window.dispatchEvent(new Event(value ? 'online' : 'offline'));
}

/** Lets fake time pass inside act, running the answers' promise callbacks. */
async function elapse(ms: number) {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
}

beforeEach(() => {
  visibility = 'visible';
  online = true;
  vi.spyOn(document, 'visibilityState', 'get').mockImplementation(() => visibility);
  vi.spyOn(navigator, 'onLine', 'get').mockImplementation(() => online);
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('useConsentStatus', () => {
  describe('given a visible page and an online browser', () => {
    it('asks GET {privo}/consent-status/{serviceId} at once, then every intervalMs', async () => {
      const { fetcher, requests } = scriptedFetcher(pending);
      const { result } = renderHook(() => useConsentStatus({ serviceId: 's1', intervalMs: 1000 }), {
        wrapper: providerWith(fetcher),
      });
      expect(result.current.status).toBeUndefined();
      await elapse(0);
      expect(requests.map((request) => request.url)).toEqual(['/api/privo/consent-status/s1']);
      expect(result.current.status).toBe('pending');
      expect(result.current.record).toEqual({ serviceId: 's1', status: 'pending', updatedAt: null });
      await elapse(999);
      expect(requests).toHaveLength(1);
      await elapse(1);
      expect(requests).toHaveLength(2);
    });

    it('waits 5 seconds between asks by default', async () => {
      const { fetcher, requests } = scriptedFetcher(pending);
      renderHook(() => useConsentStatus({ serviceId: 's1' }), { wrapper: providerWith(fetcher) });
      await elapse(4999);
      expect(requests).toHaveLength(1);
      await elapse(1);
      expect(requests).toHaveLength(2);
    });
  });

  describe('given a hidden page', () => {
    it('asks nothing while hidden, then asks at once when the page becomes visible', async () => {
      visibility = 'hidden';
      const { fetcher, requests } = scriptedFetcher(pending);
      const { result } = renderHook(() => useConsentStatus({ serviceId: 's1', intervalMs: 1000 }), {
        wrapper: providerWith(fetcher),
      });
      await elapse(60_000);
      expect(requests).toHaveLength(0);
      act(() => setVisibility('visible'));
      await elapse(0);
      expect(requests).toHaveLength(1);
      expect(result.current.status).toBe('pending');
    });

    it('stops asking when the page is hidden after a while', async () => {
      const { fetcher, requests } = scriptedFetcher(pending);
      renderHook(() => useConsentStatus({ serviceId: 's1', intervalMs: 1000 }), {
        wrapper: providerWith(fetcher),
      });
      await elapse(0);
      act(() => setVisibility('hidden'));
      await elapse(60_000);
      expect(requests).toHaveLength(1);
    });
  });

  describe('given an offline browser', () => {
    it('asks nothing while offline, then asks at once when it is back online', async () => {
      online = false;
      const { fetcher, requests } = scriptedFetcher(pending);
      renderHook(() => useConsentStatus({ serviceId: 's1', intervalMs: 1000 }), {
        wrapper: providerWith(fetcher),
      });
      await elapse(60_000);
      expect(requests).toHaveLength(0);
      act(() => setOnline(true));
      await elapse(0);
      expect(requests).toHaveLength(1);
      act(() => setOnline(false));
      await elapse(60_000);
      expect(requests).toHaveLength(1);
    });
  });

  describe('given errors', () => {
    it('backs off: the next asks come 2× and 4× the interval later, and the error is shown', async () => {
      const { fetcher, requests } = scriptedFetcher(() => json(503, { message: 'Service Unavailable' }));
      const { result } = renderHook(() => useConsentStatus({ serviceId: 's1', intervalMs: 1000 }), {
        wrapper: providerWith(fetcher),
      });
      await elapse(0);
      expect(requests).toHaveLength(1);
      expect(result.current.error?.kind).toBe('server');
      await elapse(1999);
      expect(requests).toHaveLength(1);
      await elapse(1);
      expect(requests).toHaveLength(2);
      await elapse(3999);
      expect(requests).toHaveLength(2);
      await elapse(1);
      expect(requests).toHaveLength(3);
    });

    it('waits as long as Retry-After says', async () => {
      const { fetcher, requests } = scriptedFetcher(() => json(429, {}, { 'retry-after': '20' }), pending);
      const { result } = renderHook(() => useConsentStatus({ serviceId: 's1', intervalMs: 1000 }), {
        wrapper: providerWith(fetcher),
      });
      await elapse(0);
      expect(result.current.error).toMatchObject({ kind: 'rate-limited', retryAfterMs: 20_000 });
      await elapse(19_999);
      expect(requests).toHaveLength(1);
      await elapse(1);
      expect(requests).toHaveLength(2);
      expect(result.current.error).toBeUndefined();
      expect(result.current.status).toBe('pending');
    });

    it('reads 404 as nothing known yet: no status, no error, polling goes on at the interval', async () => {
      const { fetcher, requests } = scriptedFetcher(() => json(404, { message: 'Not found' }));
      const { result } = renderHook(() => useConsentStatus({ serviceId: 's1', intervalMs: 1000 }), {
        wrapper: providerWith(fetcher),
      });
      await elapse(0);
      expect(result.current.status).toBeUndefined();
      expect(result.current.error).toBeUndefined();
      await elapse(1000);
      expect(requests).toHaveLength(2);
    });
  });

  describe('given a final state', () => {
    it.each(['APPROVED', 'denied', 'expired'])('stops asking once the status is %s', async (status) => {
      const { fetcher, requests } = scriptedFetcher(() =>
        json(200, { serviceId: 's1', status, updatedAt: null }),
      );
      const { result } = renderHook(() => useConsentStatus({ serviceId: 's1', intervalMs: 1000 }), {
        wrapper: providerWith(fetcher),
      });
      await elapse(0);
      expect(result.current.status).toBe(status.toLowerCase());
      await elapse(600_000);
      act(() => setVisibility('hidden'));
      act(() => setVisibility('visible'));
      await elapse(600_000);
      expect(requests).toHaveLength(1);
    });
  });

  describe('when the host calls refresh()', () => {
    it('asks at once, without waiting for the interval', async () => {
      const { fetcher, requests } = scriptedFetcher(pending, () =>
        json(200, { serviceId: 's1', status: 'approved', updatedAt: '2026-01-01T00:00:00.000Z' }),
      );
      const { result } = renderHook(() => useConsentStatus({ serviceId: 's1', intervalMs: 60_000 }), {
        wrapper: providerWith(fetcher),
      });
      await elapse(0);
      act(() => result.current.refresh());
      await elapse(0);
      expect(requests).toHaveLength(2);
      expect(result.current.status).toBe('approved');
    });
  });

  describe('given the serviceId changes while an ask is in flight', () => {
    it('aborts the old ask, drops its answer and follows the new id', async () => {
      const { fetcher, requests } = manualFetcher();
      const { result, rerender } = renderHook(
        ({ serviceId }) => useConsentStatus({ serviceId, intervalMs: 1000 }),
        {
          wrapper: providerWith(fetcher),
          initialProps: { serviceId: 's1' },
        },
      );
      rerender({ serviceId: 's2' });
      expect(requests[0]?.init.signal?.aborted).toBe(true);
      expect(requests[1]?.url).toBe('/api/privo/consent-status/s2');
      await act(async () => requests[0]?.resolve(json(200, { serviceId: 's1', status: 'approved' })));
      expect(result.current.status).toBeUndefined();
      await act(async () => requests[1]?.resolve(json(200, { serviceId: 's2', status: 'postponed' })));
      expect(result.current.record).toMatchObject({ serviceId: 's2', status: 'postponed' });
    });
  });

  describe('given an unmount while an ask is in flight', () => {
    it('aborts it and asks nothing more', async () => {
      const { fetcher, requests } = manualFetcher();
      const { unmount } = renderHook(() => useConsentStatus({ serviceId: 's1', intervalMs: 1000 }), {
        wrapper: providerWith(fetcher),
      });
      unmount();
      expect(requests[0]?.init.signal?.aborted).toBe(true);
      await elapse(60_000);
      expect(requests).toHaveLength(1);
    });
  });

  describe('given React Strict Mode (effects run twice)', () => {
    it('keeps one live ask and one timer', async () => {
      const { fetcher, requests } = scriptedFetcher(pending);
      const { result } = renderHook(() => useConsentStatus({ serviceId: 's1', intervalMs: 1000 }), {
        wrapper: providerWith(fetcher, true),
      });
      await elapse(0);
      const live = requests.filter((request) => !request.init.signal?.aborted);
      expect(live).toHaveLength(1);
      expect(result.current.status).toBe('pending');
      const before = requests.length;
      await elapse(1000);
      expect(requests.length - before).toBe(1);
    });
  });

  describe('given server rendering', () => {
    it('renders no status and asks nothing', () => {
      const { fetcher } = scriptedFetcher(pending);
      function Probe() {
        const { status } = useConsentStatus({ serviceId: 's1' });
        return <p>{status ?? 'unknown'}</p>;
      }
      const html = renderToString(
        <KinshipProvider privo={{ baseUrl: '/api/privo', fetcher }}>
          <Probe />
        </KinshipProvider>,
      );
      expect(html).toContain('unknown');
      expect(fetcher).not.toHaveBeenCalled();
    });
  });
});
