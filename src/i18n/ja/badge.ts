import type { badge as en } from '../en/badge.js';

/** IdentityStatusBadge の日本語メッセージ。 */
export const badge: Record<keyof typeof en, string> = {
  'badge.noStatus': 'ステータスなし',
};
