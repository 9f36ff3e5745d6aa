import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { KinshipError, toKinshipError } from '../errors.js';
import type { Identity } from '../schemas.js';
import { CandidateLoader, type CandidateLoaderState, type CandidatePage } from './candidateLoader.js';

// core must never import React: if it did, this empty mock would break it.
vi.mock('react', () => ({}));

interface Call {
  query: string;
  signal: AbortSignal;
  resolve: (items: Identity[]) => void;
  reject: (error: unknown) => void;
}

/** A search whose answers the test gives by hand, in any order. */
function handResolvedSearch() {
  const calls: Call[] = [];
  const load = vi.fn((query: string, { signal }: { signal: AbortSignal }) => {
    return new Promise<Identity[]>((resolve, reject) => {
      calls.push({ query, signal, resolve, reject });
    });
  });
  return { calls, load };
}

const person = (id: string, name: string) => ({ id, name, children: [] }) as Identity;

function record(loader: CandidateLoader): CandidateLoaderState[] {
  const states: CandidateLoaderState[] = [];
  loader.subscribe(() => states.push(loader.getState()));
  return states;
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('CandidateLoader', () => {
  describe('given a user typing faster than the debounce', () => {
    it('when they pause, only the last query is sent', async () => {
      const { calls, load } = handResolvedSearch();
      const loader = new CandidateLoader({ load, debounceMs: 250, toError: toKinshipError });
      for (const query of ['l', 'lu', 'luc']) {
        loader.setQuery(query);
        await vi.advanceTimersByTimeAsync(100);
      }
      expect(load).not.toHaveBeenCalled();
      expect(loader.getState()).toMatchObject({ status: 'loading', query: 'luc' });
      await vi.advanceTimersByTimeAsync(250);
      expect(calls.map((call) => call.query)).toEqual(['luc']);
    });
  });

  describe('given a request in flight when a newer query is asked', () => {
    it('aborts the superseded request', async () => {
      const { calls, load } = handResolvedSearch();
      const loader = new CandidateLoader({ load, debounceMs: 0, toError: toKinshipError });
      loader.setQuery('lu');
      loader.setQuery('luc');
      expect(calls.map((call) => [call.query, call.signal.aborted])).toEqual([
        ['lu', true],
        ['luc', false],
      ]);
    });

    it('when the older answer arrives last, it is ignored (even if the search ignored the abort)', async () => {
      const { calls, load } = handResolvedSearch();
      const loader = new CandidateLoader({ load, debounceMs: 0, toError: toKinshipError });
      const states = record(loader);
      loader.setQuery('lu');
      loader.setQuery('luc');
      const [older, newer] = calls as [Call, Call];
      newer.resolve([person('1', 'Lucía')]);
      await vi.advanceTimersByTimeAsync(0);
      older.resolve([person('2', 'Lucas'), person('1', 'Lucía')]);
      await vi.advanceTimersByTimeAsync(0);
      expect(loader.getState()).toMatchObject({ status: 'success', query: 'luc', answeredQuery: 'luc' });
      expect(loader.getState().items.map((item) => item.name)).toEqual(['Lucía']);
      expect(states.map((state) => `${state.status}:${state.query}`)).toEqual([
        'loading:lu',
        'loading:luc',
        'success:luc',
      ]);
    });

    it('when the older request fails last, the newer answer stays', async () => {
      const { calls, load } = handResolvedSearch();
      const loader = new CandidateLoader({ load, debounceMs: 0, toError: toKinshipError });
      loader.setQuery('lu');
      loader.setQuery('luc');
      const [older, newer] = calls as [Call, Call];
      newer.resolve([person('1', 'Lucía')]);
      older.reject(new DOMException('aborted', 'AbortError'));
      await vi.advanceTimersByTimeAsync(0);
      expect(loader.getState().status).toBe('success');
    });
  });

  describe('given the latest request fails', () => {
    it('reports the error as a KinshipError, keeps the last answer, and retry sends it again', async () => {
      const { calls, load } = handResolvedSearch();
      const loader = new CandidateLoader({ load, debounceMs: 0, toError: toKinshipError });
      loader.setQuery('a');
      calls[0]?.resolve([person('1', 'Ana')]);
      await vi.advanceTimersByTimeAsync(0);
      loader.setQuery('an');
      calls[1]?.reject(new TypeError('Failed to fetch'));
      await vi.advanceTimersByTimeAsync(0);
      const failed = loader.getState();
      expect(failed.status).toBe('error');
      expect(failed.error).toBeInstanceOf(KinshipError);
      expect(failed.error?.kind).toBe('network');
      expect(failed.answeredQuery).toBe('a');
      expect(failed.items.map((item) => item.name)).toEqual(['Ana']);
      loader.retry();
      expect(calls.map((call) => call.query)).toEqual(['a', 'an', 'an']);
      calls[2]?.resolve([]);
      await vi.advanceTimersByTimeAsync(0);
      expect(loader.getState()).toMatchObject({ status: 'success', answeredQuery: 'an', items: [] });
    });

    it('a search that throws synchronously is reported the same way', async () => {
      const loader = new CandidateLoader({
        load: () => {
          throw new KinshipError('unauthorized', 'no');
        },
        debounceMs: 0,
        toError: toKinshipError,
      });
      loader.setQuery('x');
      await vi.advanceTimersByTimeAsync(0);
      expect(loader.getState().error?.kind).toBe('unauthorized');
    });
  });

  describe('given the same query again', () => {
    it('sends nothing new while it is in flight or answered', async () => {
      const { calls, load } = handResolvedSearch();
      const loader = new CandidateLoader({ load, debounceMs: 0, toError: toKinshipError });
      loader.setQuery('lu');
      loader.setQuery('lu');
      calls[0]?.resolve([]);
      await vi.advanceTimersByTimeAsync(0);
      loader.setQuery('lu');
      expect(load).toHaveBeenCalledTimes(1);
    });
  });

  describe('given the loader is disposed while loading (unmount, Strict Mode)', () => {
    it('aborts, ignores the late answer, and asking again sends a new request', async () => {
      const { calls, load } = handResolvedSearch();
      const loader = new CandidateLoader({ load, debounceMs: 0, toError: toKinshipError });
      loader.setQuery('lu');
      loader.dispose();
      expect(calls[0]?.signal.aborted).toBe(true);
      calls[0]?.resolve([person('1', 'Lucía')]);
      await vi.advanceTimersByTimeAsync(0);
      expect(loader.getState().status).toBe('idle');
      loader.setQuery('lu');
      expect(calls).toHaveLength(2);
    });
  });

  describe('given answers with a next page (Conomy pagination)', () => {
    interface PageCall {
      query: string;
      next: string | number | undefined;
      signal: AbortSignal;
      resolve: (page: CandidatePage) => void;
      reject: (error: unknown) => void;
    }
    function pagedSearch() {
      const calls: PageCall[] = [];
      const load = vi.fn(
        (query: string, { signal, next }: { signal: AbortSignal; next?: string | number }) =>
          new Promise<CandidatePage>((resolve, reject) => {
            calls.push({ query, next, signal, resolve, reject });
          }),
      );
      return { calls, load };
    }
    async function answered(query: string) {
      const search = pagedSearch();
      const loader = new CandidateLoader({ load: search.load, debounceMs: 0, toError: toKinshipError });
      loader.setQuery(query);
      await vi.advanceTimersByTimeAsync(0);
      search.calls[0]?.resolve({ items: [person('a', 'Ana'), person('b', 'Bea')], next: 'c2' });
      await vi.advanceTimersByTimeAsync(0);
      return { ...search, loader };
    }

    it('when the user reaches the end, loads the next page with the cursor and appends it', async () => {
      const { calls, loader } = await answered('');
      expect(loader.getState()).toMatchObject({ status: 'success', next: 'c2', moreStatus: 'idle' });
      const answerId = loader.getState().answerId;
      loader.loadMore();
      expect(loader.getState().moreStatus).toBe('loading');
      expect(calls[1]).toMatchObject({ query: '', next: 'c2' });
      calls[1]?.resolve({ items: [person('b', 'Bea'), person('c', 'Cris')], next: null });
      await vi.advanceTimersByTimeAsync(0);
      const state = loader.getState();
      // Bea was on both pages: listed once.
      expect(state.items.map((item) => item.id)).toEqual(['a', 'b', 'c']);
      expect(state).toMatchObject({ moreStatus: 'success', loadedMoreCount: 1, next: null, answerId });
      loader.loadMore();
      expect(calls).toHaveLength(2);
    });

    it('asking again while a page loads sends no duplicate request', async () => {
      const { calls, loader } = await answered('');
      loader.loadMore();
      loader.loadMore();
      loader.loadMore();
      expect(calls).toHaveLength(2);
    });

    it('when the query changes while a page loads, the page is aborted and its answer dropped', async () => {
      const { calls, loader } = await answered('');
      loader.loadMore();
      const page = calls[1];
      loader.setQuery('ana@example.com');
      expect(page?.signal.aborted).toBe(true);
      page?.resolve({ items: [person('z', 'Zoe')], next: 'c3' });
      await vi.advanceTimersByTimeAsync(0);
      expect(loader.getState().items.map((item) => item.id)).toEqual(['a', 'b']);
      expect(loader.getState()).toMatchObject({ status: 'loading', moreStatus: 'idle' });
      calls[2]?.resolve({ items: [person('y', 'Yan')] });
      await vi.advanceTimersByTimeAsync(0);
      expect(loader.getState()).toMatchObject({ status: 'success', next: null });
      expect(loader.getState().items.map((item) => item.id)).toEqual(['y']);
    });

    it('a failed page keeps the listed candidates and can be asked for again', async () => {
      const { calls, loader } = await answered('');
      loader.loadMore();
      calls[1]?.reject(new KinshipError('network', 'offline', { operation: 'searchIdentities' }));
      await vi.advanceTimersByTimeAsync(0);
      expect(loader.getState()).toMatchObject({ moreStatus: 'error', status: 'success' });
      expect(loader.getState().moreError?.kind).toBe('network');
      expect(loader.getState().items).toHaveLength(2);
      loader.loadMore();
      expect(calls[2]).toMatchObject({ next: 'c2' });
    });

    it('reports a query the server cannot search by', async () => {
      const search = pagedSearch();
      const loader = new CandidateLoader({ load: search.load, debounceMs: 0, toError: toKinshipError });
      loader.setQuery('Valentina');
      await vi.advanceTimersByTimeAsync(0);
      search.calls[0]?.resolve({ items: [], isUnsupportedQuery: true });
      await vi.advanceTimersByTimeAsync(0);
      expect(loader.getState()).toMatchObject({ status: 'success', isUnsupportedQuery: true, next: null });
    });
  });
});
