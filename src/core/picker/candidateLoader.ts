/**
 * Server-side search for the picker, framework-free: debounces queries, aborts the call a newer
 * query supersedes, and never lets an older answer replace a newer one. Follows the answer's
 * `next` cursor on request (`loadMore`), appending pages. The React hook subscribes to it
 * (`useSyncExternalStore`) like TanStack Query's observers. Loaded on demand, in server mode only
 * (`candidateLoaderModule` in `searchIndexLoader.ts`): import its types only elsewhere.
 */
import type { KinshipError } from '../errors.js';
import type { IdentitySearchField } from '../identityQuery.js';
import type { Identity } from '../schemas.js';

/** What `LoadCandidates` receives besides the query. */
export interface LoadCandidatesOptions {
  /** Aborts when a newer query supersedes this one (or the picker unmounts). */
  signal: AbortSignal;
  /** The cursor of the page to load (a previous answer's `next`); absent for the first page. */
  next?: string | number;
}

/** One page of candidates, with what the picker needs to page on and explain an empty answer. */
export interface CandidatePage {
  /** The candidates of this page, in the server's order. */
  items: readonly Identity[];
  /** Cursor of the following page (Conomy's `pagination.next`); `null` or absent on the last page. */
  next?: string | number | null;
  /**
   * True when the query was not sent because the server cannot search by it (a name, on Conomy):
   * the picker says which searches are supported instead of "No matches".
   */
  isUnsupportedQuery?: boolean;
}

/**
 * Loads the candidates for a query, e.g. through `searchIdentities`. Must honour `signal`.
 * Resolves with the identities (one page, nothing more to load) or a `CandidatePage` (with `next`
 * to load more). `createIdentitySearch` builds one for Conomy.
 */
export type LoadCandidates = ((
  query: string,
  options: LoadCandidatesOptions,
) => Promise<readonly Identity[] | CandidatePage>) & {
  /**
   * The only filters the server matches typed text against (Conomy: email, document number,
   * phone; no names). When set, the picker shows a hint naming them. @default undefined (any text)
   */
  readonly searchableBy?: readonly IdentitySearchField[];
};

/** Where a server search stands. */
export type CandidateLoadStatus = 'idle' | 'loading' | 'success' | 'error';

/** Where loading the next page stands (`idle` until `loadMore` is first called for the answer). */
export type CandidateMoreStatus = 'idle' | 'loading' | 'success' | 'error';

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
  /** Cursor of the next page of `answeredQuery`, `null` when there is none. */
  next: string | number | null;
  /** True when the server could not search by `answeredQuery` (see `CandidatePage`). */
  isUnsupportedQuery: boolean;
  /** Loading the next page. */
  moreStatus: CandidateMoreStatus;
  /** The failure of the latest `loadMore`, when `moreStatus` is `error`. */
  moreError: KinshipError | undefined;
  /** How many new candidates the latest page added (after dropping ones already listed). */
  loadedMoreCount: number;
  /** Changes with every first-page answer, not with appended pages (lists keep their scroll). */
  answerId: number;
}

/** Options of `CandidateLoader`. */
export interface CandidateLoaderOptions {
  /** The search function. */
  load: LoadCandidates;
  /** Quiet time after the last keystroke before a request goes out, in ms. @default 250 */
  debounceMs?: number | undefined;
  /**
   * Turns a failure of `load` into a `KinshipError` (`toKinshipError`). Given rather than imported:
   * this module is a chunk loaded on demand, and importing the kit's error module would split that
   * module into a chunk of its own on every page.
   */
  toError: (error: unknown) => KinshipError;
}

const INITIAL: CandidateLoaderState = {
  status: 'idle',
  query: '',
  answeredQuery: null,
  items: [],
  error: undefined,
  next: null,
  isUnsupportedQuery: false,
  moreStatus: 'idle',
  moreError: undefined,
  loadedMoreCount: 0,
  answerId: 0,
};

function toPage(answer: unknown): CandidatePage {
  if (Array.isArray(answer)) return { items: answer as Identity[] };
  if (typeof answer === 'object' && answer !== null && Array.isArray((answer as CandidatePage).items)) {
    return answer as CandidatePage;
  }
  return { items: [] };
}

function cursorOf(page: CandidatePage): string | number | null {
  const next = page.next;
  return (typeof next === 'string' && next !== '') || (typeof next === 'number' && Number.isFinite(next))
    ? next
    : null;
}

/** Debounced, abortable, ordered server search. */
export class CandidateLoader {
  #options: CandidateLoaderOptions;
  #state: CandidateLoaderState = INITIAL;
  #listeners = new Set<() => void>();
  #timer: ReturnType<typeof setTimeout> | undefined;
  #controller: AbortController | undefined;
  #moreController: AbortController | undefined;
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

  /**
   * Loads the page after the ones listed (the answer's `next` cursor) and appends it, dropping
   * candidates already listed. Does nothing while the query loads, without a next page, or while a
   * page is already on its way (no duplicate requests). A newer query drops a page still loading.
   */
  loadMore(): void {
    const state = this.#state;
    if (state.status !== 'success' || state.next === null || state.moreStatus === 'loading') return;
    const { query, next } = state;
    const controller = new AbortController();
    this.#moreController = controller;
    this.#set({ ...state, moreStatus: 'loading', moreError: undefined });
    this.#request(
      query,
      next,
      controller,
      (page) => {
        this.#moreController = undefined;
        const current = this.#state;
        const listed = new Set(current.items.map((item) => item.id));
        const added = page.items.filter((item) => {
          if (listed.has(item.id)) return false;
          listed.add(item.id);
          return true;
        });
        this.#set({
          ...current,
          items: added.length > 0 ? [...current.items, ...added] : current.items,
          // A server answering the same cursor again would page forever: stop there.
          next: cursorOf(page) === next ? null : cursorOf(page),
          moreStatus: 'success',
          moreError: undefined,
          loadedMoreCount: added.length,
        });
      },
      (error) => {
        this.#moreController = undefined;
        this.#set({ ...this.#state, moreStatus: 'error', moreError: error });
      },
    );
  }

  /** Aborts what is in flight and stops timers; a later `setQuery` starts over (Strict Mode remounts). */
  dispose(): void {
    this.#cancel();
    let state = this.#state;
    // A page cut short can be asked for again after a remount.
    if (state.moreStatus === 'loading') {
      state = { ...state, moreStatus: 'idle' };
      this.#state = state;
    }
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
    this.#moreController?.abort();
    this.#moreController = undefined;
    this.#requestId++;
  }

  #schedule(query: string, delay: number): void {
    this.#cancel();
    this.#set({
      ...this.#state,
      status: 'loading',
      query,
      error: undefined,
      moreStatus: 'idle',
      moreError: undefined,
      loadedMoreCount: 0,
    });
    if (delay <= 0) this.#send(query);
    else this.#timer = setTimeout(() => this.#send(query), delay);
  }

  #send(query: string): void {
    this.#timer = undefined;
    const controller = new AbortController();
    this.#controller = controller;
    this.#requestId++;
    this.#request(
      query,
      undefined,
      controller,
      (page) => {
        this.#controller = undefined;
        this.#set({
          status: 'success',
          query,
          answeredQuery: query,
          items: page.items,
          error: undefined,
          next: cursorOf(page),
          isUnsupportedQuery: page.isUnsupportedQuery === true,
          moreStatus: 'idle',
          moreError: undefined,
          loadedMoreCount: 0,
          answerId: this.#state.answerId + 1,
        });
      },
      (error) => {
        this.#controller = undefined;
        this.#set({ ...this.#state, status: 'error', error });
      },
    );
  }

  /**
   * Calls `load` (a throw counts as a rejection) and hands the answer on only while it is current:
   * no newer query was asked for since (`#requestId`) and `controller` was not aborted.
   */
  #request(
    query: string,
    next: string | number | undefined,
    controller: AbortController,
    onPage: (page: CandidatePage) => void,
    onError: (error: KinshipError) => void,
  ): void {
    const requestId = this.#requestId;
    const isCurrent = () => requestId === this.#requestId && !controller.signal.aborted;
    let answer: Promise<unknown>;
    try {
      answer = Promise.resolve(
        this.#options.load(
          query,
          next === undefined ? { signal: controller.signal } : { signal: controller.signal, next },
        ),
      );
    } catch (error) {
      answer = Promise.reject(error);
    }
    answer.then(
      (value) => {
        if (isCurrent()) onPage(toPage(value));
      },
      (error: unknown) => {
        if (isCurrent()) onError(this.#options.toError(error));
      },
    );
  }

  #set(state: CandidateLoaderState): void {
    this.#state = state;
    for (const listener of [...this.#listeners]) listener();
  }
}
