'use client';

import { useCallback, useEffect, useReducer, useState } from 'react';

/** What `useCooldown` returns. */
export interface CooldownResult {
  /** Whole seconds left (rounded up); `0` when not cooling down. */
  remainingSeconds: number;
  /** True until the cooldown ends. */
  isCoolingDown: boolean;
  /** Starts (or restarts) a cooldown of `ms` milliseconds; `0` or less cancels it. */
  start: (ms: number) => void;
}

/**
 * A countdown for actions that must wait: the consent email's "resend" and a rate-limited retry.
 * Re-renders once per displayed second, only while active; no timer runs on the server.
 */
export function useCooldown(): CooldownResult {
  const [until, setUntil] = useState<number | null>(null);
  const [, tick] = useReducer((count: number) => count + 1, 0);
  const remainingMs = until === null ? 0 : Math.max(0, until - Date.now());

  useEffect(() => {
    if (until === null) return;
    const left = until - Date.now();
    if (left <= 0) {
      setUntil(null);
      return;
    }
    // Wake up when the displayed number of seconds changes.
    const timer = setTimeout(tick, left % 1000 || 1000);
    return () => clearTimeout(timer);
  });

  const start = useCallback((ms: number) => {
    setUntil(ms > 0 ? Date.now() + ms : null);
  }, []);

  return { remainingSeconds: Math.ceil(remainingMs / 1000), isCoolingDown: remainingMs > 0, start };
}
