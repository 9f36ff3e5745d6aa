import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { KinshipError } from '../errors.js';
import type { Identity } from '../schemas.js';
import { CandidateLoader, type CandidateLoaderState } from './candidateLoader.js';

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
      const loader = new CandidateLoader({ load, debounceMs: 250 });
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
      const loader = new CandidateLoader({ load, debounceMs: 0 });
      loader.setQuery('lu');
      loader.setQuery('luc');
      expect(calls.map((call) => [call.query, call.signal.aborted])).toEqual([
        ['lu', true],
        ['luc', false],
      ]);
    });

    it('when the older answer arrives last, it is ignored (even if the search ignored the abort)', async () => {
      const { calls, load } = handResolvedSearch();
      const loader = new CandidateLoader({ load, debounceMs: 0 });
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
      const loader = new CandidateLoader({ load, debounceMs: 0 });
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
      const loader = new CandidateLoader({ load, debounceMs: 0 });
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
      });
      loader.setQuery('x');
      await vi.advanceTimersByTimeAsync(0);
      expect(loader.getState().error?.kind).toBe('unauthorized');
    });
  });

  describe('given the same query again', () => {
    it('sends nothing new while it is in flight or answered', async () => {
      const { calls, load } = handResolvedSearch();
      const loader = new CandidateLoader({ load, debounceMs: 0 });
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
      const loader = new CandidateLoader({ load, debounceMs: 0 });
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
});
