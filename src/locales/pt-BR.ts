/**
 * `kinship-kit/locales/pt-BR`: the Brazilian Portuguese catalogue. Pass it to the provider:
 * `<KinshipProvider locale="pt-BR" catalogues={[ptBR]}>` (also serves `pt`, `pt-PT`, …).
 */
import type { Catalogue } from '../i18n/index.js';
import { messages } from '../i18n/pt-BR/index.js';

/** Every message of the kit in Brazilian Portuguese (`locale: 'pt-BR'`). */
export const ptBR: Catalogue = { locale: 'pt-BR', messages };
