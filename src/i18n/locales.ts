/**
 * The languages the kit ships besides English (built in): each is its own entry point,
 * `kinship-kit/locales/<tag>`, exporting the catalogue as the tag without its hyphen (`es`, `ptBR`,
 * `zhCN`). THE list: the build checks package.json `exports` against it, scripts/sizes.mjs measures
 * each entry, Storybook's locale toolbar offers them, and src/i18n/catalogues.test.ts checks each
 * catalogue for completeness. Adding a language: its files (src/i18n/<tag>/*.ts, src/locales/<tag>.ts),
 * then its tag here and its `./locales/<tag>` entry in package.json `exports`.
 */
export const SHIPPED_LOCALES = [
  'es',
  'pt-BR',
  'fr',
  'de',
  'it',
  'nl',
  'pl',
  'ja',
  'zh-CN',
  'ar',
  'he',
] as const;

/** A tag of `SHIPPED_LOCALES`. */
export type ShippedLocale = (typeof SHIPPED_LOCALES)[number];

/** The name the entry point `kinship-kit/locales/<tag>` exports its catalogue under (`zh-CN` → `zhCN`). */
export function catalogueExportName(tag: string): string {
  return tag.replace(/-/g, '');
}
