// The byte budgets of `npm test` (scripts/sizes.mjs): the rules that turn measured sizes into
// passed and failed checks, on made-up figures (no build needed).
import { describe, expect, it } from 'vitest';
// @ts-expect-error: plain ESM helper script without types
import { budgetChecks, LAZY_CHUNKS, lazyChunkKind } from '../scripts/budgets.mjs';

type Check = { what: string; gzip: number; budget: number; met: boolean };

const kB = 1000;
const styles = { gzip: 4 * kB, budget: 4.5 * kB };
const answerChecks = { chunk: 'answerChecks-A.js', kind: 'response checks', gzip: 6 * kB };
const qr = { chunk: 'qr-B.js', kind: 'QR encoder', gzip: 4 * kB };

function entry(fields: Record<string, unknown>) {
  return { name: 'kinship-kit', gzip: 40 * kB, budget: 41 * kB, lazy: [answerChecks, qr], ...fields };
}
const failed = (checks: Check[]) => checks.filter((check) => !check.met).map((check) => check.what);

describe('the byte budgets', () => {
  it('given every figure within its budget, every check passes', () => {
    const checks: Check[] = budgetChecks([entry({ onDemand: ['response checks', 'QR encoder'] })], styles);
    expect(failed(checks)).toEqual([]);
    expect(checks.map((check) => check.what)).toEqual([
      'kinship-kit, loaded at start',
      'kinship-kit, response checks chunk answerChecks-A.js loaded on demand',
      'kinship-kit, QR encoder chunk qr-B.js loaded on demand',
      'styles.css',
    ]);
  });

  it('given an entry that loads more at start than its budget, its check fails', () => {
    const checks: Check[] = budgetChecks([entry({ gzip: 41.01 * kB })], styles);
    expect(failed(checks)).toEqual(['kinship-kit, loaded at start']);
  });

  it('given a chunk loaded on demand over the budget of its kind, it fails, each kind held to its own', () => {
    // 4.6 kB is within the answer checks' budget but over the QR encoder's.
    const checks: Check[] = budgetChecks(
      [
        entry({
          lazy: [
            { ...answerChecks, gzip: 4.6 * kB },
            { ...qr, gzip: 4.6 * kB },
          ],
        }),
      ],
      styles,
    );
    expect(failed(checks)).toEqual(['kinship-kit, QR encoder chunk qr-B.js loaded on demand']);
  });

  it('given a chunk loaded on demand of no listed kind, it fails and says where to add a budget', () => {
    const checks: Check[] = budgetChecks(
      [entry({ lazy: [{ chunk: 'other-C.js', kind: undefined, gzip: 100 }] })],
      styles,
    );
    expect(failed(checks)).toEqual([
      'kinship-kit, unlisted chunk other-C.js loaded on demand (no budget: add its kind to LAZY_CHUNKS in scripts/budgets.mjs)',
    ]);
  });

  it('given an entry whose answer checks are no longer loaded on demand, it fails', () => {
    const checks: Check[] = budgetChecks(
      [entry({ lazy: [qr], onDemand: ['response checks', 'QR encoder'] })],
      styles,
    );
    expect(failed(checks)).toEqual(['kinship-kit, response checks chunk loaded on demand (missing)']);
  });

  it('given styles.css over its budget, it fails', () => {
    const checks: Check[] = budgetChecks([entry({})], { gzip: 4.51 * kB, budget: 4.5 * kB });
    expect(failed(checks)).toEqual(['styles.css']);
  });

  it('recognises each kind of chunk by its input files, as esbuild names them', () => {
    expect(lazyChunkKind(['node_modules/zod/v4/core/core.js', 'dist/core/answerChecks.js'])).toBe(
      'response checks',
    );
    expect(lazyChunkKind(['node_modules/uqr/dist/index.mjs', 'dist/core/form/qr.js'])).toBe('QR encoder');
    expect(lazyChunkKind(['dist/core/picker/searchIndex.js', 'dist/core/picker/normalize.js'])).toBe(
      'search index',
    );
    expect(lazyChunkKind(['dist/core/picker/candidateLoader.js'])).toBe('server search');
    expect(lazyChunkKind(['dist/core/somethingElse.js'])).toBeUndefined();
    expect(LAZY_CHUNKS.find((kind: { kind: string }) => kind.kind === 'QR encoder').budget).toBe(4.5 * kB);
  });
});
