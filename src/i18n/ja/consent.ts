import type { consent as en } from '../en/consent.js';

/** 保護者の同意の手順の日本語メッセージ。 */
export const consent: Record<keyof typeof en, string> = {
  'consent.heading': '保護者の同意が必要です',
  'consent.heading.named': '{name}さんのアカウントを作成しました：保護者の同意が必要です',
  'consent.intro':
    '保護者が同意するまでアカウントは無効です。同意ページは、この端末、コピーしたリンク、QRコードから開けます。',
  'consent.link': '同意ページを開く（新しいタブで開きます）',
  'consent.copy': 'リンクをコピー',
  'consent.copied': 'リンクをコピーしました',
  'consent.copyFailed': 'リンクをコピーできませんでした。手動でコピーしてください。',
  'consent.qr': '同意リンクのQRコード',
  'consent.email': '保護者に、同意リンクを記載したメールが届きます。',
  'consent.email.to': '保護者（{email}）に、同意リンクを記載したメールが届きます。',
  'consent.approved': '保護者が同意しました。アカウントを利用できます。',
  'consent.denied': '保護者が同意しませんでした。アカウントは無効のままです。',
  'consent.expired': '同意リクエストの期限が切れました。保護者に再送信してください。',
  'consent.resend': '保護者に再送信',
  'consent.resent': 'PRIVOに同意メールの再送信を依頼しました。',
  'consent.resend.wait': '{seconds, plural, other {#秒}}後に再送信できます。',
  'consent.resendFailed': '同意メールを再送信できませんでした。',
};
