'use client';

// Internal: ref helpers shared by the hooks and the components, never exported from a public entry.
import { type Ref, useRef } from 'react';

/** Sets a ref (a callback or an object) to `value`. */
export function assignRef<T>(ref: Ref<T> | undefined, value: T | null): void {
  if (typeof ref === 'function') ref(value);
  else if (ref && typeof ref === 'object') (ref as { current: T | null }).current = value;
}

/**
 * Returns `merge(hostRef)`: a ref callback calling `own` and the host's latest ref, the same
 * function for as long as the host passes the same ref.
 */
export function useMergedRef<T>(
  own: (element: T | null) => void,
): (hostRef: Ref<T> | undefined) => (element: T | null) => void {
  const cache = useRef<{ hostRef: Ref<T> | undefined; merged: (element: T | null) => void } | null>(null);
  return (hostRef: Ref<T> | undefined) => {
    let cached = cache.current;
    if (!cached || cached.hostRef !== hostRef) {
      cached = {
        hostRef,
        merged: (element: T | null) => {
          own(element);
          assignRef(hostRef, element);
        },
      };
      cache.current = cached;
    }
    return cached.merged;
  };
}
