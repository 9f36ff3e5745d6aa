'use client';

import { useCallback } from 'react';
import { addChildren, type ConomyConfig } from '../core/conomy.js';
import type { KinshipError } from '../core/errors.js';
import type { Identity } from '../core/schemas.js';
import { useChildrenMutationController } from './internal/childrenMutation.js';
import { type MutationResultState, toResultState } from './useMutation.js';

/** Options of `useAddChildren`. */
export interface UseAddChildrenOptions {
  /** The parent identity the children are linked to. */
  identityId: string;
  /** Overrides the provider's Conomy config. */
  conomy?: ConomyConfig;
  /** Called with the updated parent identity. A throw here is reported, never breaks the hook. */
  onSuccess?: (identity: Identity, children: string[]) => void;
  /** Called with the error. A throw here is reported, never breaks the hook. */
  onError?: (error: KinshipError, children: string[]) => void;
}

/** What `useAddChildren` returns: the state (narrowed by `status`) and the actions. */
export type UseAddChildrenResult = MutationResultState<Identity> & {
  /** Links the children; returns nothing and never rejects (state and callbacks tell the outcome). */
  addChildren: (children: string[]) => void;
  /** Links the children; resolves with the parent identity, rejects with a `KinshipError`. */
  addChildrenAsync: (children: string[]) => Promise<Identity>;
  /** Back to `idle`; an in-flight request is aborted. */
  reset: () => void;
};

/**
 * Links existing Conomy identities as children of `identityId` through the host's backend. One
 * `status` (`idle` → `pending` → `success` | `error`); while pending, further calls send nothing new;
 * refused input ends in `error` with a `validation` error and sends nothing; unmounting aborts the
 * request and no state update follows. The fire-and-forget `addChildren` never rejects.
 */
export function useAddChildren(options: UseAddChildrenOptions): UseAddChildrenResult {
  const { controller, state } = useChildrenMutationController(
    'addChildren',
    addChildren,
    options,
    'useAddChildren',
  );
  const run = useCallback((children: string[]) => controller.mutate(children), [controller]);
  return {
    ...toResultState(state),
    addChildren: run,
    addChildrenAsync: controller.mutateAsync,
    reset: controller.reset,
  };
}
