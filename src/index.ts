/**
 * `kinship-kit`: everything public — core operations, headless hooks, styled components.
 * Styles: `import 'kinship-kit/styles.css'`. Sandbox: `kinship-kit/sandbox`.
 */
export * from './components/index.js';
export * from './headless.js';
export { useTranslator } from './hooks/useTranslator.js';
export { BUILT_IN_CATALOGUES, catalogueFor, createTranslator, formatMessage } from './i18n/index.js';
