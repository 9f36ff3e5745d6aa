import { act, renderHook, waitFor } from '@testing-library/react';
import { type ReactNode, StrictMode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { addChildren } from '../core/conomy.js';
import { KinshipError } from '../core/errors.js';
import { KinshipProvider } from './KinshipProvider.js';
import { useAddChildren } from './useAddChildren.js';

/** A fetcher whose answers the test resolves by hand, recording every request and its signal. */
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

const parent = {
  id: 'parent-1',
  type: 'USER',
  status: 'ACTIVE',
  name: 'Lucía',
  children: [{ id: 'c1', name: 'Tomás', email: null }],
};

function ok(body: unknown): Response {
  return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
}

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
});

describe('useAddChildren', () => {
  describe('given a provider with the host fetcher', () => {
    it('goes idle → pending → success, sending one request, with flags derived from status', async () => {
      const { fetcher, requests } = manualFetcher();
      const { result } = renderHook(() => useAddChildren({ identityId: 'parent-1' }), {
        wrapper: providerWith(fetcher),
      });
      expect(result.current).toMatchObject({
        status: 'idle',
        isIdle: true,
        isPending: false,
        data: undefined,
      });

      act(() => result.current.addChildren(['c1']));
      expect(result.current).toMatchObject({ status: 'pending', isPending: true, isIdle: false });
      expect(requests).toHaveLength(1);
      expect(requests[0]?.url).toBe('/api/conomy/identities/parent-1/children');
      expect(requests[0]?.init.body).toBe('{"children":["c1"]}');

      await act(async () => requests[0]?.resolve(ok(parent)));
      expect(result.current).toMatchObject({ status: 'success', isSuccess: true, isPending: false });
      expect(result.current.data?.children).toEqual(parent.children);
    });

    it('reset returns to idle', async () => {
      const { fetcher, requests } = manualFetcher();
      const { result } = renderHook(() => useAddChildren({ identityId: 'parent-1' }), {
        wrapper: providerWith(fetcher),
      });
      act(() => result.current.addChildren(['c1']));
      await act(async () => requests[0]?.resolve(ok(parent)));
      act(() => result.current.reset());
      expect(result.current.status).toBe('idle');
      expect(result.current.data).toBeUndefined();
    });
  });

  describe('given a pending submission', () => {
    describe('when the user clicks again, many times', () => {
      it('sends one request, and the async form returns the in-flight promise', async () => {
        const { fetcher, requests } = manualFetcher();
        const { result } = renderHook(() => useAddChildren({ identityId: 'parent-1' }), {
          wrapper: providerWith(fetcher),
        });
        let first!: Promise<unknown>;
        let second!: Promise<unknown>;
        act(() => {
          first = result.current.addChildrenAsync(['c1']);
          result.current.addChildren(['c1']);
          result.current.addChildren(['c2']);
          second = result.current.addChildrenAsync(['c3']);
        });
        expect(requests).toHaveLength(1);
        expect(second).toBe(first);
        await act(async () => requests[0]?.resolve(ok(parent)));
        await expect(first).resolves.toMatchObject({ id: 'parent-1' });
      });
    });
  });

  describe('given refused input', () => {
    it('ends in error with a validation KinshipError and sends nothing', () => {
      const { fetcher } = manualFetcher();
      const onError = vi.fn();
      const { result } = renderHook(() => useAddChildren({ identityId: 'parent-1', onError }), {
        wrapper: providerWith(fetcher),
      });
      act(() => result.current.addChildren(['parent-1']));
      expect(result.current.status).toBe('error');
      expect(result.current.error?.kind).toBe('validation');
      expect(result.current.error?.fieldErrors).toEqual({ children: ['self-link'] });
      expect(onError).toHaveBeenCalledTimes(1);
      expect(fetcher).not.toHaveBeenCalled();
    });

    it.each([
      { identityId: 'parent-1', children: ['parent-1'] },
      { identityId: 'parent-1', children: [] },
      { identityId: '  ', children: ['..', ' '] },
    ])('refuses %j with the same error as the addChildren operation', async ({ identityId, children }) => {
      const { fetcher } = manualFetcher();
      const { result } = renderHook(() => useAddChildren({ identityId }), { wrapper: providerWith(fetcher) });
      const fromHook = await act(() =>
        result.current.addChildrenAsync(children).catch((error: unknown) => error),
      );
      const fromOperation = await addChildren(
        { baseUrl: '/api/conomy', fetcher },
        { identityId, children },
      ).catch((error: unknown) => error);
      const asSeen = (error: unknown) => {
        const { kind, message, operation, fieldErrors } = error as KinshipError;
        return { kind, message, operation, fieldErrors };
      };
      expect(fromHook).toBeInstanceOf(KinshipError);
      expect(asSeen(fromHook)).toEqual(asSeen(fromOperation));
      expect(fetcher).not.toHaveBeenCalled();
    });
  });

  describe('given a server error', () => {
    it('ends in error with the mapped kind, and the fire-and-forget form leaves no unhandled rejection', async () => {
      const unhandled = vi.fn();
      process.on('unhandledRejection', unhandled);
      const { fetcher, requests } = manualFetcher();
      const { result } = renderHook(() => useAddChildren({ identityId: 'parent-1' }), {
        wrapper: providerWith(fetcher),
      });
      act(() => result.current.addChildren(['nope']));
      await act(async () =>
        requests[0]?.resolve(
          new Response(
            JSON.stringify({
              status: 404,
              code: '31',
              type: 'notFound',
              detail: 'identity not found',
              traceId: 'tr-9',
            }),
            {
              status: 404,
            },
          ),
        ),
      );
      expect(result.current.status).toBe('error');
      expect(result.current.error).toMatchObject({ kind: 'not-found', code: '31', traceId: 'tr-9' });
      await new Promise((resolve) => setTimeout(resolve, 10));
      process.off('unhandledRejection', unhandled);
      expect(unhandled).not.toHaveBeenCalled();
    });
  });

  describe('given host callbacks that throw', () => {
    it('keeps the state right and reports the error with reportError', async () => {
      const reportError = vi.fn();
      vi.stubGlobal('reportError', reportError);
      const { fetcher, requests } = manualFetcher();
      const boom = new Error('host bug');
      const { result } = renderHook(
        () =>
          useAddChildren({
            identityId: 'parent-1',
            onSuccess: () => {
              throw boom;
            },
          }),
        { wrapper: providerWith(fetcher) },
      );
      act(() => result.current.addChildren(['c1']));
      await act(async () => requests[0]?.resolve(ok(parent)));
      expect(result.current.status).toBe('success');
      expect(reportError).toHaveBeenCalledWith(boom);
      vi.unstubAllGlobals();
    });
  });

  describe('given an unmount while pending', () => {
    it('aborts the request (the fetcher signal fires) and makes no state update or warning afterwards', async () => {
      const consoleError = vi.spyOn(console, 'error');
      const { fetcher, requests } = manualFetcher();
      const onSuccess = vi.fn();
      const onError = vi.fn();
      const { result, unmount } = renderHook(
        () => useAddChildren({ identityId: 'parent-1', onSuccess, onError }),
        {
          wrapper: providerWith(fetcher),
        },
      );
      act(() => result.current.addChildren(['c1']));
      const signal = requests[0]?.init.signal;
      expect(signal?.aborted).toBe(false);
      unmount();
      expect(signal?.aborted).toBe(true);
      requests[0]?.resolve(ok(parent));
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(onSuccess).not.toHaveBeenCalled();
      expect(onError).not.toHaveBeenCalled();
      expect(consoleError).not.toHaveBeenCalled();
    });
  });

  describe('given React.StrictMode', () => {
    it('still sends exactly one request and reaches success (double effects do not dispose the hook)', async () => {
      const { fetcher, requests } = manualFetcher();
      const { result } = renderHook(() => useAddChildren({ identityId: 'parent-1' }), {
        wrapper: providerWith(fetcher, true),
      });
      act(() => result.current.addChildren(['c1']));
      expect(requests).toHaveLength(1);
      await act(async () => requests[0]?.resolve(ok(parent)));
      expect(result.current.status).toBe('success');
    });
  });

  describe('given no config anywhere', () => {
    it('throws a clear error naming both ways to fix it', () => {
      vi.spyOn(console, 'error').mockImplementation(() => {});
      expect(() => renderHook(() => useAddChildren({ identityId: 'p' }))).toThrow(
        /KinshipProvider conomy=.*useAddChildren\(\{ conomy:/,
      );
    });
  });

  describe('given a conomy option', () => {
    it('prefers it over the provider', async () => {
      const provider = manualFetcher();
      const own = manualFetcher();
      const { result } = renderHook(
        () => useAddChildren({ identityId: 'p', conomy: { baseUrl: '/own', fetcher: own.fetcher } }),
        { wrapper: providerWith(provider.fetcher) },
      );
      act(() => result.current.addChildren(['c']));
      await waitFor(() => expect(own.requests).toHaveLength(1));
      expect(own.requests[0]?.url).toBe('/own/identities/p/children');
      expect(provider.fetcher).not.toHaveBeenCalled();
    });
  });
});
