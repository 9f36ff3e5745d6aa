/**
 * Reading a child's consent status from the host's backend (the kit's PRIVO proxy serves it from
 * PRIVO's webhooks). Apart from privo.ts, with its schema, so that pages which never ask carry
 * none of it (a schema is built at module load, which bundlers cannot drop).
 */

import * as z from 'zod/mini';
import type { OperationOptions } from './conomy.js';
import type { ConsentStatusRecord } from './consent.js';
import { KinshipError } from './errors.js';
import { type ServiceConfig, send } from './http.js';
import { field, isNumber, isString, optionalText, requiredText } from './schemas.js';
import { refusedInputError, validateIdInput } from './validation.js';

/**
 * The kit proxy's answer to `GET /consent-status/{serviceId}`: `{serviceId, status, updatedAt}`.
 * Only `status` is required; unknown fields are kept.
 */
const consentStatusSchema = /* @__PURE__ */ z.looseObject({
  serviceId: optionalText,
  status: requiredText,
  updatedAt: field<string | number | null>((value) => value === null || isString(value) || isNumber(value)),
});

/** Input of `getConsentStatus`. */
export interface GetConsentStatusInput {
  /** PRIVO service id of the child whose consent is asked about. */
  serviceId: string;
}

/** The consent states after which nothing changes any more: polling stops there. */
export const FINAL_CONSENT_STATUSES: readonly string[] = ['approved', 'denied', 'expired'];

/** True for `approved`, `denied` and `expired`: the parent has decided, or the request has lapsed. */
export function isFinalConsentStatus(status: string | undefined): boolean {
  return status !== undefined && FINAL_CONSENT_STATUSES.includes(status);
}

/**
 * Reads what the host's backend knows of a child's consent: `GET {baseUrl}/consent-status/{serviceId}`,
 * served by the kit's PRIVO proxy from what PRIVO's webhooks delivered (PRIVO itself offers no
 * status read with client credentials; DOMAIN.md). `status` is lower-cased (`APPROVED` →
 * `approved`); a missing `serviceId` is the one asked for; `updatedAt` is an ISO string or `null`
 * (epoch milliseconds are converted). 404 rejects with kind `not-found`: nothing is known yet
 * (no webhook has arrived). A blank service id is refused before any request (kind `validation`).
 * Retried like `addChildren` (a read is idempotent).
 */
export async function getConsentStatus(
  config: ServiceConfig,
  input: GetConsentStatusInput,
  options: OperationOptions = {},
): Promise<ConsentStatusRecord> {
  const { value, fieldErrors } = validateIdInput(input, 'serviceId');
  const refused = refusedInputError('getConsentStatus', fieldErrors);
  if (refused) throw refused;
  const answer = await send(config, {
    operation: 'getConsentStatus',
    method: 'GET',
    path: `/consent-status/${encodeURIComponent(value.serviceId)}`,
    signal: options.signal,
    idempotent: true,
  });
  const parsed = consentStatusSchema.safeParse(answer.json);
  if (!parsed.success || parsed.data.status.trim() === '') {
    throw new KinshipError('invalid-response', 'The answer is not a consent status (`{status}`).', {
      operation: 'getConsentStatus',
      status: answer.status,
      ...(parsed.success ? {} : { cause: parsed.error }),
    });
  }
  const { serviceId, status, updatedAt } = parsed.data;
  return {
    serviceId: typeof serviceId === 'string' && serviceId !== '' ? serviceId : value.serviceId,
    status: status.trim().toLowerCase(),
    updatedAt: typeof updatedAt === 'number' ? isoFromEpoch(updatedAt) : (updatedAt ?? null),
  };
}

/** Epoch milliseconds as an ISO string; `null` outside the dates `Date` can hold. */
function isoFromEpoch(ms: number): string | null {
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}
