'use client';

import { useCallback } from 'react';
import { type ConomyConfig, removeChildren } from '../core/conomy.js';
import type { KinshipError } from '../core/errors.js';
import type { Identity } from '../core/schemas.js';
import { useChildrenMutationController } from './internal/childrenMutation.js';
import { type MutationResultState, toResultState } from './useMutation.js';

/** Options of `useRemoveChildren`. */
export interface UseRemoveChildrenOptions {
  /** The parent identity the children are unlinked from. */
  identityId: string;
  /** Overrides the provider's Conomy config. */
  conomy?: ConomyConfig;
  /** Called with the updated parent identity. A throw here is reported, never breaks the hook. */
  onSuccess?: (identity: Identity, children: string[]) => void;
  /** Called with the error. A throw here is reported, never breaks the hook. */
  onError?: (error: KinshipError, children: string[]) => void;
}

/** What `useRemoveChildren` returns: the state (narrowed by `status`) and the actions. */
export type UseRemoveChildrenResult = MutationResultState<Identity> & {
  /** Unlinks the children; returns nothing and never rejects (state and callbacks tell the outcome). */
  removeChildren: (children: string[]) => void;
  /** Unlinks the children; resolves with the parent identity, rejects with a `KinshipError`. */
  removeChildrenAsync: (children: string[]) => Promise<Identity>;
  /** Back to `idle`; an in-flight request is aborted. */
  reset: () => void;
};

/**
 * Unlinks Conomy identities from the parent `identityId` through the host's backend: the mirror of
 * `useAddChildren`, with the same state model (`idle` → `pending` → `success` | `error`, one
 * request at a time, refused input ends in a `validation` error without sending, aborted on
 * unmount). Unlinking is idempotent, so network, 5xx and 429 answers are retried like linking.
 * `data` is the parent identity as Conomy answers it, without the unlinked children. Emits
 * `children.unlinked` (or `error`) through the provider's `onEvent`.
 */
export function useRemoveChildren(options: UseRemoveChildrenOptions): UseRemoveChildrenResult {
  const { controller, state } = useChildrenMutationController(
    'removeChildren',
    removeChildren,
    options,
    'useRemoveChildren',
  );
  const run = useCallback((children: string[]) => controller.mutate(children), [controller]);
  return {
    ...toResultState(state),
    removeChildren: run,
    removeChildrenAsync: controller.mutateAsync,
    reset: controller.reset,
  };
}
