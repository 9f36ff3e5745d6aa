/**
 * The picker's lazily loaded modules. `searchIndex.ts` and its modules, and `candidateLoader.ts`
 * (server search), are reached only through the dynamic `import()`s below, so a bundler puts them
 * in chunks of their own and no page loads them at start. The picker starts loading the index as
 * soon as it has mounted, and the server search as soon as it has mounted in server mode; once
 * loaded, every picker of the page has them synchronously.
 */
import { lazyModule } from '../lazyModule.js';
import type { CandidateLoader } from './candidateLoader.js';
import type { createSearchIndex } from './searchIndex.js';

/** What the index chunk provides. */
export interface SearchIndexModule {
  createSearchIndex: typeof createSearchIndex;
}

/** What the server search chunk provides. */
export interface CandidateLoaderModule {
  CandidateLoader: typeof CandidateLoader;
}

/** The search index module, loaded on demand. */
export const searchIndexModule = lazyModule<SearchIndexModule>(() => import('./searchIndex.js'));

/** The server search module (`CandidateLoader`), loaded on demand in server mode only. */
export const candidateLoaderModule = lazyModule<CandidateLoaderModule>(() => import('./candidateLoader.js'));

/** The index module when it has been loaded, else `undefined`. */
export const loadedSearchIndex = (): SearchIndexModule | undefined => searchIndexModule.loaded();

/**
 * Loads the index module (once per page; a failed load, e.g. a chunk the network lost, is tried
 * again on the next call).
 */
export const loadSearchIndex = (): Promise<SearchIndexModule> => searchIndexModule.load();
