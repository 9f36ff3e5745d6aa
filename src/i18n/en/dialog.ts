/** English messages of AddChildDialog. */
export const dialog = {
  'dialog.account.trigger': 'Add a child',
  'dialog.account.title': 'Add a child',
  'dialog.account.description':
    'Create an account for your child. We will ask a parent for consent before it can be used.',
  'dialog.link.trigger': 'Link children',
  'dialog.link.title': 'Link children',
  'dialog.link.description': 'Choose the people or organizations to link as children of this identity.',
  'dialog.close': 'Close',
} as const;
