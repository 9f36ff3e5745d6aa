'use client';

import { useMemo } from 'react';
import { createTranslator, type Translator } from '../i18n/index.js';
import { useKinshipConfig } from './KinshipProvider.js';

/**
 * The translator for the provider's locale and message overrides (English without a provider).
 * It lives apart from `KinshipProvider` so that `kinship-kit/headless` does not carry the catalogues:
 * it is exported from `kinship-kit`, where the components use it.
 */
export function useTranslator(): Translator {
  const { locale, messages } = useKinshipConfig();
  return useMemo(() => createTranslator(locale, messages), [locale, messages]);
}
