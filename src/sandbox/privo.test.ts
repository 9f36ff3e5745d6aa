import { describe, expect, it, vi } from 'vitest';
import { SANDBOX_EMAILS, SEED_ADULTS, SEED_CHILD } from './fixtures.js';
import { createSandbox, type Sandbox, type SandboxOptions } from './sandbox.js';
import { PRIVO_TRIGGER_EMAILS } from './triggers.js';

vi.mock('react', () => ({}));

const BASE = '/api/privo';
/** 2025-06-15 12:00 UTC: the sandbox clock in these tests. */
const NOW = Date.UTC(2025, 5, 15, 12);

/** Parsed answer bodies are read freely in these tests, like a partner would in a console. */
// biome-ignore lint/suspicious/noExplicitAny: arbitrary JSON from the wire.
type Json = any;

interface Answer {
  status: number;
  headers: Headers;
  text: string;
  json: Json;
}

function sandboxAt(options: SandboxOptions = {}): Sandbox {
  return createSandbox({ now: () => NOW, ...options });
}

async function read(response: Response): Promise<Answer> {
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json };
}

async function createAccount(sandbox: Sandbox, body: unknown): Promise<Answer> {
  return read(
    await sandbox.fetcher(`${BASE}/api/account`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    }),
  );
}

async function resend(sandbox: Sandbox, query: string): Promise<Answer> {
  return read(await sandbox.fetcher(`${BASE}/api/consent/resend?${query}`, { method: 'GET' }));
}

const sally = {
  firstName: 'Sofía',
  userName: 'sofi_2015',
  birthDate_YYYYMMDD: '20150605',
  gender: 'Female',
  email: 'sofia.kid@example.com',
  parentEmail: SANDBOX_EMAILS.adultWithoutChild,
};

describe('PRIVO: POST /api/account', () => {
  describe('given an adult without children and a valid child', () => {
    it('answers 200 with the success envelope and the child entity', async () => {
      const sandbox = sandboxAt();
      const answer = await createAccount(sandbox, sally);
      expect(answer.status).toBe(200);
      expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
      expect(answer.json).toMatchObject({
        validationErrors: [0],
        status: 'success',
        message: null,
        resultCount: -1,
        totalCount: -1,
        responseTimestamp: NOW,
      });
      const { entity } = answer.json;
      expect(entity).toMatchObject({
        firstName: 'Sofía',
        lastName: null,
        userName: 'sofi_2015',
        email: 'sofia.kid@example.com',
        birthDate: Date.UTC(2015, 5, 5),
        gender: 2,
        genderType: 'Female',
        roleIdentifier: 'childRole',
        active: false,
        consentRequests: [],
        characteristics: ['CHILD'],
        creationDate: NOW,
      });
      expect(entity.serviceId).toMatch(/^[0-9a-f]+3d3d$/);
      expect(entity.id).toBe(entity.serviceId);
      expect(entity.consentUrl).toMatch(/^https:\/\/sandbox\.privo\.example\/e\/r\/a\?token=[0-9a-f]+$/);
    });

    it('records the child under the adult, so a second child is refused with 208', async () => {
      const sandbox = sandboxAt();
      const first = await createAccount(sandbox, sally);
      const adult = sandbox.adults.find((candidate) => candidate.email === SANDBOX_EMAILS.adultWithoutChild);
      expect(adult?.childServiceIds).toEqual([first.json.entity.serviceId]);
      expect(sandbox.childAccounts.at(-1)).toMatchObject({
        serviceId: first.json.entity.serviceId,
        parentServiceId: adult?.serviceId,
        consentStatus: 'pending',
      });
      const second = await createAccount(sandbox, {
        ...sally,
        userName: 'other_kid',
        email: 'other.kid@example.com',
      });
      expect(second.status).toBe(208);
      expect(second.json).toMatchObject({ status: 'failure', entity: null });
    });

    it('gives every child its own https consent URL and service id', async () => {
      const sandbox = sandboxAt();
      const answers = [];
      for (const [index, parentEmail] of SANDBOX_EMAILS.adultsWithoutChild.entries()) {
        answers.push(
          await createAccount(sandbox, {
            birthDate_YYYYMMDD: '20160101',
            parentEmail,
            userName: `kid_${index}`,
          }),
        );
      }
      expect(answers.every((answer) => answer.status === 200)).toBe(true);
      const urls = answers.map((answer) => answer.json.entity.consentUrl);
      expect(new Set(urls).size).toBe(urls.length);
      expect(urls.every((url) => url.startsWith('https://'))).toBe(true);
      expect(new Set(answers.map((answer) => answer.json.entity.serviceId)).size).toBe(answers.length);
    });

    it.each([
      [{ birthDate_YYYYMMDD: '20110301' }, 'teenRole', Date.UTC(2011, 2, 1)],
      [{ roleIdentifier: 'childRole' }, 'childRole', null],
      [{ roleIdentifier: 'teenRole', birthDate_YYYYMMDD: '20100101' }, 'teenRole', Date.UTC(2010, 0, 1)],
    ])('derives the role from %j', async (fields, roleIdentifier, birthDate) => {
      const answer = await createAccount(sandboxAt(), {
        ...fields,
        parentEmail: SANDBOX_EMAILS.adultWithoutChild,
      });
      expect(answer.status).toBe(200);
      expect(answer.json.entity).toMatchObject({ roleIdentifier, birthDate });
    });

    it('matches parentEmail case-insensitively', async () => {
      const answer = await createAccount(sandboxAt(), {
        ...sally,
        parentEmail: 'Lucia.Fernandez@Example.com',
      });
      expect(answer.status).toBe(200);
    });
  });

  describe('given invalid fields', () => {
    it.each([
      ['firstName', { firstName: 'Ana María' }, 'firstName must contain letters only'],
      ['firstName', { firstName: 'R2D2' }, 'firstName must contain letters only'],
      ['firstName', { firstName: '   ' }, 'firstName must not be blank'],
      ['firstName', { firstName: 42 }, 'firstName must be a string'],
      ['lastName', { lastName: 'Sm1th' }, 'lastName must contain letters only'],
      ['userName', { userName: 'ab' }, 'userName must be 3 to 20 letters, digits or underscores'],
      ['userName', { userName: 'cool kid' }, 'userName must be 3 to 20 letters, digits or underscores'],
      [
        'userName',
        { userName: 'a_very_long_user_name' },
        'userName must be 3 to 20 letters, digits or underscores',
      ],
      [
        'birthDate_YYYYMMDD',
        { birthDate_YYYYMMDD: '2015065' },
        'birthDate_YYYYMMDD must be a valid past date',
      ],
      [
        'birthDate_YYYYMMDD',
        { birthDate_YYYYMMDD: '20100230' },
        'birthDate_YYYYMMDD must be a valid past date',
      ],
      [
        'birthDate_YYYYMMDD',
        { birthDate_YYYYMMDD: '20250616' },
        'birthDate_YYYYMMDD must be a valid past date',
      ],
      ['email', { email: 'not-an-email' }, 'email must be a valid email address'],
      ['email', { email: 'LUCIA.fernandez@example.com' }, 'email must be different from parentEmail'],
      ['gender', { gender: 'Robot' }, 'gender must be one of Male, Female, Other, Unspecified'],
      // Names of Object.prototype members are unknown genders too, not inherited lookups.
      ['gender', { gender: 'constructor' }, 'gender must be one of Male, Female, Other, Unspecified'],
      ['gender', { gender: '__proto__' }, 'gender must be one of Male, Female, Other, Unspecified'],
      ['gender', { gender: 'toString' }, 'gender must be one of Male, Female, Other, Unspecified'],
      ['gender', { gender: 'hasOwnProperty' }, 'gender must be one of Male, Female, Other, Unspecified'],
      ['gender', { gender: 'valueOf' }, 'gender must be one of Male, Female, Other, Unspecified'],
      ['parentEmail', { parentEmail: 'lucia@' }, 'parentEmail must be a valid email address'],
      ['parentEmail', { parentEmail: undefined }, 'parentEmail is required'],
      [
        'birthDate_YYYYMMDD',
        { birthDate_YYYYMMDD: undefined },
        'birthDate_YYYYMMDD or roleIdentifier is required',
      ],
      [
        'birthDate_YYYYMMDD',
        { birthDate_YYYYMMDD: '19900101' },
        'birthDate_YYYYMMDD is outside the age range of every child role',
      ],
      [
        'roleIdentifier',
        { birthDate_YYYYMMDD: '20200101', roleIdentifier: 'teenRole' },
        'roleIdentifier does not match birthDate_YYYYMMDD',
      ],
    ])('%s in %j answers 400 with {field, message} and creates nothing', async (field, change, message) => {
      const sandbox = sandboxAt();
      const before = sandbox.childAccounts;
      const answer = await createAccount(sandbox, { ...sally, ...change });
      expect(answer.status).toBe(400);
      expect(answer.json).toMatchObject({ status: 'failure', entity: null });
      expect(answer.json.validationErrors).toContainEqual({ field, message });
      expect(sandbox.childAccounts).toBe(before);
    });

    it.each([
      ['a body that is not JSON', '{"firstName": "Sofía",', 'Request body could not be parsed as JSON'],
      ['a JSON array', '[1, 2]', 'Request body must be a JSON object'],
      [
        'an unknown roleIdentifier',
        JSON.stringify({ roleIdentifier: 'adultRole', parentEmail: SANDBOX_EMAILS.adultWithoutChild }),
        'roleIdentifier adultRole is not configured for this partner',
      ],
    ])('%s answers 400 with plain-string validationErrors', async (_label, body, message) => {
      const answer = await createAccount(sandboxAt(), body);
      expect(answer.status).toBe(400);
      expect(answer.json).toMatchObject({ status: 'failure', entity: null, validationErrors: [message] });
    });
  });

  describe('given a partner configuration that requires more fields', () => {
    it('answers 400 for each missing required field', async () => {
      const sandbox = sandboxAt({ requiredAccountFields: ['firstName', 'userName'] });
      const answer = await createAccount(sandbox, {
        birthDate_YYYYMMDD: '20150605',
        parentEmail: SANDBOX_EMAILS.adultWithoutChild,
      });
      expect(answer.status).toBe(400);
      expect(answer.json.validationErrors).toEqual([
        { field: 'firstName', message: 'firstName is required' },
        { field: 'userName', message: 'userName is required' },
      ]);
    });
  });

  describe('given a parent or value the backend refuses', () => {
    it.each([
      ['an unknown parentEmail', { parentEmail: SANDBOX_EMAILS.unknownAdult }, 404],
      ['an adult who already has a child', { parentEmail: SANDBOX_EMAILS.adultWithChild }, 208],
      ['a taken userName', { userName: SANDBOX_EMAILS.takenUserName }, 412],
      ['a taken userName in other letter case', { userName: 'CoolKid23' }, 412],
      ['a taken child email', { email: SANDBOX_EMAILS.takenChildEmail }, 412],
      ['an adult’s email as the child email', { email: 'jose.nunez@example.com' }, 412],
    ])('%s answers %i with a failure envelope', async (_label, change, status) => {
      const sandbox = sandboxAt();
      const answer = await createAccount(sandbox, { ...sally, ...change });
      expect(answer.status).toBe(status);
      expect(answer.json).toMatchObject({ status: 'failure', entity: null, message: expect.any(String) });
      expect(sandbox.childAccounts).toHaveLength(1);
    });

    it('names the taken field in validationErrors on 412', async () => {
      const answer = await createAccount(sandboxAt(), {
        ...sally,
        userName: SANDBOX_EMAILS.takenUserName,
        email: SANDBOX_EMAILS.takenChildEmail,
      });
      expect(answer.json.validationErrors).toEqual([
        { field: 'email', message: 'email is already in use' },
        { field: 'userName', message: 'userName is already in use' },
      ]);
    });
  });

  describe('given a trigger email as parentEmail', () => {
    it.each([
      [PRIVO_TRIGGER_EMAILS.unauthorized, 401],
      [PRIVO_TRIGGER_EMAILS.forbidden, 403],
      [PRIVO_TRIGGER_EMAILS.rateLimited, 429],
      [PRIVO_TRIGGER_EMAILS.serverError, 500],
      [PRIVO_TRIGGER_EMAILS.unavailable, 503],
      [PRIVO_TRIGGER_EMAILS.badGateway, 502],
      [PRIVO_TRIGGER_EMAILS.gatewayTimeout, 504],
      [PRIVO_TRIGGER_EMAILS.invalidResponse, 200],
      [PRIVO_TRIGGER_EMAILS.invalidFields, 400],
      [PRIVO_TRIGGER_EMAILS.unsafeConsentUrl, 200],
      [PRIVO_TRIGGER_EMAILS.noConsentUrl, 200],
    ])('%s answers %i', async (parentEmail, status) => {
      const answer = await createAccount(sandboxAt(), { ...sally, parentEmail });
      expect(answer.status).toBe(status);
    });

    it('matches the trigger in any letter case', async () => {
      const answer = await createAccount(sandboxAt(), { ...sally, parentEmail: 'RateLimit@Sandbox.Test' });
      expect(answer.status).toBe(429);
    });

    it.each([
      {
        email: PRIVO_TRIGGER_EMAILS.unauthorized,
        check: (answer: Answer) =>
          expect(answer.json).toEqual({ error: 'invalid_token', error_description: expect.any(String) }),
      },
      {
        email: PRIVO_TRIGGER_EMAILS.rateLimited,
        check: (answer: Answer) => {
          expect(answer.headers.get('retry-after')).toBe('3');
          expect(answer.json).toMatchObject({ status: 'failure', entity: null });
        },
      },
      {
        email: PRIVO_TRIGGER_EMAILS.serverError,
        check: (answer: Answer) => expect(answer.json).toMatchObject({ status: 'failure', entity: null }),
      },
      {
        email: PRIVO_TRIGGER_EMAILS.badGateway,
        check: (answer: Answer) => {
          expect(answer.headers.get('content-type')).toMatch(/^text\/html/);
          expect(answer.text).toContain('<h1>502 Bad Gateway</h1>');
        },
      },
      {
        email: PRIVO_TRIGGER_EMAILS.invalidResponse,
        check: (answer: Answer) => {
          expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
          expect(answer.json).toBeUndefined();
        },
      },
      {
        email: PRIVO_TRIGGER_EMAILS.invalidFields,
        check: (answer: Answer) =>
          expect(answer.json.validationErrors).toEqual([
            { field: 'firstName', message: expect.any(String) },
            { field: 'userName', message: expect.any(String) },
          ]),
      },
      {
        email: PRIVO_TRIGGER_EMAILS.unsafeConsentUrl,
        check: (answer: Answer) => {
          expect(answer.json.status).toBe('success');
          expect(answer.json.entity.consentUrl).toMatch(/^javascript:/);
        },
      },
      {
        email: PRIVO_TRIGGER_EMAILS.noConsentUrl,
        check: (answer: Answer) => {
          expect(answer.json.status).toBe('success');
          expect(answer.json.entity.consentUrl).toBeNull();
        },
      },
    ])('$email answers in the documented shape', async ({ email, check }) => {
      check(await createAccount(sandboxAt(), { ...sally, parentEmail: email }));
    });

    it('lets a success trigger create children again and again (it never has "a child already")', async () => {
      const sandbox = sandboxAt();
      const first = await createAccount(sandbox, {
        birthDate_YYYYMMDD: '20150605',
        parentEmail: PRIVO_TRIGGER_EMAILS.noConsentUrl,
      });
      const second = await createAccount(sandbox, {
        birthDate_YYYYMMDD: '20150605',
        parentEmail: PRIVO_TRIGGER_EMAILS.noConsentUrl,
      });
      expect([first.status, second.status]).toEqual([200, 200]);
    });

    it('timeout@sandbox.test never answers until aborted', async () => {
      const sandbox = sandboxAt();
      const controller = new AbortController();
      const pending = sandbox.fetcher(`${BASE}/api/account`, {
        method: 'POST',
        body: JSON.stringify({ ...sally, parentEmail: PRIVO_TRIGGER_EMAILS.timeout }),
        signal: controller.signal,
      });
      const raced = await Promise.race([
        pending.then(() => 'answered'),
        new Promise((resolve) => setTimeout(resolve, 30, 'waiting')),
      ]);
      expect(raced).toBe('waiting');
      controller.abort();
      await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    });

    it('network-error@sandbox.test rejects like fetch on a failed connection', async () => {
      await expect(
        sandboxAt().fetcher(`${BASE}/api/account`, {
          method: 'POST',
          body: JSON.stringify({ ...sally, parentEmail: PRIVO_TRIGGER_EMAILS.networkError }),
        }),
      ).rejects.toBeInstanceOf(TypeError);
    });
  });

  describe('given another method or path', () => {
    it('answers 405 with Allow: POST for GET /api/account', async () => {
      const answer = await read(await sandboxAt().fetcher(`${BASE}/api/account`, { method: 'GET' }));
      expect(answer.status).toBe(405);
      expect(answer.headers.get('allow')).toBe('POST');
      expect(answer.json).toMatchObject({ status: 'failure', entity: null });
    });

    it('answers 404 with a failure envelope for /api/account/parent (not emulated)', async () => {
      const answer = await read(
        await sandboxAt().fetcher(`${BASE}/api/account/parent`, { method: 'POST', body: '{}' }),
      );
      expect(answer.status).toBe(404);
      expect(answer.json).toMatchObject({ status: 'failure', entity: null });
    });

    it('accepts the trailing slash of the docs’ sample (POST {url}/api/account/)', async () => {
      const sandbox = sandboxAt();
      const response = await sandbox.fetcher(`${BASE}/api/account/`, {
        method: 'POST',
        body: JSON.stringify(sally),
      });
      expect(response.status).toBe(200);
    });
  });
});

describe('PRIVO: GET /api/consent/resend', () => {
  const sallyQuery = `requesterServiceId=${SEED_CHILD.serviceId}&approverServiceId=${SEED_CHILD.parentServiceId}`;

  describe('given the seeded child with consent pending', () => {
    it('answers 200 with the success envelope and entity null, as PRIVO documents', async () => {
      const sandbox = sandboxAt();
      const answer = await resend(sandbox, sallyQuery);
      expect(answer.status).toBe(200);
      expect(answer.json).toMatchObject({
        status: 'success',
        message: 'Consent request resent',
        entity: null,
      });
      expect(sandbox.childAccounts[0]).toMatchObject({ resendCount: 1, lastResentAt: NOW });
    });

    it.each([
      ['the child and the parent service id', sallyQuery],
      [
        'the child and the parent email (any letter case)',
        `requesterServiceId=${SEED_CHILD.serviceId}&email=MARTA.gonzalez@example.com`,
      ],
      [
        'the child, the parent service id and the parent email',
        `${sallyQuery}&email=${SANDBOX_EMAILS.adultWithChild}`,
      ],
    ])('finds it by %s', async (_label, query) => {
      expect((await resend(sandboxAt(), query)).status).toBe(200);
    });
  });

  describe('given a resend a moment ago', () => {
    it('answers 429 with the seconds left in Retry-After, then 200 once the cool-down is over', async () => {
      let now = NOW;
      const sandbox = createSandbox({ now: () => now });
      expect((await resend(sandbox, sallyQuery)).status).toBe(200);
      now += 10_500;
      const limited = await resend(sandbox, sallyQuery);
      expect(limited.status).toBe(429);
      expect(limited.headers.get('retry-after')).toBe('20');
      expect(limited.json).toMatchObject({ status: 'failure', entity: null });
      now += 19_500;
      expect((await resend(sandbox, sallyQuery)).status).toBe(200);
    });

    it('never limits when resendCooldownMs is 0', async () => {
      const sandbox = sandboxAt({ resendCooldownMs: 0 });
      expect((await resend(sandbox, sallyQuery)).status).toBe(200);
      expect((await resend(sandbox, sallyQuery)).status).toBe(200);
    });
  });

  describe('given a child created through the API', () => {
    it('resends for it by child and adult service ids, and by child and parent email', async () => {
      const sandbox = sandboxAt({ resendCooldownMs: 0 });
      const created = await createAccount(sandbox, sally);
      const adult = SEED_ADULTS.find((candidate) => candidate.email === sally.parentEmail);
      const child = created.json.entity.serviceId;
      expect(
        (await resend(sandbox, `requesterServiceId=${child}&approverServiceId=${adult?.serviceId}`)).status,
      ).toBe(200);
      expect((await resend(sandbox, `requesterServiceId=${child}&email=${sally.parentEmail}`)).status).toBe(
        200,
      );
    });
  });

  describe('given an incomplete request (PRIVO needs the child and the parent)', () => {
    it.each([
      ['no parameters', ''],
      ['the parent email alone', `email=${SANDBOX_EMAILS.adultWithChild}`],
      ['the parent service id alone', `approverServiceId=${SEED_CHILD.parentServiceId}`],
      [
        'the parent service id and email without the child',
        `approverServiceId=${SEED_CHILD.parentServiceId}&email=${SANDBOX_EMAILS.adultWithChild}`,
      ],
      ['the child alone', `requesterServiceId=${SEED_CHILD.serviceId}`],
      [
        'the child with blank parent values',
        `requesterServiceId=${SEED_CHILD.serviceId}&approverServiceId=%20&email=`,
      ],
      ['a trigger email without the child', `email=${PRIVO_TRIGGER_EMAILS.serverError}`],
    ])('%s answers 404 with the failure envelope and resends nothing', async (_label, query) => {
      const sandbox = sandboxAt();
      const answer = await resend(sandbox, query);
      expect(answer.status).toBe(404);
      expect(answer.json).toMatchObject({ status: 'failure', entity: null });
      expect(sandbox.childAccounts[0]).toMatchObject({ resendCount: 0, lastResentAt: null });
    });
  });

  describe('given a child and a parent that do not match', () => {
    it.each([
      ['an unknown child', `requesterServiceId=abc&approverServiceId=${SEED_CHILD.parentServiceId}`],
      [
        'the wrong adult service id',
        `requesterServiceId=${SEED_CHILD.serviceId}&approverServiceId=${SEED_ADULTS[0]?.serviceId}`,
      ],
      [
        'the email of another adult',
        `requesterServiceId=${SEED_CHILD.serviceId}&email=${SANDBOX_EMAILS.adultWithoutChild}`,
      ],
      [
        'the right adult service id but another email',
        `${sallyQuery}&email=${SANDBOX_EMAILS.adultWithoutChild}`,
      ],
      [
        'a child named like an Object member',
        `requesterServiceId=constructor&email=${SANDBOX_EMAILS.adultWithChild}`,
      ],
    ])('%s answers 404 with the failure envelope', async (_label, query) => {
      const sandbox = sandboxAt();
      const answer = await resend(sandbox, query);
      expect(answer.status).toBe(404);
      expect(answer.json).toMatchObject({ status: 'failure', entity: null });
      expect(sandbox.childAccounts[0]).toMatchObject({ resendCount: 0 });
    });
  });

  describe('given a complete request whose email is a trigger', () => {
    it('answers with the trigger (here 500)', async () => {
      const answer = await resend(
        sandboxAt(),
        `requesterServiceId=${SEED_CHILD.serviceId}&email=${PRIVO_TRIGGER_EMAILS.serverError}`,
      );
      expect(answer.status).toBe(500);
      expect(answer.json).toMatchObject({ status: 'failure', entity: null });
    });
  });
});

describe('PRIVO: the seeded accounts', () => {
  it('has at least 5 adults without children and one with a child', () => {
    const { adults, childAccounts } = createSandbox();
    expect(adults.filter((adult) => adult.childServiceIds.length === 0).length).toBeGreaterThanOrEqual(5);
    const withChild = adults.filter((adult) => adult.childServiceIds.length > 0);
    expect(withChild.map((adult) => adult.email)).toEqual([SANDBOX_EMAILS.adultWithChild]);
    expect(childAccounts.map((child) => child.entity.userName)).toEqual([SANDBOX_EMAILS.takenUserName]);
    for (const email of SANDBOX_EMAILS.adultsWithoutChild) {
      expect(adults.find((adult) => adult.email === email)?.childServiceIds).toEqual([]);
    }
  });
});
