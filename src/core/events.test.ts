import { afterEach, describe, expect, it, vi } from 'vitest';
import { KinshipError } from './errors.js';
import { emitKinshipEvent, errorEvent } from './events.js';

vi.mock('react', () => ({}));

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('emitKinshipEvent', () => {
  it('given a listener, it delivers the event stamped with `at` as an ISO time', () => {
    const listener = vi.fn();
    emitKinshipEvent(listener, { type: 'account.created', serviceId: 's1' }, () => Date.UTC(2026, 0, 2));
    expect(listener).toHaveBeenCalledWith({
      type: 'account.created',
      serviceId: 's1',
      at: '2026-01-02T00:00:00.000Z',
    });
  });

  it('given a listener that throws, it reports what was thrown and returns normally', () => {
    const reportError = vi.fn();
    vi.stubGlobal('reportError', reportError);
    const thrown = new Error('analytics down');
    expect(() =>
      emitKinshipEvent(
        () => {
          throw thrown;
        },
        { type: 'consent.status', serviceId: 's1', status: 'approved' },
      ),
    ).not.toThrow();
    expect(reportError).toHaveBeenCalledWith(thrown);
  });

  it('given no reportError, it falls back to console.error with only what was thrown', () => {
    vi.stubGlobal('reportError', undefined);
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    const thrown = new Error('analytics down');
    emitKinshipEvent(
      () => {
        throw thrown;
      },
      { type: 'children.linked', identityId: 'p', children: ['c'] },
    );
    expect(consoleError).toHaveBeenCalledWith(thrown);
  });
});

describe('errorEvent', () => {
  it('given a failure, it keeps the kind, reason, status and trimmed ids, never the message', () => {
    const error = new KinshipError('conflict', 'ana@example.com is already in use', {
      status: 412,
      reason: 'email-in-use',
      operation: 'addChildAccount',
      fieldErrors: { email: ['taken'] },
    });
    expect(errorEvent(error, 'addChildAccount', { serviceId: ' s1 ' })).toEqual({
      type: 'error',
      operation: 'addChildAccount',
      kind: 'conflict',
      reason: 'email-in-use',
      status: 412,
      serviceId: 's1',
    });
  });

  it('given an aborted call, it gives no event', () => {
    expect(errorEvent(new KinshipError('aborted', 'cancelled'), 'addChildren')).toBeNull();
  });

  it('given an id that is not a non-blank string, it leaves the id out', () => {
    const error = new KinshipError('validation', 'refused');
    expect(errorEvent(error, 'addChildren', { identityId: 42 })).toEqual({
      type: 'error',
      operation: 'addChildren',
      kind: 'validation',
    });
    expect(errorEvent(error, 'addChildren', { identityId: '  ' })).not.toHaveProperty('identityId');
  });
});
