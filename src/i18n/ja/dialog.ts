import type { dialog as en } from '../en/dialog.js';

/** AddChildDialog の日本語メッセージ。 */
export const dialog: Record<keyof typeof en, string> = {
  'dialog.account.trigger': 'お子さまを追加',
  'dialog.account.title': 'お子さまを追加',
  'dialog.account.description':
    'お子さまのアカウントは、保護者の同意後に利用できます。PRIVOから保護者にメールが届き、次の画面に同意リンクが表示されます。',
  'dialog.link.trigger': '子を紐付ける',
  'dialog.link.title': '子を紐付ける',
  'dialog.link.description': 'このアイデンティティの子として紐付ける相手を選択してください。',
  'dialog.close': '閉じる',
};
