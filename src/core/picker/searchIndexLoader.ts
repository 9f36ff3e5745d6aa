/**
 * The picker's search index is loaded on demand: `searchIndex.ts` and its modules are reached only
 * through the dynamic `import()` below, so a bundler puts them in their own chunk and no page
 * loads them at start. The picker starts loading it as soon as it has mounted; once loaded, every
 * picker of the page has it synchronously.
 */
import type { createSearchIndex } from './searchIndex.js';

/** What the index chunk provides. */
export interface SearchIndexModule {
  createSearchIndex: typeof createSearchIndex;
}

let loaded: SearchIndexModule | undefined;
let loading: Promise<SearchIndexModule> | undefined;

/** The index module when it has been loaded, else `undefined`. */
export function loadedSearchIndex(): SearchIndexModule | undefined {
  return loaded;
}

/**
 * Loads the index module (once per page; a failed load, e.g. a chunk the network lost, is tried
 * again on the next call).
 */
export function loadSearchIndex(): Promise<SearchIndexModule> {
  loading ??= import('./searchIndex.js').then(
    (module) => {
      loaded = module;
      return module;
    },
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}
