/**
 * The polling rules of `useConsentStatus`, framework-free (the hook is a thin adapter): ask the
 * host's backend for a child's consent status every `intervalMs` while the page is active
 * (visible and online), back off on errors, stop at a final state, ask at once on `refresh()` and
 * when the page becomes active again. Timers are injectable, so the rules are tested without React.
 */
import type { ConsentStatusRecord } from './consent.js';
import { isFinalConsentStatus } from './consentStatus.js';
import { type KinshipError, toKinshipError } from './errors.js';
import { callHost } from './mutation.js';

/** What the poller knows of one child's consent. */
export interface ConsentPollState {
  /** The service id this state is about (`null` before `start`). */
  serviceId: string | null;
  /** The last record read; `undefined` while nothing is known (no answer yet, or 404). */
  record: ConsentStatusRecord | undefined;
  /** The last failure; cleared by the next answer (a 404 included). */
  error: KinshipError | undefined;
}

/** Timer functions (injectable for tests); the global ones by default. */
export interface PollTimers {
  setTimeout: (callback: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
}

/** What a `ConsentStatusPoller` runs and reports to. */
export interface ConsentStatusPollerOptions {
  /** Reads the status once (without retries of its own: the poller is the retry loop). */
  fetchStatus: (serviceId: string, context: { signal: AbortSignal }) => Promise<ConsentStatusRecord>;
  /** Time between two answers while nothing goes wrong, in milliseconds. @default 5000 */
  intervalMs?: number;
  /** The longest wait after repeated errors, in milliseconds. @default 60000 (or `intervalMs`, if longer) */
  maxIntervalMs?: number;
  /** Called when the status becomes known or changes (not on every identical answer). A throw is reported only. */
  onStatusChange?: (record: ConsentStatusRecord) => void;
  /** Called when asking starts failing (once per run of failures, not on each retry). A throw is reported only. */
  onError?: (error: KinshipError, serviceId: string) => void;
  /** @default globalThis.setTimeout / clearTimeout */
  timers?: PollTimers;
}

/** The default time between two answers. */
export const DEFAULT_CONSENT_POLL_INTERVAL_MS = 5000;
/** The default cap of the error backoff. */
export const DEFAULT_CONSENT_POLL_MAX_INTERVAL_MS = 60_000;

const GLOBAL_TIMERS: PollTimers = {
  // Read at call time, so fake timers installed after import are used.
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

const EMPTY: ConsentPollState = { serviceId: null, record: undefined, error: undefined };

/**
 * The poller behind `useConsentStatus`. Rules:
 * - asks only while `setActive(true)` (the page is visible and online); becoming active again
 *   asks at once, becoming inactive cancels the next ask (an answer in flight is still taken);
 * - after an answer, the next ask is `intervalMs` later; after the n-th failure in a row,
 *   `intervalMs · 2ⁿ` capped at `maxIntervalMs`, or the server's `retryAfterMs` when it gave one;
 * - a 404 (`not-found`) means nothing is known yet (no webhook has arrived): no error, the record
 *   stays as it was, polling goes on at `intervalMs`;
 * - `approved`, `denied` and `expired` are final: no further asks (`refresh()` still asks once);
 * - `refresh()` asks at once (unless an ask is in flight), whether or not the page is active.
 */
export class ConsentStatusPoller {
  private options: ConsentStatusPollerOptions;
  private state: ConsentPollState = EMPTY;
  private readonly listeners = new Set<() => void>();
  private isActive = false;
  private timer: unknown = null;
  private controller: AbortController | null = null;
  private failures = 0;
  private generation = 0;

  constructor(options: ConsentStatusPollerOptions) {
    this.options = options;
  }

  /** Replaces the function, callbacks and intervals (the latest render's options win). */
  setOptions(options: ConsentStatusPollerOptions): void {
    this.options = options;
  }

  /** The current state (a stable object until the next change). */
  getState = (): ConsentPollState => this.state;

  /** Subscribes to state changes; returns the unsubscribe function. */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  private setState(state: ConsentPollState): void {
    this.state = state;
    for (const listener of [...this.listeners]) listener();
  }

  private get timers(): PollTimers {
    return this.options.timers ?? GLOBAL_TIMERS;
  }

  /** Follows `serviceId` from scratch (nothing known yet); asks at once when active. */
  start(serviceId: string): void {
    this.stop();
    this.failures = 0;
    this.setState({ serviceId, record: undefined, error: undefined });
    if (this.isActive) this.ask();
  }

  /** Stops following: the next ask is cancelled and an ask in flight is aborted (its answer dropped). */
  stop(): void {
    this.cancelTimer();
    this.generation++;
    this.controller?.abort();
    this.controller = null;
  }

  /** Whether asking is allowed now (the page is visible and the browser online). */
  setActive(isActive: boolean): void {
    const wasActive = this.isActive;
    this.isActive = isActive;
    if (!isActive) {
      this.cancelTimer();
      return;
    }
    // Back from hidden or offline: the state may have changed meanwhile, so ask at once.
    if (!wasActive && this.state.serviceId !== null && !this.controller && !this.isFinal()) this.ask();
  }

  /** Asks at once (for a host that learnt of a change itself); nothing new while an ask is in flight. */
  refresh = (): void => {
    if (this.state.serviceId === null || this.controller) return;
    this.ask();
  };

  private isFinal(): boolean {
    return isFinalConsentStatus(this.state.record?.status);
  }

  private cancelTimer(): void {
    if (this.timer !== null) this.timers.clearTimeout(this.timer);
    this.timer = null;
  }

  private schedule(delayMs: number): void {
    this.cancelTimer();
    if (!this.isActive || this.isFinal() || this.state.serviceId === null) return;
    this.timer = this.timers.setTimeout(() => {
      this.timer = null;
      this.ask();
    }, delayMs);
  }

  private interval(): number {
    return Math.max(0, this.options.intervalMs ?? DEFAULT_CONSENT_POLL_INTERVAL_MS);
  }

  private backoff(error: KinshipError): number {
    if (error.retryAfterMs !== undefined) return error.retryAfterMs;
    const interval = this.interval();
    const cap = Math.max(interval, this.options.maxIntervalMs ?? DEFAULT_CONSENT_POLL_MAX_INTERVAL_MS);
    return Math.min(cap, interval * 2 ** this.failures);
  }

  private ask(): void {
    const { serviceId } = this.state;
    if (serviceId === null) return;
    this.cancelTimer();
    const generation = ++this.generation;
    const controller = new AbortController();
    this.controller = controller;
    let read: Promise<ConsentStatusRecord>;
    try {
      read = Promise.resolve(this.options.fetchStatus(serviceId, { signal: controller.signal }));
    } catch (error) {
      read = Promise.reject(error);
    }
    read.then(
      (record) => {
        if (generation !== this.generation) return;
        this.controller = null;
        this.failures = 0;
        const previous = this.state.record;
        this.setState({ serviceId, record, error: undefined });
        if (previous?.status !== record.status) callHost(this.options.onStatusChange, record);
        this.schedule(this.interval());
      },
      (caught: unknown) => {
        if (generation !== this.generation || controller.signal.aborted) return;
        this.controller = null;
        const error = toKinshipError(caught);
        if (error.kind === 'not-found') {
          // Nothing known yet (no webhook has arrived): not an error, keep asking at the usual pace.
          this.failures = 0;
          if (this.state.error) this.setState({ ...this.state, error: undefined });
          this.schedule(this.interval());
          return;
        }
        this.failures++;
        const wasFailing = this.state.error !== undefined;
        this.setState({ ...this.state, error });
        if (!wasFailing) callHost(this.options.onError, error, serviceId);
        this.schedule(this.backoff(error));
      },
    );
  }
}
