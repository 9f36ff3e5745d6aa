import type { badge as en } from '../en/badge.js';

/** Mensagens do IdentityStatusBadge em português do Brasil. */
export const badge: Record<keyof typeof en, string> = {
  'badge.noStatus': 'Sem status',
};
