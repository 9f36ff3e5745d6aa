'use client';

import { useMemo } from 'react';
import { createTranslator, missingCatalogueHint, type Translator } from '../i18n/index.js';
import { useKinshipConfig } from './KinshipProvider.js';

/** Locales already warned about: one warning per locale and page, not one per render. */
const warnedLocales = new Set<string>();

/**
 * The translator for the provider's locale, catalogues and message overrides (English without a
 * provider). In development, a locale with no catalogue among `catalogues` warns once, naming the
 * import to add. It lives apart from `KinshipProvider` so that `kinship-kit/headless` carries no
 * catalogue: it is exported from `kinship-kit`, where the components use it.
 */
export function useTranslator(): Translator {
  const { locale, messages, catalogues } = useKinshipConfig();
  return useMemo(() => {
    try {
      // Development builds only: bundlers replace `process.env.NODE_ENV` (React's convention), so a
      // production build drops this block. With no bundler and no `process`, it throws: stay quiet.
      if (process.env.NODE_ENV !== 'production' && !warnedLocales.has(locale)) {
        const hint = missingCatalogueHint(locale, catalogues);
        if (hint) {
          warnedLocales.add(locale);
          console.warn(hint);
        }
      }
    } catch {
      // No `process` here.
    }
    return createTranslator(locale, messages, catalogues);
  }, [locale, messages, catalogues]);
}
