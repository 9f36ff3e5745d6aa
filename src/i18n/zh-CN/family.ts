import type { family as en } from '../en/family.js';

/** FamilyPanel 的简体中文消息：已关联的子身份（Conomy）和孩子账户（PRIVO）。 */
export const family: Record<keyof typeof en, string> = {
  'familyPanel.heading': '家庭',
  'familyPanel.offline': '您已离线。列表显示的是上次加载的内容；连接恢复后即可进行更改。',
  'familyPanel.linked.heading': '已关联的子身份',
  'familyPanel.linked.loading': '正在加载已关联的子身份…',
  'familyPanel.linked.empty': '此身份尚未关联任何子身份。',
  'familyPanel.linked.loadFailed': '无法加载已关联的子身份。',
  'familyPanel.linked.unlinkNamed': '取消关联{name}',
  'familyPanel.linked.unlinked': '已取消关联{name}。',
  'familyPanel.unlink.title': '要取消关联{name}吗？',
  'familyPanel.unlink.description': '{name}将不再是此身份的子身份。您之后可以重新关联{name}。',
  'familyPanel.unlink.confirm': '取消关联',
  'familyPanel.unlink.cancel': '取消',
  'familyPanel.unlink.pending': '正在取消关联…',
  'familyPanel.unlink.failed': '无法取消关联{name}。',
  'familyPanel.accounts.heading': '孩子账户',
  'familyPanel.accounts.empty': '暂无孩子账户。',
  'familyPanel.accounts.unnamed': '孩子账户',
  'familyPanel.accounts.parentEmail': '家长：{email}',
  'familyPanel.accounts.resendNamed': '重新发送给{name}的家长',
  'familyPanel.accounts.statusFailed': '无法查询同意状态。',
  'familyPanel.accounts.statusChanged': '{name}：{status}',
};
