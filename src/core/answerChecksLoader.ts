/**
 * The answer checks (`answerChecks.ts`: zod and the wire schemas) are reached only through the
 * dynamic `import()` below, so a bundler puts them in a chunk of their own that no page loads at
 * start. `send` loads them before any request goes out (never after: an answer to a request that
 * created an account must always be readable); `KinshipProvider` starts loading them when it
 * mounts, so they are there by the time anyone submits.
 */
import type * as AnswerChecks from './answerChecks.js';
import { KinshipError, type KinshipOperation } from './errors.js';
import { lazyModule } from './lazyModule.js';

/** What the answer checks chunk provides. */
export type AnswerChecksModule = typeof AnswerChecks;

/** The answer checks, loaded on demand (once per page; again after a failed load). */
export const answerChecksModule = lazyModule<AnswerChecksModule>(() => import('./answerChecks.js'));

/**
 * Loads the answer checks (at once when they are). A failed load rejects with kind `network` and
 * `mayHaveSucceeded: false` (nothing was sent); the next call tries again.
 */
export async function loadAnswerChecks(operation: KinshipOperation): Promise<AnswerChecksModule> {
  try {
    return await answerChecksModule.load();
  } catch (error) {
    throw new KinshipError('network', 'The kit could not load the code that reads the answer.', {
      operation,
      mayHaveSucceeded: false,
      cause: error,
    });
  }
}

/**
 * Starts loading the code that reads the backends' answers, which every operation otherwise loads
 * before its first request (`KinshipProvider` calls it when it mounts; call it early in an app that
 * uses the operations or hooks without the provider). Resolves `true` once loaded, `false` when the
 * load failed (the next operation tries again and reports the failure); never rejects.
 */
export function preloadAnswerChecks(): Promise<boolean> {
  return answerChecksModule.load().then(
    () => true,
    () => false,
  );
}
