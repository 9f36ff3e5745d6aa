'use client';

import { useCallback } from 'react';
import type { KinshipError } from '../core/errors.js';
import { errorEvent } from '../core/events.js';
import type { ServiceConfig } from '../core/http.js';
import {
  type ResendConsentAnswer,
  type ResendConsentInput,
  resendConsent,
  validateResendConsentInput,
} from '../core/privo.js';
import { refusedInputError } from '../core/validation.js';
import { missingConfigError } from './internal/missingConfig.js';
import { useEmitKinshipEvent, useKinshipConfig } from './KinshipProvider.js';
import { type MutationResultState, toResultState, useMutationController } from './useMutation.js';

/** Options of `useResendConsent`. */
export interface UseResendConsentOptions {
  /** Overrides the provider's PRIVO config. */
  privo?: ServiceConfig;
  /** Called once PRIVO has accepted the resend. A throw here is reported only. */
  onSuccess?: (answer: ResendConsentAnswer, input: ResendConsentInput) => void;
  /** Called with the error (e.g. `rate-limited` with `retryAfterMs`). A throw here is reported only. */
  onError?: (error: KinshipError, input: ResendConsentInput) => void;
}

/** What `useResendConsent` returns: the state (narrowed by `status`) and the actions. */
export type UseResendConsentResult = MutationResultState<ResendConsentAnswer> & {
  /** Asks for the consent email again; returns nothing and never rejects. */
  resendConsent: (input: ResendConsentInput) => void;
  /** Asks for the consent email again; resolves with PRIVO's answer, rejects with a `KinshipError`. */
  resendConsentAsync: (input: ResendConsentInput) => Promise<ResendConsentAnswer>;
  /** Back to `idle`; an in-flight request is aborted. */
  reset: () => void;
};

/**
 * Asks PRIVO (through the host's backend) to send the parent's consent email again. The input
 * names the child (`requesterServiceId`) and the parent (`approverServiceId` or `email`), as PRIVO
 * requires both; anything less ends in `error` with a `validation` error and sends nothing. Same
 * state model as `useAddChildAccount`: one request at a time, aborted on unmount, never retried
 * automatically (each resend sends an email).
 */
export function useResendConsent(options: UseResendConsentOptions = {}): UseResendConsentResult {
  const context = useKinshipConfig();
  const emit = useEmitKinshipEvent();
  const config = options.privo ?? context.privo;
  if (!config) throw missingConfigError('privo', 'useResendConsent');
  const { onSuccess, onError } = options;
  const { controller, state } = useMutationController<ResendConsentInput, ResendConsentAnswer>({
    mutationFn: (input, { signal }) => resendConsent(config, input, { signal }),
    // The operation's own check and error, so the hook refuses exactly what the operation would.
    validate: (input) => refusedInputError('resendConsent', validateResendConsentInput(input).fieldErrors),
    onSuccess: (answer, input) => {
      const sent = validateResendConsentInput(input).value;
      emit({
        type: 'consent.resent',
        serviceId: sent.requesterServiceId ?? '',
        // Ids only: the parent's email is never part of an event.
        ...(sent.approverServiceId ? { approverServiceId: sent.approverServiceId } : {}),
      });
      onSuccess?.(answer, input);
    },
    onError: (error, input) => {
      const serviceId = validateResendConsentInput(input).value.requesterServiceId;
      const failure = errorEvent(error, 'resendConsent', serviceId ? { serviceId } : {});
      if (failure) emit(failure);
      onError?.(error, input);
    },
  });
  const run = useCallback((input: ResendConsentInput) => controller.mutate(input), [controller]);
  return {
    ...toResultState(state),
    resendConsent: run,
    resendConsentAsync: controller.mutateAsync,
    reset: controller.reset,
  };
}
