import { describe, expect, it, vi } from 'vitest';
import type { ConsentStatusRecord } from './consent.js';
import { ConsentStatusPoller, type PollTimers } from './consentPolling.js';
import { KinshipError } from './errors.js';

vi.mock('react', () => ({}));

/** Timers the test moves by hand: `advance(ms)` runs what falls due, in order. */
function manualTimers() {
  let now = 0;
  let nextId = 1;
  const pending = new Map<number, { at: number; callback: () => void }>();
  const timers: PollTimers = {
    setTimeout: (callback, ms) => {
      const id = nextId++;
      pending.set(id, { at: now + ms, callback });
      return id;
    },
    clearTimeout: (handle) => {
      pending.delete(handle as number);
    },
  };
  return {
    timers,
    /** The delays still scheduled, from now. */
    scheduled: () => [...pending.values()].map((timer) => timer.at - now),
    advance(ms: number) {
      const until = now + ms;
      for (;;) {
        const due = [...pending.entries()]
          .filter(([, timer]) => timer.at <= until)
          .sort((a, b) => a[1].at - b[1].at)[0];
        if (!due) break;
        pending.delete(due[0]);
        now = due[1].at;
        due[1].callback();
      }
      now = until;
    },
  };
}

/** A fetchStatus whose asks the test settles by hand. */
function manualAsks() {
  const asks: Array<{
    serviceId: string;
    signal: AbortSignal;
    resolve: (record: ConsentStatusRecord) => void;
    reject: (error: unknown) => void;
  }> = [];
  const fetchStatus = vi.fn(
    (serviceId: string, { signal }: { signal: AbortSignal }) =>
      new Promise<ConsentStatusRecord>((resolve, reject) => {
        asks.push({ serviceId, signal, resolve, reject });
      }),
  );
  return { fetchStatus, asks };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
const record = (status: string): ConsentStatusRecord => ({ serviceId: 's1', status, updatedAt: null });

function setup(options: { intervalMs?: number; maxIntervalMs?: number } = {}) {
  const clock = manualTimers();
  const { fetchStatus, asks } = manualAsks();
  const onStatusChange = vi.fn();
  const onError = vi.fn();
  const poller = new ConsentStatusPoller({
    fetchStatus,
    intervalMs: options.intervalMs ?? 1000,
    ...(options.maxIntervalMs !== undefined ? { maxIntervalMs: options.maxIntervalMs } : {}),
    onStatusChange,
    onError,
    timers: clock.timers,
  });
  return { poller, clock, fetchStatus, asks, onStatusChange, onError };
}

describe('ConsentStatusPoller', () => {
  describe('given an active page', () => {
    it('asks at start, then every intervalMs after each answer', async () => {
      const { poller, clock, asks } = setup();
      poller.setActive(true);
      poller.start('s1');
      expect(asks).toHaveLength(1);
      asks[0]?.resolve(record('pending'));
      await flush();
      expect(poller.getState().record?.status).toBe('pending');
      clock.advance(999);
      expect(asks).toHaveLength(1);
      clock.advance(1);
      expect(asks).toHaveLength(2);
    });

    it('reports a status once when it becomes known and once per change, not per identical answer', async () => {
      const { poller, clock, asks, onStatusChange } = setup();
      poller.setActive(true);
      poller.start('s1');
      asks[0]?.resolve(record('pending'));
      await flush();
      clock.advance(1000);
      asks[1]?.resolve(record('pending'));
      await flush();
      clock.advance(1000);
      asks[2]?.resolve(record('postponed'));
      await flush();
      expect(onStatusChange.mock.calls.map(([changed]) => changed.status)).toEqual(['pending', 'postponed']);
    });
  });

  describe('given an inactive page (hidden or offline)', () => {
    it('asks nothing until it becomes active, then asks at once', async () => {
      const { poller, clock, asks } = setup();
      poller.start('s1');
      clock.advance(60_000);
      expect(asks).toHaveLength(0);
      poller.setActive(true);
      expect(asks).toHaveLength(1);
    });

    it('cancels the next ask when the page goes inactive, and asks at once when it comes back', async () => {
      const { poller, clock, asks } = setup();
      poller.setActive(true);
      poller.start('s1');
      asks[0]?.resolve(record('pending'));
      await flush();
      poller.setActive(false);
      clock.advance(10_000);
      expect(asks).toHaveLength(1);
      poller.setActive(true);
      expect(asks).toHaveLength(2);
    });
  });

  describe('given a final state', () => {
    it.each(['approved', 'denied', 'expired'])(
      'stops asking after %s, even when the page comes back',
      async (status) => {
        const { poller, clock, asks } = setup();
        poller.setActive(true);
        poller.start('s1');
        asks[0]?.resolve(record(status));
        await flush();
        clock.advance(600_000);
        poller.setActive(false);
        poller.setActive(true);
        expect(asks).toHaveLength(1);
        expect(clock.scheduled()).toEqual([]);
      },
    );

    it('refresh() still asks once', async () => {
      const { poller, asks } = setup();
      poller.setActive(true);
      poller.start('s1');
      asks[0]?.resolve(record('approved'));
      await flush();
      poller.refresh();
      expect(asks).toHaveLength(2);
    });
  });

  describe('given failures', () => {
    it('backs off exponentially (2×, 4×, 8× the interval) up to the cap, and back to the interval after an answer', async () => {
      const { poller, clock, asks } = setup({ intervalMs: 1000, maxIntervalMs: 5000 });
      poller.setActive(true);
      poller.start('s1');
      const waits: number[] = [];
      for (let index = 0; index < 4; index++) {
        asks[index]?.reject(new KinshipError('server', 'HTTP 503', { status: 503 }));
        await flush();
        waits.push(...clock.scheduled());
        clock.advance(clock.scheduled()[0] ?? 0);
      }
      expect(waits).toEqual([2000, 4000, 5000, 5000]);
      asks[4]?.resolve(record('pending'));
      await flush();
      expect(clock.scheduled()).toEqual([1000]);
      expect(poller.getState().error).toBeUndefined();
    });

    it('waits as long as the server asked (retryAfterMs)', async () => {
      const { poller, clock, asks } = setup({ intervalMs: 1000 });
      poller.setActive(true);
      poller.start('s1');
      asks[0]?.reject(new KinshipError('rate-limited', 'HTTP 429', { status: 429, retryAfterMs: 30_000 }));
      await flush();
      expect(clock.scheduled()).toEqual([30_000]);
    });

    it('keeps the last record, shows the error, and reports the run of failures once', async () => {
      const { poller, clock, asks, onError } = setup();
      poller.setActive(true);
      poller.start('s1');
      asks[0]?.resolve(record('pending'));
      await flush();
      clock.advance(1000);
      asks[1]?.reject(new KinshipError('network', 'offline'));
      await flush();
      clock.advance(2000);
      asks[2]?.reject(new KinshipError('network', 'offline'));
      await flush();
      expect(poller.getState()).toMatchObject({ record: { status: 'pending' }, error: { kind: 'network' } });
      expect(onError).toHaveBeenCalledTimes(1);
      expect(onError).toHaveBeenCalledWith(expect.objectContaining({ kind: 'network' }), 's1');
    });

    it('treats 404 as nothing known yet: no error, the usual interval', async () => {
      const { poller, clock, asks, onError } = setup({ intervalMs: 1000 });
      poller.setActive(true);
      poller.start('s1');
      asks[0]?.reject(new KinshipError('not-found', 'HTTP 404', { status: 404 }));
      await flush();
      expect(poller.getState()).toEqual({ serviceId: 's1', record: undefined, error: undefined });
      expect(clock.scheduled()).toEqual([1000]);
      expect(onError).not.toHaveBeenCalled();
    });

    it('a throwing onError is reported and polling goes on', async () => {
      const reportError = vi.fn();
      vi.stubGlobal('reportError', reportError);
      const clock = manualTimers();
      const { fetchStatus, asks } = manualAsks();
      const poller = new ConsentStatusPoller({
        fetchStatus,
        intervalMs: 1000,
        timers: clock.timers,
        onError: () => {
          throw new Error('listener broke');
        },
      });
      poller.setActive(true);
      poller.start('s1');
      asks[0]?.reject(new KinshipError('server', 'HTTP 500'));
      await flush();
      expect(reportError).toHaveBeenCalledWith(expect.objectContaining({ message: 'listener broke' }));
      expect(clock.scheduled()).toEqual([2000]);
      vi.unstubAllGlobals();
    });
  });

  describe('refresh and stop', () => {
    it('refresh() asks at once, replacing the scheduled ask; nothing new while an ask is in flight', async () => {
      const { poller, clock, asks } = setup();
      poller.setActive(true);
      poller.start('s1');
      poller.refresh();
      expect(asks).toHaveLength(1);
      asks[0]?.resolve(record('pending'));
      await flush();
      poller.refresh();
      expect(asks).toHaveLength(2);
      expect(clock.scheduled()).toEqual([]);
    });

    it('stop() aborts the ask in flight and drops its answer; start(other) follows the new id from scratch', async () => {
      const { poller, asks } = setup();
      poller.setActive(true);
      poller.start('s1');
      poller.start('s2');
      expect(asks[0]?.signal.aborted).toBe(true);
      asks[0]?.resolve(record('approved'));
      await flush();
      expect(poller.getState()).toEqual({ serviceId: 's2', record: undefined, error: undefined });
      expect(asks[1]?.serviceId).toBe('s2');
    });
  });
});
