/**
 * Consent status as the kit's server side records it from PRIVO's webhooks and serves it to the
 * browser (`GET {basePath}/consent-status/{serviceId}`). Shared by the server handler, the store,
 * `getConsentStatus` and `useConsentStatus`.
 */

/** What is known of one child's consent: PRIVO's state (lower case) and when it last changed. */
export interface ConsentStatusRecord {
  serviceId: string;
  status: 'approved' | 'denied' | 'expired' | 'pending' | 'postponed' | (string & {});
  updatedAt: string | null;
}
