import type { common as en } from '../en/common.js';

/** 共通の日本語メッセージ：エラー、入力エラー、ステータス。 */
export const common: Record<keyof typeof en, string> = {
  'error.validation': '続行する前に、修正が必要な項目があります。',
  'error.unauthorized':
    '権限がありません。もう一度サインインするか、管理者にお問い合わせください。',
  'error.not-found': '該当する人物またはアカウントが見つかりませんでした。',
  'error.conflict': 'この操作はすでに完了しているか、入力内容がすでに使用されています。',
  'error.rate-limited': '試行回数が多すぎます。しばらく待ってから、もう一度お試しください。',
  'error.rate-limited.wait':
    '試行回数が多すぎます。{seconds, plural, other {#秒}}後にもう一度お試しください。',
  'error.server': 'サービスで問題が発生しています。もう一度お試しください。',
  'error.network': 'サービスに接続できませんでした。接続を確認して、もう一度お試しください。',
  'error.offline': 'オフラインです。接続が回復したら、もう一度お試しいただけます。',
  'error.timeout':
    'サービスから時間内に応答がありませんでした。入力内容は失われていません。もう一度お試しください。',
  'error.aborted': 'リクエストはキャンセルされました。',
  'error.invalid-response': 'サービスの応答を読み取れませんでした。もう一度お試しください。',
  'error.may-have-succeeded':
    '応答がなく、アカウントが作成された可能性があります。もう一度お試しになる前にご確認ください。',
  'error.trace': '参照番号：{traceId}',
  'error.adult-has-children':
    'この保護者はすでにお子さまのアカウントをお持ちのため、ここでは追加できません。保護者ご自身のPRIVOアカウントから追加できます。',
  'error.email-in-use':
    'このメールアドレスは別のアカウントで使用中です。別のアドレスを入力してください。',
  'error.retry': 'もう一度試す',
  'fieldError.required': 'この項目は必須です。',
  'fieldError.blank': 'スペースだけを入力することはできません。',
  'fieldError.invalid-type': 'この値は無効です。',
  'fieldError.invalid-email': 'name@example.com の形式で入力してください。',
  'fieldError.invalid-birth-date-format': '年、月、日を数字で入力してください。',
  'fieldError.invalid-birth-date': '実在する日付を入力してください。',
  'fieldError.birth-date-in-future': '生年月日に未来の日付は指定できません。',
  'fieldError.same-as-parent-email':
    'お子さまのメールアドレスは、保護者のものとは別にしてください。',
  'fieldError.invalid-first-name': 'スペースや数字を含めず、文字だけを使用してください。',
  'fieldError.invalid-last-name': '文字だけを使用してください。',
  'fieldError.invalid-user-name': '文字、数字、_ を3～20文字で使用してください。',
  'fieldError.birth-date-or-role-required': '生年月日を入力してください。',
  'fieldError.self-link': 'アイデンティティを自分自身の子として紐付けることはできません。',
  'fieldError.taken': 'すでに使用されています。別のものをお試しください。',
  'status.PENDING': '保留中',
  'status.PENDING_EMAIL_VALIDATION': 'メール未確認',
  'status.PENDING_PHONE_VALIDATION': '電話番号未確認',
  'status.SCREENING': '審査中',
  'status.ACTIVE': '有効',
  'status.BLOCKED': 'ブロック中',
  'status.INACTIVE': '無効',
  'status.PENDING_2FA': '2段階認証待ち',
  'status.PENDING_VERIFICATION': '確認待ち',
  'status.FAILED_VERIFICATION': '確認失敗',
  'status.unknown': 'ステータス：{status}',
  'consentStatus.pending': '同意待ち',
  'consentStatus.approved': '同意済み',
  'consentStatus.denied': '同意拒否',
  'consentStatus.expired': '同意期限切れ',
  'consentStatus.postponed': '同意保留',
  'identityType.USER': '個人',
  'identityType.ORGANIZATION': '組織',
};
