/** English messages of AddChildDialog. */
export const dialog = {
  'dialog.account.trigger': 'Add a child',
  'dialog.account.title': 'Add a child',
  'dialog.account.description':
    'Create an account for a child. It works once the parent gives consent: PRIVO emails the parent, and the next step shows the consent link.',
  'dialog.link.trigger': 'Link children',
  'dialog.link.title': 'Link children',
  'dialog.link.description': 'Choose the people or organizations to link as children of this identity.',
  'dialog.close': 'Close',
} as const;
