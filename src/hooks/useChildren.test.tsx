import { act, renderHook } from '@testing-library/react';
import { type ReactNode, StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { KinshipProvider } from './KinshipProvider.js';
import { useChildren } from './useChildren.js';

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

const parent = {
  id: 'parent-1',
  name: 'Lucía',
  status: 'ACTIVE',
  children: [
    { id: 'c1', name: 'Tomás', email: null },
    { id: 'c2', name: 'Ana', email: 'ana@example.com' },
  ],
};

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

describe('useChildren', () => {
  describe('given a parent identity', () => {
    it('goes pending → success with GET /identities/{id} and lists the children', async () => {
      const { fetcher, requests } = manualFetcher();
      const { result } = renderHook(() => useChildren({ identityId: 'parent-1' }), {
        wrapper: providerWith(fetcher),
      });
      expect(result.current).toMatchObject({ status: 'pending', data: undefined, children: [] });
      expect(requests).toHaveLength(1);
      expect(requests[0]?.url).toBe('/api/conomy/identities/parent-1');
      expect(requests[0]?.init.method).toBe('GET');
      await act(async () => requests[0]?.resolve(ok(parent)));
      expect(result.current.status).toBe('success');
      expect(result.current.data?.id).toBe('parent-1');
      expect(result.current.children.map((child) => child.id)).toEqual(['c1', 'c2']);
    });

    it('lists no children when Conomy answers "children": null', async () => {
      const { fetcher, requests } = manualFetcher();
      const { result } = renderHook(() => useChildren({ identityId: 'parent-1' }), {
        wrapper: providerWith(fetcher),
      });
      await act(async () => requests[0]?.resolve(ok({ ...parent, children: null })));
      expect(result.current.status).toBe('success');
      expect(result.current.children).toEqual([]);
    });

    it('refresh() asks again at once and keeps the list shown meanwhile', async () => {
      const { fetcher, requests } = manualFetcher();
      const { result } = renderHook(() => useChildren({ identityId: 'parent-1' }), {
        wrapper: providerWith(fetcher),
      });
      await act(async () => requests[0]?.resolve(ok(parent)));
      act(() => result.current.refresh());
      expect(requests).toHaveLength(2);
      expect(result.current).toMatchObject({ status: 'success', isFetching: true });
      expect(result.current.children).toHaveLength(2);
      await act(async () => requests[1]?.resolve(ok({ ...parent, children: [parent.children[0]] })));
      expect(result.current.children.map((child) => child.id)).toEqual(['c1']);
      expect(result.current.isFetching).toBe(false);
    });
  });

  describe('given an error answer', () => {
    it('ends in error with the mapped kind', async () => {
      const { fetcher, requests } = manualFetcher();
      const { result } = renderHook(() => useChildren({ identityId: 'ghost' }), {
        wrapper: providerWith(fetcher),
      });
      await act(async () =>
        requests[0]?.resolve(
          new Response(
            JSON.stringify({ status: 404, code: '31', type: 'notFound', detail: 'identity not found' }),
            {
              status: 404,
            },
          ),
        ),
      );
      expect(result.current.status).toBe('error');
      expect(result.current.error).toMatchObject({ kind: 'not-found', code: '31', operation: 'getIdentity' });
      expect(result.current.children).toEqual([]);
    });
  });

  describe('given the identityId changes while the first read is in flight', () => {
    it('aborts the old read, drops its answer, and shows only the new identity', async () => {
      const { fetcher, requests } = manualFetcher();
      const { result, rerender } = renderHook(({ identityId }) => useChildren({ identityId }), {
        wrapper: providerWith(fetcher),
        initialProps: { identityId: 'parent-1' },
      });
      rerender({ identityId: 'parent-2' });
      expect(result.current.status).toBe('pending');
      expect(requests).toHaveLength(2);
      expect(requests[0]?.init.signal?.aborted).toBe(true);
      expect(requests[1]?.url).toBe('/api/conomy/identities/parent-2');
      await act(async () => requests[0]?.resolve(ok(parent)));
      expect(result.current.status).toBe('pending');
      expect(result.current.children).toEqual([]);
      await act(async () =>
        requests[1]?.resolve(ok({ id: 'parent-2', children: [{ id: 'c9', name: 'Leo', email: null }] })),
      );
      expect(result.current.data?.id).toBe('parent-2');
      expect(result.current.children.map((child) => child.id)).toEqual(['c9']);
    });

    it('never shows the old identity in the render right after the change', async () => {
      const { fetcher, requests } = manualFetcher();
      const seen: Array<string | undefined> = [];
      const { rerender } = renderHook(
        ({ identityId }) => {
          const result = useChildren({ identityId });
          seen.push(`${identityId}:${result.status}:${result.data?.id ?? '-'}`);
          return result;
        },
        { wrapper: providerWith(fetcher), initialProps: { identityId: 'parent-1' } },
      );
      await act(async () => requests[0]?.resolve(ok(parent)));
      rerender({ identityId: 'parent-2' });
      expect(seen.filter((line) => line?.startsWith('parent-2'))).not.toContain('parent-2:success:parent-1');
      expect(seen.at(-1)).toBe('parent-2:pending:-');
    });
  });

  describe('given an unmount while the read is in flight', () => {
    it('aborts the request', () => {
      const { fetcher, requests } = manualFetcher();
      const { unmount } = renderHook(() => useChildren({ identityId: 'parent-1' }), {
        wrapper: providerWith(fetcher),
      });
      unmount();
      expect(requests[0]?.init.signal?.aborted).toBe(true);
    });
  });

  describe('given React Strict Mode (effects run twice)', () => {
    it('ends with one live read, and its answer shows', async () => {
      const { fetcher, requests } = manualFetcher();
      const { result } = renderHook(() => useChildren({ identityId: 'parent-1' }), {
        wrapper: providerWith(fetcher, true),
      });
      const live = requests.filter((request) => !request.init.signal?.aborted);
      expect(live).toHaveLength(1);
      await act(async () => live[0]?.resolve(ok(parent)));
      expect(result.current.status).toBe('success');
      expect(result.current.children).toHaveLength(2);
    });
  });

  describe('given server rendering', () => {
    it('renders pending and sends nothing', () => {
      const { fetcher } = manualFetcher();
      function Probe() {
        const { status, children } = useChildren({ identityId: 'parent-1' });
        return <p>{`${status}:${children.length}`}</p>;
      }
      const html = renderToString(
        <KinshipProvider conomy={{ baseUrl: '/api/conomy', fetcher }}>
          <Probe />
        </KinshipProvider>,
      );
      expect(html).toContain('pending:0');
      expect(fetcher).not.toHaveBeenCalled();
    });
  });

  describe('given no conomy config', () => {
    it('throws an error that says how to pass one', () => {
      vi.spyOn(console, 'error').mockImplementation(() => {});
      // React 18 also reports the render error on window: keep jsdom from printing it.
      const silence = (event: ErrorEvent) => event.preventDefault();
      window.addEventListener('error', silence);
      try {
        expect(() => renderHook(() => useChildren({ identityId: 'parent-1' }))).toThrow(
          /useChildren: no conomy config/,
        );
      } finally {
        window.removeEventListener('error', silence);
      }
    });
  });
});
