// The rules of the byte budgets, apart from the measuring (scripts/sizes.mjs) so that they are
// tested without a build (test/sizes.test.ts): which budget each figure is held to, and what fails.
const kB = 1000;

/**
 * The kinds of chunk a page loads on demand (through a dynamic `import()`), each recognised by one
 * of its input files, with its budget (gzip). A chunk of no kind listed here fails the check: a new
 * chunk needs a budget of its own.
 */
export const LAZY_CHUNKS = [
  // The QR encoder (uqr), drawn the first time a consent link is shown.
  { kind: 'QR encoder', input: /(^|\/)node_modules\/uqr\//, budget: 4.5 * kB },
  // zod/mini, the wire schemas and the reading of error answers (6.40 kB): loaded before the first
  // request, as soon as the provider mounts. A ratchet just above today's size.
  { kind: 'response checks', input: /(^|\/)dist\/core\/answerChecks\.js$/, budget: 6.45 * kB },
  // Radix Dialog (13.93 kB), loaded when a dialog's opener is hovered, focused or pressed, or when
  // a dialog opens. A ratchet just above today's size.
  { kind: 'Radix Dialog', input: /(^|\/)dist\/components\/dialogParts\.js$/, budget: 14 * kB },
  // The picker's search index, loaded when a picker mounts.
  { kind: 'search index', input: /(^|\/)dist\/core\/picker\/searchIndex\.js$/, budget: 4.5 * kB },
  // The picker's server search, loaded when a picker mounts in server mode.
  { kind: 'server search', input: /(^|\/)dist\/core\/picker\/candidateLoader\.js$/, budget: 4.5 * kB },
];

/** The kind of a chunk loaded on demand, from its input files (`undefined`: none listed). */
export function lazyChunkKind(inputs) {
  return LAZY_CHUNKS.find(({ input }) => inputs.some((file) => input.test(file)))?.kind;
}

/**
 * The checks of measured entries (`{name, gzip, budget?, onDemand?, lazy: [{chunk, kind, gzip}]}`)
 * and styles.css (`{gzip, budget}`), each `{what, gzip, budget, met}`:
 * - what an entry loads at start, within its `budget`;
 * - every chunk loaded on demand, within the budget of its kind (`LAZY_CHUNKS`; a chunk of no
 *   listed kind fails); a chunk several entries load is checked once;
 * - every kind an entry lists in `onDemand` is among its chunks loaded on demand (missing: that
 *   code went back into the start bundle, or is no longer reached);
 * - styles.css within its budget.
 */
export function budgetChecks(entries, styles) {
  const checks = [];
  const checkedChunks = new Set();
  for (const entry of entries) {
    if (entry.budget !== undefined) {
      checks.push({ what: `${entry.name}, loaded at start`, gzip: entry.gzip, budget: entry.budget });
    }
    for (const kind of entry.onDemand ?? []) {
      if (!entry.lazy.some((chunk) => chunk.kind === kind)) {
        checks.push({
          what: `${entry.name}, ${kind} chunk loaded on demand (missing)`,
          gzip: Number.NaN,
          budget: 0,
        });
      }
    }
    for (const chunk of entry.lazy) {
      if (checkedChunks.has(chunk.chunk)) continue;
      checkedChunks.add(chunk.chunk);
      const kind = LAZY_CHUNKS.find((listed) => listed.kind === chunk.kind);
      checks.push({
        what: `${entry.name}, ${chunk.kind ?? 'unlisted'} chunk ${chunk.chunk} loaded on demand${kind ? '' : ' (no budget: add its kind to LAZY_CHUNKS in scripts/budgets.mjs)'}`,
        gzip: chunk.gzip,
        budget: kind ? kind.budget : 0,
      });
    }
  }
  checks.push({ what: 'styles.css', gzip: styles.gzip, budget: styles.budget });
  for (const check of checks) check.met = check.gzip <= check.budget;
  return checks;
}
