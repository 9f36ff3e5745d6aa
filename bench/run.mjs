// `npm run bench`: builds a production page with the ChildPicker and N sandbox-generated candidates
// (N = 1,000, 10,000, 100,000) plus a floor page (a controlled input, no list, same candidates in
// memory), runs each in headless Chromium, and measures mount time, keystroke-to-paint and JS heap;
// then the gzip size of each entry point. Prints a table and writes bench/results/latest.json.
// Options: --n=1000,100000  --rounds=2  --sizes-only  --no-sizes  --build-only --debug (unminified pages). Method: docs/bench.md.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus, setPriority, totalmem } from 'node:os';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { transform } from 'esbuild';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { chromiumArgs, ensureChromium } from '../scripts/chromium.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, '.bench');
const args = Object.fromEntries(
  process.argv.slice(2).map((arg) => {
    const [key, value] = arg.replace(/^--/, '').split('=');
    return [key, value ?? 'true'];
  }),
);
// Other processes share this machine (CI, editors, other test runs): ask for a higher scheduling
// priority when allowed (root), so the figures measure the code more than the neighbours. Chromium,
// started below, inherits it. Both pages under test get the same treatment.
let priority = 'default';
try {
  setPriority(-15);
  priority = 'raised (nice -15)';
} catch {
  // Not allowed: run at the default priority.
}
const sizes = args['no-sizes'] !== 'true';
const pages = args['sizes-only'] !== 'true';
const counts = (args.n ?? '1000,10000,100000').split(',').map(Number);
const rounds = Number(args.rounds ?? 3);

const median = (values) => quantile(values, 0.5);
function quantile(values, q) {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  // Nearest rank: the value at or above q of the samples.
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
}
const ms = (value) => (Number.isFinite(value) ? `${value.toFixed(1)} ms` : '—');
const mb = (bytes) => (Number.isFinite(bytes) ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : '—');
// 1 kB = 1000 bytes, as the byte budgets (scripts/sizes.mjs).
const kb = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;

const quiet = {
  configFile: false,
  logLevel: 'warn',
  mode: process.env.BENCH_MODE ?? 'production',
  plugins: [react()],
};

async function buildPages() {
  await build({
    ...quiet,
    root: join(root, 'bench/page'),
    base: './',
    build: {
      outDir: join(out, 'page'),
      emptyOutDir: true,
      // --debug keeps names readable in profiles.
      minify: args.debug !== 'true',
      rolldownOptions: {
        input: { picker: join(root, 'bench/page/picker.html'), floor: join(root, 'bench/page/floor.html') },
      },
    },
  });
}

/** Minified + gzip size of an entry with react and react-dom left out, everything else bundled. */
async function bundleSize(name, source) {
  const entryDir = join(out, 'entries');
  mkdirSync(entryDir, { recursive: true });
  const entry = join(entryDir, `${name}.ts`);
  writeFileSync(entry, source);
  const result = await build({
    ...quiet,
    root,
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      write: false,
      minify: true,
      lib: { entry, formats: ['es'], fileName: name },
      rolldownOptions: { external: [/^react($|\/)/, /^react-dom($|\/)/] },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((item) => item.output);
  const bundled = outputs
    .filter((item) => item.type === 'chunk')
    .map((item) => item.code)
    .join('\n');
  // Vite keeps the whitespace of library builds; minify like size-limit does (esbuild).
  const { code } = await transform(bundled, { minify: true, format: 'esm', target: 'es2022' });
  return { minified: Buffer.byteLength(code), gzip: gzipSync(code, { level: 9 }).length };
}

/** dist/styles.css exactly as shipped: scripts/build.mjs concatenates the theme into one layer and minifies it. */
function stylesSize() {
  execFileSync(process.execPath, [join(root, 'scripts/build.mjs')], { cwd: root, stdio: 'ignore' });
  const css = readFileSync(join(root, 'dist/styles.css'));
  return { minified: css.length, gzip: gzipSync(css, { level: 9 }).length };
}

/**
 * What a page loads at start per entry point and the chunks loaded on demand, exactly as the byte
 * budgets of `npm test` measure them (scripts/sizes.mjs on a fresh dist/), with where the bytes go.
 */
async function measureSizes() {
  stylesSize(); // builds dist/ first: scripts/sizes.mjs reads the shipped languages from it
  const { measureAll } = await import('../scripts/sizes.mjs');
  const { entries, styles, checks } = await measureAll();
  const results = {};
  for (const entry of entries) {
    results[entry.name] = {
      minified: entry.minified,
      gzip: entry.gzip,
      ...(entry.budget !== undefined ? { budget: entry.budget } : {}),
      ...(entry.target !== undefined ? { target: entry.target } : {}),
      lazy: entry.lazy.map(({ chunk, kind, minified, gzip }) => ({ chunk, kind, minified, gzip })),
    };
  }
  results['styles.css'] = { minified: styles.minified, gzip: styles.gzip, budget: styles.budget };
  return {
    results,
    checks,
    entries,
    breakdown: Object.fromEntries(
      entries
        .filter((entry) => !entry.name.startsWith('kinship-kit/locales/'))
        .map((entry) => [
          entry.name,
          Object.fromEntries(
            entry.breakdown.map(({ group, minified, gzipShare }) => [group, { minified, gzipShare }]),
          ),
        ]),
    ),
  };
}

/**
 * The pieces issue 3 makes every full bundle carry, bundled alone the same way: no kit code can
 * make `kinship-kit` smaller than these together ("all four").
 */
const FLOORS = [
  [
    'Radix Dialog (the parts AddChildDialog uses)',
    'floor-radix',
    "export { Root, Trigger, Portal, Overlay, Content, Title, Description, Close } from '@radix-ui/react-dialog';\n",
  ],
  [
    'zod/mini (one loose object + safeParse)',
    'floor-zod',
    "import * as z from 'zod/mini';\nexport const parse = (value: unknown) => z.safeParse(z.looseObject({ id: z.string() }), value);\n",
  ],
  [
    'the English catalogue (built in; others are entry points)',
    'floor-catalogues',
    "export { BUILT_IN_CATALOGUES } from '../../src/i18n/index.js';\n",
  ],
];

async function measureFloors() {
  const results = {};
  const sources = [];
  for (const [label, name, source] of FLOORS) {
    results[label] = await bundleSize(name, source);
    sources.push(source.replace(/export const parse/, 'export const parseFloor'));
  }
  results['all three together'] = await bundleSize('floor-all', sources.join(''));
  return results;
}

function serve(directory) {
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://bench').pathname;
    try {
      const body = readFileSync(join(directory, path));
      response.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** JS heap in use after garbage collection, plus typed-array memory (kept outside the JS heap). */
async function heapAfterGc(cdp) {
  for (let pass = 0; pass < 3; pass++) await cdp.send('HeapProfiler.collectGarbage');
  const usage = await cdp.send('Runtime.getHeapUsage');
  return { heap: usage.usedSize, arrayBuffers: usage.backingStorageSize ?? 0 };
}

async function clearInput(page) {
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await page.waitForTimeout(250);
}

/** One page at one N: mount, heap, then each text typed one key at a time, `rounds` times. */
async function runPage(browser, base, kind, n) {
  const context = await browser.newContext({ viewport: { width: 1024, height: 800 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const cdp = await context.newCDPSession(page);
  await page.goto(`${base}/${kind}.html?n=${n}`);
  await page.waitForFunction(() => window.__bench !== undefined, null, { timeout: 120_000 });
  const mount = await page.evaluate(() => window.__bench.mount());
  // Idle time, as after any mount: a big list is indexed in the background meanwhile.
  await page.waitForTimeout(n >= 50_000 ? 2000 : 800);
  const input = page.getByRole('combobox');
  await input.click();
  // Warm-up (not measured): lets the JIT compile the hot paths, as after a user's first keys.
  for (const text of ['zqx', 'maria', '123']) {
    await page.keyboard.type(text, { delay: 30 });
    await page.waitForTimeout(150);
    await clearInput(page);
  }
  const { heap, arrayBuffers } = await heapAfterGc(cdp);
  const queries = await page.evaluate(() => window.__queries);
  const prefixes = queries.flatMap((text) => Array.from(text, (_, index) => text.slice(0, index + 1)));
  await page.evaluate((texts) => window.__prepare?.(texts), prefixes);
  const samples = [];
  for (let round = 0; round < rounds; round++) {
    for (const text of queries) {
      await clearInput(page);
      for (let index = 1; index <= text.length; index++) {
        const prefix = text.slice(0, index);
        await page.evaluate((value) => {
          window.__pending = window.__bench.nextKeystroke(value);
        }, prefix);
        await page.keyboard.press(text[index - 1]);
        const ms = await page.evaluate(() => window.__pending);
        const trace = await page.evaluate(() => window.__bench.lastTrace);
        samples.push({ text: prefix, ms, trace });
        await page.waitForTimeout(60);
      }
    }
  }
  await context.close();
  const values = samples.map((sample) => sample.ms);
  // The first character of a text matches most candidates (85,000 of 100,000): its own figure.
  const oneChar = samples.filter((sample) => sample.text.length === 1).map((sample) => sample.ms);
  return {
    kind,
    n,
    mountMs: mount,
    heapBytes: heap + arrayBuffers,
    jsHeapBytes: heap,
    arrayBufferBytes: arrayBuffers,
    keystroke: {
      samples: values.length,
      medianMs: median(values),
      p95Ms: quantile(values, 0.95),
      maxMs: Math.max(...values),
      oneChar: { samples: oneChar.length, medianMs: median(oneChar), p95Ms: quantile(oneChar, 0.95) },
    },
    samples: samples.map(({ text, ms }) => ({ text, ms })),
    queries,
    slowest: [...samples].sort((a, b) => b.ms - a.ms).slice(0, 3),
    errors,
  };
}

async function measurePages() {
  await buildPages();
  const server = await serve(join(out, 'page'));
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
    executablePath: ensureChromium(),
    args: [
      ...chromiumArgs,
      '--enable-precise-memory-info',
      // A benchmark page must not be throttled as a background tab would be.
      '--disable-renderer-backgrounding',
      '--disable-background-timer-throttling',
      '--disable-backgrounding-occluded-windows',
    ],
    headless: true,
  });
  const runs = [];
  try {
    for (const n of counts) {
      for (const kind of ['floor', 'picker']) {
        process.stderr.write(`  ${kind} at ${n.toLocaleString('en')}…\n`);
        runs.push(await runPage(browser, base, kind, n));
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
  return runs;
}

function targets(runs) {
  const at = (kind, n) => runs.find((run) => run.kind === kind && run.n === n);
  const checks = [];
  const picker100k = at('picker', 100_000);
  const floor100k = at('floor', 100_000);
  if (picker100k && floor100k) {
    const { medianMs, p95Ms } = picker100k.keystroke;
    checks.push(['keystroke at 100,000, median ≤ 16 ms', medianMs <= 16, ms(medianMs)]);
    checks.push(['keystroke at 100,000, p95 ≤ 25 ms', p95Ms <= 25, ms(p95Ms)]);
    // Issue 11: ratios to the floor measured in the same run (the machine's load cancels out).
    const floor = floor100k.keystroke;
    const medianRatio = medianMs / floor.medianMs;
    checks.push([
      'keystroke at 100,000, median ≤ 1.6× floor median',
      medianRatio <= 1.6,
      `${medianRatio.toFixed(2)}× (${ms(medianMs)} vs ${ms(floor.medianMs)})`,
    ]);
    const p95Ratio = p95Ms / floor.p95Ms;
    checks.push([
      'keystroke at 100,000, p95 ≤ 2× floor p95',
      p95Ratio <= 2,
      `${p95Ratio.toFixed(2)}× (${ms(p95Ms)} vs ${ms(floor.p95Ms)})`,
    ]);
    const oneCharP95 = picker100k.keystroke.oneChar.p95Ms;
    const oneCharRatio = oneCharP95 / floor.p95Ms;
    checks.push([
      'keystroke at 100,000, 1-character p95 ≤ 2.5× floor p95',
      oneCharRatio <= 2.5,
      `${oneCharRatio.toFixed(2)}× (${ms(oneCharP95)} vs ${ms(floor.p95Ms)})`,
    ]);
    const mountDelta = picker100k.mountMs - floor100k.mountMs;
    checks.push(['mount at 100,000 ≤ floor + 150 ms', mountDelta <= 150, `floor + ${ms(mountDelta)}`]);
    const heapDelta = picker100k.heapBytes - floor100k.heapBytes;
    checks.push([
      'heap at 100,000 ≤ floor + 15 MB',
      heapDelta <= 15 * 1024 * 1024,
      `floor + ${mb(heapDelta)}`,
    ]);
  }
  const picker10k = at('picker', 10_000);
  if (picker10k) {
    checks.push([
      'keystroke at 10,000, median ≤ 12 ms',
      picker10k.keystroke.medianMs <= 12,
      ms(picker10k.keystroke.medianMs),
    ]);
  }
  return checks;
}

/** The enforced budgets (npm test) and, where an entry has one, its target (not enforced yet). */
function sizeChecks(checks, entries = []) {
  const targets = entries
    .filter((entry) => entry.target !== undefined)
    .map((entry) => [
      `target: ${entry.name}, at start, gzip ≤ ${kb(entry.target)}`,
      entry.gzip <= entry.target,
      kb(entry.gzip),
    ]);
  return [
    ...checks.map(({ what, gzip, budget, met }) => [`budget: ${what}, gzip ≤ ${kb(budget)}`, met, kb(gzip)]),
    ...targets,
  ];
}

const started = Date.now();
const report = {
  date: new Date().toISOString(),
  machine: {
    cpus: cpus().length,
    cpu: cpus()[0]?.model,
    memoryGb: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    priority,
  },
  method: 'docs/bench.md',
};
if (args['build-only'] === 'true') {
  await buildPages();
  process.exit(0);
}
if (pages) report.pages = await measurePages();
let sizeBudgetChecks = [];
let sizeEntries = [];
if (sizes) {
  const measured = await measureSizes();
  report.sizes = measured.results;
  sizeBudgetChecks = measured.checks;
  sizeEntries = measured.entries;
  report.floors = await measureFloors();
  report.breakdown = measured.breakdown;
}
report.targets = [
  ...(report.pages ? targets(report.pages) : []),
  ...sizeChecks(sizeBudgetChecks, sizeEntries),
].map(([target, met, value]) => ({ target, met, value }));

if (report.pages) {
  const rows = report.pages.map((run) => ({
    page: run.kind,
    N: run.n.toLocaleString('en'),
    mount: ms(run.mountMs),
    'keystroke median': ms(run.keystroke.medianMs),
    'keystroke p95': ms(run.keystroke.p95Ms),
    'keystroke max': ms(run.keystroke.maxMs),
    '1-char p95': ms(run.keystroke.oneChar.p95Ms),
    samples: run.keystroke.samples,
    'heap after GC': mb(run.heapBytes),
    'of which typed arrays': mb(run.arrayBufferBytes),
  }));
  console.log('\nChildPicker vs floor (headless Chromium)');
  console.table(rows);
  const errors = report.pages.flatMap((run) => run.errors);
  if (errors.length) console.error('page errors:', errors);
}
if (report.sizes) {
  console.log(
    '\nBundle sizes: JavaScript a page loads at start (static imports), chunks loaded on demand apart (scripts/sizes.mjs: esbuild, code splitting, minified, gzip -9, react and react-dom external)',
  );
  console.table(
    Object.fromEntries(
      Object.entries(report.sizes).map(([name, size]) => [
        name,
        {
          minified: kb(size.minified),
          'gzip at start': kb(size.gzip),
          budget: size.budget === undefined ? '—' : kb(size.budget),
          'on demand (gzip)':
            size.lazy?.map((chunk) => `${chunk.kind ?? 'unlisted'} ${kb(chunk.gzip)}`).join(', ') || '—',
        },
      ]),
    ),
  );
}
if (report.floors) {
  console.log('\nFloors: what the contracted pieces weigh alone (same method)');
  console.table(
    Object.fromEntries(
      Object.entries(report.floors).map(([name, size]) => [
        name,
        { minified: kb(size.minified), gzip: kb(size.gzip) },
      ]),
    ),
  );
}
if (report.breakdown) {
  for (const [entry, groups] of Object.entries(report.breakdown)) {
    console.log(`\nWhere the bytes of ${entry} go at start (esbuild metafile; gzip share estimated)`);
    console.table(
      Object.fromEntries(
        Object.entries(groups).map(([group, size]) => [
          group,
          { minified: kb(size.minified), 'gzip share': kb(size.gzipShare) },
        ]),
      ),
    );
  }
}
console.log('\nTargets (timing and byte budgets)');
for (const { target, met, value } of report.targets)
  console.log(`  ${met ? 'met    ' : 'not met'} ${target}: ${value}`);
mkdirSync(join(root, 'bench/results'), { recursive: true });
const latestPath = join(root, 'bench/results/latest.json');
// --sizes-only keeps the timing figures of the last full run instead of dropping them.
const previous = !pages && existsSync(latestPath) ? JSON.parse(readFileSync(latestPath, 'utf8')) : {};
writeFileSync(latestPath, `${JSON.stringify({ ...previous, ...report }, null, 2)}\n`);
console.log(`\nwrote bench/results/latest.json in ${((Date.now() - started) / 1000).toFixed(0)} s`);
