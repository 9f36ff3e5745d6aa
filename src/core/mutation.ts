/**
 * A framework-free mutation observer (the `query-core` MutationObserver idea): one status field,
 * one request in flight at a time, abort on dispose, host callbacks isolated. The React hooks are
 * thin adapters that subscribe to it with `useSyncExternalStore`.
 */
import { KinshipError, toKinshipError } from './errors.js';

/** The four states of a submission. */
export type MutationStatus = 'idle' | 'pending' | 'success' | 'error';

/** The state of a mutation as a union, so `data` narrows on `status === 'success'`. */
export type MutationState<TVariables, TData> =
  | { status: 'idle'; data: undefined; error: undefined; variables: undefined; submittedAt: 0 }
  | { status: 'pending'; data: undefined; error: undefined; variables: TVariables; submittedAt: number }
  | { status: 'success'; data: TData; error: undefined; variables: TVariables; submittedAt: number }
  | { status: 'error'; data: undefined; error: KinshipError; variables: TVariables; submittedAt: number };

/** What a `MutationController` runs and reports to. */
export interface MutationControllerOptions<TVariables, TData> {
  /** Performs the call; receives an `AbortSignal` that fires on `dispose`. */
  mutationFn: (variables: TVariables, context: { signal: AbortSignal }) => Promise<TData>;
  /** Checks the variables synchronously; an error here ends in `error` without sending anything. */
  validate?: (variables: TVariables) => KinshipError | null;
  /** Called after a success. Throwing here does not break the state; the error is reported. */
  onSuccess?: (data: TData, variables: TVariables) => void;
  /** Called after a failure. Throwing here does not break the state; the error is reported. */
  onError?: (error: KinshipError, variables: TVariables) => void;
}

const IDLE = {
  status: 'idle',
  data: undefined,
  error: undefined,
  variables: undefined,
  submittedAt: 0,
} as const;

/** Reports an error thrown by a host callback without rethrowing it (shows in the console). */
export function reportHostError(error: unknown): void {
  const report = (globalThis as { reportError?: (error: unknown) => void }).reportError;
  if (typeof report === 'function') {
    try {
      report(error);
      return;
    } catch {
      // fall through to console
    }
  }
  console.error(error);
}

/** Runs a host callback; what it throws is reported, never propagated into the kit's state updates. */
export function callHost<TArgs extends unknown[]>(
  callback: ((...args: TArgs) => void) | undefined,
  ...args: TArgs
): void {
  if (!callback) return;
  try {
    callback(...args);
  } catch (error) {
    reportHostError(error);
  }
}

/** The mutation observer behind `useAddChildren` and `useAddChildAccount`. */
export class MutationController<TVariables, TData> {
  #options: MutationControllerOptions<TVariables, TData>;
  #state: MutationState<TVariables, TData> = IDLE;
  readonly #listeners = new Set<() => void>();
  #inFlight: Promise<TData> | null = null;
  #controller: AbortController | null = null;
  #isMounted = true;
  #generation = 0;

  constructor(options: MutationControllerOptions<TVariables, TData>) {
    this.#options = options;
  }

  /** Replaces the callbacks and the function (the latest render's options win). */
  setOptions(options: MutationControllerOptions<TVariables, TData>): void {
    this.#options = options;
  }

  /** The current state (a stable object until the next change). */
  getState = (): MutationState<TVariables, TData> => this.#state;

  /** Subscribes to state changes; returns the unsubscribe function. */
  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => {
      this.#listeners.delete(listener);
    };
  };

  #setState(state: MutationState<TVariables, TData>): void {
    if (!this.#isMounted) return;
    this.#state = state;
    for (const listener of [...this.#listeners]) listener();
  }

  /**
   * Starts the mutation, or returns the one in flight: while pending, further calls send nothing
   * new. Rejects with a `KinshipError`.
   */
  mutateAsync = (variables: TVariables): Promise<TData> => {
    if (this.#inFlight) return this.#inFlight;
    const refused = this.#options.validate?.(variables) ?? null;
    const generation = ++this.#generation;
    const submittedAt = Date.now();
    if (refused) {
      this.#setState({ status: 'error', data: undefined, error: refused, variables, submittedAt });
      callHost(this.#options.onError, refused, variables);
      return Promise.reject(refused);
    }
    const controller = new AbortController();
    this.#controller = controller;
    this.#setState({ status: 'pending', data: undefined, error: undefined, variables, submittedAt });
    let run: Promise<TData>;
    try {
      run = Promise.resolve(this.#options.mutationFn(variables, { signal: controller.signal }));
    } catch (error) {
      run = Promise.reject(error);
    }
    const settled = run.then(
      (data) => {
        if (generation === this.#generation) {
          this.#inFlight = null;
          this.#controller = null;
          if (this.#isMounted) {
            this.#setState({ status: 'success', data, error: undefined, variables, submittedAt });
            callHost(this.#options.onSuccess, data, variables);
          }
        }
        return data;
      },
      (caught: unknown) => {
        const error = toKinshipError(caught);
        if (generation === this.#generation) {
          this.#inFlight = null;
          this.#controller = null;
          if (this.#isMounted && !controller.signal.aborted) {
            this.#setState({ status: 'error', data: undefined, error, variables, submittedAt });
            callHost(this.#options.onError, error, variables);
          }
        }
        throw error;
      },
    );
    this.#inFlight = settled;
    return settled;
  };

  /** Fire-and-forget form: never rejects, never leaves an unhandled rejection. */
  mutate = (variables: TVariables): void => {
    this.mutateAsync(variables).catch(() => {});
  };

  /** Back to `idle`. An in-flight request is aborted and its answer ignored. */
  reset = (): void => {
    this.#generation++;
    this.#controller?.abort(new KinshipError('aborted', 'Reset while pending.'));
    this.#controller = null;
    this.#inFlight = null;
    this.#setState(IDLE);
  };

  /** Marks the owner as mounted again (React Strict Mode re-runs effects). */
  mount(): void {
    this.#isMounted = true;
  }

  /** The owner went away: abort what is in flight and stop all state updates and callbacks. */
  dispose(): void {
    this.#isMounted = false;
    this.#generation++;
    this.#controller?.abort(new KinshipError('aborted', 'Unmounted while pending.'));
    this.#controller = null;
    this.#inFlight = null;
  }
}
