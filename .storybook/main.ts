import type { StorybookConfig } from '@storybook/react-vite';

/** Storybook for Kinship Kit: every story runs on the in-memory sandbox, and runs as a test in Chromium. */
const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs', '@storybook/addon-vitest'],
  framework: { name: '@storybook/react-vite', options: {} },
  // The default docgen: react-docgen-typescript does not work with TypeScript 7 (TOOLCHAIN.md).
  typescript: { reactDocgen: 'react-docgen' },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  features: { sidebarOnboardingChecklist: false },
  // `KINSHIP_STORY_LOCALE=es npm start` (or `… npx vitest run --project storybook`) opens every story
  // in that locale: the preview reads it as its initial `locale` global. The Vitest addon applies
  // this `viteFinal` too, so the test run and the Storybook get the same value.
  viteFinal: (viteConfig) => ({
    ...viteConfig,
    define: {
      ...viteConfig.define,
      __KINSHIP_STORY_LOCALE__: JSON.stringify(process.env.KINSHIP_STORY_LOCALE ?? ''),
    },
  }),
};

export default config;
