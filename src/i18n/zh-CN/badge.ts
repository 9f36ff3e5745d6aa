import type { badge as en } from '../en/badge.js';

/** IdentityStatusBadge 的简体中文消息。 */
export const badge: Record<keyof typeof en, string> = {
  'badge.noStatus': '无状态',
};
