/**
 * `kinship-kit/locales/ar`: the Arabic catalogue. Pass it to the provider:
 * `<KinshipProvider locale="ar" catalogues={[ar]}>` (also serves `ar-EG`, `ar-SA`, `ar-MA`, …).
 */

import { messages } from '../i18n/ar/index.js';
import type { Catalogue } from '../i18n/index.js';

/** Every message of the kit in Arabic (`locale: 'ar'`). */
export const ar: Catalogue = { locale: 'ar', messages };
