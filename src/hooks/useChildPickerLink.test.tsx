import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { KinshipError } from '../core/errors.js';
import type { Identity } from '../core/schemas.js';
import { KinshipProvider } from './KinshipProvider.js';
import { useChildPickerLink } from './useChildPickerLink.js';

/** A fetcher whose answers the test resolves by hand, recording every request. */
function manualFetcher() {
  const requests: Array<{
    url: string;
    init: RequestInit;
    resolve: (response: Response) => void;
    reject: (e: unknown) => void;
  }> = [];
  const fetcher = vi.fn(
    (url: string, init: RequestInit) =>
      new Promise<Response>((resolve, reject) => {
        requests.push({ url, init, resolve, reject });
      }),
  );
  return { fetcher, requests };
}

function person(id: string, name: string): Identity {
  return { id, type: 'USER', name, lastname: 'Soto', status: 'ACTIVE', children: [] } as unknown as Identity;
}

const CANDIDATES = [person('parent-1', 'Lucía'), person('c-1', 'Ana'), person('c-2', 'Tomás')];
const UPDATED_PARENT = {
  id: 'parent-1',
  type: 'USER',
  status: 'ACTIVE',
  name: 'Lucía',
  lastname: 'Soto',
  children: [
    { id: 'c-1', name: 'Ana', email: null },
    { id: 'c-2', name: 'Tomás', email: null },
  ],
};

function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });
}

function renderLink(fetcher: ReturnType<typeof manualFetcher>['fetcher'], onLinked = vi.fn()) {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <KinshipProvider conomy={{ baseUrl: '/api/conomy', fetcher, retry: 0 }}>{children}</KinshipProvider>
  );
  const view = renderHook(
    () =>
      useChildPickerLink({
        identityId: 'parent-1',
        candidates: CANDIDATES,
        defaultValue: ['c-1', 'c-2'],
        onLinked,
      }),
    { wrapper },
  );
  return { ...view, onLinked };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('useChildPickerLink', () => {
  describe('given a selection and the host fetcher', () => {
    it('goes idle → pending → success, sends one request under repeated submits, and starts fresh', async () => {
      const { fetcher, requests } = manualFetcher();
      const { result, onLinked } = renderLink(fetcher);
      expect(result.current).toMatchObject({ status: 'idle', canSubmit: true, outcome: null, alert: null });

      act(() => {
        result.current.submit();
        result.current.submit();
      });
      act(() => result.current.submit());
      expect(result.current).toMatchObject({ status: 'pending', isPending: true, canSubmit: false });
      expect(requests).toHaveLength(1);
      expect(requests[0]?.url).toBe('/api/conomy/identities/parent-1/children');
      expect(requests[0]?.init.body).toBe('{"children":["c-1","c-2"]}');

      await act(async () => requests[0]?.resolve(json(UPDATED_PARENT)));
      expect(result.current.status).toBe('success');
      expect(result.current.outcome?.parent.id).toBe('parent-1');
      expect(result.current.outcome?.linked.map((item) => item.name)).toEqual(['Ana', 'Tomás']);
      expect(onLinked).toHaveBeenCalledTimes(1);
      // The picker starts fresh and the linked children show as linked.
      expect(result.current.picker.selectedIds).toEqual([]);
      expect(result.current.picker.isLinked('c-1')).toBe(true);
      expect(result.current.canSubmit).toBe(false);
    });

    it('after a failure keeps the selection, words the alert, and retry sends the same children again', async () => {
      const { fetcher, requests } = manualFetcher();
      const { result } = renderLink(fetcher);
      act(() => result.current.submit());
      await act(async () =>
        requests[0]?.resolve(json({ status: 429 }, 429, { 'retry-after': '30', 'x-trace-id': 'tr-1' })),
      );
      expect(result.current.status).toBe('error');
      expect(result.current.error?.kind).toBe('rate-limited');
      expect(result.current.alert?.messages[0]).toEqual({
        key: 'error.rate-limited.wait',
        values: { seconds: 30 },
      });
      expect(result.current.picker.selectedIds).toEqual(['c-1', 'c-2']);

      act(() => result.current.retry());
      expect(result.current.status).toBe('pending');
      expect(requests).toHaveLength(2);
      expect(requests[1]?.init.body).toBe(requests[0]?.init.body);
      await act(async () => requests[1]?.resolve(json(UPDATED_PARENT)));
      expect(result.current).toMatchObject({ status: 'success', error: null, alert: null });
    });

    it('says the link may have gone through when the error says so', async () => {
      const { fetcher } = manualFetcher();
      fetcher.mockRejectedValueOnce(
        new KinshipError('timeout', 'x', { operation: 'addChildren', mayHaveSucceeded: true }),
      );
      const { result } = renderLink(fetcher);
      await act(async () => result.current.submit());
      expect(result.current.alert?.messages.map((line) => line.key)).toEqual(['error.may-have-succeeded']);
    });

    it('lists field errors after the kind’s message', async () => {
      const { fetcher } = manualFetcher();
      fetcher.mockRejectedValueOnce(
        new KinshipError('validation', 'x', {
          operation: 'addChildren',
          fieldErrors: { children: ['taken'] },
        }),
      );
      const { result } = renderLink(fetcher);
      await act(async () => result.current.submit());
      expect(result.current.alert?.messages[0]?.key).toBe('error.validation');
      expect(result.current.alert?.fieldErrors).toEqual(['taken']);
    });
  });

  describe('given the browser is offline', () => {
    it('sends nothing, reports the offline error, and retries only once back online', async () => {
      const { fetcher, requests } = manualFetcher();
      const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
      const { result } = renderLink(fetcher);
      act(() => window.dispatchEvent(new Event('offline')));
      act(() => result.current.submit());
      expect(requests).toHaveLength(0);
      expect(result.current).toMatchObject({ status: 'error', isOffline: true, canRetry: false });
      expect(result.current.error).toMatchObject({ kind: 'network', operation: 'addChildren' });
      expect(result.current.alert?.messages).toEqual([{ key: 'error.offline' }]);
      act(() => result.current.retry());
      expect(requests).toHaveLength(0);
      expect(result.current.picker.selectedIds).toEqual(['c-1', 'c-2']);

      onLine.mockReturnValue(true);
      act(() => window.dispatchEvent(new Event('online')));
      expect(result.current.canRetry).toBe(true);
      act(() => result.current.retry());
      expect(requests).toHaveLength(1);
      expect(result.current.status).toBe('pending');
    });
  });
});
