import { type ConomyConfig, searchIdentities } from '../conomy.js';
import { classifyIdentitySearch, IDENTITY_SEARCH_FIELDS } from '../identityQuery.js';
import type { IdentitySearchQuery } from '../schemas.js';
import type { CandidatePage, LoadCandidates, LoadCandidatesOptions } from './candidateLoader.js';

/** Options of `createIdentitySearch`. */
export interface IdentitySearchOptions {
  /** Identities per page. @default 50 */
  limit?: number;
  /** Fixed filters sent with every query (`type`, `country`, `status`, …). */
  filters?: Omit<IdentitySearchQuery, 'text' | 'limit' | 'next'>;
}

/**
 * Wires the picker's server mode to Conomy's `GET {baseUrl}/identities` in one line:
 * `<ChildPicker loadCandidates={createIdentitySearch(conomy)} … />`. Conomy has no name search
 * (DOMAIN.md), so the typed text goes out only as the filter `classifyIdentitySearch` finds in it
 * (`email`, `documentNumber` or `phone`); a name sends nothing and the picker says which searches
 * work (`searchableBy`). Empty text lists the first unfiltered page. Each answer carries Conomy's
 * `pagination.next`, which the picker follows when the user scrolls to the end of the list.
 */
export function createIdentitySearch(
  config: ConomyConfig,
  options: IdentitySearchOptions = {},
): LoadCandidates {
  const limit = options.limit ?? 50;
  const filters = options.filters ?? {};
  const load = async (query: string, { signal, next }: LoadCandidatesOptions): Promise<CandidatePage> => {
    if (query.trim() !== '' && classifyIdentitySearch(query).field === 'none') {
      return { items: [], next: null, isUnsupportedQuery: true };
    }
    const page = await searchIdentities(
      config,
      { ...filters, text: query, limit, ...(next !== undefined ? { next } : {}) },
      { signal },
    );
    return { items: page.data, next: page.pagination.next ?? null };
  };
  return Object.assign(load, { searchableBy: IDENTITY_SEARCH_FIELDS });
}
