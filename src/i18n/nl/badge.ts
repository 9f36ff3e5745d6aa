import type { badge as en } from '../en/badge.js';

/** Meldingen van IdentityStatusBadge in het Nederlands. */
export const badge: Record<keyof typeof en, string> = {
  'badge.noStatus': 'Geen status',
};
