import { describe, expect, it, vi } from 'vitest';
import { KinshipError } from './errors.js';
import { QueryController } from './query.js';

vi.mock('react', () => ({}));

/** A queryFn whose reads the test settles by hand. */
function manualReads() {
  const reads: Array<{
    key: string;
    signal: AbortSignal;
    resolve: (value: string) => void;
    reject: (error: unknown) => void;
  }> = [];
  const queryFn = vi.fn(
    (key: string, { signal }: { signal: AbortSignal }) =>
      new Promise<string>((resolve, reject) => {
        reads.push({ key, signal, resolve, reject });
      }),
  );
  return { queryFn, reads };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('QueryController', () => {
  it('given a key, it goes pending → success with the answer', async () => {
    const { queryFn, reads } = manualReads();
    const query = new QueryController({ queryFn });
    query.start('a');
    expect(query.getState()).toMatchObject({ key: 'a', status: 'pending', isFetching: true });
    reads[0]?.resolve('A');
    await flush();
    expect(query.getState()).toEqual({
      key: 'a',
      status: 'success',
      data: 'A',
      error: undefined,
      isFetching: false,
    });
  });

  it('given a new key while a read is in flight, it aborts the old read and drops its answer', async () => {
    const { queryFn, reads } = manualReads();
    const onSuccess = vi.fn();
    const query = new QueryController({ queryFn, onSuccess });
    query.start('a');
    query.start('b');
    expect(reads[0]?.signal.aborted).toBe(true);
    reads[0]?.resolve('A');
    await flush();
    expect(query.getState()).toMatchObject({ key: 'b', status: 'pending' });
    expect(onSuccess).not.toHaveBeenCalled();
  });

  it('given a failed refresh, it keeps the last data with the error', async () => {
    const { queryFn, reads } = manualReads();
    const onError = vi.fn();
    const query = new QueryController({ queryFn, onError });
    query.start('a');
    reads[0]?.resolve('A');
    await flush();
    query.refresh();
    expect(query.getState()).toMatchObject({ status: 'success', data: 'A', isFetching: true });
    reads[1]?.reject(new KinshipError('server', 'HTTP 500'));
    await flush();
    expect(query.getState()).toMatchObject({
      status: 'error',
      data: 'A',
      error: { kind: 'server' },
      isFetching: false,
    });
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ kind: 'server' }), 'a');
  });

  it('given stop, the read in flight is aborted, its failure is not reported and nothing changes', async () => {
    const { queryFn, reads } = manualReads();
    const onError = vi.fn();
    const listener = vi.fn();
    const query = new QueryController({ queryFn, onError });
    query.start('a');
    query.subscribe(listener);
    query.stop();
    expect(reads[0]?.signal.aborted).toBe(true);
    reads[0]?.reject(new KinshipError('aborted', 'cancelled'));
    await flush();
    expect(onError).not.toHaveBeenCalled();
    expect(listener).not.toHaveBeenCalled();
  });

  it('given no key yet, refresh sends nothing', () => {
    const { queryFn } = manualReads();
    new QueryController({ queryFn }).refresh();
    expect(queryFn).not.toHaveBeenCalled();
  });
});
