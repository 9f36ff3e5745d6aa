import type { family as en } from '../en/family.js';

/** Mensajes de FamilyPanel: los hijos vinculados (Conomy) y las cuentas de menores (PRIVO). */
export const family: Record<keyof typeof en, string> = {
  'familyPanel.heading': 'Familia',
  'familyPanel.offline':
    'No tiene conexión. Las listas muestran lo último que se cargó; podrá hacer cambios cuando vuelva la conexión.',
  'familyPanel.linked.heading': 'Hijos vinculados',
  'familyPanel.linked.loading': 'Cargando los hijos vinculados…',
  'familyPanel.linked.empty': 'Esta identidad aún no tiene hijos vinculados.',
  'familyPanel.linked.loadFailed': 'No se pudieron cargar los hijos vinculados.',
  'familyPanel.linked.unlinkNamed': 'Desvincular a {name}',
  'familyPanel.linked.unlinked': 'Se desvinculó a {name}.',
  'familyPanel.unlink.title': '¿Desvincular a {name}?',
  'familyPanel.unlink.description':
    'Se quitará el vínculo de {name} con esta identidad. Podrá volver a vincular a {name} más adelante.',
  'familyPanel.unlink.confirm': 'Desvincular',
  'familyPanel.unlink.cancel': 'Cancelar',
  'familyPanel.unlink.pending': 'Desvinculando…',
  'familyPanel.unlink.failed': 'No se pudo desvincular a {name}.',
  'familyPanel.accounts.heading': 'Cuentas de menores',
  'familyPanel.accounts.empty': 'Aún no hay cuentas de menores.',
  'familyPanel.accounts.unnamed': 'Cuenta de menor',
  'familyPanel.accounts.parentEmail': 'El padre o la madre: {email}',
  'familyPanel.accounts.resendNamed': 'Reenviar al padre o la madre de {name}',
  'familyPanel.accounts.statusFailed': 'No se pudo consultar el estado del consentimiento.',
  'familyPanel.accounts.statusChanged': '{name}: {status}',
};
