import type { family as en } from '../en/family.js';

/** FamilyPanel の日本語メッセージ：紐付けた子（Conomy）とお子さまのアカウント（PRIVO）。 */
export const family: Record<keyof typeof en, string> = {
  'familyPanel.heading': '家族',
  'familyPanel.offline': 'オフラインです。前回読み込んだ一覧を表示中です。接続が回復したら変更できます。',
  'familyPanel.linked.heading': '紐付け済みの子',
  'familyPanel.linked.loading': '紐付け済みの子を読み込んでいます…',
  'familyPanel.linked.empty': '紐付け済みの子はまだいません。',
  'familyPanel.linked.loadFailed': '紐付け済みの子を読み込めませんでした。',
  'familyPanel.linked.unlinkNamed': '{name}の紐付けを解除',
  'familyPanel.linked.unlinked': '{name}の紐付けを解除しました。',
  'familyPanel.unlink.title': '{name}の紐付けを解除しますか？',
  'familyPanel.unlink.description':
    '{name}はこのアイデンティティの子ではなくなります。後で再度紐付けできます。',
  'familyPanel.unlink.confirm': '紐付けを解除',
  'familyPanel.unlink.cancel': 'キャンセル',
  'familyPanel.unlink.pending': '紐付けを解除しています…',
  'familyPanel.unlink.failed': '{name}の紐付けを解除できませんでした。',
  'familyPanel.accounts.heading': 'お子さまのアカウント',
  'familyPanel.accounts.empty': 'お子さまのアカウントはまだありません。',
  'familyPanel.accounts.unnamed': 'お子さまのアカウント',
  'familyPanel.accounts.parentEmail': '保護者：{email}',
  'familyPanel.accounts.resendNamed': '{name}の保護者に再送信',
  'familyPanel.accounts.statusFailed': '同意のステータスを確認できませんでした。',
  'familyPanel.accounts.statusChanged': '{name}：{status}',
};
