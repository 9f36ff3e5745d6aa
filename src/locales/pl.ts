/**
 * `kinship-kit/locales/pl`: the Polish catalogue. Pass it to the provider:
 * `<KinshipProvider locale="pl" catalogues={[pl]}>` (also serves `pl-PL`).
 */

import type { Catalogue } from '../i18n/index.js';
import { messages } from '../i18n/pl/index.js';

/** Every message of the kit in Polish (`locale: 'pl'`). */
export const pl: Catalogue = { locale: 'pl', messages };
