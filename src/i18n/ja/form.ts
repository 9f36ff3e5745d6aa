import type { form as en } from '../en/form.js';

/** お子さまを追加するフォームの日本語メッセージ。 */
export const form: Record<keyof typeof en, string> = {
  'form.firstName': '名',
  'form.lastName': '姓',
  'form.userName': 'ユーザー名',
  'form.birthDate': '生年月日',
  'form.birthDay': '日',
  'form.birthMonth': '月',
  'form.birthYear': '年',
  'form.role': '年齢層',
  'form.gender': '性別',
  'form.gender.none': '回答しない',
  'form.gender.choose': '選択してください',
  'form.gender.female': '女性',
  'form.gender.male': '男性',
  'form.email': 'お子さまのメールアドレス',
  'form.parentEmail': '保護者のメールアドレス',
  'form.optional': '（任意）',
  'form.submit': 'お子さまを追加',
  'form.pending': 'お子さまを追加しています…',
  'form.addForAnotherParent': '別の保護者のお子さまを追加',
  'form.nextChild': 'お子さまをさらに追加するには、保護者ご自身のPRIVOアカウントをご利用ください。',
  'form.parentAccountLink': '保護者のPRIVOアカウントを開く（新しいタブで開きます）',
  'form.errorIn': '{field}：{message}',
};
