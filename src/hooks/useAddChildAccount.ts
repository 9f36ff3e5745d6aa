'use client';

import { useCallback } from 'react';
import type { KinshipError } from '../core/errors.js';
import { errorEvent } from '../core/events.js';
import type { ServiceConfig } from '../core/http.js';
import type { MutationController, MutationState } from '../core/mutation.js';
import { addChildAccount } from '../core/privo.js';
import type { AddChildAccountInput, AddChildAccountResult } from '../core/schemas.js';
import { refusedInputError, validateAddChildAccountInput } from '../core/validation.js';
import { missingConfigError } from './internal/missingConfig.js';
import { useEmitKinshipEvent, useKinshipConfig } from './KinshipProvider.js';
import { type MutationResultState, toResultState, useMutationController } from './useMutation.js';

/** Options of `useAddChildAccount`. */
export interface UseAddChildAccountOptions {
  /** Overrides the provider's PRIVO config. */
  privo?: ServiceConfig;
  /** Called with the created account and its checked `consentUrl`. A throw here is reported only. */
  onSuccess?: (result: AddChildAccountResult, input: AddChildAccountInput) => void;
  /** Called with the error. A throw here is reported only. */
  onError?: (error: KinshipError, input: AddChildAccountInput) => void;
}

/** What `useAddChildAccount` returns: the state (narrowed by `status`) and the actions. */
export type UseAddChildAccountResult = MutationResultState<AddChildAccountResult> & {
  /** Creates the child account; returns nothing and never rejects. */
  addChildAccount: (input: AddChildAccountInput) => void;
  /** Creates the child account; resolves with the result, rejects with a `KinshipError`. */
  addChildAccountAsync: (input: AddChildAccountInput) => Promise<AddChildAccountResult>;
  /** Back to `idle`; an in-flight request is aborted. */
  reset: () => void;
};

/**
 * Internal: the `MutationController` behind `useAddChildAccount`, for `useAddChildForm`, which reads
 * the controller's state synchronously (a second Enter before the next render sends nothing).
 */
export function useAddChildAccountController(
  options: UseAddChildAccountOptions,
  hook: string,
): {
  controller: MutationController<AddChildAccountInput, AddChildAccountResult>;
  state: MutationState<AddChildAccountInput, AddChildAccountResult>;
} {
  const context = useKinshipConfig();
  const emit = useEmitKinshipEvent();
  const config = options.privo ?? context.privo;
  if (!config) throw missingConfigError('privo', hook);
  const { onSuccess, onError } = options;
  return useMutationController<AddChildAccountInput, AddChildAccountResult>({
    mutationFn: (input, { signal }) => addChildAccount(config, input, { signal }),
    // The operation's own check and error, so the hook refuses exactly what the operation would.
    validate: (input) =>
      refusedInputError('addChildAccount', validateAddChildAccountInput(input).fieldErrors),
    onSuccess: (result, input) => {
      const serviceId = result.entity.serviceId ?? result.entity.id ?? null;
      emit({ type: 'account.created', serviceId: serviceId || null });
      onSuccess?.(result, input);
    },
    onError: (error, input) => {
      const failure = errorEvent(error, 'addChildAccount');
      if (failure) emit(failure);
      onError?.(error, input);
    },
  });
}

/**
 * Creates a PRIVO child account under an existing adult (`parentEmail`) through the host's backend.
 * Same state model as `useAddChildren`. Never retried automatically: account creation is not
 * idempotent, and a timeout or lost connection comes back with `error.mayHaveSucceeded`.
 */
export function useAddChildAccount(options: UseAddChildAccountOptions = {}): UseAddChildAccountResult {
  const { controller, state } = useAddChildAccountController(options, 'useAddChildAccount');
  const run = useCallback((input: AddChildAccountInput) => controller.mutate(input), [controller]);
  return {
    ...toResultState(state),
    addChildAccount: run,
    addChildAccountAsync: controller.mutateAsync,
    reset: controller.reset,
  };
}
