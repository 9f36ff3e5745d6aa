import { beforeEach, describe, expect, it, vi } from 'vitest';
import { rejection } from '../../test/support/rejection.js';
import type { KinshipOperation } from './errors.js';

vi.mock('react', () => ({}));

// The answer checks (zod and the wire schemas) are a chunk loaded on demand. These tests start from
// fresh modules, so the first request of each test finds them not loaded yet, as on a page whose
// provider has not mounted. A failed load is a chunk the network lost.
beforeEach(() => {
  vi.resetModules();
  vi.doUnmock('./answerChecks.js');
});

const LOST_CHUNK = new TypeError('Failed to fetch dynamically imported module');

function loseTheChunk() {
  vi.doMock('./answerChecks.js', () => {
    throw LOST_CHUNK;
  });
}

async function freshOperations() {
  const conomy = await import('./conomy.js');
  const privo = await import('./privo.js');
  const consent = await import('./consentStatus.js');
  const loader = await import('./answerChecksLoader.js');
  return { ...conomy, ...privo, ...consent, loader };
}

const json = (body: unknown) =>
  new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });

const identity = { id: 'parent', name: 'Lucía', children: null };
const ANSWERS: Record<KinshipOperation, () => Response> = {
  addChildren: () => json(identity),
  removeChildren: () => json(identity),
  getIdentity: () => json(identity),
  searchIdentities: () => json({ data: [identity], pagination: { next: null } }),
  addChildAccount: () =>
    json({
      status: 'success',
      message: null,
      entity: { serviceId: 'child', consentUrl: 'https://p.example/c' },
    }),
  resendConsent: () => json({ status: 'success', message: null }),
  getConsentStatus: () => json({ serviceId: 'child', status: 'APPROVED', updatedAt: null }),
};

type Operations = Awaited<ReturnType<typeof freshOperations>>;
const CALLS: Record<KinshipOperation, (operations: Operations, fetcher: typeof fetch) => Promise<unknown>> = {
  addChildren: (o, fetcher) =>
    o.addChildren({ baseUrl: '/c', fetcher }, { identityId: 'parent', children: ['kid'] }),
  removeChildren: (o, fetcher) =>
    o.removeChildren({ baseUrl: '/c', fetcher }, { identityId: 'parent', children: ['kid'] }),
  getIdentity: (o, fetcher) => o.getIdentity({ baseUrl: '/c', fetcher }, { identityId: 'parent' }),
  searchIdentities: (o, fetcher) =>
    o.searchIdentities({ baseUrl: '/c', fetcher }, { text: 'ana@example.com' }),
  addChildAccount: (o, fetcher) =>
    o.addChildAccount(
      { baseUrl: '/p', fetcher },
      { firstName: 'Sally', birthDate_YYYYMMDD: '20150605', parentEmail: 'parent@example.com' },
    ),
  resendConsent: (o, fetcher) =>
    o.resendConsent({ baseUrl: '/p', fetcher }, { requesterServiceId: 'child', email: 'parent@example.com' }),
  getConsentStatus: (o, fetcher) => o.getConsentStatus({ baseUrl: '/p', fetcher }, { serviceId: 'child' }),
};

/** The chain of `cause`s below an error. */
function causes(error: unknown): unknown[] {
  const chain: unknown[] = [];
  for (let cause = (error as { cause?: unknown }).cause; cause !== undefined; ) {
    chain.push(cause);
    cause = cause instanceof Error ? cause.cause : undefined;
  }
  return chain;
}

describe('given the chunk of the answer checks fails to load', () => {
  describe.each(Object.keys(CALLS) as KinshipOperation[])('when %s is called', (operation) => {
    it('rejects with kind network, names the operation, sends nothing, and the next call loads it and succeeds', async () => {
      loseTheChunk();
      const operations = await freshOperations();
      const fetcher = vi.fn(async () => ANSWERS[operation]());
      const error = await rejection(CALLS[operation](operations, fetcher));
      expect(error.kind).toBe('network');
      expect(error.message).toBe('The kit could not load the code that reads the answer.');
      expect(error.operation).toBe(operation);
      // The import's error is kept (Vitest wraps a mock factory's throw in one of its own).
      expect(causes(error)).toContain(LOST_CHUNK);
      // Nothing was sent: even account creation says it did not happen.
      expect(error.mayHaveSucceeded).toBe(false);
      expect(fetcher).not.toHaveBeenCalled();

      vi.doUnmock('./answerChecks.js');
      await expect(CALLS[operation](operations, fetcher)).resolves.toBeDefined();
      expect(fetcher).toHaveBeenCalledTimes(1);
    });
  });

  it('after the failed load, the next account creation goes out once and its answer is read: the account and its consent link', async () => {
    loseTheChunk();
    const operations = await freshOperations();
    const fetcher = vi.fn(async () => ANSWERS.addChildAccount());
    await rejection(CALLS.addChildAccount(operations, fetcher));
    vi.doUnmock('./answerChecks.js');
    await expect(CALLS.addChildAccount(operations, fetcher)).resolves.toMatchObject({
      status: 'success',
      entity: { serviceId: 'child' },
      consentUrl: 'https://p.example/c',
    });
    expect(fetcher).toHaveBeenCalledTimes(1);
  });

  it('preloadAnswerChecks resolves false (never rejects), and true once a later load succeeds', async () => {
    loseTheChunk();
    const { loader } = await freshOperations();
    await expect(loader.preloadAnswerChecks()).resolves.toBe(false);
    expect(loader.answerChecksModule.loaded()).toBeUndefined();
    vi.doUnmock('./answerChecks.js');
    await expect(loader.preloadAnswerChecks()).resolves.toBe(true);
    expect(loader.answerChecksModule.loaded()).toBeDefined();
  });
});

describe('given the answer checks not loaded yet', () => {
  it('the first request loads them before it goes out, then reads the answer', async () => {
    const operations = await freshOperations();
    expect(operations.loader.answerChecksModule.loaded()).toBeUndefined();
    const fetcher = vi.fn(async () => {
      // Loaded before the request went out, never after.
      expect(operations.loader.answerChecksModule.loaded()).toBeDefined();
      return ANSWERS.getIdentity();
    });
    await expect(CALLS.getIdentity(operations, fetcher)).resolves.toMatchObject({
      id: 'parent',
      children: [],
    });
    expect(fetcher).toHaveBeenCalledTimes(1);
  });

  it('once preloaded, a request goes out at once (nothing left to wait for)', async () => {
    const operations = await freshOperations();
    await operations.loader.preloadAnswerChecks();
    const fetcher = vi.fn(async () => ANSWERS.addChildren());
    const pending = CALLS.addChildren(operations, fetcher);
    expect(fetcher).toHaveBeenCalledTimes(1);
    await pending;
  });
});
