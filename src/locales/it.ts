/**
 * `kinship-kit/locales/it`: the Italian catalogue. Pass it to the provider:
 * `<KinshipProvider locale="it" catalogues={[it]}>` (also serves `it-CH`, …).
 */

import type { Catalogue } from '../i18n/index.js';
import { messages } from '../i18n/it/index.js';

/** Every message of the kit in Italian (`locale: 'it'`). */
export const it: Catalogue = { locale: 'it', messages };
