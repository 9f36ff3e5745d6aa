import type { badge as en } from '../en/badge.js';

/** Messages d’IdentityStatusBadge en français. */
export const badge: Record<keyof typeof en, string> = {
  'badge.noStatus': 'Aucun statut',
};
