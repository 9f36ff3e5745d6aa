/** English messages of FamilyPanel: the linked children (Conomy) and the child accounts (PRIVO). */
export const family = {
  'familyPanel.heading': 'Family',
  'familyPanel.offline':
    'You are offline. The lists show what was last loaded; you can make changes when the connection is back.',
  'familyPanel.linked.heading': 'Linked children',
  'familyPanel.linked.loading': 'Loading the linked children…',
  'familyPanel.linked.empty': 'No children are linked to this identity yet.',
  'familyPanel.linked.loadFailed': 'Could not load the linked children.',
  'familyPanel.linked.unlinkNamed': 'Unlink {name}',
  'familyPanel.linked.unlinked': '{name} is no longer linked.',
  'familyPanel.unlink.title': 'Unlink {name}?',
  'familyPanel.unlink.description':
    '{name} will no longer be a child of this identity. You can link {name} again later.',
  'familyPanel.unlink.confirm': 'Unlink',
  'familyPanel.unlink.cancel': 'Cancel',
  'familyPanel.unlink.pending': 'Unlinking…',
  'familyPanel.unlink.failed': 'Could not unlink {name}.',
  'familyPanel.accounts.heading': 'Child accounts',
  'familyPanel.accounts.empty': 'No child accounts yet.',
  'familyPanel.accounts.unnamed': 'Child account',
  'familyPanel.accounts.parentEmail': 'The parent: {email}',
  'familyPanel.accounts.resendNamed': 'Resend to parent of {name}',
  'familyPanel.accounts.statusFailed': 'Could not check the consent status.',
  'familyPanel.accounts.statusChanged': '{name}: {status}',
} as const;
