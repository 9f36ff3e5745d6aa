/**
 * `kinship-kit/headless`: the core operations and the headless hooks. No components, no CSS, no
 * Radix, and no message catalogues (they come with `kinship-kit`, with `useTranslator`).
 */
export * from './core/index.js';
export * from './hooks/index.js';
export type {
  Catalogue,
  MessageKey,
  MessageOverrides,
  Messages,
  MessageValues,
  Translator,
} from './i18n/index.js';
