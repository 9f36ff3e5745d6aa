/**
 * Message catalogues (en, es, pt-BR) and the translator the components use. No React here.
 * Hosts override any key through `KinshipProvider`'s `messages`.
 */
import { messages as en } from './en/index.js';
import { messages as es } from './es/index.js';
import { formatMessage, type MessageValues } from './format.js';
import { messages as ptBR } from './pt-BR/index.js';

export { formatMessage, type MessageValues } from './format.js';

/** Every message key the kit uses. */
export type MessageKey = keyof typeof en;

/** A full catalogue. */
export type Messages = Record<MessageKey, string>;

/** Host overrides: any subset of keys. */
export type MessageOverrides = Partial<Record<MessageKey, string>>;

/** The locales the kit ships. Any other BCP 47 tag falls back by language, then to English. */
export const BUILT_IN_CATALOGUES: Record<string, Messages> = { en, es, 'pt-BR': ptBR, pt: ptBR };

/** The catalogue for a locale: exact tag, then its language, then English. */
export function catalogueFor(locale: string): Messages {
  const exact = BUILT_IN_CATALOGUES[locale];
  if (exact) return exact;
  const language = locale.split('-')[0] ?? 'en';
  return BUILT_IN_CATALOGUES[language] ?? en;
}

/** Translates keys for one locale with host overrides. */
export interface Translator {
  /** The locale in use (BCP 47). */
  locale: string;
  /** Formats one message. */
  t(key: MessageKey, values?: MessageValues): string;
  /** True when the key exists (used for optional keys such as server field errors). */
  has(key: string): key is MessageKey;
}

/** Creates a translator for a locale, host overrides first. */
export function createTranslator(locale = 'en', overrides: MessageOverrides = {}): Translator {
  const base = catalogueFor(locale);
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
