import type { dialog as en } from '../en/dialog.js';

/** Mensajes de AddChildDialog en español. */
export const dialog: Record<keyof typeof en, string> = {
  'dialog.account.trigger': 'Agregar un menor',
  'dialog.account.title': 'Agregar un menor',
  'dialog.account.description':
    'Crea una cuenta para tu hijo o hija. Pediremos el consentimiento de su padre o madre antes de poder usarla.',
  'dialog.link.trigger': 'Vincular hijos',
  'dialog.link.title': 'Vincular hijos',
  'dialog.link.description':
    'Elige las personas u organizaciones que quieres vincular como hijos de esta identidad.',
  'dialog.close': 'Cerrar',
};
