import type { badge as en } from '../en/badge.js';

/** رسائل IdentityStatusBadge بالعربية. */
export const badge: Record<keyof typeof en, string> = {
  'badge.noStatus': 'بلا حالة',
};
