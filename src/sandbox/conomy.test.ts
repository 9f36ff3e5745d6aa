import { describe, expect, it, vi } from 'vitest';
import { KNOWN_IDENTITY_STATUSES } from '../core/schemas.js';
import { SANDBOX_IDS } from './fixtures.js';
import { createSandbox, type Sandbox } from './sandbox.js';
import { CONOMY_TRIGGER_IDS } from './triggers.js';

vi.mock('react', () => ({}));

const BASE = '/api/conomy';
const TRACE_ID = /^[0-9a-f]{32}$/;

/** Parsed answer bodies are read freely in these tests, like a partner would in a console. */
// biome-ignore lint/suspicious/noExplicitAny: arbitrary JSON from the wire.
type Json = any;

/** An identity as the wire sends it. */
type WireIdentity = Record<string, Json>;

interface Answer {
  status: number;
  headers: Headers;
  text: string;
  json: Json;
}

async function send(
  sandbox: Sandbox,
  method: string,
  path: string,
  body?: unknown,
  init: RequestInit = {},
): Promise<Answer> {
  const response = await sandbox.fetcher(`${BASE}${path}`, {
    method,
    headers: { 'content-type': 'application/json', 'conomyhq-api-version': '24-04-2025' },
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    ...init,
  });
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json };
}

const childrenPath = (id: string) => `/identities/${encodeURIComponent(id)}/children`;

describe('Conomy: POST /identities/{id}/children', () => {
  describe('given an ACTIVE person with no children', () => {
    describe('when two free ACTIVE people are linked', () => {
      it('answers 200 with the full parent identity listing the children as {id, name, email}', async () => {
        const sandbox = createSandbox();
        const [first, second] = SANDBOX_IDS.linkableChildren;
        const answer = await send(sandbox, 'POST', childrenPath(SANDBOX_IDS.parentUser), {
          children: [first, second],
        });
        expect(answer.status).toBe(200);
        expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
        expect(answer.headers.get('x-trace-id')).toMatch(TRACE_ID);
        expect(answer.json).toMatchObject({
          id: SANDBOX_IDS.parentUser,
          type: 'USER',
          name: 'Lucía',
          status: 'ACTIVE',
          children: [
            { id: first, name: 'José Antonio', email: 'jose.nunez@example.com' },
            { id: second, name: 'João Pedro', email: 'joao.araujo@example.com' },
          ],
        });
        // Undocumented extras real answers carry (DOMAIN.md): the kit must ignore them.
        expect(answer.json).toHaveProperty('createdAt');
        expect(answer.json).toHaveProperty('kyc');
        expect(answer.json).toHaveProperty('rules');
        expect(answer.json.children).toHaveLength(2);
      });

      it('shows the children in the live identities view', async () => {
        const sandbox = createSandbox();
        const before = sandbox.identities;
        await send(sandbox, 'POST', childrenPath(SANDBOX_IDS.parentUser), {
          children: [SANDBOX_IDS.linkableChildren[0]],
        });
        expect(sandbox.identities).not.toBe(before);
        expect(sandbox.getIdentity(SANDBOX_IDS.parentUser)?.children.map((child) => child.id)).toEqual([
          SANDBOX_IDS.linkableChildren[0],
        ]);
        // The snapshot taken before is unchanged: the sandbox never edits identities in place.
        expect(before.find((identity) => identity.id === SANDBOX_IDS.parentUser)?.children).toEqual([]);
      });
    });

    describe('when the same child is linked twice', () => {
      it('answers 200 both times and lists the child once (linking is idempotent)', async () => {
        const sandbox = createSandbox();
        const child = SANDBOX_IDS.linkableChildren[2];
        await send(sandbox, 'POST', childrenPath(SANDBOX_IDS.parentUser), { children: [child] });
        const again = await send(sandbox, 'POST', childrenPath(SANDBOX_IDS.parentUser), {
          children: [child, child],
        });
        expect(again.status).toBe(200);
        expect(again.json.children.map((item: { id: string }) => item.id)).toEqual([child]);
      });
    });
  });

  describe('given an ACTIVE organisation', () => {
    it('accepts people and organisations as children', async () => {
      const sandbox = createSandbox();
      const answer = await send(sandbox, 'POST', childrenPath(SANDBOX_IDS.organizationWithoutChildren), {
        children: [SANDBOX_IDS.linkableChildren[3], '653f735dd85cce5917fe0462'],
      });
      expect(answer.status).toBe(200);
      expect(answer.json.children).toEqual([
        { id: SANDBOX_IDS.linkableChildren[3], name: 'Valentina', email: 'valentina.pena@example.com' },
        {
          id: '653f735dd85cce5917fe0462',
          name: 'Inversiones Ñuñoa SpA',
          email: 'contacto@inversionesnunoa.cl.example',
        },
      ]);
    });
  });

  describe('given a request that breaks a rule', () => {
    it.each([
      {
        when: 'the parent is unknown',
        parent: SANDBOX_IDS.unknown,
        body: { children: [SANDBOX_IDS.linkableChildren[0]] },
        status: 404,
        code: '31',
        type: 'notFound',
      },
      {
        when: 'a child is unknown',
        parent: SANDBOX_IDS.parentUser,
        body: { children: [SANDBOX_IDS.linkableChildren[0], 'ffffffffffffffffffffffff'] },
        status: 404,
        code: '31',
        type: 'notFound',
      },
      {
        when: 'the parent lists itself',
        parent: SANDBOX_IDS.parentUser,
        body: { children: [SANDBOX_IDS.parentUser] },
        status: 422,
        code: '21',
        type: 'failedPrecondition',
      },
      {
        when: 'an ancestor is linked under its descendant (cycle)',
        parent: SANDBOX_IDS.grandchild,
        body: { children: [SANDBOX_IDS.parentOrganization] },
        status: 422,
        code: '21',
        type: 'failedPrecondition',
      },
      {
        when: 'the parent is PENDING',
        parent: SANDBOX_IDS.pendingParent,
        body: { children: [SANDBOX_IDS.linkableChildren[0]] },
        status: 422,
        code: '21',
        type: 'failedPrecondition',
      },
      {
        when: 'the parent is BLOCKED',
        parent: SANDBOX_IDS.blockedParent,
        body: { children: [SANDBOX_IDS.linkableChildren[0]] },
        status: 422,
        code: '21',
        type: 'failedPrecondition',
      },
      {
        when: 'an organisation is linked under a person',
        parent: SANDBOX_IDS.parentUser,
        body: { children: [SANDBOX_IDS.organizationWithoutChildren] },
        status: 422,
        code: '21',
        type: 'failedPrecondition',
      },
      {
        when: 'the child already belongs to another parent',
        parent: SANDBOX_IDS.parentUser,
        body: { children: [SANDBOX_IDS.linkedChildren[0]] },
        status: 409,
        code: '13',
        type: 'alreadyExist',
      },
      {
        when: 'the body is malformed JSON',
        parent: SANDBOX_IDS.parentUser,
        body: '{"children": [',
        status: 400,
        code: '14',
        type: 'parsingResource',
      },
      {
        when: 'the body is empty',
        parent: SANDBOX_IDS.parentUser,
        body: '',
        status: 400,
        code: '14',
        type: 'parsingResource',
      },
      {
        when: '`children` is missing',
        parent: SANDBOX_IDS.parentUser,
        body: { child: [SANDBOX_IDS.linkableChildren[0]] },
        status: 400,
        code: '12',
        type: 'missingParam',
      },
      {
        when: '`children` is not an array',
        parent: SANDBOX_IDS.parentUser,
        body: { children: SANDBOX_IDS.linkableChildren[0] },
        status: 400,
        code: '11',
        type: 'invalidParam',
      },
      {
        when: '`children` is empty',
        parent: SANDBOX_IDS.parentUser,
        body: { children: [] },
        status: 400,
        code: '11',
        type: 'invalidParam',
      },
      {
        when: 'a child id is not a string',
        parent: SANDBOX_IDS.parentUser,
        body: { children: [42] },
        status: 400,
        code: '11',
        type: 'invalidParam',
      },
      {
        when: 'a child id is blank',
        parent: SANDBOX_IDS.parentUser,
        body: { children: ['  '] },
        status: 400,
        code: '11',
        type: 'invalidParam',
      },
    ])(
      'when $when, it answers $status code $code $type in the current error shape',
      async ({ parent, body, status, code, type }) => {
        const sandbox = createSandbox();
        const before = sandbox.identities;
        const answer = await send(sandbox, 'POST', childrenPath(parent), body);
        expect(answer.status).toBe(status);
        expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
        expect(answer.json).toEqual({
          status,
          code,
          type,
          detail: expect.any(String),
          traceId: expect.stringMatching(TRACE_ID),
        });
        expect(answer.headers.get('x-trace-id')).toBe(answer.json.traceId);
        expect(sandbox.identities).toBe(before);
      },
    );
  });
});

describe('Conomy: DELETE /identities/{id}/children', () => {
  describe('given a parent with two children', () => {
    it('unlinks the listed child, answers the parent, and frees the child for another parent', async () => {
      const sandbox = createSandbox();
      const [sofia, diego] = SANDBOX_IDS.linkedChildren;
      const removed = await send(sandbox, 'DELETE', childrenPath(SANDBOX_IDS.parentWithChildren), {
        children: [sofia],
      });
      expect(removed.status).toBe(200);
      expect(removed.json.children).toEqual([
        { id: diego, name: 'Diego', email: 'diego.martinez@example.com' },
      ]);
      const relinked = await send(sandbox, 'POST', childrenPath(SANDBOX_IDS.parentUser), {
        children: [sofia],
      });
      expect(relinked.status).toBe(200);
    });

    it('answers 200 without changes for a child that is not linked to it (idempotent)', async () => {
      const sandbox = createSandbox();
      const before = sandbox.identities;
      const answer = await send(sandbox, 'DELETE', childrenPath(SANDBOX_IDS.parentWithChildren), {
        children: [SANDBOX_IDS.linkableChildren[0]],
      });
      expect(answer.status).toBe(200);
      expect(answer.json.children).toHaveLength(2);
      expect(sandbox.identities).toBe(before);
    });

    it('answers `children: null` once the last child is gone', async () => {
      const sandbox = createSandbox();
      const answer = await send(sandbox, 'DELETE', childrenPath(SANDBOX_IDS.parentWithChildren), {
        children: [...SANDBOX_IDS.linkedChildren],
      });
      expect(answer.json.children).toBeNull();
    });
  });

  describe('given an unknown parent or a bad body', () => {
    it.each([
      {
        parent: SANDBOX_IDS.unknown,
        body: { children: [SANDBOX_IDS.linkedChildren[0]] },
        status: 404,
        code: '31',
      },
      { parent: SANDBOX_IDS.parentWithChildren, body: { children: ['nope'] }, status: 404, code: '31' },
      { parent: SANDBOX_IDS.parentWithChildren, body: 'nope', status: 400, code: '14' },
      { parent: SANDBOX_IDS.parentWithChildren, body: {}, status: 400, code: '12' },
      { parent: SANDBOX_IDS.parentWithChildren, body: { children: [] }, status: 400, code: '11' },
      { parent: SANDBOX_IDS.parentWithChildren, body: { children: 'x' }, status: 400, code: '11' },
      { parent: SANDBOX_IDS.parentWithChildren, body: { children: [42] }, status: 400, code: '11' },
      { parent: SANDBOX_IDS.parentWithChildren, body: { children: [' '] }, status: 400, code: '11' },
      { parent: SANDBOX_IDS.parentWithChildren, body: { children: ['__proto__'] }, status: 404, code: '31' },
      {
        parent: SANDBOX_IDS.parentWithChildren,
        body: { children: [CONOMY_TRIGGER_IDS.rateLimited] },
        status: 429,
        code: '32',
      },
      { parent: CONOMY_TRIGGER_IDS.serverError, body: { children: ['x'] }, status: 500, code: '01' },
    ])('answers $status code $code', async ({ parent, body, status, code }) => {
      const sandbox = createSandbox();
      const before = sandbox.identities;
      const answer = await send(sandbox, 'DELETE', childrenPath(parent), body);
      expect(answer.status).toBe(status);
      expect(answer.json.code).toBe(code);
      expect(sandbox.identities).toBe(before);
    });

    it('answers each bad body exactly as linking does', async () => {
      for (const body of ['nope', {}, { children: [] }, { children: [42] }, { children: ['nope'] }]) {
        const unlink = await send(
          createSandbox(),
          'DELETE',
          childrenPath(SANDBOX_IDS.parentWithChildren),
          body,
        );
        const link = await send(createSandbox(), 'POST', childrenPath(SANDBOX_IDS.parentWithChildren), body);
        expect([unlink.status, unlink.json.code, unlink.json.type]).toEqual([
          link.status,
          link.json.code,
          link.json.type,
        ]);
      }
    });
  });
});

describe('Conomy: GET /identities/{id}', () => {
  it('answers an identity without children with `children: null`, like the real API', async () => {
    const answer = await send(createSandbox(), 'GET', `/identities/${SANDBOX_IDS.parentUser}`);
    expect(answer.status).toBe(200);
    expect(answer.json).toMatchObject({ id: SANDBOX_IDS.parentUser, children: null });
  });

  it.each([SANDBOX_IDS.unknown, '__proto__', 'constructor', 'toString'])(
    'answers 404 code "31" in the current error shape for the unknown id %s',
    async (id) => {
      const answer = await send(createSandbox(), 'GET', `/identities/${id}`);
      expect(answer.status).toBe(404);
      expect(answer.json).toMatchObject({
        status: 404,
        code: '31',
        type: 'notFound',
        traceId: expect.any(String),
      });
    },
  );

  it('answers a trigger id with its failure', async () => {
    const answer = await send(createSandbox(), 'GET', `/identities/${CONOMY_TRIGGER_IDS.rateLimited}`);
    expect(answer.status).toBe(429);
  });

  it('answers the parent with its children after an unlink, as it is now', async () => {
    const sandbox = createSandbox();
    await send(sandbox, 'DELETE', childrenPath(SANDBOX_IDS.parentWithChildren), {
      children: [SANDBOX_IDS.linkedChildren[0]],
    });
    const answer = await send(sandbox, 'GET', `/identities/${SANDBOX_IDS.parentWithChildren}`);
    expect(answer.json.children.map((child: { id: string }) => child.id)).toEqual([
      SANDBOX_IDS.linkedChildren[1],
    ]);
  });
});

describe('Conomy: the trigger ids', () => {
  const cases = [
    { id: CONOMY_TRIGGER_IDS.unauthorized, status: 401 },
    { id: CONOMY_TRIGGER_IDS.forbidden, status: 403 },
    { id: CONOMY_TRIGGER_IDS.conflict, status: 409 },
    { id: CONOMY_TRIGGER_IDS.rateLimited, status: 429 },
    { id: CONOMY_TRIGGER_IDS.serverError, status: 500 },
    { id: CONOMY_TRIGGER_IDS.unavailable, status: 503 },
    { id: CONOMY_TRIGGER_IDS.badGateway, status: 502 },
    { id: CONOMY_TRIGGER_IDS.gatewayTimeout, status: 504 },
    { id: CONOMY_TRIGGER_IDS.invalidResponse, status: 200 },
  ];
  const places = [
    {
      where: 'the parent id',
      request: (id: string) => ['POST', childrenPath(id), { children: ['x'] }] as const,
    },
    {
      where: 'a child id',
      request: (id: string) =>
        [
          'POST',
          childrenPath(SANDBOX_IDS.parentUser),
          { children: [SANDBOX_IDS.linkableChildren[0], id] },
        ] as const,
    },
    {
      where: 'a search parameter',
      request: (id: string) => ['GET', `/identities?documentNumber=${id}`, undefined] as const,
    },
    {
      where: 'the id of GET /identities/{id}',
      request: (id: string) => ['GET', `/identities/${id}`, undefined] as const,
    },
  ];

  describe.each(places)('given a trigger id as $where', ({ request }) => {
    it.each(cases)('$id answers $status', async ({ id, status }) => {
      const sandbox = createSandbox();
      const before = sandbox.identities;
      const [method, path, body] = request(id);
      const answer = await send(sandbox, method, path, body);
      expect(answer.status).toBe(status);
      expect(sandbox.identities).toBe(before);
    });
  });

  it.each([
    {
      id: CONOMY_TRIGGER_IDS.unauthorized,
      check: (answer: Answer) => {
        expect(answer.json).toEqual({ statusCode: 401, error: 'Unauthorized', message: expect.any(String) });
      },
    },
    {
      id: CONOMY_TRIGGER_IDS.forbidden,
      check: (answer: Answer) => expect(answer.json).toEqual({ message: 'Forbidden' }),
    },
    {
      id: CONOMY_TRIGGER_IDS.rateLimited,
      check: (answer: Answer) => {
        expect(answer.headers.get('retry-after')).toBe('3');
        expect(answer.json).toMatchObject({ status: 429, code: '32', type: 'tooManyRequests' });
      },
    },
    {
      id: CONOMY_TRIGGER_IDS.conflict,
      check: (answer: Answer) => expect(answer.json).toMatchObject({ code: '13', type: 'alreadyExist' }),
    },
    {
      id: CONOMY_TRIGGER_IDS.serverError,
      check: (answer: Answer) => expect(answer.json).toMatchObject({ code: '01', type: 'serverError' }),
    },
    {
      id: CONOMY_TRIGGER_IDS.badGateway,
      check: (answer: Answer) => {
        expect(answer.headers.get('content-type')).toMatch(/^text\/html/);
        expect(answer.text).toContain('502 Bad Gateway');
      },
    },
    {
      id: CONOMY_TRIGGER_IDS.invalidResponse,
      check: (answer: Answer) => {
        expect(answer.json).toBeUndefined();
        expect(answer.text).toMatch(/^<!doctype html>/);
      },
    },
  ])('$id answers in the shape that API layer really uses', async ({ id, check }) => {
    check(await send(createSandbox(), 'POST', childrenPath(id), { children: ['x'] }));
  });

  it('sandbox-network-error rejects like fetch on a failed connection', async () => {
    const sandbox = createSandbox();
    await expect(
      sandbox.fetcher(`${BASE}${childrenPath(CONOMY_TRIGGER_IDS.networkError)}`, {
        method: 'POST',
        body: '{}',
      }),
    ).rejects.toThrow(new TypeError('Failed to fetch'));
    expect(sandbox.requests.at(-1)?.outcome).toBe('network-error');
  });

  it('sandbox-timeout never answers until the request is aborted', async () => {
    const sandbox = createSandbox();
    const controller = new AbortController();
    let settled = false;
    const pending = sandbox
      .fetcher(`${BASE}${childrenPath(CONOMY_TRIGGER_IDS.timeout)}`, {
        method: 'POST',
        body: '{"children":["x"]}',
        signal: controller.signal,
      })
      .finally(() => {
        settled = true;
      });
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(settled).toBe(false);
    expect(sandbox.requests.at(-1)?.outcome).toBe('hanging');
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    expect(sandbox.requests.at(-1)?.outcome).toBe('aborted');
  });
});

describe('Conomy: GET /identities (search)', () => {
  async function search(sandbox: Sandbox, query: string) {
    const answer = await send(sandbox, 'GET', `/identities?${query}`);
    expect(answer.status).toBe(200);
    return answer.json as {
      data: Array<WireIdentity>;
      pagination: { count: number; next: string | null; previous: string | null; total: number };
    };
  }

  describe('given free text in `q`, which Conomy does not document', () => {
    it.each(['lucia', 'martinez diego', 'zzzzzz', '16245781'])(
      '"%s" filters nothing: the answer is the unfiltered page, as the real API answers it',
      async (q) => {
        const sandbox = createSandbox();
        const page = await search(sandbox, `q=${encodeURIComponent(q)}&limit=100`);
        const unfiltered = await search(sandbox, 'limit=100');
        expect(page).toEqual(unfiltered);
        expect(page.pagination.total).toBe(sandbox.identities.length);
      },
    );

    it('never answers a trigger id sent as q with its failure (q is not read at all)', async () => {
      const answer = await send(createSandbox(), 'GET', `/identities?q=${CONOMY_TRIGGER_IDS.serverError}`);
      expect(answer.status).toBe(200);
    });
  });

  describe('given filters', () => {
    it.each([
      ['type=ORGANIZATION', (identity: WireIdentity) => identity.type === 'ORGANIZATION'],
      ['country=per', (identity: WireIdentity) => identity.country === 'PER'],
      ['status=SCREENING', (identity: WireIdentity) => identity.status === 'SCREENING'],
      [
        'email=LUCIA.FERNANDEZ@example.com',
        (identity: WireIdentity) => identity.id === SANDBOX_IDS.parentUser,
      ],
      ['documentNumber=162457810', (identity: WireIdentity) => identity.id === SANDBOX_IDS.parentUser],
      ['phone=%2B56%209%208765%204321', (identity: WireIdentity) => identity.id === SANDBOX_IDS.parentUser],
      ['phone=%2B56987654321', (identity: WireIdentity) => identity.id === SANDBOX_IDS.parentUser],
      ['documentNumber=16245781-0', (identity: WireIdentity) => identity.id === SANDBOX_IDS.parentUser],
      ['documentNumber=16.245.781-0', (identity: WireIdentity) => identity.id === SANDBOX_IDS.parentUser],
      ['type=USER&country=BRA&status=ACTIVE', (identity: WireIdentity) => identity.name === 'João Pedro'],
    ])('%s keeps exactly the matching identities', async (query, matches) => {
      const sandbox = createSandbox();
      const page = await search(sandbox, `${query}&limit=100`);
      expect(page.data.length).toBeGreaterThan(0);
      expect(page.data.every(matches)).toBe(true);
      expect(page.pagination.total).toBe(
        sandbox.identities.filter((identity) => matches(identity as WireIdentity)).length,
      );
    });
  });

  describe('given the seeded data', () => {
    it('holds at least 20 identities of both types, six countries and every status', () => {
      const { identities } = createSandbox();
      expect(identities.length).toBeGreaterThanOrEqual(20);
      expect(new Set(identities.map((identity) => identity.type))).toEqual(new Set(['USER', 'ORGANIZATION']));
      expect(new Set(identities.map((identity) => identity.country))).toEqual(
        new Set(['CHL', 'MEX', 'COL', 'PER', 'ARG', 'BRA']),
      );
      const statuses = new Set(identities.map((identity) => identity.status));
      for (const status of KNOWN_IDENTITY_STATUSES) expect(statuses).toContain(status);
      expect(statuses).toContain('UNDER_REVIEW');
    });

    it('has families already, and at least 4 ACTIVE people in none', () => {
      const sandbox = createSandbox();
      const linked = new Set(
        sandbox.identities.flatMap((identity) => identity.children.map((child) => child.id)),
      );
      expect(
        sandbox.identities.filter((identity) => identity.children.length > 0).length,
      ).toBeGreaterThanOrEqual(2);
      const free = sandbox.identities.filter(
        (identity) =>
          identity.type === 'USER' &&
          identity.status === 'ACTIVE' &&
          identity.children.length === 0 &&
          !linked.has(identity.id),
      );
      expect(free.length).toBeGreaterThanOrEqual(4);
      for (const id of SANDBOX_IDS.linkableChildren)
        expect(free.map((identity) => identity.id)).toContain(id);
    });

    it('uses both id formats, including the documented sample ids', () => {
      const ids = createSandbox().identities.map((identity) => identity.id);
      expect(ids).toContain('1a5925ac-4629-f7bf-db28-ac0f655e3eef');
      expect(ids).toContain('679d29934a21df7584b38e12');
      expect(ids.some((id) => /^[0-9a-f]{24}$/.test(id))).toBe(true);
      expect(ids.some((id) => /^[0-9a-f]{8}-[0-9a-f]{4}-f[0-9a-f]{3}-/.test(id))).toBe(true);
    });
  });

  describe('given more matches than one page', () => {
    it('pages with `next` cursors until `next` is null, with count, previous and total', async () => {
      const sandbox = createSandbox({ identityCount: 95 });
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const query: string = `type=USER&limit=25${cursor ? `&next=${encodeURIComponent(cursor)}` : ''}`;
        const page = await search(sandbox, query);
        expect(page.pagination.count).toBe(page.data.length);
        expect(page.pagination.previous === null).toBe(pages === 0);
        seen.push(...page.data.map((identity) => identity.id as string));
        cursor = page.pagination.next;
        pages++;
      } while (cursor !== null);
      const users = sandbox.identities
        .filter((identity) => identity.type === 'USER')
        .map((identity) => identity.id);
      expect(seen).toEqual(users);
      expect(pages).toBe(Math.ceil(users.length / 25));
    });

    it('uses 20 as the default page size', async () => {
      const page = await search(createSandbox(), '');
      expect(page.data).toHaveLength(20);
      expect(typeof page.pagination.next).toBe('string');
    });
  });

  describe('given 5,000 generated identities', () => {
    it('finds one of them by its exact email, and pages through all of them with next', async () => {
      const sandbox = createSandbox({ identityCount: 5_000 });
      const target = sandbox.identities[4_321] as WireIdentity;
      const found = await search(sandbox, `email=${encodeURIComponent(target.email ?? '')}`);
      expect(found.data.map((identity) => identity.id)).toContain(target.id);
      const first = await search(sandbox, 'limit=100');
      const second = await search(sandbox, `limit=100&next=${first.pagination.next}`);
      expect(first.pagination.total).toBe(sandbox.identities.length);
      expect(second.data[0]?.id).toBe(sandbox.identities[100]?.id);
    });
  });

  describe('given an id named like an Object.prototype property', () => {
    it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty'])(
      '"%s" is an unknown identity: 404 notFound everywhere, never a crash',
      async (id) => {
        const sandbox = createSandbox();
        const read = await send(sandbox, 'GET', `/identities/${id}`);
        expect(read.status).toBe(404);
        expect(read.json).toMatchObject({ status: 404, code: '31', type: 'notFound' });
        const asParent = await send(sandbox, 'POST', childrenPath(id), {
          children: [SANDBOX_IDS.linkableChildren[0]],
        });
        expect(asParent.status).toBe(404);
        const asChild = await send(sandbox, 'POST', childrenPath(SANDBOX_IDS.parentUser), {
          children: [id],
        });
        expect(asChild.status).toBe(404);
        const unlink = await send(sandbox, 'DELETE', childrenPath(SANDBOX_IDS.parentUser), {
          children: [id],
        });
        expect(unlink.status).toBe(404);
        const filtered = await search(sandbox, `email=${id}&documentNumber=${id}`);
        expect(filtered.data).toEqual([]);
      },
    );
  });

  describe('given an invalid parameter', () => {
    it.each(['limit=0', 'limit=101', 'limit=ten', 'next=not-a-cursor', 'type=PERSON', 'country=CL'])(
      '%s answers 400 code "11" invalidParam',
      async (query) => {
        const answer = await send(createSandbox(), 'GET', `/identities?${query}`);
        expect(answer.status).toBe(400);
        expect(answer.json).toMatchObject({ code: '11', type: 'invalidParam' });
      },
    );
  });
});

describe('Conomy: unsupported requests', () => {
  it.each([
    ['PUT', childrenPath(SANDBOX_IDS.parentUser), 'POST, DELETE'],
    ['POST', '/identities', 'GET'],
    ['DELETE', `/identities/${SANDBOX_IDS.parentUser}`, 'GET'],
  ])('%s %s answers 405 JSON with Allow: %s', async (method, path, allow) => {
    const answer = await send(createSandbox(), method, path, { children: ['x'] });
    expect(answer.status).toBe(405);
    expect(answer.headers.get('allow')).toBe(allow);
    expect(answer.json).toMatchObject({ status: 405, type: 'methodNotAllowed' });
  });

  it('answers 404 JSON for a path it does not know', async () => {
    const answer = await send(createSandbox(), 'GET', '/accounts/42');
    expect(answer.status).toBe(404);
    expect(answer.json).toMatchObject({ status: 404, code: '31', type: 'notFound' });
  });
});
