/**
 * `kinship-kit/locales/fr`: the French catalogue. Pass it to the provider:
 * `<KinshipProvider locale="fr" catalogues={[fr]}>` (also serves `fr-CA`, `fr-BE`, …).
 */
import { messages } from '../i18n/fr/index.js';
import type { Catalogue } from '../i18n/index.js';

/** Every message of the kit in French (`locale: 'fr'`). */
export const fr: Catalogue = { locale: 'fr', messages };
