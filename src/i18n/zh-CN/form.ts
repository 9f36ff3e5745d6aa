import type { form as en } from '../en/form.js';

/** 添加孩子表单的简体中文消息。 */
export const form: Record<keyof typeof en, string> = {
  'form.firstName': '名',
  'form.lastName': '姓',
  'form.userName': '用户名',
  'form.birthDate': '出生日期',
  'form.birthDay': '日',
  'form.birthMonth': '月',
  'form.birthYear': '年',
  'form.role': '年龄段',
  'form.gender': '性别',
  'form.gender.none': '不愿透露',
  'form.gender.choose': '请选择',
  'form.gender.female': '女',
  'form.gender.male': '男',
  'form.email': '孩子的邮箱',
  'form.parentEmail': '家长的邮箱',
  'form.optional': '（选填）',
  'form.submit': '添加孩子',
  'form.pending': '正在添加孩子…',
  'form.addForAnotherParent': '为另一位家长添加孩子',
  'form.nextChild': '如需为这位家长添加更多孩子，家长可以使用自己的 PRIVO 账户。',
  'form.parentAccountLink': '打开家长的 PRIVO 账户（在新标签页中打开）',
  'form.errorIn': '{field}：{message}',
};
