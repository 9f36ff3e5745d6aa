/**
 * A child's consent status as PRIVO's webhooks report it: the record the kit keeps, the store it
 * is kept in, and the one place where a webhook body becomes a record. The server's webhook handler
 * and the sandbox both go through `createConsentWebhookReceiver`, so the sandbox's in-browser
 * consent status changes exactly as a host's server would see it.
 *
 * PRIVO documents the envelope `{webhookId, event, data, timestamp}` (a numeric `webhookId` and an
 * epoch-millisecond `timestamp` in its samples), consent events named like `CONSENT_ALL` and
 * `CONSENT_DECLINE`, and the state in `data.type` (APPROVED, EXPIRED, PENDING, POSTPONED; denied
 * through the decline event). Where the child's service id sits inside `data` is not documented
 * (DOMAIN.md, "Webhooks"): the plausible places are all read, the requester's (the child's) first.
 */

import { isPathIdentifier } from './pathParameter.js';

/** A child's consent status, as the kit's PRIVO proxy serves it and `getConsentStatus` reads it. */
export interface ConsentStatusRecord {
  /** The child's PRIVO service id. */
  serviceId: string;
  /** Lower-case consent state; other strings may appear in later PRIVO versions: render them, never crash. */
  status: 'approved' | 'denied' | 'expired' | 'pending' | 'postponed' | (string & {});
  /** When the state last changed (ISO 8601), or `null` when unknown. */
  updatedAt: string | null;
}

/**
 * Where consent statuses are kept between PRIVO's webhook and the browser's
 * `GET …/consent-status/{serviceId}`. `createMemoryConsentStore()` is the embedded default for one
 * process; several server instances need one store on a shared database.
 */
export interface ConsentStore {
  /** The record of a child, or `undefined` when nothing is known yet. */
  get(serviceId: string): Promise<ConsentStatusRecord | undefined>;
  /** Saves (replaces) the record of `record.serviceId`. */
  set(record: ConsentStatusRecord): Promise<void>;
}

/** The consent states PRIVO reports, lower-case as the kit hands them out. */
export const CONSENT_STATES = ['approved', 'denied', 'expired', 'pending', 'postponed'] as const;

/** One of {@link CONSENT_STATES}. */
export type ConsentState = (typeof CONSENT_STATES)[number];

/** What a consent webhook told the host: no names, emails or bodies. */
export interface ConsentStatusEvent {
  type: 'consent.status';
  /** When the webhook was applied (ISO 8601). */
  at: string;
  /** The child's PRIVO service id. */
  serviceId: string;
  /** The new consent state. */
  status: ConsentStatusRecord['status'];
}

/** PRIVO's upper-case states (and the decline spellings) → the kit's lower-case ones. */
const STATE_NAMES: ReadonlyMap<string, ConsentState> = new Map([
  ['APPROVED', 'approved'],
  ['APPROVE', 'approved'],
  ['GRANTED', 'approved'],
  ['DENIED', 'denied'],
  ['DECLINED', 'denied'],
  ['DECLINE', 'denied'],
  ['EXPIRED', 'expired'],
  ['PENDING', 'pending'],
  ['POSTPONED', 'postponed'],
]);

/** An own property of a JSON object; never an inherited one (`constructor`, `__proto__`). */
function own(value: unknown, key: string): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  return Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined;
}

/**
 * A usable id (service id or webhook id): a string or a finite number that passes the path
 * identifier rule, so the proxy's `consent-status/{serviceId}` route can always be asked for it.
 */
function idOf(value: unknown): string | undefined {
  const text =
    typeof value === 'string'
      ? value.trim()
      : typeof value === 'number' && Number.isFinite(value)
        ? String(value)
        : '';
  return isPathIdentifier(text) ? text : undefined;
}

/** The kit's state for a PRIVO state name in any letter case, or `undefined` for an unknown one. */
export function consentStateOf(value: unknown): ConsentState | undefined {
  if (typeof value !== 'string') return undefined;
  return STATE_NAMES.get(value.trim().toUpperCase());
}

/**
 * An instant as ISO 8601: epoch milliseconds (PRIVO's samples), epoch seconds (small numbers) or a
 * date string; `undefined` when it is none of these or out of range.
 */
function isoOf(value: unknown): string | undefined {
  let time: number;
  if (typeof value === 'number') {
    // Epoch seconds: a millisecond count this small would be in 1973.
    time = value > 0 && value < 1e11 ? value * 1000 : value;
  } else if (typeof value === 'string' && value.length <= 64) {
    const text = value.trim();
    time = /^\d{1,16}$/.test(text) ? Number(text) : Date.parse(text);
    if (/^\d{1,10}$/.test(text)) time *= 1000;
  } else {
    return undefined;
  }
  if (!Number.isFinite(time) || time <= 0) return undefined;
  const date = new Date(time);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** Where the child's service id may sit in `data`, most specific first (the granter, the parent, never). */
function childServiceIdOf(data: unknown): string | undefined {
  const candidates = [
    own(own(data, 'requester'), 'serviceId'),
    own(own(data, 'requester'), 'sid'),
    own(data, 'requesterServiceId'),
    own(own(data, 'grantee'), 'serviceId'),
    own(data, 'granteeServiceId'),
    own(own(data, 'child'), 'serviceId'),
    own(data, 'childServiceId'),
    own(data, 'serviceId'),
    own(data, 'sid'),
  ];
  for (const candidate of candidates) {
    const id = idOf(candidate);
    if (id !== undefined) return id;
  }
  return undefined;
}

/** The state carried in `data`: PRIVO's `type`, or the plausible other names. */
function stateOf(data: unknown): ConsentState | undefined {
  for (const key of ['type', 'status', 'state', 'consentStatus', 'consentState']) {
    const state = consentStateOf(own(data, key));
    if (state !== undefined) return state;
  }
  return undefined;
}

/** What one webhook body means. */
export type ParsedConsentWebhook =
  /** Not a JSON object: not a webhook at all. */
  | { type: 'malformed' }
  /** A webhook the kit has nothing to do with (verification events, unknown events or states). */
  | { type: 'ignored'; webhookId: string | undefined }
  /** A consent state change. */
  | { type: 'consent'; webhookId: string | undefined; record: ConsentStatusRecord };

/**
 * Reads a parsed webhook body leniently. A consent event is one whose `event` names consent
 * (`CONSENT_…`, any letter case) and that carries the child's service id and a known state (a
 * decline event is `denied` whatever its state field says). `updatedAt` is the state's own date
 * when `data` carries one, else the envelope's `timestamp`, else `receivedAt`.
 */
export function parseConsentWebhook(body: unknown, receivedAt: number): ParsedConsentWebhook {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return { type: 'malformed' };
  const webhookId = idOf(own(body, 'webhookId'));
  const event = own(body, 'event');
  if (typeof event !== 'string') return { type: 'ignored', webhookId };
  const name = event.trim().toUpperCase();
  if (!name.includes('CONSENT')) return { type: 'ignored', webhookId };
  const data = own(body, 'data');
  const serviceId = childServiceIdOf(data);
  const isDecline = /DECLIN|DENIE|DENY/.test(name);
  const status: ConsentState | undefined = isDecline ? 'denied' : stateOf(data);
  if (serviceId === undefined || status === undefined) return { type: 'ignored', webhookId };
  const stateDate = own(data, `${status}Date`) ?? own(data, 'updatedAt') ?? own(data, 'modifiedDate');
  const updatedAt = isoOf(stateDate) ?? isoOf(own(body, 'timestamp')) ?? new Date(receivedAt).toISOString();
  return { type: 'consent', webhookId, record: { serviceId, status, updatedAt } };
}

/**
 * The in-memory {@link ConsentStore}: one `Map` per call, for one process (a server instance, a
 * sandbox, a test). Records are copied in and out, so a caller cannot change what is stored.
 */
export function createMemoryConsentStore(): ConsentStore {
  const records = new Map<string, ConsentStatusRecord>();
  return {
    async get(serviceId) {
      const record = records.get(serviceId);
      return record === undefined ? undefined : { ...record };
    },
    async set(record) {
      records.set(record.serviceId, {
        serviceId: record.serviceId,
        status: record.status,
        updatedAt: record.updatedAt,
      });
    },
  };
}

/** How many webhook ids a receiver remembers to acknowledge repeats (the oldest are forgotten first). */
export const REMEMBERED_WEBHOOK_IDS = 10_000;

/** What became of one webhook. */
export type ConsentWebhookOutcome =
  | 'malformed'
  | 'ignored'
  /** The same `webhookId` was applied before: acknowledged, nothing done. */
  | 'repeated'
  /** The store already holds a later state for this child: nothing done. */
  | 'outdated'
  | 'applied';

/** Options of {@link createConsentWebhookReceiver}. */
export interface ConsentWebhookReceiverOptions {
  store: ConsentStore;
  /** Told of every applied change; a throw or rejection is swallowed. */
  onEvent?: ((event: ConsentStatusEvent) => void) | undefined;
  /** Clock in epoch milliseconds. @default Date.now */
  now?: (() => number) | undefined;
}

/** Applies parsed webhook bodies to a store, once per `webhookId`. */
export interface ConsentWebhookReceiver {
  /**
   * Applies one parsed body. Rejects only when the store does (the webhook was then not applied,
   * and a repeat of it will be tried again).
   */
  receive(body: unknown): Promise<ConsentWebhookOutcome>;
}

/**
 * Creates the one receiver logic behind the server's webhook handler and the sandbox's own store:
 * parse → skip a repeated `webhookId` → skip a state older than the stored one (deliveries can
 * come out of order) → save → tell `onEvent`.
 */
export function createConsentWebhookReceiver(options: ConsentWebhookReceiverOptions): ConsentWebhookReceiver {
  const { store, onEvent } = options;
  const now = options.now ?? (() => Date.now());
  const seen = new Set<string>();
  const remember = (webhookId: string) => {
    seen.add(webhookId);
    if (seen.size > REMEMBERED_WEBHOOK_IDS) {
      const oldest = seen.values().next().value;
      if (oldest !== undefined) seen.delete(oldest);
    }
  };
  return {
    async receive(body) {
      const receivedAt = now();
      const parsed = parseConsentWebhook(body, receivedAt);
      if (parsed.type === 'malformed') return 'malformed';
      if (parsed.webhookId !== undefined && seen.has(parsed.webhookId)) return 'repeated';
      if (parsed.type === 'ignored') {
        if (parsed.webhookId !== undefined) remember(parsed.webhookId);
        return 'ignored';
      }
      const { record } = parsed;
      const stored = await store.get(record.serviceId);
      const isOutdated =
        stored !== undefined &&
        stored.updatedAt !== null &&
        record.updatedAt !== null &&
        Date.parse(record.updatedAt) < Date.parse(stored.updatedAt);
      if (!isOutdated) await store.set(record);
      // Remembered only once the store has it: a failed save is retried when PRIVO redelivers.
      if (parsed.webhookId !== undefined) remember(parsed.webhookId);
      if (isOutdated) return 'outdated';
      if (onEvent) {
        try {
          const result: unknown = onEvent({
            type: 'consent.status',
            at: new Date(receivedAt).toISOString(),
            serviceId: record.serviceId,
            status: record.status,
          });
          if (result instanceof Promise) result.catch(() => {});
        } catch {
          // A host's listener failing must not change the answer PRIVO gets.
        }
      }
      return 'applied';
    },
  };
}
