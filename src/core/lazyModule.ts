/**
 * A module loaded on demand: reached only through the dynamic `import()` given, so a bundler puts
 * it in a chunk of its own that no page loads at start (the picker's search index, its server
 * search). Loaded once per page; a failed load (a chunk the network lost) is tried again on the
 * next call; once loaded, every caller has it synchronously.
 */
export interface LazyModule<T> {
  /** The module when it has been loaded, else `undefined`. */
  loaded(): T | undefined;
  /** Loads the module (once per page; again after a failure). */
  load(): Promise<T>;
}

/** A `LazyModule` over `importer` (a function around one dynamic `import()`). */
export function lazyModule<T>(importer: () => Promise<T>): LazyModule<T> {
  let loaded: T | undefined;
  let loading: Promise<T> | undefined;
  return {
    loaded: () => loaded,
    load() {
      loading ??= importer().then(
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
    },
  };
}
