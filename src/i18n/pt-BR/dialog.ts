import type { dialog as en } from '../en/dialog.js';

/** Mensagens do AddChildDialog em português do Brasil. */
export const dialog: Record<keyof typeof en, string> = {
  'dialog.account.trigger': 'Adicionar uma criança',
  'dialog.account.title': 'Adicionar uma criança',
  'dialog.account.description':
    'Crie uma conta para uma criança. Ela funciona depois que o responsável der o consentimento: o PRIVO envia um e-mail ao responsável, e a próxima etapa mostra o link de consentimento.',
  'dialog.link.trigger': 'Vincular filhos',
  'dialog.link.title': 'Vincular filhos',
  'dialog.link.description':
    'Escolha as pessoas ou organizações que serão vinculadas como filhos desta identidade.',
  'dialog.close': 'Fechar',
};
