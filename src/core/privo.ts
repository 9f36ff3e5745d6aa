/**
 * PRIVO account operations through the host's backend: create a child account under an existing
 * adult and resend the consent email. Account creation is not idempotent: it is never retried, and
 * a timeout or lost connection is reported with `mayHaveSucceeded` (DOMAIN.md).
 */

import type { OperationOptions } from './conomy.js';
import {
  errorDetails,
  isKinshipError,
  KinshipError,
  type KinshipErrorDetails,
  type KinshipErrorReason,
} from './errors.js';
import {
  checked,
  createFieldErrorMap,
  errorFromAnswer,
  ownFieldErrors,
  type SentAnswer,
  type ServiceConfig,
  send,
} from './http.js';
import type { AddChildAccountInput, AddChildAccountResult } from './schemas.js';
import {
  ADD_CHILD_ACCOUNT_FIELDS,
  isEmail,
  refusedInputError,
  validateAddChildAccountInput,
} from './validation.js';

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

function envelopeFailure(answer: SentAnswer, message: string | undefined): KinshipError {
  const envelope = answer.json as Record<string, unknown>;
  const fieldErrors = answer.checks.readValidationErrors(envelope.validationErrors, ADD_CHILD_ACCOUNT_FIELDS);
  const hasFields = Object.keys(fieldErrors).length > 0;
  return new KinshipError(hasFields ? 'validation' : 'server', message ?? 'PRIVO refused the account.', {
    operation: 'addChildAccount',
    status: answer.status,
    ...(hasFields ? { fieldErrors } : {}),
  });
}

/** The same error with more details (a `KinshipError`'s fields are read-only). */
function withDetails(error: KinshipError, extra: KinshipErrorDetails): KinshipError {
  return new KinshipError(error.kind, error.message, { ...errorDetails(error), ...extra });
}

/**
 * PRIVO's answers to an account creation that mean more than their kind (DOMAIN.md): 208 "the adult
 * already has children" (`/api/account` serves only adults without children; the next child is
 * added from the parent's PRIVO account, so a retry can never succeed) and 412 "email already in
 * use". A 412 that names no field is put on the child's `email` when one was sent, so the form can
 * show it there.
 */
function accountFailure(error: KinshipError, sent: AddChildAccountInput): KinshipError {
  if (error.status === 208) {
    return withDetails(error, { reason: 'adult-has-children' satisfies KinshipErrorReason });
  }
  if (error.status !== 412) return error;
  const fields = error.fieldErrors ? Object.keys(error.fieldErrors) : [];
  if (fields.length === 1 && fields[0] === 'userName') {
    return withDetails(error, { reason: 'user-name-in-use' });
  }
  if (fields.length === 0 && typeof sent.email === 'string') {
    const fieldErrors = createFieldErrorMap();
    fieldErrors.email = ['taken'];
    return withDetails(error, { reason: 'email-in-use', fieldErrors });
  }
  return withDetails(error, { reason: 'email-in-use' });
}

/**
 * Creates a child account under the adult whose email is `parentEmail`: `POST {baseUrl}/api/account`
 * with exactly the fields given (trimmed). Only `parentEmail` and one of `birthDate_YYYYMMDD` /
 * `roleIdentifier` are required; every field given must be valid. Succeeds only on a 2xx other
 * than 208 whose envelope `status` is `"success"`; `consentUrl` is handed out only when it is an
 * absolute http(s) URL. Never retried. PRIVO's 208 (the adult already has children) rejects with
 * kind `conflict` and reason `'adult-has-children'`; its 412 with kind `conflict` and reason
 * `'email-in-use'` (or `'user-name-in-use'`), the taken value under its field in `fieldErrors`.
 */
export async function addChildAccount(
  config: ServiceConfig,
  input: AddChildAccountInput,
  options: OperationOptions = {},
): Promise<AddChildAccountResult> {
  const { value, fieldErrors } = validateAddChildAccountInput(input);
  const refused = refusedInputError('addChildAccount', fieldErrors);
  if (refused) throw refused;
  let answer: SentAnswer;
  try {
    answer = await send(config, {
      operation: 'addChildAccount',
      method: 'POST',
      path: '/api/account',
      body: value,
      signal: options.signal,
      idempotent: false,
      privoFields: ADD_CHILD_ACCOUNT_FIELDS,
    });
  } catch (error) {
    if (
      isKinshipError(error) &&
      (error.kind === 'timeout' || error.kind === 'network') &&
      // `false`: nothing was sent (the answer checks did not load).
      error.mayHaveSucceeded !== false
    ) {
      // The request may have reached PRIVO: creating again could make a second account.
      throw new KinshipError(error.kind, error.message, {
        operation: 'addChildAccount',
        mayHaveSucceeded: true,
        ...(error.status !== undefined ? { status: error.status } : {}),
        cause: error.cause ?? error,
      });
    }
    throw isKinshipError(error) ? accountFailure(error, value) : error;
  }
  const envelope = checked(answer.checks.parsePrivoEnvelope(answer.json), answer, 'addChildAccount');
  if (envelope.status !== 'success') {
    throw envelopeFailure(answer, envelope.message ?? undefined);
  }
  const entity = checked(answer.checks.parseChildAccount(envelope.entity), answer, 'addChildAccount');
  return {
    status: envelope.status,
    message: envelope.message ?? null,
    entity,
    consentUrl: safeConsentUrl(entity.consentUrl),
  };
}

/**
 * Whose consent email to resend. PRIVO needs the child (`requesterServiceId`) **and** the parent,
 * by `approverServiceId` or by `email`; anything less is a 404 there (DOMAIN.md).
 */
export interface ResendConsentInput {
  /** PRIVO service id of the child (the consent "requester"): `entity.serviceId` of the created account. Required. */
  requesterServiceId?: string;
  /** PRIVO service id of the parent (the "approver"). This or `email` is required. */
  approverServiceId?: string;
  /** The parent's email. This or `approverServiceId` is required. */
  email?: string;
}

/** PRIVO's answer to an accepted resend: its envelope `status` (`"success"`) and `message`, if any. */
export interface ResendConsentAnswer {
  status: string;
  message: string | null;
}

const RESEND_FIELDS = ['requesterServiceId', 'approverServiceId', 'email'] as const;

/**
 * Checks a resend request the way PRIVO does, before anything is sent: the child's
 * `requesterServiceId` and one of `approverServiceId` / `email` (an email that looks like one).
 * Blank strings count as not given. Returns the trimmed query values and the field errors.
 */
export function validateResendConsentInput(input: unknown): {
  value: ResendConsentInput;
  fieldErrors: Record<string, string[]>;
} {
  const source = typeof input === 'object' && input !== null ? (input as Record<string, unknown>) : {};
  const value: ResendConsentInput = {};
  const fieldErrors = createFieldErrorMap();
  const add = (field: string, code: string) => {
    const list = ownFieldErrors(fieldErrors, field) as string[] | undefined;
    if (list === undefined) fieldErrors[field] = [code];
    else if (!list.includes(code)) list.push(code);
  };
  for (const field of RESEND_FIELDS) {
    const raw = Object.hasOwn(source, field) ? source[field] : undefined;
    if (raw === undefined || raw === null) continue;
    if (typeof raw !== 'string') {
      add(field, 'invalid-type');
      continue;
    }
    if (raw.trim() !== '') value[field] = raw.trim();
  }
  if (value.requesterServiceId === undefined && !ownFieldErrors(fieldErrors, 'requesterServiceId')) {
    add('requesterServiceId', 'required');
  }
  if (value.email !== undefined && !isEmail(value.email)) add('email', 'invalid-email');
  if (
    value.approverServiceId === undefined &&
    value.email === undefined &&
    !ownFieldErrors(fieldErrors, 'approverServiceId') &&
    !ownFieldErrors(fieldErrors, 'email')
  ) {
    // Either one will do: both are named so the caller sees the choice.
    add('approverServiceId', 'required');
    add('email', 'required');
  }
  return { value, fieldErrors };
}

/**
 * Asks PRIVO to resend the consent email to the parent:
 * `GET {baseUrl}/api/consent/resend?requesterServiceId=…&approverServiceId=…` (and/or `&email=`).
 * Refused before sending (kind `validation`, `fieldErrors` naming what is missing) unless the
 * child's `requesterServiceId` and one of `approverServiceId` / `email` are given, as PRIVO
 * answers 404 to anything less. 404 when nothing matches. Not retried automatically (it sends an
 * email).
 */
export async function resendConsent(
  config: ServiceConfig,
  input: ResendConsentInput,
  options: OperationOptions = {},
): Promise<ResendConsentAnswer> {
  const { value, fieldErrors } = validateResendConsentInput(input);
  const refused = refusedInputError('resendConsent', fieldErrors);
  if (refused) throw refused;
  const params = new URLSearchParams();
  for (const key of RESEND_FIELDS) {
    const given = value[key];
    if (given !== undefined) params.set(key, given);
  }
  const answer = await send(config, {
    operation: 'resendConsent',
    method: 'GET',
    path: `/api/consent/resend?${params.toString()}`,
    signal: options.signal,
    idempotent: false,
    privoFields: [],
  });
  const envelope = checked(answer.checks.parsePrivoEnvelope(answer.json), answer, 'resendConsent');
  if (envelope.status !== 'success') {
    throw errorFromAnswer(answer, 'resendConsent', answer.checks, []);
  }
  return { status: envelope.status, message: envelope.message ?? null };
}
