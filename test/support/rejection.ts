import { isKinshipError, type KinshipError } from '../../src/core/errors.js';

/**
 * The `KinshipError` a promise rejects with; fails the test when it resolves or rejects with
 * anything else. Recognises the error by its shape (`isKinshipError`), so it also works on modules
 * loaded fresh (`vi.resetModules`).
 */
export async function rejection(promise: Promise<unknown>): Promise<KinshipError> {
  try {
    await promise;
  } catch (error) {
    if (!isKinshipError(error)) throw new Error(`not a KinshipError: ${String(error)}`);
    return error;
  }
  throw new Error('expected a rejection');
}
