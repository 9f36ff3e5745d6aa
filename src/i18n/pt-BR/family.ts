import type { family as en } from '../en/family.js';

/** Mensagens do FamilyPanel: os filhos vinculados (Conomy) e as contas de crianças (PRIVO). */
export const family: Record<keyof typeof en, string> = {
  'familyPanel.heading': 'Família',
  'familyPanel.offline':
    'Você está sem conexão. As listas mostram o que foi carregado por último; você poderá fazer alterações quando a conexão voltar.',
  'familyPanel.linked.heading': 'Filhos vinculados',
  'familyPanel.linked.loading': 'Carregando os filhos vinculados…',
  'familyPanel.linked.empty': 'Esta identidade ainda não tem filhos vinculados.',
  'familyPanel.linked.loadFailed': 'Não foi possível carregar os filhos vinculados.',
  'familyPanel.linked.unlinkNamed': 'Desvincular {name}',
  'familyPanel.linked.unlinked': 'O vínculo de {name} foi removido.',
  'familyPanel.unlink.title': 'Desvincular {name}?',
  'familyPanel.unlink.description':
    'O vínculo de {name} com esta identidade será removido. Você poderá vincular {name} novamente mais tarde.',
  'familyPanel.unlink.confirm': 'Desvincular',
  'familyPanel.unlink.cancel': 'Cancelar',
  'familyPanel.unlink.pending': 'Desvinculando…',
  'familyPanel.unlink.failed': 'Não foi possível desvincular {name}.',
  'familyPanel.accounts.heading': 'Contas de crianças',
  'familyPanel.accounts.empty': 'Ainda não há contas de crianças.',
  'familyPanel.accounts.unnamed': 'Conta de criança',
  'familyPanel.accounts.parentEmail': 'O responsável: {email}',
  'familyPanel.accounts.resendNamed': 'Reenviar ao responsável de {name}',
  'familyPanel.accounts.statusFailed': 'Não foi possível consultar o status do consentimento.',
  'familyPanel.accounts.statusChanged': '{name}: {status}',
};
