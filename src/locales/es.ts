/**
 * `kinship-kit/locales/es`: the Spanish catalogue. Pass it to the provider:
 * `<KinshipProvider locale="es" catalogues={[es]}>` (also serves `es-MX`, `es-CL`, …).
 */
import { messages } from '../i18n/es/index.js';
import type { Catalogue } from '../i18n/index.js';

/** Every message of the kit in Spanish (`locale: 'es'`). */
export const es: Catalogue = { locale: 'es', messages };
