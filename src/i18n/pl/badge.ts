import type { badge as en } from '../en/badge.js';

/** Komunikaty IdentityStatusBadge po polsku. */
export const badge: Record<keyof typeof en, string> = {
  'badge.noStatus': 'Brak statusu',
};
