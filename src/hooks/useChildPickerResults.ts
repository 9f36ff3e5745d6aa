'use client';

import {
  useCallback,
  useDeferredValue,
  useEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import { KinshipError, toKinshipError } from '../core/errors.js';
import type { LazyModule } from '../core/lazyModule.js';
import type {
  CandidateLoader,
  CandidateLoaderState,
  CandidateLoadStatus,
  CandidateMoreStatus,
  LoadCandidates,
} from '../core/picker/candidateLoader.js';
import type { SearchIndex } from '../core/picker/searchIndex.js';
import { candidateLoaderModule, searchIndexModule } from '../core/picker/searchIndexLoader.js';
import { emptyResult, everythingExcept, type SearchResult } from '../core/picker/searchResult.js';
import type { Identity } from '../core/schemas.js';
import { useIsomorphicLayoutEffect } from './internal/dom.js';

/** Lists shorter than this are indexed while rendering (it takes about a millisecond). */
const INDEX_AT_ONCE_BELOW = 500;
/** Time spent indexing per slice, in ms: short enough not to delay a keystroke noticeably. */
const SLICE_BUDGET_MS = 4;
/**
 * A search that took longer than this (ms) moves the list to a deferred render for the next
 * keystrokes; under it, the list renders with the input, in the same frame.
 */
const SAME_FRAME_BUDGET_MS = 16;

const now = (): number => globalThis.performance?.now() ?? Date.now();

/** A typed text and when it was typed (a counter), so the list never goes back to an older one. */
interface TypedText {
  text: string;
  sequence: number;
}

/** Options of `useChildPickerResults`. */
export interface UseChildPickerResultsOptions {
  /** Never offered (the parent). */
  identityId: string;
  /** Local mode: every candidate, searched in the browser. Keep the array stable (memoize it). */
  candidates?: readonly Identity[] | undefined;
  /** Server mode: loads the candidates of a query. */
  loadCandidates?: LoadCandidates | undefined;
  /** What the user typed. */
  inputValue: string;
  /** Server mode only asks while the list is open. */
  isOpen: boolean;
  /** Server mode debounce, in ms. @default 250 */
  debounceMs?: number | undefined;
}

/** The options the list shows, and where their search stands. */
export interface ChildPickerResults {
  /**
   * The options searched (local: all candidates; server: the latest answer): result positions
   * are positions in `index.identities`.
   */
  index: Pick<SearchIndex, 'identities'>;
  /** The options shown, as positions in `index.identities`. */
  result: SearchResult;
  /**
   * Search status: local mode is `success` (`loading` while a typed text waits for the index
   * chunk, `error` when it could not be loaded); server mode follows the request.
   */
  status: CandidateLoadStatus;
  /** The failure of the latest server search. */
  error: KinshipError | undefined;
  /** True while the options shown answer an older text than the input's (typing ahead of the list). */
  isStale: boolean;
  /** Sends the latest server search again. */
  retry: () => void;
  /**
   * True while `result` is an empty stand-in: a closed list over an index still being built is not
   * searched (mounting stays cheap). `resolve()` gives the real result.
   */
  isPlaceholder: boolean;
  /** The real result for the current text, searching now if `result` is a stand-in. */
  resolve: () => SearchResult;
  /** Server mode: the answer shown has a next page (`loadMore` fetches it). */
  hasMore: boolean;
  /** Server mode: loads the next page of the answer shown and appends it (no-op without one). */
  loadMore: () => void;
  /** Server mode: where loading the next page stands. */
  moreStatus: CandidateMoreStatus;
  /** Server mode: the failure of the latest `loadMore`. */
  moreError: KinshipError | undefined;
  /** Server mode: how many candidates the latest page added. */
  loadedMoreCount: number;
  /** Server mode: the server could not search by the text typed (a name, on Conomy); nothing was sent. */
  isUnsupportedQuery: boolean;
  /** Changes when the list is replaced (a new text or answer), not when a page is appended. */
  listKey: unknown;
}

const NO_LOAD: LoadCandidates = () => Promise.resolve([]);

/**
 * Runs `work` in slices until it reports done: the first slice once the browser is idle (after
 * the frame being prepared is painted), the next ones each in its own task, so input events get
 * in between. Returns a cancel function.
 */
function inSlices(work: () => boolean): () => void {
  let cancelled = false;
  let idle: number | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Message tasks, like React's scheduler: timers get throttled (clamped, or budgeted in
  // background frames), which would stretch a few milliseconds of work over seconds.
  const channel = typeof MessageChannel === 'function' ? new MessageChannel() : null;
  const step = () => {
    idle = undefined;
    if (cancelled || work()) {
      channel?.port1.close();
      return;
    }
    if (channel) channel.port2.postMessage(null);
    else timer = setTimeout(step, 0);
  };
  if (channel) channel.port1.onmessage = step;
  if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(step, { timeout: 100 });
  else timer = setTimeout(step, 16);
  return () => {
    cancelled = true;
    if (idle !== undefined && typeof cancelIdleCallback === 'function') cancelIdleCallback(idle);
    clearTimeout(timer);
    channel?.port1.close();
  };
}

/** Indexes a big candidate list in idle time after mounting, so mounting never waits for it. */
function useBackgroundBuild(index: SearchIndex | null): void {
  useEffect(() => {
    if (!index || index.isBuilt) return;
    return inSlices(() => index.buildSlice(SLICE_BUDGET_MS));
  }, [index]);
}

/**
 * A module loaded on demand (it is not in the page's start bundle), once `enabled`: the search index
 * starts loading as soon as the picker has mounted (the download never blocks the page; a big list
 * is then indexed in idle-time slices), so a first search waits at most for the download; the
 * server search likewise in server mode. `failure` is set when loading failed; `retry` tries again.
 *
 * Not started in an idle callback: Chromium may run one between the mount and its first paint,
 * and the index created then delayed that paint (bench: mount at 100,000 went from ~70 to ~400 ms).
 */
function useLazyModule<T>(
  lazy: LazyModule<T>,
  enabled: boolean,
): {
  module: T | undefined;
  failure: KinshipError | undefined;
  retry: () => void;
} {
  const [module, setModule] = useState(lazy.loaded);
  const [failure, setFailure] = useState<KinshipError>();
  useEffect(() => {
    if (!enabled || module || failure) return;
    let active = true;
    lazy.load().then(
      (loadedModule) => {
        if (active) setModule(() => loadedModule);
      },
      (error: unknown) => {
        if (active)
          setFailure(new KinshipError('network', 'The search could not be loaded.', { cause: error }));
      },
    );
    return () => {
      active = false;
    };
  }, [lazy, enabled, module, failure]);
  // Clearing the failure starts the load again.
  const retry = useCallback(() => setFailure(undefined), []);
  return { module, failure, retry };
}

/** No server answer yet (a stable empty list). */
const NO_ITEMS: readonly Identity[] = [];
const noSubscription = () => () => {};
const noState = () => undefined;

/**
 * Internal part of `useChildPicker`: turns the typed text into the options to show, locally (an
 * index built once per candidate list) or through the server (debounced, aborted, ordered).
 * Typing never waits for a slow list: see the same-frame budget below.
 */
export function useChildPickerResults(options: UseChildPickerResultsOptions): ChildPickerResults {
  const { identityId, candidates, loadCandidates, inputValue, isOpen, debounceMs } = options;
  const isServer = candidates === undefined && loadCandidates !== undefined;
  // The server search is its own chunk, loaded once the picker mounts in server mode.
  const serverSearch = useLazyModule(candidateLoaderModule, isServer);
  const Loader = serverSearch.module?.CandidateLoader;
  const [loaders] = useState<{ current?: CandidateLoader }>({});
  if (Loader && !loaders.current) {
    loaders.current = new Loader({ load: loadCandidates ?? NO_LOAD, debounceMs, toError: toKinshipError });
  }
  const loader = loaders.current;
  loader?.setOptions({ load: loadCandidates ?? NO_LOAD, debounceMs, toError: toKinshipError });
  // `undefined` until the server search module has loaded (and always in local mode).
  const loaded: CandidateLoaderState | undefined = useSyncExternalStore(
    loader?.subscribe ?? noSubscription,
    loader?.getState ?? noState,
    loader?.getState ?? noState,
  );
  const query = inputValue.trim();
  useEffect(() => {
    if (isServer && isOpen) loader?.setQuery(query);
  }, [loader, isServer, isOpen, query]);
  useEffect(() => () => loader?.dispose(), [loader]);

  const source = isServer ? (loaded?.items ?? NO_ITEMS) : (candidates ?? []);
  const searchIndex = useLazyModule(searchIndexModule, true);
  const indexModule = searchIndex.module;
  const index = useMemo(
    // A big list is indexed in slices after mounting, so mounting never waits for it; a search
    // before that finishes it. Until the index module has loaded there is no index.
    () =>
      indexModule?.createSearchIndex(source, {
        excludeIds: [identityId],
        deferBuild: source.length > INDEX_AT_ONCE_BELOW,
      }) ?? null,
    [indexModule, source, identityId],
  );
  useBackgroundBuild(index);

  // The list follows the input in the same render while searches are cheap (one frame per
  // keystroke). After a search over budget (a slow device, a huge list, an index still being
  // built), it follows a deferred copy instead: React paints the input first and renders the list
  // in the background, dropping that work when a newer keystroke comes. The list never goes back
  // to an older text than one it has shown.
  const sequence = useRef(0);
  const typed = useMemo<TypedText>(() => ({ text: inputValue, sequence: ++sequence.current }), [inputValue]);
  const searchCost = useRef(0);
  const isCheap = index?.isBuilt === true && searchCost.current <= SAME_FRAME_BUDGET_MS;
  const deferred = useDeferredValue(isCheap ? null : typed);
  const shown = useRef(typed);
  let listed = typed;
  if (!isCheap) listed = deferred && deferred.sequence >= shown.current.sequence ? deferred : shown.current;
  useIsomorphicLayoutEffect(() => {
    shown.current = listed;
  });

  // Server mode shows an answer as the server ordered it; while a newer query loads, the last
  // answer narrowed locally to the new text (everything shown still matches what is typed).
  const searchText = isServer && loaded?.answeredQuery === listed.text.trim() ? '' : listed.text;
  // A closed list over an unfinished (or not yet loaded) index is not searched: listing everything
  // needs the whole list scanned for the parent, which mounting should not wait for.
  const isPlaceholder = !isOpen && !index?.isBuilt;
  // Before the index module has loaded, an empty text lists everything (no index needed for that);
  // any other text waits for it (status `loading`) and is searched as soon as it has loaded.
  const isWaitingForIndex = index === null && searchText.trim() !== '';
  const search = useCallback(
    (text: string): SearchResult =>
      index ? index.search(text) : everythingExcept(source, new Set([identityId])),
    [index, source, identityId],
  );
  const result = useMemo(() => {
    if (isPlaceholder || isWaitingForIndex) return emptyResult(searchText);
    const start = now();
    const found = search(searchText);
    searchCost.current = now() - start;
    return found;
  }, [search, searchText, isPlaceholder, isWaitingForIndex]);

  // While the user reads a result, get the likely next searches (one more character) ready.
  useEffect(() => {
    if (isPlaceholder || !index) return;
    return inSlices(() => index.prepare(searchText, SLICE_BUDGET_MS));
  }, [index, searchText, isPlaceholder]);

  const loadMore = useCallback(() => loader?.loadMore(), [loader]);
  // The answer shown, without local narrowing: the only state where paging on makes sense.
  const answer =
    isServer && loaded?.status === 'success' && searchText === '' && !isPlaceholder ? loaded : null;
  const listKey = isServer && searchText === '' ? `answer:${loaded?.answerId ?? 0}` : result;

  const indexFailure = isWaitingForIndex ? searchIndex.failure : undefined;
  // An open list waits for the server search module as for its request (and fails like one).
  const serverFailure = isServer && isOpen ? serverSearch.failure : undefined;
  const serverStatus: CandidateLoadStatus = serverFailure
    ? 'error'
    : (loaded?.status ?? (isOpen ? 'loading' : 'idle'));
  return {
    index: index ?? { identities: source },
    result,
    hasMore: answer !== null && answer.next !== null,
    loadMore,
    moreStatus: answer?.moreStatus ?? 'idle',
    moreError: answer?.moreError,
    loadedMoreCount: answer?.loadedMoreCount ?? 0,
    isUnsupportedQuery: answer?.isUnsupportedQuery === true,
    listKey,
    status: indexFailure ? 'error' : isWaitingForIndex ? 'loading' : isServer ? serverStatus : 'success',
    error: indexFailure ?? serverFailure ?? (isServer ? loaded?.error : undefined),
    isStale: listed.text !== inputValue || isWaitingForIndex,
    retry: () =>
      indexFailure ? searchIndex.retry() : serverFailure ? serverSearch.retry() : loader?.retry(),
    isPlaceholder,
    resolve: () => (isPlaceholder && !isWaitingForIndex ? search(searchText) : result),
  };
}
