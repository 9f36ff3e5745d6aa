'use client';

import { useEffect, useState, useSyncExternalStore } from 'react';
import { preloadAnswerChecks } from '../core/answerChecksLoader.js';
import type { KinshipError } from '../core/errors.js';
import { MutationController, type MutationControllerOptions, type MutationState } from '../core/mutation.js';

/** The state part of a mutation hook's result, narrowed by `status` (flags are derived, never stored). */
export type MutationResultState<TData> =
  | {
      status: 'idle';
      data: undefined;
      error: undefined;
      isIdle: true;
      isPending: false;
      isSuccess: false;
      isError: false;
    }
  | {
      status: 'pending';
      data: undefined;
      error: undefined;
      isIdle: false;
      isPending: true;
      isSuccess: false;
      isError: false;
    }
  | {
      status: 'success';
      data: TData;
      error: undefined;
      isIdle: false;
      isPending: false;
      isSuccess: true;
      isError: false;
    }
  | {
      status: 'error';
      data: undefined;
      error: KinshipError;
      isIdle: false;
      isPending: false;
      isSuccess: false;
      isError: true;
    };

/** Derives the `is*` flags from the one `status` field. */
export function toResultState<TVariables, TData>(
  state: MutationState<TVariables, TData>,
): MutationResultState<TData> {
  return {
    status: state.status,
    data: state.data,
    error: state.error,
    isIdle: state.status === 'idle',
    isPending: state.status === 'pending',
    isSuccess: state.status === 'success',
    isError: state.status === 'error',
  } as MutationResultState<TData>;
}

/**
 * Internal adapter: one `MutationController` per component instance, subscribed with
 * `useSyncExternalStore`, options refreshed every render, aborted on unmount (and revived by
 * Strict Mode's second effect run). Starts loading the answer checks on mount, as the provider does.
 */
export function useMutationController<TVariables, TData>(
  options: MutationControllerOptions<TVariables, TData>,
): { controller: MutationController<TVariables, TData>; state: MutationState<TVariables, TData> } {
  const [controller] = useState(() => new MutationController(options));
  // The latest callbacks win without re-creating the controller (like TanStack's setOptions).
  controller.setOptions(options);
  useEffect(() => {
    controller.mount();
    // Without a provider (configs passed to the hook), the submit would wait for this load instead.
    void preloadAnswerChecks();
    return () => controller.dispose();
  }, [controller]);
  const state = useSyncExternalStore(controller.subscribe, controller.getState, controller.getState);
  return { controller, state };
}
