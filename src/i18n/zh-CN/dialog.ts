import type { dialog as en } from '../en/dialog.js';

/** AddChildDialog 的简体中文消息。 */
export const dialog: Record<keyof typeof en, string> = {
  'dialog.account.trigger': '添加孩子',
  'dialog.account.title': '添加孩子',
  'dialog.account.description':
    '为孩子创建账户。家长表示同意后账户即可使用：PRIVO 会给家长发送邮件，下一步会显示同意链接。',
  'dialog.link.trigger': '关联子身份',
  'dialog.link.title': '关联子身份',
  'dialog.link.description': '选择要作为此身份的子身份关联的个人或组织。',
  'dialog.close': '关闭',
};
