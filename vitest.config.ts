import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
// @ts-expect-error: plain ESM helper script without types
import { chromiumArgs, findChromium } from './scripts/chromium.mjs';

const executablePath: string | undefined = findChromium() ?? undefined;

// React 18.3 lives in its own folder (npm cannot hold two Reacts side by side with peer deps);
// scripts/test.mjs installs it. The `react18` project runs the hook and component tests against it.
const react18 = fileURLToPath(new URL('./test/react18/node_modules/', import.meta.url));
const hasReact18 = existsSync(`${react18}react-dom/package.json`);
const react18Project = {
  extends: true as const,
  resolve: {
    // Prefer ESM builds: CommonJS builds (react-remove-scroll under Radix Dialog, …) would
    // `require` React 19 past the aliases.
    mainFields: ['module', 'jsnext:main', 'jsnext', 'main'],
    alias: [
      // Its CommonJS build would `require` React 19 past the aliases: use the ESM build.
      {
        find: /^@testing-library\/react$/,
        replacement: fileURLToPath(
          new URL(
            './node_modules/@testing-library/react/dist/@testing-library/react.esm.js',
            import.meta.url,
          ),
        ),
      },
      { find: /^react$/, replacement: `${react18}react` },
      { find: /^react\/(.*)$/, replacement: `${react18}react/$1` },
      { find: /^react-dom$/, replacement: `${react18}react-dom` },
      { find: /^react-dom\/(.*)$/, replacement: `${react18}react-dom/$1` },
    ],
  },
  test: {
    name: 'react18',
    environment: 'jsdom' as const,
    env: { KINSHIP_EXPECTED_REACT: '18.3.' },
    include: ['src/hooks/**/*.test.tsx', 'src/components/**/*.test.tsx', 'test/**/*.test.tsx'],
    exclude: ['**/*.browser.test.tsx', '**/*.visual.test.tsx', '**/node_modules/**'],
    setupFiles: ['test/setup-dom.ts'],
    // Inline every dependency so the aliases reach react inside @testing-library and Radix too.
    server: { deps: { inline: true as const } },
  },
};

// A fresh object per project: Vitest names each project's instances in place, so a shared object
// would clash ("browser (chromium)" defined twice).
const browser = () => ({
  enabled: true,
  headless: true,
  provider: playwright({ launchOptions: { executablePath, args: chromiumArgs } }),
  instances: [{ browser: 'chromium' as const }],
  screenshotFailures: false,
});

export default defineConfig({
  plugins: [react()],
  // Pre-bundle up front: discovering these mid-run makes Vite re-optimise and can load a second
  // copy of React into a browser test ("Cannot read properties of null (reading 'useRef')").
  optimizeDeps: {
    include: [
      'react',
      'react-dom',
      'react-dom/client',
      'react/jsx-runtime',
      'react/jsx-dev-runtime',
      '@radix-ui/react-dialog',
      'uqr',
      'zod/mini',
    ],
  },
  test: {
    globals: true,
    // Bounds that hold on a loaded 2-core machine (CI may share it): a test that is slow only because
    // the machine is busy must not fail. Timing-sensitive behaviour uses fake timers, not this bound.
    testTimeout: 30_000,
    hookTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          typecheck: { enabled: true, include: ['src/**/*.test-d.ts'] },
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          env: { KINSHIP_EXPECTED_REACT: '19.' },
          include: ['src/**/*.test.tsx', 'test/**/*.test.tsx'],
          exclude: ['**/*.browser.test.tsx', '**/*.visual.test.tsx', '**/node_modules/**'],
          setupFiles: ['test/setup-dom.ts'],
        },
      },
      ...(hasReact18 ? [react18Project] : []),
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['src/**/*.browser.test.tsx', 'test/**/*.browser.test.tsx'],
          setupFiles: ['test/setup-browser.ts'],
          browser: browser(),
        },
      },
      {
        // Visual tests (test/visual): every story in light, dark and right to left, plus the host
        // pages, checked for clipped, hidden or faint text and compared with committed screenshots.
        // Its own step in `npm test`; `npm run test:visual -- --update` rewrites the baselines.
        extends: true,
        // .storybook/preview.tsx reads it (set by .storybook/main.ts in Storybook): English here.
        define: { __KINSHIP_STORY_LOCALE__: JSON.stringify('') },
        test: {
          name: 'visual',
          include: ['test/visual/**/*.visual.test.tsx'],
          browser: {
            ...browser(),
            // The page that holds the test frame scales a frame larger than itself down, screenshots
            // included: room for a story up to 3000 px tall (test/visual grows the frame to the story).
            provider: playwright({
              launchOptions: { executablePath, args: chromiumArgs },
              contextOptions: { viewport: { width: 1280, height: 3000 } },
            }),
            viewport: { width: 480, height: 640 },
            expect: {
              toMatchScreenshot: {
                comparatorName: 'pixelmatch',
                // Font hinting and anti-aliasing move a few edge pixels between runs and machines:
                // a per-pixel colour threshold a little looser than the default (0.1), anti-aliased
                // pixels ignored (pixelmatch's default), and up to 0.1 % of the pixels may differ —
                // a changed word, colour or spacing changes far more than that.
                comparatorOptions: { threshold: 0.2, allowedMismatchedPixelRatio: 0.001 },
                // test/visual/__screenshots__/<story id>-<mode>.png: one Chromium, one platform.
                resolveScreenshotPath: ({ arg, ext, root, testFileDirectory, screenshotDirectory }) =>
                  `${root}/${testFileDirectory}/${screenshotDirectory}/${arg}${ext}`,
              },
            },
          },
        },
      },
      {
        // Every story of .storybook/main.ts becomes a test in Chromium: it renders, its play function
        // runs, and axe checks the result (`parameters.a11y.test = 'error'` in .storybook/preview.tsx).
        extends: true,
        plugins: [storybookTest({ configDir: '.storybook' })],
        test: {
          name: 'storybook',
          browser: browser(),
        },
      },
    ],
  },
});
