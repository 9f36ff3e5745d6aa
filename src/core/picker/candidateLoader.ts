/**
 * Server-side search for the picker, framework-free: debounces queries, aborts the call a newer
 * query supersedes, and never lets an older answer replace a newer one. The React hook subscribes
 * to it (`useSyncExternalStore`) like TanStack Query's observers.
 */
import { type KinshipError, toKinshipError } from '../errors.js';
import type { Identity } from '../schemas.js';

/** Loads the candidates for a query, e.g. through `searchIdentities`. Must honour `signal`. */
export type LoadCandidates = (
  query: string,
  options: { signal: AbortSignal },
) => Promise<readonly Identity[]>;

/** Where a server search stands. */
export type CandidateLoadStatus = 'idle' | 'loading' | 'success' | 'error';

/** A snapshot of the loader. */
export interface CandidateLoaderState {
  /** `idle` before the first query, `loading` while a query waits for its answer (debounce included). */
  status: CandidateLoadStatus;
  /** The latest query asked for. */
  query: string;
  /** The query `items` answer, or `null` before any answer. Differs from `query` while loading. */
  answeredQuery: string | null;
  /** The latest answer kept (for `answeredQuery`): a newer query shows it, narrowed, while it loads. */
  items: readonly Identity[];
  /** The failure of the latest query, when `status` is `error`. */
  error: KinshipError | undefined;
}

/** Options of `CandidateLoader`. */
export interface CandidateLoaderOptions {
  /** The search function. */
  load: LoadCandidates;
  /** Quiet time after the last keystroke before a request goes out, in ms. @default 250 */
  debounceMs?: number;
}

const INITIAL: CandidateLoaderState = {
  status: 'idle',
  query: '',
  answeredQuery: null,
  items: [],
  error: undefined,
};

/** Debounced, abortable, ordered server search. */
export class CandidateLoader {
  #options: CandidateLoaderOptions;
  #state: CandidateLoaderState = INITIAL;
  #listeners = new Set<() => void>();
  #timer: ReturnType<typeof setTimeout> | undefined;
  #controller: AbortController | undefined;
  #requestId = 0;

  constructor(options: CandidateLoaderOptions) {
    this.#options = options;
  }

  /** Replaces the options (the latest `load` is used by the next request). */
  setOptions(options: CandidateLoaderOptions): void {
    this.#options = options;
  }

  /** The current snapshot (a new object after every change, the same one otherwise). */
  getState = (): CandidateLoaderState => this.#state;

  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => {
      this.#listeners.delete(listener);
    };
  };

  /**
   * Asks for the candidates of `query`: cancels whatever is pending for an older query and sends
   * the request after the debounce. Asking again for the query in flight or answered does nothing.
   */
  setQuery(query: string): void {
    const state = this.#state;
    if (query === state.query && (state.status === 'loading' || state.status === 'success')) return;
    this.#schedule(query, this.#options.debounceMs ?? 250);
  }

  /** Sends the latest query again now (after an error). */
  retry(): void {
    this.#schedule(this.#state.query, 0);
  }

  /** Aborts what is in flight and stops timers; a later `setQuery` starts over (Strict Mode remounts). */
  dispose(): void {
    this.#cancel();
    const state = this.#state;
    if (state.status !== 'loading') return;
    // Back to the last answer, so asking for that query again is a no-op and any other one is sent.
    this.#state = {
      ...state,
      status: state.answeredQuery === null ? 'idle' : 'success',
      query: state.answeredQuery ?? '',
    };
  }

  #cancel(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#controller?.abort();
    this.#controller = undefined;
    this.#requestId++;
  }

  #schedule(query: string, delay: number): void {
    this.#cancel();
    this.#set({ ...this.#state, status: 'loading', query, error: undefined });
    if (delay <= 0) this.#send(query);
    else this.#timer = setTimeout(() => this.#send(query), delay);
  }

  #send(query: string): void {
    this.#timer = undefined;
    const controller = new AbortController();
    this.#controller = controller;
    const requestId = ++this.#requestId;
    const isCurrent = () => requestId === this.#requestId && !controller.signal.aborted;
    let answer: Promise<readonly Identity[]>;
    try {
      answer = Promise.resolve(this.#options.load(query, { signal: controller.signal }));
    } catch (error) {
      answer = Promise.reject(error);
    }
    answer.then(
      (items) => {
        if (!isCurrent()) return;
        this.#controller = undefined;
        this.#set({
          status: 'success',
          query,
          answeredQuery: query,
          items: Array.isArray(items) ? items : [],
          error: undefined,
        });
      },
      (error: unknown) => {
        if (!isCurrent()) return;
        this.#controller = undefined;
        this.#set({ ...this.#state, status: 'error', error: toKinshipError(error) });
      },
    );
  }

  #set(state: CandidateLoaderState): void {
    this.#state = state;
    for (const listener of [...this.#listeners]) listener();
  }
}
