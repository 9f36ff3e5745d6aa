import type { dialog as en } from '../en/dialog.js';

/** Mensajes de AddChildDialog en español. */
export const dialog: Record<keyof typeof en, string> = {
  'dialog.account.trigger': 'Agregar un menor',
  'dialog.account.title': 'Agregar un menor',
  'dialog.account.description':
    'Cree una cuenta para un menor. Funcionará cuando el padre o la madre dé su consentimiento: PRIVO le enviará un correo, y el siguiente paso muestra el enlace de consentimiento.',
  'dialog.link.trigger': 'Vincular hijos',
  'dialog.link.title': 'Vincular hijos',
  'dialog.link.description':
    'Elija las personas u organizaciones que quiere vincular como hijos de esta identidad.',
  'dialog.close': 'Cerrar',
};
