/**
 * `kinship-kit/headless`: the core operations and the headless hooks. No components, no CSS, no Radix.
 */
export * from './core/index.js';
export * from './hooks/index.js';
export {
  BUILT_IN_CATALOGUES,
  catalogueFor,
  createTranslator,
  formatMessage,
  type MessageKey,
  type MessageOverrides,
  type Messages,
  type MessageValues,
  type Translator,
} from './i18n/index.js';
