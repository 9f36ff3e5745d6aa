/**
 * `kinship-kit/locales/nl`: the Dutch catalogue. Pass it to the provider:
 * `<KinshipProvider locale="nl" catalogues={[nl]}>` (also serves `nl-BE`, …).
 */

import type { Catalogue } from '../i18n/index.js';
import { messages } from '../i18n/nl/index.js';

/** Every message of the kit in Dutch (`locale: 'nl'`). */
export const nl: Catalogue = { locale: 'nl', messages };
