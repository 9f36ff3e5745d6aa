/** English messages of IdentityStatusBadge (statuses themselves live in common.ts). */
export const badge = {
  'badge.noStatus': 'No status',
} as const;
