import type { consent as en } from '../en/consent.js';

/** 家长同意步骤的简体中文消息。 */
export const consent: Record<keyof typeof en, string> = {
  'consent.heading': '需要家长表示同意',
  'consent.heading.named': '已为{name}创建账户：需要家长表示同意',
  'consent.intro':
    '在家长表示同意之前，账户将保持未启用状态。家长可以在此设备上打开同意页面，也可以通过复制的链接打开，或用手机扫描二维码。',
  'consent.link': '打开同意页面（在新标签页中打开）',
  'consent.copy': '复制链接',
  'consent.copied': '链接已复制',
  'consent.copyFailed': '无法复制链接。请选中链接后手动复制。',
  'consent.qr': '同意链接的二维码',
  'consent.email': '家长将收到一封含有同意链接的邮件。',
  'consent.email.to': '家长将在 {email} 收到一封含有同意链接的邮件。',
  'consent.approved': '家长已表示同意。账户现在可以使用了。',
  'consent.denied': '家长拒绝了同意。账户将保持未启用状态。',
  'consent.expired': '同意请求已过期。请重新发送给家长。',
  'consent.resend': '重新发送给家长',
  'consent.resent': '我们已请 PRIVO 重新发送同意邮件。',
  'consent.resend.wait': '{seconds, plural, other {#秒}}后可重新发送。',
  'consent.resendFailed': '无法重新发送同意邮件。',
};
