'use client';

// Internal: never exported from a public entry.
import { useCallback, useState, useSyncExternalStore } from 'react';
import type { LazyModule } from '../../core/lazyModule.js';

/** What `useLazyModule` gives a component. */
export interface LazyModuleView<T> {
  /** The module once loaded (never during a server render or hydration), else `undefined`. */
  module: T | undefined;
  /** True when this component's latest load failed (the next `load` tries again). */
  failed: boolean;
  /** Starts loading unless the module is loaded; safe to call on every event. */
  load: () => void;
}

// The components showing each module, told when it has arrived (a load may be started by another).
const watchers = new WeakMap<LazyModule<unknown>, Set<() => void>>();
const notLoaded = () => undefined;

/**
 * A module loaded on demand (`lazyModule`, the one load lifecycle of the kit) as React state: the
 * component renders again when it arrives. Server markup and hydration see it as not loaded, so a
 * page that loaded it earlier hydrates without a mismatch and shows it right after.
 */
export function useLazyModule<T>(lazy: LazyModule<T>): LazyModuleView<T> {
  const [failed, setFailed] = useState(false);
  const subscribe = useCallback(
    (onArrival: () => void) => {
      const set = watchers.get(lazy) ?? new Set();
      watchers.set(lazy, set);
      set.add(onArrival);
      return () => {
        set.delete(onArrival);
      };
    },
    [lazy],
  );
  const module = useSyncExternalStore(subscribe, lazy.loaded, notLoaded);
  const load = useCallback(() => {
    if (lazy.loaded()) return;
    setFailed(false);
    lazy.load().then(
      () => {
        for (const onArrival of watchers.get(lazy) ?? []) onArrival();
      },
      () => setFailed(true),
    );
  }, [lazy]);
  return { module, failed, load };
}
