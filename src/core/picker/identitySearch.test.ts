import { describe, expect, it, vi } from 'vitest';
import { SANDBOX_IDS } from '../../sandbox/fixtures.js';
import { createSandbox } from '../../sandbox/sandbox.js';
import type { CandidatePage } from './candidateLoader.js';
import { createIdentitySearch } from './identitySearch.js';

vi.mock('react', () => ({}));

const signal = new AbortController().signal;

describe('createIdentitySearch against the sandbox', () => {
  it('says which searches Conomy supports: email, document number, phone', () => {
    const sandbox = createSandbox();
    expect(createIdentitySearch({ baseUrl: '/api/conomy', fetcher: sandbox.fetcher }).searchableBy).toEqual([
      'email',
      'documentNumber',
      'phone',
    ]);
  });

  it('given a name, sends nothing and reports it as a search the server cannot do', async () => {
    const sandbox = createSandbox();
    const load = createIdentitySearch({ baseUrl: '/api/conomy', fetcher: sandbox.fetcher });
    expect(await load('Lucía Fernández', { signal })).toEqual({
      items: [],
      next: null,
      isUnsupportedQuery: true,
    });
    expect(sandbox.requests).toHaveLength(0);
  });

  it('given an email, finds the identity', async () => {
    const sandbox = createSandbox();
    const load = createIdentitySearch({ baseUrl: '/api/conomy', fetcher: sandbox.fetcher, retry: 0 });
    const page = (await load('LUCIA.FERNANDEZ@example.com', { signal })) as CandidatePage;
    expect(page.items.map((item) => item.id)).toEqual([SANDBOX_IDS.parentUser]);
    expect(sandbox.requests[0]?.query).toEqual({ email: 'lucia.fernandez@example.com', limit: '50' });
  });

  it('given empty text, pages through every identity with the next cursor', async () => {
    const sandbox = createSandbox({ identityCount: 200 });
    const load = createIdentitySearch(
      { baseUrl: '/api/conomy', fetcher: sandbox.fetcher, retry: 0 },
      { limit: 100 },
    );
    const first = (await load('', { signal })) as CandidatePage;
    expect(first.items).toHaveLength(100);
    expect(typeof first.next).toBe('string');
    const second = (await load('', { signal, next: first.next as string })) as CandidatePage;
    expect(second.items[0]?.id).toBe(sandbox.identities[100]?.id);
  });
});
