/**
 * The English catalogue (built in), the `Catalogue` shape of the other languages (each its own entry
 * point: `kinship-kit/locales/es`, `kinship-kit/locales/pt-BR`) and the translator the components
 * use. No React here. Hosts override any key through `KinshipProvider`'s `messages`.
 */
import { messages as en } from './en/index.js';
import { formatMessage, type MessageValues } from './format.js';
import { catalogueExportName, SHIPPED_LOCALES } from './locales.js';

export { formatMessage, type MessageValues } from './format.js';

/** Every message key the kit uses. */
export type MessageKey = keyof typeof en;

/** A full catalogue. */
export type Messages = Record<MessageKey, string>;

/** Host overrides: any subset of keys. */
export type MessageOverrides = Partial<Record<MessageKey, string>>;

/**
 * A language for `KinshipProvider`'s `catalogues`: its BCP 47 tag and every message. The kit ships
 * `es` (`kinship-kit/locales/es`) and `ptBR` (`kinship-kit/locales/pt-BR`); English is built in.
 */
export interface Catalogue {
  /** BCP 47 tag of the language (`"es"`, `"pt-BR"`). */
  readonly locale: string;
  /** Every message, in that language. */
  readonly messages: Messages;
}

/** The catalogue that is always there: English. Others come from `kinship-kit/locales/*`. */
export const BUILT_IN_CATALOGUES: Record<string, Messages> = { en };

/** The language part of a BCP 47 tag, lower case (`"pt"` for `"pt-BR"`). */
function languageOf(locale: string): string {
  return (locale.split('-')[0] ?? '').toLowerCase();
}

/**
 * The catalogue given for a locale, or `undefined` when none fits: the exact tag first (case-insensitive),
 * then a catalogue of the same language (`es-MX` takes `es`, `pt` takes `pt-BR`). English is always found.
 */
export function findCatalogue(locale: string, catalogues: readonly Catalogue[] = []): Messages | undefined {
  const tag = locale.toLowerCase();
  const language = languageOf(locale);
  const all: readonly Catalogue[] = [...catalogues, { locale: 'en', messages: en }];
  return (
    all.find((catalogue) => catalogue.locale.toLowerCase() === tag) ??
    all.find((catalogue) => catalogue.locale.toLowerCase() === language) ??
    all.find((catalogue) => languageOf(catalogue.locale) === language)
  )?.messages;
}

/** The catalogue for a locale among the given ones (see `findCatalogue`), else English. */
export function catalogueFor(locale: string, catalogues: readonly Catalogue[] = []): Messages {
  return findCatalogue(locale, catalogues) ?? en;
}

/**
 * What to tell a developer whose `locale` found no catalogue: the import to add for a language the
 * kit ships, else how to bring their own. `null` when the locale is served.
 */
export function missingCatalogueHint(locale: string, catalogues: readonly Catalogue[] = []): string | null {
  if (findCatalogue(locale, catalogues)) return null;
  // The shipped catalogue of that language: the entry point a host imports for it.
  const shipped = SHIPPED_LOCALES.find((tag) => languageOf(tag) === languageOf(locale));
  const name = shipped && catalogueExportName(shipped);
  return shipped
    ? `kinship-kit: no catalogue for locale "${locale}"; showing English. Add \`import { ${name} } from 'kinship-kit/locales/${shipped}'\` and pass it in \`<KinshipProvider catalogues={[${name}]}>\`.`
    : `kinship-kit: no catalogue for locale "${locale}"; showing English. Pass your own \`{ locale: '${locale}', messages }\` in \`<KinshipProvider catalogues>\`.`;
}

/** Translates keys for one locale with host overrides. */
export interface Translator {
  /** The locale in use (BCP 47): numbers and plurals follow it, whatever catalogue was found. */
  locale: string;
  /** Formats one message. */
  t(key: MessageKey, values?: MessageValues): string;
  /** True when the key exists (used for optional keys such as server field errors). */
  has(key: string): key is MessageKey;
}

/**
 * Creates a translator for a locale: host overrides first, then the catalogue of that locale among
 * `catalogues` (English when none fits), then English.
 */
export function createTranslator(
  locale = 'en',
  overrides: MessageOverrides = {},
  catalogues: readonly Catalogue[] = [],
): Translator {
  const base = catalogueFor(locale, catalogues);
  return {
    locale,
    t(key, values) {
      const template = overrides[key] ?? base[key] ?? en[key] ?? key;
      return formatMessage(template, values, locale);
    },
    has(key): key is MessageKey {
      return key in base || key in overrides;
    },
  };
}
