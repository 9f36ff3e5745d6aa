/**
 * PRIVO account operations through the host's backend: create a child account under an existing
 * adult and resend the consent email. Account creation is not idempotent: it is never retried, and
 * a timeout or lost connection is reported with `mayHaveSucceeded` (DOMAIN.md).
 */

import type { OperationOptions } from './conomy.js';
import { isKinshipError, KinshipError } from './errors.js';
import { errorFromAnswer, type HttpAnswer, readValidationErrors, type ServiceConfig, send } from './http.js';
import {
  type AddChildAccountInput,
  type AddChildAccountResult,
  childAccountSchema,
  privoEnvelopeSchema,
} from './schemas.js';
import { ADD_CHILD_ACCOUNT_FIELDS, hasFieldErrors, validateAddChildAccountInput } from './validation.js';

/**
 * The consent URL when it is an absolute `http:` or `https:` URL; `null` otherwise (so
 * `javascript:`, `data:`, `vbscript:` in any letter case, relative paths and junk never become links).
 */
export function safeConsentUrl(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  if (trimmed === '') return null;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (!url.hostname) return null;
  return url.href;
}

function envelopeFailure(answer: HttpAnswer, message: string | undefined): KinshipError {
  const envelope = answer.json as Record<string, unknown>;
  const fieldErrors = readValidationErrors(envelope.validationErrors, ADD_CHILD_ACCOUNT_FIELDS);
  const hasFields = Object.keys(fieldErrors).length > 0;
  return new KinshipError(hasFields ? 'validation' : 'server', message ?? 'PRIVO refused the account.', {
    operation: 'addChildAccount',
    status: answer.status,
    ...(hasFields ? { fieldErrors } : {}),
  });
}

/**
 * Creates a child account under the adult whose email is `parentEmail`: `POST {baseUrl}/api/account`
 * with exactly the fields given (trimmed). Only `parentEmail` and one of `birthDate_YYYYMMDD` /
 * `roleIdentifier` are required; every field given must be valid. Succeeds only on a 2xx other
 * than 208 whose envelope `status` is `"success"`; `consentUrl` is handed out only when it is an
 * absolute http(s) URL. Never retried.
 */
export async function addChildAccount(
  config: ServiceConfig,
  input: AddChildAccountInput,
  options: OperationOptions = {},
): Promise<AddChildAccountResult> {
  const { value, fieldErrors } = validateAddChildAccountInput(input);
  if (hasFieldErrors(fieldErrors)) {
    throw new KinshipError('validation', 'The child account was refused before sending.', {
      operation: 'addChildAccount',
      fieldErrors,
    });
  }
  let answer: HttpAnswer;
  try {
    answer = await send(config, {
      operation: 'addChildAccount',
      method: 'POST',
      path: '/api/account',
      body: value,
      signal: options.signal,
      idempotent: false,
      knownFields: ADD_CHILD_ACCOUNT_FIELDS,
    });
  } catch (error) {
    if (isKinshipError(error) && (error.kind === 'timeout' || error.kind === 'network')) {
      // The request may have reached PRIVO: creating again could make a second account.
      throw new KinshipError(error.kind, error.message, {
        operation: 'addChildAccount',
        mayHaveSucceeded: true,
        ...(error.status !== undefined ? { status: error.status } : {}),
        cause: error.cause ?? error,
      });
    }
    throw error;
  }
  const parsedEnvelope = privoEnvelopeSchema.safeParse(answer.json);
  if (!parsedEnvelope.success) {
    throw new KinshipError('invalid-response', 'The answer is not a PRIVO envelope.', {
      operation: 'addChildAccount',
      status: answer.status,
      cause: parsedEnvelope.error,
    });
  }
  const envelope = parsedEnvelope.data;
  if (envelope.status !== 'success') {
    throw envelopeFailure(answer, envelope.message ?? undefined);
  }
  const entity = childAccountSchema.safeParse(envelope.entity);
  if (!entity.success) {
    throw new KinshipError('invalid-response', 'The success envelope carries no readable `entity`.', {
      operation: 'addChildAccount',
      status: answer.status,
      cause: entity.error,
    });
  }
  return {
    status: envelope.status,
    message: envelope.message ?? null,
    entity: entity.data,
    consentUrl: safeConsentUrl(entity.data.consentUrl),
  };
}

/** Who to resend the consent email for: the child and the parent service ids, or the parent's email. */
export interface ResendConsentInput {
  requesterServiceId?: string;
  approverServiceId?: string;
  email?: string;
}

/**
 * Asks PRIVO to resend the consent email to the parent:
 * `GET {baseUrl}/api/consent/resend?requesterServiceId=…&approverServiceId=…` (or `&email=`).
 * 404 when nothing matches. Not retried automatically (it sends an email).
 */
export async function resendConsent(
  config: ServiceConfig,
  input: ResendConsentInput,
  options: OperationOptions = {},
): Promise<{ status: string; message: string | null }> {
  const params = new URLSearchParams();
  for (const key of ['requesterServiceId', 'approverServiceId', 'email'] as const) {
    const raw = input[key];
    if (typeof raw === 'string' && raw.trim() !== '') params.set(key, raw.trim());
  }
  if (!params.has('requesterServiceId') && !params.has('email')) {
    throw new KinshipError('validation', 'Say whose consent to resend: requesterServiceId or email.', {
      operation: 'resendConsent',
      fieldErrors: { requesterServiceId: ['required'] },
    });
  }
  const answer = await send(config, {
    operation: 'resendConsent',
    method: 'GET',
    path: `/api/consent/resend?${params.toString()}`,
    signal: options.signal,
    idempotent: false,
  });
  const envelope = privoEnvelopeSchema.safeParse(answer.json);
  if (!envelope.success) {
    throw new KinshipError('invalid-response', 'The answer is not a PRIVO envelope.', {
      operation: 'resendConsent',
      status: answer.status,
    });
  }
  if (envelope.data.status !== 'success') {
    throw errorFromAnswer(answer, 'resendConsent');
  }
  return { status: envelope.data.status, message: envelope.data.message ?? null };
}
