/**
 * Which messages the form's alert region says for a failure, as catalogue keys (the components
 * translate them). Kept out of the components so the choice is tested without a DOM.
 */
import type { KinshipError } from '../errors.js';

/** One line of the alert: a catalogue key and its values. */
export interface AlertMessage {
  /** `error.<kind>`, `error.offline`, `error.may-have-succeeded`, `error.rate-limited.wait`, `error.trace`. */
  key: string;
  values?: Record<string, string | number>;
}

/**
 * The lines of the alert for an error: what happened first (offline, may have succeeded, the
 * wait a rate limit asks for, or the kind's message), then the trace id to quote to support.
 * `isOffline` is `navigator.onLine === false` at the time of rendering.
 */
export function alertMessages(error: KinshipError, isOffline: boolean): AlertMessage[] {
  const lines: AlertMessage[] = [];
  const lostConnection = error.kind === 'network' || error.kind === 'timeout';
  if (isOffline && lostConnection) lines.push({ key: 'error.offline' });
  if (error.mayHaveSucceeded) lines.push({ key: 'error.may-have-succeeded' });
  if (lines.length === 0) {
    if (error.kind === 'rate-limited' && error.retryAfterMs !== undefined && error.retryAfterMs > 0) {
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
