/**
 * `kinship-kit/locales/zh-CN`: the Simplified Chinese catalogue. Pass it to the provider:
 * `<KinshipProvider locale="zh-CN" catalogues={[zhCN]}>` (also serves `zh`, `zh-Hans`, `zh-SG`, …).
 */
import type { Catalogue } from '../i18n/index.js';
import { messages } from '../i18n/zh-CN/index.js';

/** Every message of the kit in Simplified Chinese (`locale: 'zh-CN'`). */
export const zhCN: Catalogue = { locale: 'zh-CN', messages };
