import { act, renderHook } from '@testing-library/react';
import { type ReactNode, StrictMode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { removeChildren } from '../core/conomy.js';
import { KinshipError } from '../core/errors.js';
import { KinshipProvider } from './KinshipProvider.js';
import { useRemoveChildren } from './useRemoveChildren.js';

/** A fetcher whose answers the test resolves by hand, recording every request and its signal. */
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

function ok(body: unknown): Response {
  return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
}

const parentAfter = { id: 'parent-1', status: 'ACTIVE', children: null };

function providerWith(fetcher: (url: string, init: RequestInit) => Promise<Response>, strict = false) {
  return ({ children }: { children: ReactNode }) => {
    const tree = (
      <KinshipProvider conomy={{ baseUrl: '/api/conomy', fetcher, retry: 0 }}>{children}</KinshipProvider>
    );
    return strict ? <StrictMode>{tree}</StrictMode> : tree;
  };
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('useRemoveChildren', () => {
  describe('given a provider with the host fetcher', () => {
    it('goes idle → pending → success, sending one DELETE with the children', async () => {
      const { fetcher, requests } = manualFetcher();
      const onSuccess = vi.fn();
      const { result } = renderHook(() => useRemoveChildren({ identityId: 'parent-1', onSuccess }), {
        wrapper: providerWith(fetcher),
      });
      expect(result.current).toMatchObject({ status: 'idle', isIdle: true, data: undefined });
      act(() => result.current.removeChildren([' c1 ', 'c1']));
      expect(result.current).toMatchObject({ status: 'pending', isPending: true });
      expect(requests).toHaveLength(1);
      expect(requests[0]?.url).toBe('/api/conomy/identities/parent-1/children');
      expect(requests[0]?.init.method).toBe('DELETE');
      expect(requests[0]?.init.body).toBe('{"children":["c1"]}');
      await act(async () => requests[0]?.resolve(ok(parentAfter)));
      expect(result.current).toMatchObject({ status: 'success', isSuccess: true });
      expect(result.current.data?.children).toEqual([]);
      expect(onSuccess).toHaveBeenCalledWith(expect.objectContaining({ id: 'parent-1' }), [' c1 ', 'c1']);
    });

    it('sends one request while pending, and the async form returns the in-flight promise', async () => {
      const { fetcher, requests } = manualFetcher();
      const { result } = renderHook(() => useRemoveChildren({ identityId: 'parent-1' }), {
        wrapper: providerWith(fetcher),
      });
      let first!: Promise<unknown>;
      let second!: Promise<unknown>;
      act(() => {
        first = result.current.removeChildrenAsync(['c1']);
        result.current.removeChildren(['c2']);
        second = result.current.removeChildrenAsync(['c3']);
      });
      expect(requests).toHaveLength(1);
      expect(second).toBe(first);
      await act(async () => requests[0]?.resolve(ok(parentAfter)));
      await expect(first).resolves.toMatchObject({ id: 'parent-1' });
    });

    it('reset returns to idle and aborts the request in flight', () => {
      const { fetcher, requests } = manualFetcher();
      const { result } = renderHook(() => useRemoveChildren({ identityId: 'parent-1' }), {
        wrapper: providerWith(fetcher),
      });
      act(() => result.current.removeChildren(['c1']));
      act(() => result.current.reset());
      expect(result.current.status).toBe('idle');
      expect(requests[0]?.init.signal?.aborted).toBe(true);
    });
  });

  describe('given refused input', () => {
    it.each([
      { identityId: 'parent-1', children: ['parent-1'] },
      { identityId: 'parent-1', children: [] },
      { identityId: '  ', children: ['..'] },
    ])(
      'refuses %j with the same error as the removeChildren operation, sending nothing',
      async ({ identityId, children }) => {
        const { fetcher } = manualFetcher();
        const onError = vi.fn();
        const { result } = renderHook(() => useRemoveChildren({ identityId, onError }), {
          wrapper: providerWith(fetcher),
        });
        const fromHook = await act(() =>
          result.current.removeChildrenAsync(children).catch((error: unknown) => error),
        );
        const fromOperation = await removeChildren(
          { baseUrl: '/api/conomy', fetcher },
          { identityId, children },
        ).catch((error: unknown) => error);
        const asSeen = (error: unknown) => {
          const { kind, message, operation, fieldErrors } = error as KinshipError;
          return { kind, message, operation, fieldErrors };
        };
        expect(fromHook).toBeInstanceOf(KinshipError);
        expect(asSeen(fromHook)).toEqual(asSeen(fromOperation));
        expect(result.current.status).toBe('error');
        expect(onError).toHaveBeenCalledTimes(1);
        expect(fetcher).not.toHaveBeenCalled();
      },
    );
  });

  describe('given a server error', () => {
    it('ends in error with the mapped kind from the older Conomy shape', async () => {
      const { fetcher, requests } = manualFetcher();
      const { result } = renderHook(() => useRemoveChildren({ identityId: 'parent-1' }), {
        wrapper: providerWith(fetcher),
      });
      act(() => result.current.removeChildren(['c1']));
      await act(async () =>
        requests[0]?.resolve(
          new Response(
            JSON.stringify({ statusCode: 403, error: 'Forbidden', message: 'token lacks scope' }),
            {
              status: 403,
            },
          ),
        ),
      );
      expect(result.current.status).toBe('error');
      expect(result.current.error).toMatchObject({ kind: 'unauthorized', message: 'token lacks scope' });
    });
  });

  describe('given a host callback that throws', () => {
    it('keeps the state right and reports the error', async () => {
      const reportError = vi.fn();
      vi.stubGlobal('reportError', reportError);
      const { fetcher, requests } = manualFetcher();
      const { result } = renderHook(
        () =>
          useRemoveChildren({
            identityId: 'parent-1',
            onSuccess: () => {
              throw new Error('host bug');
            },
          }),
        { wrapper: providerWith(fetcher) },
      );
      act(() => result.current.removeChildren(['c1']));
      await act(async () => requests[0]?.resolve(ok(parentAfter)));
      expect(result.current.status).toBe('success');
      expect(reportError).toHaveBeenCalledWith(expect.objectContaining({ message: 'host bug' }));
    });
  });

  describe('given an unmount while pending', () => {
    it('aborts the request and calls nothing back', async () => {
      const { fetcher, requests } = manualFetcher();
      const onSuccess = vi.fn();
      const onError = vi.fn();
      const { result, unmount } = renderHook(
        () => useRemoveChildren({ identityId: 'parent-1', onSuccess, onError }),
        {
          wrapper: providerWith(fetcher, true),
        },
      );
      act(() => result.current.removeChildren(['c1']));
      unmount();
      expect(requests[0]?.init.signal?.aborted).toBe(true);
      await act(async () => requests[0]?.resolve(ok(parentAfter)));
      expect(onSuccess).not.toHaveBeenCalled();
      expect(onError).not.toHaveBeenCalled();
    });
  });
});
