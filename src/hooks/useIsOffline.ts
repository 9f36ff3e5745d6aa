'use client';

import { useSyncExternalStore } from 'react';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
  };
}

/** `navigator.onLine === false` right now (false where there is no navigator, e.g. on the server). */
export function readIsOffline(): boolean {
  return typeof navigator !== 'undefined' && navigator.onLine === false;
}

const serverSnapshot = () => false;

/**
 * Internal: whether the browser says it is offline, following the `online` / `offline` events.
 * Always `false` during server rendering and hydration. The one offline source of the form, the
 * picker and every other part that sends (with `offlineError` from the core for what they report).
 */
export function useIsOffline(): boolean {
  return useSyncExternalStore(subscribe, readIsOffline, serverSnapshot);
}
