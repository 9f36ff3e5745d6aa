import { afterEach, describe, expect, it, vi } from 'vitest';
import { PRIVO_TRIGGER_EMAILS, SANDBOX_EMAILS } from './index.js';
import { createSandbox, type Sandbox, type SandboxOptions } from './sandbox.js';

vi.mock('react', () => ({}));

const NOW = Date.UTC(2026, 11, 2, 15, 0, 0);
const SECRET = 'sandbox-webhook-secret';

interface Delivery {
  method: string;
  authorization: string | null;
  body: {
    webhookId: unknown;
    event: string;
    data: Record<string, unknown> & { requester?: { serviceId?: string } };
    timestamp: unknown;
  };
}

/** A webhook endpoint that records what it got and answers `status`. */
function recordingHandler(status = 200) {
  const deliveries: Delivery[] = [];
  const handler = vi.fn(async (request: Request) => {
    deliveries.push({
      method: request.method,
      authorization: request.headers.get('authorization'),
      body: await request.json(),
    });
    return new Response('{"received":true}', { status });
  });
  return { handler, deliveries };
}

async function consentStatus(sandbox: Sandbox, serviceId: string, method = 'GET') {
  const response = await sandbox.fetcher(`/api/privo/consent-status/${serviceId}`, { method });
  return { status: response.status, headers: response.headers, json: await response.json() };
}

async function createChild(sandbox: Sandbox, parentEmail: string): Promise<string> {
  const response = await sandbox.fetcher('/api/privo/api/account', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ firstName: 'Lucía', birthDate_YYYYMMDD: '20160301', parentEmail }),
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { entity: { serviceId: string } }).entity.serviceId;
}

function sandboxWith(options: SandboxOptions = {}) {
  return createSandbox({ now: () => NOW, ...options });
}

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('GET …/consent-status/{serviceId}', () => {
  describe('given a child whose consent never changed', () => {
    it('answers 404 in PRIVO’s failure envelope, as the kit’s proxy does before the first webhook', async () => {
      const sandbox = sandboxWith();
      const sally = sandbox.childAccounts[0]?.serviceId as string;
      const answer = await consentStatus(sandbox, sally);
      expect(answer.status).toBe(404);
      expect(answer.json).toMatchObject({ status: 'failure', entity: null });
      expect(sandbox.requests[0]).toMatchObject({
        api: 'privo',
        path: `/consent-status/${sally}`,
        status: 404,
      });
    });
  });

  describe('given a change delivered by setConsentStatus', () => {
    it('answers 200 with the record, lower-case state and the sandbox clock as updatedAt', async () => {
      const sandbox = sandboxWith();
      const sally = sandbox.childAccounts[0]?.serviceId as string;
      await sandbox.setConsentStatus(sally, 'approved');
      const answer = await consentStatus(sandbox, sally);
      expect(answer.status).toBe(200);
      expect(answer.json).toEqual({
        serviceId: sally,
        status: 'approved',
        updatedAt: new Date(NOW).toISOString(),
      });
      expect(sandbox.childAccounts[0]?.consentStatus).toBe('approved');
    });
  });

  describe('given a request the kit’s proxy refuses', () => {
    it.each([
      ['another method', 'POST', 'abc', 405],
      ['an id with an encoded slash', 'GET', 'a%2Fb', 400],
      ['an id with ..', 'GET', 'a..b', 400],
      ['an id with a control character', 'GET', 'a%01b', 400],
    ])('answers %s with %i in PRIVO’s envelope', async (_label, method, serviceId, status) => {
      const answer = await consentStatus(sandboxWith(), serviceId, method);
      expect(answer.status).toBe(status);
      expect(answer.json).toMatchObject({ status: 'failure' });
      if (status === 405) expect(answer.headers.get('allow')).toBe('GET');
    });
  });

  it('fails like any PRIVO route when told to (failNext)', async () => {
    const sandbox = sandboxWith();
    sandbox.failNext('server', { api: 'privo' });
    expect((await consentStatus(sandbox, 'abc')).status).toBe(500);
  });
});

describe('setConsentStatus', () => {
  describe('given a webhook handler', () => {
    it('POSTs the change as PRIVO would: Bearer secret, {webhookId, event, data, timestamp}', async () => {
      const { handler, deliveries } = recordingHandler();
      const sandbox = sandboxWith({ webhook: { handler, secret: SECRET } });
      const sally = sandbox.childAccounts[0];
      await sandbox.setConsentStatus(sally?.serviceId as string, 'approved');
      expect(deliveries).toEqual([
        {
          method: 'POST',
          authorization: `Bearer ${SECRET}`,
          body: {
            webhookId: expect.any(Number),
            event: 'CONSENT_ALL',
            data: expect.objectContaining({
              type: 'APPROVED',
              requester: { serviceId: sally?.serviceId },
              granter: { serviceId: sally?.parentServiceId },
              approvedDate: NOW,
            }),
            timestamp: NOW,
          },
        },
      ]);
    });

    it('sends a denial as PRIVO’s decline event', async () => {
      const { handler, deliveries } = recordingHandler();
      const sandbox = sandboxWith({ webhook: { handler, secret: SECRET } });
      await sandbox.setConsentStatus(sandbox.childAccounts[0]?.serviceId as string, 'denied');
      expect(deliveries[0]?.body.event).toBe('CONSENT_DECLINE');
    });

    it('gives every delivery its own webhookId', async () => {
      const { handler, deliveries } = recordingHandler();
      const sandbox = sandboxWith({ webhook: { handler, secret: SECRET } });
      const sally = sandbox.childAccounts[0]?.serviceId as string;
      await sandbox.setConsentStatus(sally, 'postponed');
      await sandbox.setConsentStatus(sally, 'approved');
      sandbox.reset();
      await sandbox.setConsentStatus(sally, 'approved');
      const ids = deliveries.map((delivery) => delivery.body.webhookId);
      expect(new Set(ids).size).toBe(3);
    });

    it('settles only once the handler has answered', async () => {
      let answer: (response: Response) => void = () => {};
      const handler = vi.fn(() => new Promise<Response>((resolve) => (answer = resolve)));
      const sandbox = sandboxWith({ webhook: { handler, secret: SECRET } });
      let isSettled = false;
      const change = sandbox.setConsentStatus(sandbox.childAccounts[0]?.serviceId as string, 'expired');
      change.then(() => (isSettled = true));
      await vi.waitFor(() => expect(handler).toHaveBeenCalled());
      await Promise.resolve();
      expect(isSettled).toBe(false);
      answer(new Response(null, { status: 204 }));
      await change;
      expect(isSettled).toBe(true);
    });

    it('rejects when the handler refuses the delivery, with the state changed all the same', async () => {
      const { handler } = recordingHandler(401);
      const sandbox = sandboxWith({ webhook: { handler, secret: SECRET } });
      const sally = sandbox.childAccounts[0]?.serviceId as string;
      await expect(sandbox.setConsentStatus(sally, 'approved')).rejects.toThrow('401');
      expect(sandbox.childAccounts[0]?.consentStatus).toBe('approved');
      expect((await consentStatus(sandbox, sally)).json).toMatchObject({ status: 'approved' });
    });
  });

  describe('given a wrong child or state', () => {
    it.each([
      ['an unknown child', 'nobody', 'approved'],
      ['a state in PRIVO’s upper case', null, 'APPROVED'],
      ['an unknown state', null, 'granted'],
      ['an Object member name as state', null, 'constructor'],
    ])('rejects %s with a RangeError and delivers nothing', async (_label, serviceId, status) => {
      const { handler } = recordingHandler();
      const sandbox = sandboxWith({ webhook: { handler, secret: SECRET } });
      const id = serviceId ?? (sandbox.childAccounts[0]?.serviceId as string);
      await expect(sandbox.setConsentStatus(id, status as never)).rejects.toThrow(RangeError);
      expect(handler).not.toHaveBeenCalled();
    });
  });

  it('ends what a resend can do: only a pending consent can be resent', async () => {
    const sandbox = sandboxWith();
    const sally = sandbox.childAccounts[0];
    await sandbox.setConsentStatus(sally?.serviceId as string, 'approved');
    const response = await sandbox.fetcher(
      `/api/privo/api/consent/resend?requesterServiceId=${sally?.serviceId}&approverServiceId=${sally?.parentServiceId}`,
    );
    expect(response.status).toBe(404);
  });
});

describe('consent trigger emails', () => {
  describe.each([
    [PRIVO_TRIGGER_EMAILS.consentApproved, 'approved', 'CONSENT_ALL'],
    [PRIVO_TRIGGER_EMAILS.consentDenied, 'denied', 'CONSENT_DECLINE'],
    [PRIVO_TRIGGER_EMAILS.consentExpired, 'expired', 'CONSENT_ALL'],
  ])('given a child created under %s', (parentEmail, status, event) => {
    it(`stays unknown for 3 s, then becomes ${status} and is delivered to the webhook`, async () => {
      vi.useFakeTimers();
      const { handler, deliveries } = recordingHandler();
      const sandbox = sandboxWith({ webhook: { handler, secret: SECRET } });
      const child = await createChild(sandbox, parentEmail);
      await vi.advanceTimersByTimeAsync(2999);
      expect((await consentStatus(sandbox, child)).status).toBe(404);
      expect(handler).not.toHaveBeenCalled();
      await vi.advanceTimersByTimeAsync(1);
      expect(await consentStatus(sandbox, child)).toMatchObject({
        status: 200,
        json: { serviceId: child, status },
      });
      expect(deliveries).toHaveLength(1);
      expect(deliveries[0]?.body).toMatchObject({ event, data: { requester: { serviceId: child } } });
    });
  });

  it('accepts a child every time (never “already has a child”)', async () => {
    const sandbox = sandboxWith();
    const first = await createChild(sandbox, PRIVO_TRIGGER_EMAILS.consentApproved);
    const second = await createChild(sandbox, PRIVO_TRIGGER_EMAILS.consentApproved);
    expect(first).not.toBe(second);
  });

  it('waits consentDelayMs when given', async () => {
    vi.useFakeTimers();
    const sandbox = sandboxWith({ consentDelayMs: 10_000 });
    const child = await createChild(sandbox, PRIVO_TRIGGER_EMAILS.consentExpired);
    await vi.advanceTimersByTimeAsync(9999);
    expect((await consentStatus(sandbox, child)).status).toBe(404);
    await vi.advanceTimersByTimeAsync(1);
    expect((await consentStatus(sandbox, child)).json).toMatchObject({ status: 'expired' });
  });

  it('leaves a child of an ordinary adult pending', async () => {
    vi.useFakeTimers();
    const sandbox = sandboxWith();
    const child = await createChild(sandbox, SANDBOX_EMAILS.adultWithoutChild);
    await vi.advanceTimersByTimeAsync(60_000);
    expect((await consentStatus(sandbox, child)).status).toBe(404);
    expect(sandbox.childAccounts.at(-1)?.consentStatus).toBe('pending');
  });

  it('forgets a change still to come, and every known status, on reset()', async () => {
    vi.useFakeTimers();
    const { handler } = recordingHandler();
    const sandbox = sandboxWith({ webhook: { handler, secret: SECRET } });
    const sally = sandbox.childAccounts[0]?.serviceId as string;
    await sandbox.setConsentStatus(sally, 'approved');
    await createChild(sandbox, PRIVO_TRIGGER_EMAILS.consentApproved);
    sandbox.reset();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(handler).toHaveBeenCalledTimes(1);
    expect((await consentStatus(sandbox, sally)).status).toBe(404);
  });

  it('reports a delivery the handler refused on the console, without the body', async () => {
    vi.useFakeTimers();
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { handler } = recordingHandler(500);
    const sandbox = sandboxWith({ webhook: { handler, secret: SECRET } });
    const child = await createChild(sandbox, PRIVO_TRIGGER_EMAILS.consentApproved);
    await vi.advanceTimersByTimeAsync(3000);
    expect(error).toHaveBeenCalledTimes(1);
    expect(String(error.mock.calls[0]?.[0])).toContain('500');
    expect(String(error.mock.calls[0]?.[0])).not.toContain(child);
  });
});

describe('createSandbox options', () => {
  it.each([
    [{ consentDelayMs: -1 }, RangeError],
    [{ consentDelayMs: Number.NaN }, RangeError],
    [{ webhook: { secret: SECRET } }, TypeError],
    [{ webhook: { handler: async () => new Response(), secret: '' } }, TypeError],
  ])('refuses %j', (options, type) => {
    expect(() => createSandbox(options as SandboxOptions)).toThrow(type);
  });
});
