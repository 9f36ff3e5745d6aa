import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import {
  type ConsentStatusRecord,
  type ConsentStore,
  createConsentWebhookReceiver,
  createMemoryConsentStore,
  parseConsentWebhook,
  REMEMBERED_WEBHOOK_IDS,
} from './consent.js';

vi.mock('react', () => ({}));

const RECEIVED_AT = Date.UTC(2026, 11, 2, 15, 0, 0);
const CHILD = '5a334e59484d4e6f4d544a6b5a6d5a6c59546b3d';
const PARENT = '6b4a4f5a6f4e54417a4d6a5a6b4d513d3d';

describe('parseConsentWebhook', () => {
  describe('given the shapes PRIVO documents and the plausible variants', () => {
    it.each<[string, unknown, Partial<ConsentStatusRecord>]>([
      [
        'CONSENT_ALL with the state in data.type and the child as requester',
        {
          webhookId: 1234,
          event: 'CONSENT_ALL',
          data: { type: 'APPROVED', requester: { serviceId: CHILD }, granter: { serviceId: PARENT } },
          timestamp: 1552046947107,
        },
        { serviceId: CHILD, status: 'approved', updatedAt: '2019-03-08T12:09:07.107Z' },
      ],
      [
        'CONSENT_DECLINE without a state: denied',
        { webhookId: 7, event: 'CONSENT_DECLINE', data: { requester: { serviceId: CHILD } } },
        { serviceId: CHILD, status: 'denied' },
      ],
      [
        'a decline event whose state field says something else: still denied',
        { event: 'consent_decline', data: { type: 'PENDING', requesterServiceId: CHILD } },
        { serviceId: CHILD, status: 'denied' },
      ],
      [
        'the state as `status`, lower-case, and the id as requesterServiceId',
        { event: 'consent.updated', data: { status: 'expired', requesterServiceId: CHILD } },
        { serviceId: CHILD, status: 'expired' },
      ],
      [
        'the state as consentStatus and the id at data.serviceId',
        { event: 'CONSENT', data: { consentStatus: 'Postponed', serviceId: CHILD } },
        { serviceId: CHILD, status: 'postponed' },
      ],
      [
        'the child as grantee, the state as `state`',
        { event: 'CONSENT_ALL', data: { state: 'PENDING', grantee: { serviceId: CHILD } } },
        { serviceId: CHILD, status: 'pending' },
      ],
      [
        'the own date of the state (approvedDate, epoch ms) over the envelope timestamp',
        {
          event: 'CONSENT_ALL',
          data: { type: 'APPROVED', requester: { serviceId: CHILD }, approvedDate: 1700000000000 },
          timestamp: 1800000000000,
        },
        { updatedAt: '2023-11-14T22:13:20.000Z' },
      ],
      [
        'epoch seconds and ISO strings are read as instants',
        { event: 'CONSENT_ALL', data: { type: 'APPROVED', sid: CHILD }, timestamp: 1700000000 },
        { serviceId: CHILD, updatedAt: '2023-11-14T22:13:20.000Z' },
      ],
      [
        'no usable date: the time it was received',
        { event: 'CONSENT_ALL', data: { type: 'APPROVED', sid: CHILD }, timestamp: 'yesterday' },
        { updatedAt: new Date(RECEIVED_AT).toISOString() },
      ],
    ])('reads %s', (_label, body, expected) => {
      const parsed = parseConsentWebhook(body, RECEIVED_AT);
      expect(parsed.type).toBe('consent');
      expect(parsed.type === 'consent' && parsed.record).toMatchObject(expected);
    });

    it('takes the requester (the child), never the granter (the parent)', () => {
      const parsed = parseConsentWebhook(
        {
          event: 'CONSENT_ALL',
          data: { type: 'APPROVED', granter: { serviceId: PARENT }, requester: { serviceId: CHILD } },
        },
        RECEIVED_AT,
      );
      expect(parsed.type === 'consent' && parsed.record.serviceId).toBe(CHILD);
    });
  });

  describe('given bodies the kit has nothing to do with', () => {
    it.each<[string, unknown]>([
      ['a verification event', { webhookId: 1, event: 'VERIFY_VERIFIED', data: { verified: true } }],
      ['no event', { webhookId: 2, data: { type: 'APPROVED', sid: CHILD } }],
      ['an unknown state', { event: 'CONSENT_ALL', data: { type: 'REVOKED', sid: CHILD } }],
      ['no child', { event: 'CONSENT_ALL', data: { type: 'APPROVED', granter: { serviceId: PARENT } } }],
      ['a child id with a slash', { event: 'CONSENT_ALL', data: { type: 'APPROVED', sid: '../x' } }],
      ['a blank child id', { event: 'CONSENT_ALL', data: { type: 'APPROVED', sid: '   ' } }],
      [
        'the fields only under __proto__',
        JSON.parse('{"event":"CONSENT_ALL","data":{"__proto__":{"type":"APPROVED","serviceId":"x"}}}'),
      ],
      ['an event named like an Object member', { event: 'constructor', data: {} }],
    ])('ignores %s', (_label, body) => {
      expect(parseConsentWebhook(body, RECEIVED_AT).type).toBe('ignored');
    });

    it.each([null, 42, 'CONSENT_ALL', [], [{ event: 'CONSENT_ALL' }]])('calls %j malformed', (body) => {
      expect(parseConsentWebhook(body, RECEIVED_AT)).toEqual({ type: 'malformed' });
    });
  });

  it('never throws and only ever yields a known lower-case state, whatever JSON arrives', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (body) => {
        const parsed = parseConsentWebhook(body, RECEIVED_AT);
        if (parsed.type === 'consent') {
          expect(['approved', 'denied', 'expired', 'pending', 'postponed']).toContain(parsed.record.status);
          expect(Number.isNaN(Date.parse(parsed.record.updatedAt ?? ''))).toBe(false);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('createMemoryConsentStore', () => {
  describe('given a store', () => {
    it('answers undefined for a child nothing is known about, also for Object member names', async () => {
      const store = createMemoryConsentStore();
      expect(await store.get(CHILD)).toBeUndefined();
      expect(await store.get('__proto__')).toBeUndefined();
      expect(await store.get('constructor')).toBeUndefined();
    });

    it('keeps the last record per child, as a copy the caller cannot change', async () => {
      const store = createMemoryConsentStore();
      const record = { serviceId: CHILD, status: 'pending', updatedAt: null };
      await store.set(record);
      await store.set({ serviceId: CHILD, status: 'approved', updatedAt: '2026-12-02T15:00:00.000Z' });
      record.status = 'denied';
      const read = await store.get(CHILD);
      expect(read).toEqual({ serviceId: CHILD, status: 'approved', updatedAt: '2026-12-02T15:00:00.000Z' });
      if (read) read.status = 'expired';
      expect((await store.get(CHILD))?.status).toBe('approved');
    });

    it('keeps each store apart', async () => {
      const one = createMemoryConsentStore();
      await one.set({ serviceId: CHILD, status: 'approved', updatedAt: null });
      expect(await createMemoryConsentStore().get(CHILD)).toBeUndefined();
    });
  });
});

function approval(webhookId: number | string, timestamp: number, status = 'APPROVED') {
  return {
    webhookId,
    event: 'CONSENT_ALL',
    data: { type: status, requester: { serviceId: CHILD } },
    timestamp,
  };
}

describe('createConsentWebhookReceiver', () => {
  describe('given a consent event', () => {
    it('saves the record and tells onEvent the service id and state only', async () => {
      const store = createMemoryConsentStore();
      const onEvent = vi.fn();
      const receiver = createConsentWebhookReceiver({ store, onEvent, now: () => RECEIVED_AT });
      expect(await receiver.receive(approval(1, 1764687600000))).toBe('applied');
      expect(await store.get(CHILD)).toEqual({
        serviceId: CHILD,
        status: 'approved',
        updatedAt: '2025-12-02T15:00:00.000Z',
      });
      expect(onEvent).toHaveBeenCalledExactlyOnceWith({
        type: 'consent.status',
        at: new Date(RECEIVED_AT).toISOString(),
        serviceId: CHILD,
        status: 'approved',
      });
    });
  });

  describe('when the same webhookId arrives again', () => {
    it('acknowledges it as repeated and applies it once', async () => {
      const store = createMemoryConsentStore();
      const set = vi.spyOn(store, 'set');
      const onEvent = vi.fn();
      const receiver = createConsentWebhookReceiver({ store, onEvent });
      expect(await receiver.receive(approval(9, 1_000_000_000_000))).toBe('applied');
      expect(await receiver.receive(approval(9, 1_000_000_000_000))).toBe('repeated');
      expect(await receiver.receive(approval('9', 1_000_000_000_000))).toBe('repeated');
      expect(set).toHaveBeenCalledTimes(1);
      expect(onEvent).toHaveBeenCalledTimes(1);
    });

    it('forgets the oldest ids beyond its bound, so memory stays bounded', async () => {
      const receiver = createConsentWebhookReceiver({ store: createMemoryConsentStore() });
      const ignored = (id: number) => ({ webhookId: id, event: 'VERIFY_VERIFIED', data: {} });
      for (let id = 0; id <= REMEMBERED_WEBHOOK_IDS; id++) await receiver.receive(ignored(id));
      expect(await receiver.receive(ignored(REMEMBERED_WEBHOOK_IDS))).toBe('repeated');
      expect(await receiver.receive(ignored(0))).toBe('ignored');
    });
  });

  describe('when deliveries come out of order', () => {
    it('keeps the later state', async () => {
      const store = createMemoryConsentStore();
      const receiver = createConsentWebhookReceiver({ store });
      await receiver.receive(approval(2, 1_800_000_000_000, 'APPROVED'));
      expect(await receiver.receive(approval(1, 1_700_000_000_000, 'PENDING'))).toBe('outdated');
      expect((await store.get(CHILD))?.status).toBe('approved');
    });
  });

  describe('when the store fails', () => {
    it('rejects, and applies a redelivery of the same webhookId once the store works again', async () => {
      const records = new Map<string, ConsentStatusRecord>();
      let isDown = true;
      const store: ConsentStore = {
        get: async (serviceId) => records.get(serviceId),
        set: async (record) => {
          if (isDown) throw new Error('database unavailable');
          records.set(record.serviceId, record);
        },
      };
      const receiver = createConsentWebhookReceiver({ store });
      await expect(receiver.receive(approval(5, 1_800_000_000_000))).rejects.toThrow('database unavailable');
      isDown = false;
      expect(await receiver.receive(approval(5, 1_800_000_000_000))).toBe('applied');
      expect(records.get(CHILD)?.status).toBe('approved');
    });
  });

  describe('when onEvent throws or rejects', () => {
    it.each([
      [
        'throws',
        () => {
          throw new Error('listener bug');
        },
      ],
      ['rejects', () => Promise.reject(new Error('listener bug'))],
    ])('still saves the change when it %s', async (_label, onEvent) => {
      const store = createMemoryConsentStore();
      const receiver = createConsentWebhookReceiver({ store, onEvent: onEvent as () => void });
      expect(await receiver.receive(approval(3, 1_800_000_000_000))).toBe('applied');
      expect((await store.get(CHILD))?.status).toBe('approved');
    });
  });
});
