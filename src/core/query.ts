/**
 * A framework-free keyed read (the `query-core` QueryObserver idea, cut down): one key at a time,
 * one `status`, the answer for an old key dropped, abort on stop. `useChildren` is a thin adapter
 * that subscribes to it with `useSyncExternalStore`.
 */
import { type KinshipError, toKinshipError } from './errors.js';
import { callHost } from './mutation.js';

/** The state of a read, as a union so `data` narrows on `status === 'success'`. */
export type QueryState<TData> =
  | { key: string | null; status: 'pending'; data: undefined; error: undefined; isFetching: boolean }
  | { key: string | null; status: 'success'; data: TData; error: undefined; isFetching: boolean }
  /** A failed read keeps the data of the last success for the same key (a failed refresh). */
  | {
      key: string | null;
      status: 'error';
      data: TData | undefined;
      error: KinshipError;
      isFetching: boolean;
    };

/** What a `QueryController` runs and reports to. */
export interface QueryControllerOptions<TData> {
  /** Reads the data for a key; receives an `AbortSignal` that fires on `stop`, a new key or a refresh. */
  queryFn: (key: string, context: { signal: AbortSignal }) => Promise<TData>;
  /** Called after a read succeeded for the current key. A throw here is reported only. */
  onSuccess?: (data: TData, key: string) => void;
  /** Called after a read failed for the current key (never for an aborted one). A throw here is reported only. */
  onError?: (error: KinshipError, key: string) => void;
}

/** The state before any key is read (also the server-rendering snapshot). */
export const INITIAL_QUERY_STATE: QueryState<never> = {
  key: null,
  status: 'pending',
  data: undefined,
  error: undefined,
  isFetching: false,
};

/** The keyed read behind `useChildren`. */
export class QueryController<TData> {
  private options: QueryControllerOptions<TData>;
  private state: QueryState<TData> = INITIAL_QUERY_STATE;
  private readonly listeners = new Set<() => void>();
  private controller: AbortController | null = null;
  private generation = 0;

  constructor(options: QueryControllerOptions<TData>) {
    this.options = options;
  }

  /** Replaces the function and callbacks (the latest render's options win). */
  setOptions(options: QueryControllerOptions<TData>): void {
    this.options = options;
  }

  /** The current state (a stable object until the next change). */
  getState = (): QueryState<TData> => this.state;

  /** Subscribes to state changes; returns the unsubscribe function. */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  private setState(state: QueryState<TData>): void {
    this.state = state;
    for (const listener of [...this.listeners]) listener();
  }

  /** Reads `key` from scratch: `pending`, no data of another key kept; a read in flight is aborted. */
  start(key: string): void {
    this.abort();
    this.setState({ key, status: 'pending', data: undefined, error: undefined, isFetching: true });
    this.run(key);
  }

  /**
   * Reads the current key again at once, keeping what is shown meanwhile (`isFetching` tells);
   * a read in flight is replaced. Nothing happens before `start`.
   */
  refresh = (): void => {
    const { key } = this.state;
    if (key === null) return;
    this.abort();
    this.setState({ ...this.state, isFetching: true });
    this.run(key);
  };

  /** The owner went away or the key is about to change: abort the read; its answer is dropped. */
  stop(): void {
    this.abort();
  }

  private abort(): void {
    this.generation++;
    this.controller?.abort();
    this.controller = null;
  }

  private run(key: string): void {
    const generation = this.generation;
    const controller = new AbortController();
    this.controller = controller;
    let read: Promise<TData>;
    try {
      read = Promise.resolve(this.options.queryFn(key, { signal: controller.signal }));
    } catch (error) {
      read = Promise.reject(error);
    }
    read.then(
      (data) => {
        if (generation !== this.generation) return;
        this.controller = null;
        this.setState({ key, status: 'success', data, error: undefined, isFetching: false });
        callHost(this.options.onSuccess, data, key);
      },
      (caught: unknown) => {
        if (generation !== this.generation || controller.signal.aborted) return;
        this.controller = null;
        const error = toKinshipError(caught);
        const previous = this.state.data;
        this.setState({ key, status: 'error', data: previous, error, isFetching: false });
        callHost(this.options.onError, error, key);
      },
    );
  }
}
