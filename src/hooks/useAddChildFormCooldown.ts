'use client';

import { useCallback, useEffect, useReducer, useState } from 'react';
import type { MutationState } from '../core/mutation.js';
import { useMutationController } from './useMutation.js';

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

/** Consent states in which "Resend to parent" is offered; a state not known yet counts as pending. */
const RESENDABLE: ReadonlySet<string> = new Set(['pending', 'postponed', 'expired']);

/**
 * Whether the parent can be sent the consent email again in this consent state: pending, postponed
 * and expired requests, and one whose state is not known yet (a new account's request is pending
 * until PRIVO says otherwise). Approved, denied and unknown states: no.
 */
export function canResendConsent(status: string | null | undefined): boolean {
  return status === null || status === undefined || RESENDABLE.has(status);
}

/** What `useResendCooldown` returns. */
export interface ResendCooldownResult {
  /** Sends once, unless a send is pending or the wait is running (then nothing happens). */
  resend: () => void;
  /** The last send: `idle | pending | success | error`, with its `KinshipError`. */
  state: MutationState<void, unknown>;
  /** The wait before the next send. */
  cooldown: CooldownResult;
  /** True while a send is pending or the wait runs: the button is `aria-disabled`. */
  isBlocked: boolean;
}

/**
 * Internal: the one rule of "Resend to parent", for the consent hand-off and the family panel.
 * One send at a time; after a success, a wait of `cooldownMs`; after a `rate-limited` refusal, the
 * wait the service asked for. Never retried automatically (each resend sends an email). `send`
 * rejects with a `KinshipError` (the caller maps anything else).
 */
export function useResendCooldown(send: () => Promise<unknown>, cooldownMs: number): ResendCooldownResult {
  const cooldown = useCooldown();
  const { controller, state } = useMutationController<void, unknown>({
    mutationFn: () => send(),
    onSuccess: () => cooldown.start(cooldownMs),
    onError: (error) => {
      if (error.kind === 'rate-limited' && error.retryAfterMs) cooldown.start(error.retryAfterMs);
    },
  });
  const isBlocked = state.status === 'pending' || cooldown.isCoolingDown;
  const resend = () => {
    if (!isBlocked) controller.mutate();
  };
  return { resend, state, cooldown, isBlocked };
}
