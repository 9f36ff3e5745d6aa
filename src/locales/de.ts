/**
 * `kinship-kit/locales/de`: the German catalogue. Pass it to the provider:
 * `<KinshipProvider locale="de" catalogues={[de]}>` (also serves `de-AT`, `de-CH`, …).
 */
import { messages } from '../i18n/de/index.js';
import type { Catalogue } from '../i18n/index.js';

/** Every message of the kit in German (`locale: 'de'`). */
export const de: Catalogue = { locale: 'de', messages };
