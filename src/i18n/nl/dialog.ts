import type { dialog as en } from '../en/dialog.js';

/** Meldingen van AddChildDialog in het Nederlands. */
export const dialog: Record<keyof typeof en, string> = {
  'dialog.account.trigger': 'Kind toevoegen',
  'dialog.account.title': 'Kind toevoegen',
  'dialog.account.description':
    'Maak een account aan voor een kind. Het werkt zodra de ouder toestemming geeft: PRIVO stuurt de ouder een e-mail en de volgende stap toont de toestemmingslink.',
  'dialog.link.trigger': 'Kinderen koppelen',
  'dialog.link.title': 'Kinderen koppelen',
  'dialog.link.description':
    'Kies de personen of organisaties die u als kinderen van deze identiteit wilt koppelen.',
  'dialog.close': 'Sluiten',
};
