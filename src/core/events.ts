/**
 * The kit's one event stream for analytics (Plaid's `onEvent` idea): what happened, when, and the
 * ids involved. Never names, emails or request and answer bodies. Emitted by the hooks at the
 * one place each outcome is known; delivered to the host through `KinshipProvider`'s `onEvent`.
 */
import type { KinshipError, KinshipErrorKind, KinshipErrorReason, KinshipOperation } from './errors.js';
import { callHost } from './mutation.js';

/** Children were linked to a parent identity (Conomy). */
export interface ChildrenLinkedEvent {
  type: 'children.linked';
  /** When the kit learnt the outcome (ISO 8601). */
  at: string;
  /** The parent identity. */
  identityId: string;
  /** The linked children's identity ids, as sent (trimmed, de-duplicated). */
  children: string[];
}

/** Children were unlinked from a parent identity (Conomy). */
export interface ChildrenUnlinkedEvent {
  type: 'children.unlinked';
  at: string;
  identityId: string;
  /** The unlinked children's identity ids, as sent (trimmed, de-duplicated). */
  children: string[];
}

/** A PRIVO child account was created (its consent is pending). */
export interface AccountCreatedEvent {
  type: 'account.created';
  at: string;
  /** PRIVO service id of the new child account; `null` when the answer carried none. */
  serviceId: string | null;
}

/** PRIVO accepted a request to send the consent email again. */
export interface ConsentResentEvent {
  type: 'consent.resent';
  at: string;
  /** PRIVO service id of the child (the consent's requester). */
  serviceId: string;
  /** PRIVO service id of the parent, when the resend named the parent by id (never the email). */
  approverServiceId?: string;
}

/** The consent status of a child became known or changed (from `useConsentStatus`). */
export interface ConsentStatusEvent {
  type: 'consent.status';
  at: string;
  /** PRIVO service id of the child. */
  serviceId: string;
  /** `approved`, `denied`, `expired`, `pending`, `postponed`, or another state PRIVO adds. */
  status: string;
}

/** An operation failed (or was refused before sending). `aborted` calls are not reported. */
export interface KinshipErrorEvent {
  type: 'error';
  at: string;
  /** The operation that failed. */
  operation: KinshipOperation;
  /** The error's `kind`. */
  kind: KinshipErrorKind;
  /** The error's `reason`, when it has one (`'adult-has-children'`, `'email-in-use'`, …). */
  reason?: KinshipErrorReason;
  /** The HTTP status of the answer, when there was one. */
  status?: number;
  /** The parent identity, for Conomy operations. */
  identityId?: string;
  /** The child's PRIVO service id, for consent operations. */
  serviceId?: string;
}

/**
 * Everything the kit reports through `onEvent`, discriminated by `type`. More types may be added
 * later: handle the ones you need and ignore the rest (no exhaustive `switch`).
 */
export type KinshipEvent =
  | ChildrenLinkedEvent
  | ChildrenUnlinkedEvent
  | AccountCreatedEvent
  | ConsentResentEvent
  | ConsentStatusEvent
  | KinshipErrorEvent;

/** The `type` of every event. */
export type KinshipEventType = KinshipEvent['type'];

/** Receives the kit's events. */
export type KinshipEventListener = (event: KinshipEvent) => void;

/** An event as the hooks describe it: `at` is added when it is emitted. */
export type KinshipEventInput = KinshipEvent extends infer E
  ? E extends KinshipEvent
    ? Omit<E, 'at'>
    : never
  : never;

/**
 * Delivers one event to the host's listener, stamped with `at`. A listener that throws is reported
 * (`reportError`, else `console.error`, with what it threw and nothing of the event) and never
 * breaks the flow that emitted it.
 */
export function emitKinshipEvent(
  listener: KinshipEventListener | undefined,
  event: KinshipEventInput,
  now: () => number = Date.now,
): void {
  if (!listener) return;
  callHost(listener, { ...event, at: new Date(now()).toISOString() } as KinshipEvent);
}

/** A non-blank id, trimmed; `undefined` for anything else (a caller's bad input never breaks an event). */
function idOf(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/**
 * The `error` event for a failure, with ids only (never the message, field values or the body);
 * `null` for an aborted call (the caller went away: nothing failed).
 */
export function errorEvent(
  error: KinshipError,
  operation: KinshipOperation,
  ids: { identityId?: unknown; serviceId?: unknown } = {},
): Omit<KinshipErrorEvent, 'at'> | null {
  if (error.kind === 'aborted') return null;
  const identityId = idOf(ids.identityId);
  const serviceId = idOf(ids.serviceId);
  return {
    type: 'error',
    operation: error.operation ?? operation,
    kind: error.kind,
    ...(error.reason !== undefined ? { reason: error.reason } : {}),
    ...(error.status !== undefined ? { status: error.status } : {}),
    ...(identityId ? { identityId } : {}),
    ...(serviceId ? { serviceId } : {}),
  };
}
