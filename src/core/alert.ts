/**
 * Which messages an alert says for a failure, as catalogue keys (the components translate them),
 * and what it offers next. The one wording of errors for every part (the add-child form, the
 * consent hand-off, the child picker's link, search and next-page errors). Kept out of the
 * components so the choice is tested without a DOM.
 */
import type { KinshipError } from './errors.js';

/** One line of the alert: a catalogue key and its values. */
export interface AlertMessage {
  /**
   * `error.<kind>`, `error.offline`, `error.may-have-succeeded`, `error.rate-limited.wait`,
   * `error.adult-has-children`, `error.email-in-use`, `error.trace`.
   */
  key: string;
  values?: Record<string, string | number>;
}

/**
 * What the alert offers after a failure:
 * - `'retry'`: send the same form again (a "Try again" button);
 * - `'parent-account'`: nothing this form can send will work (PRIVO's 208: the adult already has a
 *   child); further children are added from the parent's own PRIVO account, so the alert points
 *   there (a link when the host gave one) and offers no retry.
 */
export type AlertAction = 'retry' | 'parent-account';

/** The next step the alert offers for an error (see `AlertAction`). */
export function alertAction(error: KinshipError): AlertAction {
  return error.reason === 'adult-has-children' ? 'parent-account' : 'retry';
}

/**
 * The lines of the alert for an error: what happened first (offline, may have succeeded, the
 * wait a rate limit asks for, the reason's own message, or the kind's message), then the trace id
 * to quote to support. `isOffline` is `navigator.onLine === false` at the time of rendering.
 */
export function alertMessages(error: KinshipError, isOffline: boolean): AlertMessage[] {
  const lines: AlertMessage[] = [];
  const lostConnection = error.kind === 'network' || error.kind === 'timeout';
  if (isOffline && lostConnection) lines.push({ key: 'error.offline' });
  if (error.mayHaveSucceeded) lines.push({ key: 'error.may-have-succeeded' });
  if (lines.length === 0) {
    if (error.reason === 'adult-has-children') {
      lines.push({ key: 'error.adult-has-children' });
    } else if (error.reason === 'email-in-use') {
      lines.push({ key: 'error.email-in-use' });
    } else if (error.kind === 'rate-limited' && error.retryAfterMs !== undefined && error.retryAfterMs > 0) {
      lines.push({
        key: 'error.rate-limited.wait',
        values: { seconds: Math.ceil(error.retryAfterMs / 1000) },
      });
    } else {
      lines.push({ key: `error.${error.kind}` });
    }
  }
  if (error.traceId) lines.push({ key: 'error.trace', values: { traceId: error.traceId } });
  return lines;
}

/**
 * Every field error code of an error, in order (`fieldError.<code>` in the catalogues; a code the
 * catalogue lacks is the server's own text). For parts without fields to place them on (the
 * picker); the form places them on its fields instead.
 */
export function alertFieldErrors(error: KinshipError): string[] {
  const codes: string[] = [];
  for (const values of Object.values(error.fieldErrors ?? {})) codes.push(...values);
  return codes;
}
