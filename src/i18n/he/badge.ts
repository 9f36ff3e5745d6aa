import type { badge as en } from '../en/badge.js';

/** ההודעות של IdentityStatusBadge בעברית. */
export const badge: Record<keyof typeof en, string> = {
  'badge.noStatus': 'ללא סטטוס',
};
