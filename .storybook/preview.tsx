import type { Preview } from '@storybook/react-vite';
import { kinshipLoader, localeDirection, localeTitle, STORY_LOCALES, withKinship } from './kinship.js';
import './preview.css';

// The kit's theme as dist/styles.css ships it: tokens first, then every component sheet (new sheets
// are picked up without touching this file).
import '../src/theme/tokens.css';

import.meta.glob(['../src/theme/*.css', '!../src/theme/tokens.css'], { eager: true });

/** `KINSHIP_STORY_LOCALE` at build time (`define` in .storybook/main.ts), `''` when unset. */
declare const __KINSHIP_STORY_LOCALE__: string;

/** The toolbar's starting locale: `KINSHIP_STORY_LOCALE` when set, else English. */
function initialLocale(): (typeof STORY_LOCALES)[number] {
  const requested = __KINSHIP_STORY_LOCALE__;
  if (requested === '') return 'en';
  const locale = STORY_LOCALES.find((candidate) => candidate === requested);
  // A typo would silently fall back to English and test nothing new: fail every story instead.
  if (!locale) {
    throw new Error(`KINSHIP_STORY_LOCALE="${requested}": use one of ${STORY_LOCALES.join(', ')}`);
  }
  return locale;
}

const preview: Preview = {
  parameters: {
    layout: 'padded',
    controls: { matchers: { color: /(background|color)$/i, date: /Date$/i } },
    // An axe violation fails the story's test (Vitest addon), not just a warning in the panel.
    a11y: { test: 'error' },
    options: {
      storySort: { order: ['Docs', 'Hooks', 'Theme', 'Components', 'All states'] },
    },
  },
  globalTypes: {
    locale: {
      description: 'Language of the kit (KinshipProvider locale)',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: STORY_LOCALES.map((value) => ({
          value,
          title: localeTitle(value),
        })),
        dynamicTitle: true,
      },
    },
    direction: {
      description: 'Text direction',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'ltr', title: 'Left to right' },
          { value: 'rtl', title: 'Right to left' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'data-kinship-theme',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
          { value: 'system', title: 'System (prefers-color-scheme)', icon: 'browser' },
        ],
        dynamicTitle: true,
      },
    },
  },
  // A right-to-left language starts right to left (`KINSHIP_STORY_LOCALE=ar`), as a host page would be.
  initialGlobals: { locale: initialLocale(), direction: localeDirection(initialLocale()), theme: 'light' },
  loaders: [kinshipLoader],
  decorators: [withKinship],
  tags: ['autodocs'],
};

export default preview;
