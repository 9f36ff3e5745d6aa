// The whole test suite, as one command (`npm test`): each step in order, stopping at the first
// failure, with a summary line at the end. CI (.ci/run) runs exactly this after `npm ci`.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { ensureChromium, ensureFonts } from './chromium.mjs';

process.env.CHROMIUM_PATH = ensureChromium();
// The visual tests' baselines are drawn with DejaVu Sans (test/visual/visual.css).
ensureFonts();

const resultsFile = '.vitest-results.json';
const storiesEsFile = '.vitest-results.stories-es.json';
const visualFile = '.vitest-results.visual.json';
const steps = [
  // React 18.3 for the `react18` Vitest project (see vitest.config.ts).
  [
    'install React 18 for the react18 project',
    'npm',
    ['ci', '--prefix', 'test/react18', '--no-audit', '--no-fund'],
  ],
  ['type-check', 'npx', ['tsc', '--noEmit', '-p', '.']],
  ['lint', 'npx', ['biome', 'check', '.']],
  // README.md ≤ 300 lines, every relative link and anchor resolves, no contributor notes in user docs.
  ['docs: README size, links, no contributor notes', 'node', ['scripts/readme.mjs', '--check']],
  [
    'tests (unit, dom, browser, stories)',
    'npx',
    [
      'vitest',
      'run',
      '--project=!visual',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${resultsFile}`,
    ],
  ],
  // Every story in light, dark and right to left (in Arabic: every play function runs in Arabic
  // here), and the host pages: no clipped, covered or faint text, and the same pixels as
  // test/visual/__screenshots__ (`npm run test:visual -- --update`).
  [
    'visual tests (every story and host page, screenshots)',
    'npx',
    [
      'vitest',
      'run',
      '--project',
      'visual',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${visualFile}`,
    ],
  ],
  // Every play function reads names and texts from the catalogue: run the stories again in Spanish
  // (KINSHIP_STORY_LOCALE, see docs/storybook.md) so a hard-coded English name fails here (~75 s).
  [
    'stories again in Spanish',
    'npx',
    [
      'vitest',
      'run',
      '--project',
      'storybook',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${storiesEsFile}`,
    ],
    { KINSHIP_STORY_LOCALE: 'es' },
  ],
  ['build', 'node', ['scripts/build.mjs']],
  ['publint', 'npx', ['publint', '--strict']],
  // styles.css is a stylesheet, not a module with types: attw checks the JavaScript entry points.
  ['attw', 'npx', ['attw', '--pack', '.', '--profile', 'esm-only', '--exclude-entrypoints', './styles.css']],
  // Byte budgets (gzip) of what a page loads at start per entry point, and of the QR chunk loaded on
  // demand: scripts/sizes.mjs (esbuild with code splitting, on dist/). Deterministic, so they are tests.
  ['size budgets', 'node', ['scripts/sizes.mjs']],
  ['packed tarball in a scratch consumer', 'node', ['scripts/consumer-check.mjs']],
  // The README's quick start, verbatim, as a Vite app on the packed tarball, used in Chromium (~60 s).
  ['README quick start in a scratch Vite app', 'node', ['scripts/quickstart-check.mjs']],
  // The tarball in a real Next.js 16 App Router app: npm ci + next build + both flows in Chromium
  // under a strict CSP (~4 min on 2 cores, up to 9 when they are busy). See docs/nextjs-app-router.md.
  ['Next.js App Router example (examples/nextjs)', 'node', ['scripts/nextjs-check.mjs']],
];

const started = Date.now();
let failed = null;
for (const file of [resultsFile, storiesEsFile, visualFile]) rmSync(file, { force: true });
for (const [name, command, args, env = {}] of steps) {
  const prefix = Object.entries(env).map(([key, value]) => `${key}=${value} `);
  console.log(`\n▶ ${name}: ${prefix.join('')}${command} ${args.join(' ')}`);
  const t0 = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  console.log(
    `  ${name}: ${result.status === 0 ? 'ok' : 'FAILED'} in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
  );
  if (result.status !== 0) {
    failed = name;
    break;
  }
}

// Every test run counts, the Spanish stories pass and the visual tests included.
let passed = 0;
let failedTests = 0;
for (const file of [resultsFile, storiesEsFile, visualFile]) {
  if (!existsSync(file)) continue;
  const results = JSON.parse(readFileSync(file, 'utf8'));
  passed += results.numPassedTests ?? 0;
  failedTests += results.numFailedTests ?? 0;
}
console.log(
  `\n${failed ? `Failed at step "${failed}"` : 'All steps passed'} in ${((Date.now() - started) / 1000).toFixed(0)} s.`,
);
console.log(`tests: ${passed} passed, ${failedTests} failed`);
process.exit(failed ? 1 : 0);
