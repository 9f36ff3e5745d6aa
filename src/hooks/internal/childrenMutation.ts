'use client';

import type { addChildren, ConomyConfig } from '../../core/conomy.js';
import type { KinshipError } from '../../core/errors.js';
import { errorEvent } from '../../core/events.js';
import type { MutationController, MutationState } from '../../core/mutation.js';
import type { Identity } from '../../core/schemas.js';
import { refusedInputError, validateAddChildrenInput } from '../../core/validation.js';
import { useEmitKinshipEvent, useKinshipConfig } from '../KinshipProvider.js';
import { useMutationController } from '../useMutation.js';
import { missingConfigError } from './missingConfig.js';

/** Options shared by `useAddChildren` and `useRemoveChildren`. */
export interface ChildrenMutationOptions {
  identityId: string;
  conomy?: ConomyConfig;
  onSuccess?: (identity: Identity, children: string[]) => void;
  onError?: (error: KinshipError, children: string[]) => void;
}

/**
 * Internal: the one `MutationController` set-up of linking and unlinking (they differ only in the
 * operation and the event): the provider's config, the operation's own pre-send check, and the
 * `children.linked` / `children.unlinked` or `error` event once the outcome is known.
 */
export function useChildrenMutationController(
  operation: 'addChildren' | 'removeChildren',
  // Passed in rather than looked up, so a page that only links does not carry the unlinking code.
  run: typeof addChildren,
  options: ChildrenMutationOptions,
  hook: string,
): { controller: MutationController<string[], Identity>; state: MutationState<string[], Identity> } {
  const context = useKinshipConfig();
  const emit = useEmitKinshipEvent();
  const config = options.conomy ?? context.conomy;
  if (!config) throw missingConfigError('conomy', hook);
  const { identityId, onSuccess, onError } = options;
  const event = operation === 'addChildren' ? 'children.linked' : 'children.unlinked';
  return useMutationController<string[], Identity>({
    mutationFn: (children, { signal }) => run(config, { identityId, children }, { signal }),
    // The operation's own check and error, so the hook refuses exactly what the operation would.
    validate: (children) =>
      refusedInputError(operation, validateAddChildrenInput({ identityId, children }).fieldErrors),
    onSuccess: (identity, children) => {
      // The ids as sent: trimmed and de-duplicated by the operation's own rule.
      const sent = validateAddChildrenInput({ identityId, children }).value;
      emit({ type: event, identityId: sent.identityId, children: sent.children });
      onSuccess?.(identity, children);
    },
    onError: (error, children) => {
      const failure = errorEvent(error, operation, { identityId });
      if (failure) emit(failure);
      onError?.(error, children);
    },
  });
}
