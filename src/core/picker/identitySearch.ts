import { type ConomyConfig, searchIdentities } from '../conomy.js';
import type { IdentitySearchQuery } from '../schemas.js';
import type { LoadCandidates } from './candidateLoader.js';

/** Options of `createIdentitySearch`. */
export interface IdentitySearchOptions {
  /** Identities per answer. @default 50 */
  limit?: number;
  /** Fixed filters sent with every query (`type`, `country`, `status`, …). */
  filters?: Omit<IdentitySearchQuery, 'text' | 'limit' | 'next'>;
}

/**
 * Wires the picker's server mode to Conomy's `GET {baseUrl}/identities` in one line:
 * `<ChildPicker loadCandidates={createIdentitySearch(conomy)} … />`. The typed text goes out as
 * `q`; the first page (`limit`) of the answer is offered.
 */
export function createIdentitySearch(
  config: ConomyConfig,
  options: IdentitySearchOptions = {},
): LoadCandidates {
  const limit = options.limit ?? 50;
  const filters = options.filters ?? {};
  return (query, { signal }) =>
    searchIdentities(config, { ...filters, text: query, limit }, { signal }).then((page) => page.data);
}
