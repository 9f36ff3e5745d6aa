import type { badge as en } from '../en/badge.js';

/** Meldungen von IdentityStatusBadge auf Deutsch. */
export const badge: Record<keyof typeof en, string> = {
  'badge.noStatus': 'Kein Status',
};
