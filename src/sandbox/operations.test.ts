// The sandbox through the kit's public operations: what a partner sees when they wire
// `createSandbox().fetcher` into `addChildren`, `searchIdentities`, `addChildAccount`, `resendConsent`.
import { describe, expect, it, vi } from 'vitest';
import { addChildren, searchIdentities } from '../core/conomy.js';
import { KinshipError, type KinshipErrorKind, type KinshipErrorReason } from '../core/errors.js';
import { addChildAccount, resendConsent } from '../core/privo.js';
import type { AddChildAccountInput } from '../core/schemas.js';
import { SANDBOX_EMAILS, SANDBOX_IDS, SEED_CHILD } from './fixtures.js';
import { createSandbox, type Sandbox } from './sandbox.js';
import { CONOMY_TRIGGER_IDS, PRIVO_TRIGGER_EMAILS } from './triggers.js';

vi.mock('react', () => ({}));

const NOW = Date.UTC(2025, 5, 15, 12);

function conomy(sandbox: Sandbox, extra: { retry?: number; timeoutMs?: number } = {}) {
  return { baseUrl: '/api/conomy', fetcher: sandbox.fetcher, retry: 0, ...extra };
}

function privo(sandbox: Sandbox, extra: { timeoutMs?: number } = {}) {
  return { baseUrl: '/api/privo/', fetcher: sandbox.fetcher, ...extra };
}

async function rejection(promise: Promise<unknown>): Promise<KinshipError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(KinshipError);
    return error as KinshipError;
  }
  throw new Error('expected the operation to fail');
}

const child: AddChildAccountInput = {
  firstName: 'Lucía',
  userName: 'lucia_2016',
  birthDate_YYYYMMDD: '20160301',
  gender: 'Female',
  parentEmail: SANDBOX_EMAILS.adultWithoutChild,
};

describe('addChildren against the sandbox', () => {
  describe('given an ACTIVE parent and free children', () => {
    it('resolves with the parent Identity, children as {id, name, email}, undocumented fields kept', async () => {
      const sandbox = createSandbox();
      const [jose, joao] = SANDBOX_IDS.linkableChildren;
      const identity = await addChildren(conomy(sandbox), {
        identityId: SANDBOX_IDS.parentUser,
        children: [jose, joao],
      });
      expect(identity).toMatchObject({
        id: SANDBOX_IDS.parentUser,
        name: 'Lucía',
        status: 'ACTIVE',
        children: [
          { id: jose, name: 'José Antonio', email: 'jose.nunez@example.com' },
          { id: joao, name: 'João Pedro', email: 'joao.araujo@example.com' },
        ],
      });
      expect(identity).toHaveProperty('kyc');
      expect(sandbox.requests[0]).toMatchObject({
        method: 'POST',
        headers: expect.objectContaining({ 'conomyhq-api-version': '24-04-2025' }),
        body: { children: [jose, joao] },
      });
    });

    it('resolves again when the same child is linked twice (idempotent)', async () => {
      const sandbox = createSandbox();
      const input = { identityId: SANDBOX_IDS.parentUser, children: [SANDBOX_IDS.linkableChildren[0]] };
      await addChildren(conomy(sandbox), input);
      const again = await addChildren(conomy(sandbox), input);
      expect(again.children).toHaveLength(1);
    });
  });

  describe('given a parent without children', () => {
    it('reads the wire’s `children: null` of GET answers as []', async () => {
      const page = await searchIdentities(conomy(createSandbox()), {
        email: SANDBOX_EMAILS.adultWithoutChild,
      });
      expect(page.data[0]?.children).toEqual([]);
    });
  });

  describe('given a request the backend refuses', () => {
    it.each<{
      when: string;
      identityId: string;
      children: string[];
      kind: KinshipErrorKind;
      status: number;
      code: string;
    }>([
      {
        when: 'the parent is unknown',
        identityId: SANDBOX_IDS.unknown,
        children: [SANDBOX_IDS.linkableChildren[0]],
        kind: 'not-found',
        status: 404,
        code: '31',
      },
      {
        when: 'a child is unknown',
        identityId: SANDBOX_IDS.parentUser,
        children: ['ffffffffffffffffffffffff'],
        kind: 'not-found',
        status: 404,
        code: '31',
      },
      {
        when: 'the parent is not ACTIVE',
        identityId: SANDBOX_IDS.pendingParent,
        children: [SANDBOX_IDS.linkableChildren[0]],
        kind: 'validation',
        status: 422,
        code: '21',
      },
      {
        when: 'linking would make a cycle',
        identityId: SANDBOX_IDS.grandchild,
        children: [SANDBOX_IDS.parentOrganization],
        kind: 'validation',
        status: 422,
        code: '21',
      },
      {
        when: 'the child belongs to another parent',
        identityId: SANDBOX_IDS.parentUser,
        children: [SANDBOX_IDS.linkedChildren[1]],
        kind: 'conflict',
        status: 409,
        code: '13',
      },
    ])(
      'when $when, it rejects with kind $kind ($status, code $code, a trace id)',
      async ({ identityId, children, kind, status, code }) => {
        const error = await rejection(addChildren(conomy(createSandbox()), { identityId, children }));
        expect(error).toMatchObject({ kind, status, code });
        expect(error.traceId).toMatch(/^[0-9a-f]{32}$/);
      },
    );

    it('never sends a self-link: the kit refuses it first', async () => {
      const sandbox = createSandbox();
      const error = await rejection(
        addChildren(conomy(sandbox), {
          identityId: SANDBOX_IDS.parentUser,
          children: [SANDBOX_IDS.parentUser],
        }),
      );
      expect(error.kind).toBe('validation');
      expect(sandbox.requests).toEqual([]);
    });
  });

  describe('given a trigger id', () => {
    it.each<{ id: string; kind: KinshipErrorKind; status?: number; extra?: Partial<KinshipError> }>([
      {
        id: CONOMY_TRIGGER_IDS.unauthorized,
        kind: 'unauthorized',
        status: 401,
        extra: { type: 'Unauthorized' },
      },
      { id: CONOMY_TRIGGER_IDS.forbidden, kind: 'unauthorized', status: 403 },
      { id: CONOMY_TRIGGER_IDS.conflict, kind: 'conflict', status: 409, extra: { code: '13' } },
      {
        id: CONOMY_TRIGGER_IDS.rateLimited,
        kind: 'rate-limited',
        status: 429,
        extra: { retryAfterMs: 3000 },
      },
      { id: CONOMY_TRIGGER_IDS.serverError, kind: 'server', status: 500, extra: { code: '01' } },
      { id: CONOMY_TRIGGER_IDS.unavailable, kind: 'server', status: 503 },
      { id: CONOMY_TRIGGER_IDS.badGateway, kind: 'server', status: 502 },
      { id: CONOMY_TRIGGER_IDS.gatewayTimeout, kind: 'server', status: 504 },
      { id: CONOMY_TRIGGER_IDS.invalidResponse, kind: 'invalid-response', status: 200 },
      { id: CONOMY_TRIGGER_IDS.networkError, kind: 'network' },
    ])('as a child, $id rejects with kind $kind', async ({ id, kind, status, extra }) => {
      const error = await rejection(
        addChildren(conomy(createSandbox()), { identityId: SANDBOX_IDS.parentUser, children: [id] }),
      );
      expect(error.kind).toBe(kind);
      expect(error.status).toBe(status);
      if (extra) expect(error).toMatchObject(extra);
    });

    it('sandbox-timeout rejects with kind timeout after timeoutMs', async () => {
      const sandbox = createSandbox();
      const error = await rejection(
        addChildren(conomy(sandbox, { timeoutMs: 50 }), {
          identityId: CONOMY_TRIGGER_IDS.timeout,
          children: [SANDBOX_IDS.linkableChildren[0]],
        }),
      );
      expect(error.kind).toBe('timeout');
      // The kit aborted the hanging request through the fetcher's signal.
      expect(sandbox.requests[0]?.outcome).toBe('aborted');
    });
  });

  describe('given the caller aborts during the latency', () => {
    it('rejects with kind aborted and links nothing', async () => {
      const sandbox = createSandbox({ latencyMs: 2000 });
      const controller = new AbortController();
      const pending = addChildren(
        conomy(sandbox),
        { identityId: SANDBOX_IDS.parentUser, children: [SANDBOX_IDS.linkableChildren[0]] },
        { signal: controller.signal },
      );
      setTimeout(() => controller.abort(), 10);
      expect((await rejection(pending)).kind).toBe('aborted');
      expect(sandbox.getIdentity(SANDBOX_IDS.parentUser)?.children).toEqual([]);
    });
  });

  describe('given one failing answer and the default retry', () => {
    it('retries and succeeds, two requests in the log', async () => {
      const sandbox = createSandbox();
      sandbox.failNext('server');
      const identity = await addChildren(
        { baseUrl: '/api/conomy', fetcher: sandbox.fetcher },
        { identityId: SANDBOX_IDS.parentUser, children: [SANDBOX_IDS.linkableChildren[0]] },
      );
      expect(identity.children).toHaveLength(1);
      expect(sandbox.requests.map((request) => request.status)).toEqual([500, 200]);
    });
  });
});

describe('searchIdentities against the sandbox', () => {
  describe('given typed text, sent only as a filter Conomy documents', () => {
    it.each([
      ['an email in any case', 'Jose.Nunez@Example.com', { email: 'jose.nunez@example.com' }],
      ['a RUT with dots', '16.245.781-0', { documentNumber: '16245781-0' }],
      ['a phone with spaces', '+56 9 8765 4321', { phone: '+56987654321' }],
    ])('finds the identity by %s, and the request holds no q', async (_title, text, filter) => {
      const sandbox = createSandbox();
      const page = await searchIdentities(conomy(sandbox), { text });
      expect(page.data).toHaveLength(1);
      expect(page.pagination).toEqual({ count: 1, next: null, previous: null, total: 1 });
      const [request] = sandbox.requests.filter((entry) => entry.path === '/identities');
      expect(request?.query).toEqual(filter);
    });

    it('answers a name with an empty page, and the sandbox sees no request', async () => {
      const sandbox = createSandbox();
      const page = await searchIdentities(conomy(sandbox), { text: 'jose nunez' });
      expect(page.data).toEqual([]);
      expect(sandbox.requests).toHaveLength(0);
    });
  });

  describe('given 5,000 identities and a page size', () => {
    it('walks the pages with `next`, each page new, all matching the filters', async () => {
      const sandbox = createSandbox({ identityCount: 5_000 });
      const config = conomy(sandbox);
      const first = await searchIdentities(config, { country: 'ARG', limit: 50 });
      expect(first.data).toHaveLength(50);
      expect(first.pagination.total).toBeGreaterThan(100);
      const second = await searchIdentities(config, {
        country: 'ARG',
        limit: 50,
        next: first.pagination.next as string,
      });
      expect(second.data).toHaveLength(50);
      const ids = new Set([...first.data, ...second.data].map((identity) => identity.id));
      expect(ids.size).toBe(100);
      for (const identity of [...first.data, ...second.data]) {
        expect(identity.country).toBe('ARG');
      }
    });
  });

  describe('given a trigger as a documented filter', () => {
    it('rejects with that trigger’s kind', async () => {
      const error = await rejection(
        searchIdentities(conomy(createSandbox()), { documentNumber: CONOMY_TRIGGER_IDS.rateLimited }),
      );
      expect(error).toMatchObject({ kind: 'rate-limited', retryAfterMs: 3000 });
    });
  });

  describe('given an invalid page size', () => {
    it('rejects with kind validation', async () => {
      expect((await rejection(searchIdentities(conomy(createSandbox()), { limit: 500 }))).kind).toBe(
        'validation',
      );
    });
  });
});

describe('addChildAccount against the sandbox', () => {
  describe('given an adult without children', () => {
    it('resolves with the entity and its https consent URL', async () => {
      const sandbox = createSandbox({ now: () => NOW });
      const result = await addChildAccount(privo(sandbox), child);
      expect(result).toMatchObject({
        status: 'success',
        message: null,
        entity: { firstName: 'Lucía', userName: 'lucia_2016', birthDate: Date.UTC(2016, 2, 1), gender: 2 },
      });
      expect(result.consentUrl).toMatch(/^https:\/\/sandbox\.privo\.example\/e\/r\/a\?token=/);
      expect(sandbox.childAccounts).toHaveLength(2);
    });
  });

  describe('given a refusal by the backend', () => {
    it.each<{
      when: string;
      input: Partial<AddChildAccountInput>;
      kind: KinshipErrorKind;
      status: number;
      reason?: KinshipErrorReason;
      fieldErrors?: Record<string, string[]>;
    }>([
      {
        when: 'the adult is unknown',
        input: { parentEmail: SANDBOX_EMAILS.unknownAdult },
        kind: 'not-found',
        status: 404,
      },
      {
        when: 'the adult already has a child',
        input: { parentEmail: SANDBOX_EMAILS.adultWithChild },
        kind: 'conflict',
        status: 208,
        reason: 'adult-has-children',
      },
      {
        when: 'the user name is taken',
        input: { userName: SANDBOX_EMAILS.takenUserName },
        kind: 'conflict',
        status: 412,
        reason: 'user-name-in-use',
        fieldErrors: { userName: ['taken'] },
      },
      {
        when: 'the child email is taken',
        input: { email: SANDBOX_EMAILS.takenChildEmail },
        kind: 'conflict',
        status: 412,
        reason: 'email-in-use',
        fieldErrors: { email: ['taken'] },
      },
      {
        when: 'the role is not configured (string validationErrors)',
        input: { birthDate_YYYYMMDD: undefined, roleIdentifier: 'adultRole' },
        kind: 'validation',
        status: 400,
        fieldErrors: { roleIdentifier: ['roleIdentifier adultRole is not configured for this partner'] },
      },
      {
        when: 'the birth date is an adult’s',
        input: { birthDate_YYYYMMDD: '19900101' },
        kind: 'validation',
        status: 400,
        fieldErrors: {
          birthDate_YYYYMMDD: ['birthDate_YYYYMMDD is outside the age range of every child role'],
        },
      },
      {
        when: 'the server refuses fields the kit accepts',
        input: { parentEmail: PRIVO_TRIGGER_EMAILS.invalidFields },
        kind: 'validation',
        status: 400,
        fieldErrors: {
          firstName: ['firstName contains a word that is not allowed'],
          userName: ['userName contains a word that is not allowed'],
        },
      },
    ])(
      'when $when, it rejects with kind $kind ($status)',
      async ({ input, kind, status, reason, fieldErrors }) => {
        const sandbox = createSandbox({ now: () => NOW });
        const error = await rejection(addChildAccount(privo(sandbox), { ...child, ...input }));
        expect(error).toMatchObject({ kind, status });
        expect(error.reason).toBe(reason);
        if (fieldErrors) expect(error.fieldErrors).toEqual(fieldErrors);
        expect(sandbox.childAccounts).toHaveLength(1);
      },
    );
  });

  describe('given an adult who got a child a moment ago', () => {
    it("refuses a second child with PRIVO's 208 (reason adult-has-children), sending once", async () => {
      const sandbox = createSandbox({ now: () => NOW });
      await addChildAccount(privo(sandbox), child);
      const error = await rejection(addChildAccount(privo(sandbox), { ...child, userName: 'otro_2018' }));
      expect(error).toMatchObject({ kind: 'conflict', status: 208, reason: 'adult-has-children' });
      expect(error.mayHaveSucceeded).toBeUndefined();
      expect(sandbox.requests.filter((request) => request.path === '/api/account')).toHaveLength(2);
      expect(sandbox.childAccounts).toHaveLength(2);
    });
  });

  describe('given a trigger email', () => {
    it.each<{ email: string; kind: KinshipErrorKind; status?: number; extra?: Partial<KinshipError> }>([
      { email: PRIVO_TRIGGER_EMAILS.unauthorized, kind: 'unauthorized', status: 401 },
      { email: PRIVO_TRIGGER_EMAILS.forbidden, kind: 'unauthorized', status: 403 },
      {
        email: PRIVO_TRIGGER_EMAILS.rateLimited,
        kind: 'rate-limited',
        status: 429,
        extra: { retryAfterMs: 3000 },
      },
      { email: PRIVO_TRIGGER_EMAILS.serverError, kind: 'server', status: 500 },
      { email: PRIVO_TRIGGER_EMAILS.unavailable, kind: 'server', status: 503 },
      { email: PRIVO_TRIGGER_EMAILS.badGateway, kind: 'server', status: 502 },
      { email: PRIVO_TRIGGER_EMAILS.gatewayTimeout, kind: 'server', status: 504 },
      { email: PRIVO_TRIGGER_EMAILS.invalidResponse, kind: 'invalid-response', status: 200 },
      { email: PRIVO_TRIGGER_EMAILS.networkError, kind: 'network', extra: { mayHaveSucceeded: true } },
    ])(
      '$email rejects with kind $kind, after exactly one request',
      async ({ email, kind, status, extra }) => {
        const sandbox = createSandbox();
        const error = await rejection(addChildAccount(privo(sandbox), { ...child, parentEmail: email }));
        expect(error.kind).toBe(kind);
        expect(error.status).toBe(status);
        if (extra) expect(error).toMatchObject(extra);
        // Account creation is not idempotent: never retried.
        expect(sandbox.requests).toHaveLength(1);
      },
    );

    it('timeout@sandbox.test rejects with kind timeout and mayHaveSucceeded', async () => {
      const error = await rejection(
        addChildAccount(privo(createSandbox(), { timeoutMs: 50 }), {
          ...child,
          parentEmail: PRIVO_TRIGGER_EMAILS.timeout,
        }),
      );
      expect(error).toMatchObject({ kind: 'timeout', mayHaveSucceeded: true });
    });

    it.each([PRIVO_TRIGGER_EMAILS.unsafeConsentUrl, PRIVO_TRIGGER_EMAILS.noConsentUrl])(
      '%s succeeds with consentUrl null (never a javascript: link)',
      async (parentEmail) => {
        const result = await addChildAccount(privo(createSandbox()), { ...child, parentEmail });
        expect(result.status).toBe('success');
        expect(result.consentUrl).toBeNull();
      },
    );
  });
});

describe('resendConsent against the sandbox', () => {
  const sally = { requesterServiceId: SEED_CHILD.serviceId, approverServiceId: SEED_CHILD.parentServiceId };

  it('resolves for the pending child, then reports rate-limited with the seconds to wait', async () => {
    const sandbox = createSandbox({ now: () => NOW });
    expect(await resendConsent(privo(sandbox), sally)).toEqual({
      status: 'success',
      message: 'Consent request resent',
    });
    const error = await rejection(resendConsent(privo(sandbox), sally));
    expect(error).toMatchObject({ kind: 'rate-limited', status: 429, retryAfterMs: 30_000 });
  });

  it('resolves for a child just created, by its service id and the parent email', async () => {
    const sandbox = createSandbox({ now: () => NOW });
    const created = await addChildAccount(privo(sandbox), child);
    const result = await resendConsent(privo(sandbox), {
      requesterServiceId: created.entity.serviceId ?? '',
      email: child.parentEmail,
    });
    expect(result.status).toBe('success');
    expect(sandbox.childAccounts.at(-1)).toMatchObject({ resendCount: 1 });
  });

  it('refuses the parent email alone before sending anything', async () => {
    const sandbox = createSandbox({ now: () => NOW });
    const error = await rejection(resendConsent(privo(sandbox), { email: SANDBOX_EMAILS.adultWithChild }));
    expect(error).toMatchObject({ kind: 'validation', fieldErrors: { requesterServiceId: ['required'] } });
    expect(sandbox.requests).toHaveLength(0);
  });

  it('reports not-found when the child and the parent do not match', async () => {
    const error = await rejection(
      resendConsent(privo(createSandbox()), {
        requesterServiceId: SEED_CHILD.serviceId,
        email: SANDBOX_EMAILS.adultWithoutChild,
      }),
    );
    expect(error).toMatchObject({ kind: 'not-found', status: 404 });
  });
});
