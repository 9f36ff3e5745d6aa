// Byte budgets of the built package (dist/, so run scripts/build.mjs first): what a page loads at
// start for each entry point, gzip -9, React external. Each entry is bundled the way a partner's
// bundler would (esbuild: bundle, minify, production, code splitting); the JavaScript a page loads at
// start is the entry's chunk plus every chunk it reaches through static imports. Chunks reached only
// through a dynamic `import()` (the answer checks with zod, the QR encoder, the picker's search
// index and server search) load later and are counted apart, each within the budget of its kind
// (`LAZY_CHUNKS` in scripts/budgets.mjs, with the rules of every check).
// A language (`kinship-kit/locales/*`) is never loaded without the kit: its figure is what it adds to a
// page that already shows the kit (its `base`: `KinshipProvider` and the smallest component, which
// loads the English catalogue as every component does). Both are bundled together, code splitting as
// above; the language counts the start chunks that page does not already load. The shipped
// catalogues are values only; their keys are the English catalogue's (scripts/locale-modules.mjs).
// `node scripts/sizes.mjs` prints the table and fails when a budget is exceeded (a step of `npm test`);
// `npm run bench` prints the same figures with where the bytes go (bench/run.mjs).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { budgetChecks, lazyChunkKind } from './budgets.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const kB = 1000;

/** What a language's catalogue should cost a page that imports it (gzip). */
const LOCALE_TARGET = 2.5 * kB;

/**
 * Ratchets of the catalogues not at `LOCALE_TARGET` yet, just above today's size; a language not
 * listed here is held to the target itself.
 */
const LOCALE_BUDGETS = {};

// The shipped languages, as the build emitted them (the one list: src/i18n/locales.ts).
const { SHIPPED_LOCALES } = await import(pathToFileURL(join(dist, 'i18n/locales.js')).href);

/**
 * The entries measured, the source a partner would write (`kinship-kit` resolves to dist/), and the
 * budget of the JavaScript loaded at start. `onDemand` lists the kinds of chunk (scripts/budgets.mjs)
 * the entry must load on demand, never at start. With a `base`, the figure is what the entry adds
 * to a page that already loads `base` (see above).
 * `target` is where the entry should get to; where it is not there yet, `budget` is a ratchet just
 * above today's size (so nothing grows unnoticed) and the table shows how far the target is.
 */
const PROVIDER_PAGE = "export { IdentityStatusBadge, KinshipProvider } from 'kinship-kit';";

export const SIZE_ENTRIES = [
  {
    name: 'kinship-kit/headless',
    source: "export * from 'kinship-kit/headless';",
    // +2.3 kB: removeChildren, getIdentity, getConsentStatus, useChildren, useRemoveChildren,
    // useConsentStatus (with its poller) and the onEvent stream; −0.45 kB: the server search on
    // demand; −5.65 kB: the answer checks (zod) and the reading of error answers on demand.
    budget: 18 * kB,
    target: 18 * kB,
    onDemand: ['response checks', 'search index', 'server search'],
  },
  {
    name: 'kinship-kit',
    source: "export * from 'kinship-kit';",
    // +2.3 kB: family hooks and operations; +3.2 kB: FamilyPanel; +1.4 kB: the picker's list in the top
    // layer; −0.5 kB: the server search on demand; −5.8 kB: the answer checks on demand; −13 kB:
    // Radix Dialog on demand (AddChildDialog and FamilyPanel load it on intent or when opening);
    // +0.04 kB: the dialog gives focus back to a host's own opener.
    budget: 34.3 * kB,
    target: 42 * kB,
    onDemand: ['response checks', 'QR encoder', 'search index', 'server search', 'Radix Dialog'],
  },
  {
    name: '{ ChildPicker, KinshipProvider }',
    source: "export { ChildPicker, KinshipProvider } from 'kinship-kit';",
    // +0.4 kB: onEvent; +1.4 kB: the list in the top layer; −1.15 kB: the server search on demand, no
    // PRIVO error parsing on a Conomy page; −4.95 kB: the answer checks on demand.
    budget: 18.75 * kB,
    target: 20 * kB,
    onDemand: ['response checks', 'search index', 'server search'],
  },
  {
    name: '{ AddChildForm, KinshipProvider }',
    source: "export { AddChildForm, KinshipProvider } from 'kinship-kit';",
    // −5.4 kB: the answer checks and the reading of PRIVO's error answers on demand; +0.1 kB: the
    // QR encoder through the kit's one load lifecycle (useLazyModule).
    budget: 17 * kB,
    target: 22 * kB,
    onDemand: ['response checks', 'QR encoder'],
  },
  {
    name: '{ AddChildDialog, KinshipProvider }',
    source: "export { AddChildDialog, KinshipProvider } from 'kinship-kit';",
    // Both flows (the form and the picker) at start; the dialog itself (Radix) on demand; +0.04 kB:
    // focus back to a host's own opener.
    budget: 28.6 * kB,
    onDemand: ['response checks', 'QR encoder', 'search index', 'server search', 'Radix Dialog'],
  },
  {
    name: '{ ConsentHandoff, KinshipProvider }',
    source: "export { ConsentHandoff, KinshipProvider } from 'kinship-kit';",
    onDemand: ['QR encoder'],
  },
  // One row per shipped language (SHIPPED_LOCALES in src/i18n/locales.ts, read from dist/).
  ...SHIPPED_LOCALES.map((tag) => ({
    name: `kinship-kit/locales/${tag}`,
    source: `export * from 'kinship-kit/locales/${tag}';`,
    base: PROVIDER_PAGE,
    budget: LOCALE_BUDGETS[tag] ?? LOCALE_TARGET,
    target: LOCALE_TARGET,
  })),
];

/** `styles.css` as shipped (not JavaScript; one file). +0.45 kB: FamilyPanel's sheet (family.css). */
export const STYLES_BUDGET = 4.5 * kB;

const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;

/** The npm package or kit folder an input file belongs to, for the breakdown. */
export function groupOf(file) {
  const npm = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file);
  if (npm) {
    const name = npm[1];
    const radix =
      name.startsWith('@radix-ui') ||
      /remove-scroll|sidecar|aria-hidden|style-singleton|callback-ref|get-nonce|tslib/.test(name);
    return `npm: ${radix ? 'Radix Dialog and its dependencies' : name}`;
  }
  const kit = /dist\/(core\/picker|core\/form|i18n\/[^/]+(?=\/)|[^/]+)/.exec(file);
  return kit ? `kit: ${kit[1]}` : file;
}

/**
 * Bundles one entry source with code splitting and returns the JavaScript loaded at start (the
 * static-import closure of the entry chunk), the chunks loaded on demand, and where the start bytes
 * go (minified bytes per group; gzip shares estimated, gzip is not additive). With `base` (the
 * source of a page already loaded), both are bundled together and only the start chunks of the
 * entry that `base` does not load are counted.
 */
export async function measureEntry(source, base) {
  const dir = mkdtempSync(join(tmpdir(), 'kinship-sizes-'));
  try {
    // `kinship-kit` resolves as in a partner's project: node_modules/kinship-kit → this package, so
    // package.json `exports` and `sideEffects` apply.
    mkdirSync(join(dir, 'node_modules'));
    symlinkSync(root, join(dir, 'node_modules/kinship-kit'), 'dir');
    const entry = join(dir, 'entry.js');
    writeFileSync(entry, `${source}\n`);
    const entryPoints = [entry];
    if (base !== undefined) {
      writeFileSync(join(dir, 'base.js'), `${base}\n`);
      entryPoints.push(join(dir, 'base.js'));
    }
    const outdir = join(dir, 'out');
    const result = await build({
      entryPoints,
      bundle: true,
      splitting: true,
      format: 'esm',
      minify: true,
      write: false,
      metafile: true,
      outdir,
      platform: 'browser',
      target: 'es2022',
      legalComments: 'none',
      // Text as UTF-8, as Vite and Terser emit it (esbuild alone escapes non-ASCII as \uXXXX, which
      // would count a Japanese or Arabic character as six bytes).
      charset: 'utf8',
      define: { 'process.env.NODE_ENV': '"production"' },
      external: ['react', 'react-dom', 'react/*', 'react-dom/*'],
      logLevel: 'silent',
    });
    const files = new Map(result.outputFiles.map((file) => [relative(root, file.path), file.contents]));
    const outputs = result.metafile.outputs;
    const outputOf = (name) =>
      Object.keys(outputs).find((path) => basename(outputs[path].entryPoint ?? '') === name);
    // Static-import closure of an entry chunk.
    const closure = (output) => {
      const reached = new Set();
      const queue = [output];
      while (queue.length > 0) {
        const path = queue.pop();
        if (reached.has(path)) continue;
        reached.add(path);
        for (const imported of outputs[path].imports) {
          if (imported.kind === 'import-statement' && outputs[imported.path]) queue.push(imported.path);
        }
      }
      return reached;
    };
    const start = closure(outputOf('entry.js'));
    // With a base page, only what it does not already load.
    if (base !== undefined) for (const path of closure(outputOf('base.js'))) start.delete(path);
    // Chunks the start code may import later (esbuild also emits chunks for dynamic imports of code
    // that tree-shaking dropped: those are never loaded and are not counted).
    const lazyFiles = [];
    for (const path of start) {
      for (const imported of outputs[path].imports) {
        if (imported.kind === 'dynamic-import' && outputs[imported.path] && !start.has(imported.path)) {
          if (!lazyFiles.includes(imported.path)) lazyFiles.push(imported.path);
        }
      }
    }
    const startFiles = [...start].filter((path) => path.endsWith('.js'));
    const sizeOf = (path) => {
      const bytes = files.get(path);
      return { minified: bytes.length, gzip: gzip(bytes) };
    };
    const startSizes = startFiles.map(sizeOf);
    const startGzip = startSizes.reduce((sum, size) => sum + size.gzip, 0);
    const startMinified = startSizes.reduce((sum, size) => sum + size.minified, 0);
    const groups = {};
    for (const path of startFiles) {
      for (const [file, { bytesInOutput }] of Object.entries(outputs[path].inputs)) {
        const group = groupOf(file);
        groups[group] = (groups[group] ?? 0) + bytesInOutput;
      }
    }
    const groupTotal = Object.values(groups).reduce((sum, bytes) => sum + bytes, 0);
    const breakdown = Object.entries(groups)
      .filter(([, bytes]) => bytes > 0)
      .sort((a, b) => b[1] - a[1])
      .map(([group, minified]) => ({
        group,
        minified,
        gzipShare: Math.round((minified / groupTotal) * startGzip),
      }));
    const lazy = lazyFiles.map((path) => {
      const inputs = Object.keys(outputs[path].inputs);
      return {
        chunk: basename(path),
        kind: lazyChunkKind(inputs),
        inputs: inputs.map(groupOf),
        ...sizeOf(path),
      };
    });
    return { minified: startMinified, gzip: startGzip, chunks: startFiles.length, lazy, breakdown };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Every entry of `SIZE_ENTRIES` and styles.css, with the budgets checked. */
export async function measureAll() {
  const entries = [];
  for (const entry of SIZE_ENTRIES) {
    entries.push({ ...entry, ...(await measureEntry(entry.source, entry.base)) });
  }
  const css = readFileSync(join(dist, 'styles.css'));
  const styles = { name: 'styles.css', minified: css.length, gzip: gzip(css), budget: STYLES_BUDGET };
  const checks = budgetChecks(entries, styles);
  return { entries, styles, checks };
}

/** `12.34 kB` (1 kB = 1000 bytes, as the budgets). */
export const formatKb = (bytes) => (Number.isFinite(bytes) ? `${(bytes / kB).toFixed(2)} kB` : '—');

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { entries, checks } = await measureAll();
  console.log('JavaScript loaded at start (static imports; gzip -9 per file; react and react-dom external)');
  console.table(
    Object.fromEntries(
      entries.map((entry) => [
        entry.name,
        {
          'at start': formatKb(entry.gzip),
          budget: entry.budget === undefined ? '—' : formatKb(entry.budget),
          target:
            entry.target === undefined
              ? '—'
              : `${formatKb(entry.target)}${entry.gzip <= entry.target ? ' (met)' : ` (${formatKb(entry.gzip - entry.target)} to go)`}`,
          'on demand':
            entry.lazy
              .map(
                (chunk) =>
                  `${formatKb(chunk.gzip)} ${chunk.kind ?? 'unlisted'} (${[...new Set(chunk.inputs)].join(', ')})`,
              )
              .join('; ') || '—',
        },
      ]),
    ),
  );
  console.log(
    'Languages (kinship-kit/locales/*): what each adds to a page already showing the kit (KinshipProvider and a component, so English and its keys are loaded).',
  );
  for (const check of checks) {
    console.log(
      `  ${check.met ? '✓' : '✗'} ${check.what}: ${formatKb(check.gzip)} ≤ ${formatKb(check.budget)}`,
    );
  }
  const failed = checks.filter((check) => !check.met);
  if (failed.length > 0) {
    console.error(
      `\n${failed.length} byte budget(s) exceeded: see \`npm run bench -- --sizes-only\` for where the bytes go.`,
    );
    process.exit(1);
  }
}
