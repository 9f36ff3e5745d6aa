'use client';

import { useSyncExternalStore } from 'react';

function subscribe(onChange: () => void): () => void {
  document.addEventListener('visibilitychange', onChange);
  return () => document.removeEventListener('visibilitychange', onChange);
}

/** `document.visibilityState !== 'hidden'` right now (true where there is no document). */
export function readIsPageVisible(): boolean {
  return typeof document === 'undefined' || document.visibilityState !== 'hidden';
}

const serverSnapshot = () => true;

/**
 * Internal: whether the page is visible (not a background tab or a minimised window), following
 * `visibilitychange`. Always `true` during server rendering and hydration (nothing polls there).
 */
export function useIsPageVisible(): boolean {
  return useSyncExternalStore(subscribe, readIsPageVisible, serverSnapshot);
}
