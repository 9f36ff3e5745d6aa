import type { family as en } from '../en/family.js';

/** Meldungen von FamilyPanel auf Deutsch. */
export const family: Record<keyof typeof en, string> = {
  'familyPanel.heading': 'Familie',
  'familyPanel.offline':
    'Sie sind offline. Die Listen zeigen den zuletzt geladenen Stand; Änderungen sind möglich, sobald die Verbindung wieder steht.',
  'familyPanel.linked.heading': 'Verknüpfte Kinder',
  'familyPanel.linked.loading': 'Verknüpfte Kinder werden geladen…',
  'familyPanel.linked.empty': 'Mit dieser Identität sind noch keine Kinder verknüpft.',
  'familyPanel.linked.loadFailed': 'Die verknüpften Kinder konnten nicht geladen werden.',
  'familyPanel.linked.unlinkNamed': 'Verknüpfung aufheben: {name}',
  'familyPanel.linked.unlinked': 'Die Verknüpfung mit {name} wurde aufgehoben.',
  'familyPanel.unlink.title': 'Verknüpfung mit {name} aufheben?',
  'familyPanel.unlink.description':
    '{name} ist dann kein Kind dieser Identität mehr. Sie können {name} später erneut verknüpfen.',
  'familyPanel.unlink.confirm': 'Verknüpfung aufheben',
  'familyPanel.unlink.cancel': 'Abbrechen',
  'familyPanel.unlink.pending': 'Verknüpfung wird aufgehoben…',
  'familyPanel.unlink.failed': 'Die Verknüpfung mit {name} konnte nicht aufgehoben werden.',
  'familyPanel.accounts.heading': 'Kinderkonten',
  'familyPanel.accounts.empty': 'Noch keine Kinderkonten.',
  'familyPanel.accounts.unnamed': 'Kinderkonto',
  'familyPanel.accounts.parentEmail': 'Elternteil: {email}',
  'familyPanel.accounts.resendNamed': 'Erneut an den Elternteil senden: {name}',
  'familyPanel.accounts.statusFailed': 'Der Einwilligungsstatus konnte nicht abgefragt werden.',
  'familyPanel.accounts.statusChanged': '{name}: {status}',
};
