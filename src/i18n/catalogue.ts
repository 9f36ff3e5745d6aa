/**
 * How the kit's languages ship: the build (scripts/locale-modules.mjs) rewrites each
 * `kinship-kit/locales/<tag>` module as `catalogue(locale, values)`, the values listed in the English
 * key order, so the keys are not shipped a second time. The keys come from the English catalogue,
 * which every page that shows the kit has already loaded. Partners' own catalogues are plain
 * `{ locale, messages }` objects and never pass through here.
 */
import { messages as en } from './en/index.js';
import type { Catalogue, Messages } from './index.js';

/** A catalogue from its values in the order of `Object.keys` of the English messages. */
export function catalogue(locale: string, values: readonly string[]): Catalogue {
  const messages: Record<string, string> = {};
  Object.keys(en).forEach((key, index) => {
    messages[key] = values[index] as string;
  });
  return { locale, messages: messages as Messages };
}
