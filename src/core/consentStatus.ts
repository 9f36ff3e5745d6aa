/**
 * Reading a child's consent status from the host's backend (the kit's PRIVO proxy serves it from
 * PRIVO's webhooks). Apart from privo.ts, so that pages which never ask carry none of it.
 */

import type { OperationOptions } from './conomy.js';
import type { ConsentStatusRecord } from './consent.js';
import { checked, type ServiceConfig, send } from './http.js';
import { refusedInputError, validateIdInput } from './validation.js';

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
  return checked(answer.checks.parseConsentStatus(answer.json, value.serviceId), answer, 'getConsentStatus');
}
