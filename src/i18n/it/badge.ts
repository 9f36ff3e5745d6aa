import type { badge as en } from '../en/badge.js';

/** Messaggi di IdentityStatusBadge in italiano. */
export const badge: Record<keyof typeof en, string> = {
  'badge.noStatus': 'Nessuno stato',
};
