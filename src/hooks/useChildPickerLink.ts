'use client';

import { useCallback, useMemo, useRef, useState } from 'react';
import { type AlertMessage, alertFieldErrors, alertMessages } from '../core/alert.js';
import type { ConomyConfig } from '../core/conomy.js';
import { type KinshipError, offlineError } from '../core/errors.js';
import type { Identity } from '../core/schemas.js';
import { useAddChildren } from './useAddChildren.js';
import { type UseChildPickerOptions, type UseChildPickerResult, useChildPicker } from './useChildPicker.js';
import { readIsOffline, useIsOffline } from './useIsOffline.js';

/** Options of `useChildPickerLink`: those of `useChildPicker`, plus where and what to report. */
export interface UseChildPickerLinkOptions extends UseChildPickerOptions {
  /** Overrides the provider's Conomy config. */
  conomy?: ConomyConfig;
  /** Called with the updated parent identity after the children were linked. */
  onLinked?: (identity: Identity) => void;
}

/** A successful link: the updated parent and the identities that were submitted, in picking order. */
export interface ChildPickerLinkOutcome {
  /** The parent identity as Conomy answered it (its `status` may have changed). */
  parent: Identity;
  /** The identities that were linked, as they were selected. */
  linked: readonly Identity[];
}

/** What the alert of a failed link says: catalogue lines, then the field error codes. */
export interface ChildPickerLinkAlert {
  /** The lines to show, as catalogue keys and values (the same wording as every other part). */
  messages: AlertMessage[];
  /** Field error codes (`fieldError.<code>`; an unknown code is the server's own text). */
  fieldErrors: string[];
}

/** What `useChildPickerLink` returns: the picker, the link's state, and the actions. */
export interface UseChildPickerLinkResult {
  /** The headless picker (`useChildPicker`'s result), already told about children linked here. */
  picker: UseChildPickerResult;
  /** `idle` → `pending` → `success` | `error` (a link asked for while offline is an `error`). */
  status: 'idle' | 'pending' | 'success' | 'error';
  /** True while the link request is on its way. */
  isPending: boolean;
  /** The last successful link, until the next submit. */
  outcome: ChildPickerLinkOutcome | null;
  /** The failure of the last submit (`kind: 'network'` when nothing was sent because offline). */
  error: KinshipError | null;
  /** What to show for `error`, or `null`. */
  alert: ChildPickerLinkAlert | null;
  /** Whether the browser says it is offline (follows the `online` / `offline` events). */
  isOffline: boolean;
  /** Something is selected and no link is pending. */
  canSubmit: boolean;
  /** `canSubmit`, and the browser is online. */
  canRetry: boolean;
  /** Links the selection: one request, none while one is pending, none while offline. */
  submit: () => void;
  /** Sends the kept selection again; does nothing while offline. */
  retry: () => void;
}

/**
 * The child picker with its link: `useChildPicker` plus the submit of the selection through
 * `useAddChildren` (one request per submission), the outcome, the alert's wording (the same
 * `alertMessages` as every part of the kit), retry, and offline (nothing is sent; the error says
 * so). After a success the linked identities show as linked and the picker starts fresh (no
 * selection, no text, list closed); after a failure the selection is kept. Renders nothing.
 */
export function useChildPickerLink(options: UseChildPickerLinkOptions): UseChildPickerLinkResult {
  const { conomy, onLinked, identityId, linkedChildIds, ...pickerOptions } = options;
  // Children linked here join the host's list at once, before the host re-renders.
  const [linkedHere, setLinkedHere] = useState<readonly string[]>([]);
  const linked = useMemo(
    () => (linkedHere.length === 0 ? (linkedChildIds ?? []) : [...(linkedChildIds ?? []), ...linkedHere]),
    [linkedChildIds, linkedHere],
  );
  const picker = useChildPicker({ ...pickerOptions, identityId, linkedChildIds: linked });
  const [outcome, setOutcome] = useState<ChildPickerLinkOutcome | null>(null);
  // A link asked for while offline: nothing was sent, the error says so.
  const [offlineFailure, setOfflineFailure] = useState<KinshipError | null>(null);
  const isOffline = useIsOffline();
  const submittedRef = useRef<Identity[]>([]);

  const link = useAddChildren({
    identityId,
    ...(conomy ? { conomy } : {}),
    onSuccess: (identity, children) => {
      setLinkedHere((previous) => [...previous, ...children, ...identity.children.map((child) => child.id)]);
      // The next search starts fresh: no selection, no leftover text, the list closed.
      picker.dispatch({ type: 'Reset' });
      setOutcome({ parent: identity, linked: submittedRef.current });
      onLinked?.(identity);
    },
  });

  const isPending = link.status === 'pending';
  const canSubmit = picker.selectedIds.length > 0 && !isPending;
  const canRetry = canSubmit && !isOffline;
  const error = offlineFailure ?? link.error ?? null;
  const status = offlineFailure ? 'error' : link.status;

  // The latest values for the stable actions.
  const latest = useRef({ canSubmit, canRetry, picker, link });
  latest.current = { canSubmit, canRetry, picker, link };

  const submit = useCallback(() => {
    const { canSubmit, picker, link } = latest.current;
    if (!canSubmit) return;
    setOutcome(null);
    if (readIsOffline()) {
      // Nothing is sent while the browser is offline; a retry is offered once it is back.
      setOfflineFailure(offlineError('addChildren'));
      return;
    }
    setOfflineFailure(null);
    submittedRef.current = [...picker.selectedItems];
    link.addChildren([...picker.selectedIds]);
  }, []);

  const retry = useCallback(() => {
    if (latest.current.canRetry) submit();
  }, [submit]);

  const alert = useMemo(
    () =>
      status === 'error' && error
        ? { messages: alertMessages(error, isOffline), fieldErrors: alertFieldErrors(error) }
        : null,
    [status, error, isOffline],
  );

  return {
    picker,
    status,
    isPending,
    outcome: status === 'success' ? outcome : null,
    error: status === 'error' ? error : null,
    alert,
    isOffline,
    canSubmit,
    canRetry,
    submit,
    retry,
  };
}
