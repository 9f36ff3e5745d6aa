/**
 * `kinship-kit/locales/ja`: the Japanese catalogue. Pass it to the provider:
 * `<KinshipProvider locale="ja" catalogues={[ja]}>` (also serves `ja-JP`).
 */
import type { Catalogue } from '../i18n/index.js';
import { messages } from '../i18n/ja/index.js';

/** Every message of the kit in Japanese (`locale: 'ja'`). */
export const ja: Catalogue = { locale: 'ja', messages };
