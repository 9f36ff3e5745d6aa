// Internal helpers shared by the hooks and the components: never exported from a public entry.
import { useEffect, useLayoutEffect } from 'react';

/** Joins the truthy class names (or id references) with spaces; `undefined` when none is left (no empty `class=""`). */
export function joinClassNames(...names: Array<string | false | null | undefined>): string | undefined {
  const joined = names.filter(Boolean).join(' ');
  return joined || undefined;
}

/**
 * `useLayoutEffect` where there is a DOM, `useEffect` on the server (where neither runs, and React
 * 18 warns about layout effects). The guard is `document`, as Radix's: a `window` global without a
 * document (Deno, some test set-ups) has nothing to lay out.
 */
export const useIsomorphicLayoutEffect = typeof document !== 'undefined' ? useLayoutEffect : useEffect;

/**
 * Composes a host's event handler with the kit's, one way everywhere (Radix's rule): the host's runs
 * first, and calling `event.preventDefault()` there skips the kit's. Only the host's own call
 * counts: an event that arrives already prevented (Radix Dialog prevents Escape on the document,
 * before the input sees it, to stay open) still reaches the kit.
 */
export function composeEventHandlers<E extends { defaultPrevented: boolean }>(
  hostHandler: ((event: E) => void) | undefined,
  kitHandler: (event: E) => void,
): (event: E) => void {
  return (event: E) => {
    const arrivedPrevented = event.defaultPrevented;
    hostHandler?.(event);
    if (arrivedPrevented || !event.defaultPrevented) kitHandler(event);
  };
}
