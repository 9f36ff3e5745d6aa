/**
 * `kinship-kit/locales/he`: the Hebrew catalogue. Pass it to the provider:
 * `<KinshipProvider locale="he" catalogues={[he]}>` (also serves `he-IL`).
 */

import { messages } from '../i18n/he/index.js';
import type { Catalogue } from '../i18n/index.js';

/** Every message of the kit in Hebrew (`locale: 'he'`). */
export const he: Catalogue = { locale: 'he', messages };
