import type { badge as en } from '../en/badge.js';

/** Mensajes de IdentityStatusBadge en español. */
export const badge: Record<keyof typeof en, string> = {
  'badge.noStatus': 'Sin estado',
};
