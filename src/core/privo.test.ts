import { afterEach, describe, expect, it, vi } from 'vitest';
import { rejection } from '../../test/support/rejection.js';
import { addChildAccount, resendConsent, safeConsentUrl } from './privo.js';

vi.mock('react', () => ({}));

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });
}

function fetcherAnswering(answer: () => Response | Promise<Response>) {
  const calls: Array<{ url: string; init: RequestInit }> = [];
  const fetcher = vi.fn(async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    return answer();
  });
  return { fetcher, calls };
}

const input = {
  firstName: 'Sally',
  userName: 'coolkid23',
  birthDate_YYYYMMDD: '20100605',
  gender: 'Female',
  email: 'someEmailAddress@someDomain.com',
  parentEmail: 'someExistingAdult@someDomain.com',
};

const entity = {
  serviceId: '5a334e59484a46673d3d',
  firstName: 'Sally',
  userName: 'coolkid23',
  birthDate: 76550400000,
  gender: 2,
  genderType: 'Female',
  active: false,
  consentUrl: 'https://privo.example/e/r/a?token=6c3254537931724b',
  characteristics: ['CHILD'],
};

const success = {
  validationErrors: [0],
  status: 'success',
  message: null,
  resultCount: -1,
  totalCount: -1,
  entity,
};

afterEach(() => {
  vi.useRealTimers();
});

describe('addChildAccount', () => {
  describe('given the seed example', () => {
    it('posts exactly the given fields as JSON to {baseUrl}/api/account', async () => {
      const { fetcher, calls } = fetcherAnswering(() => json(200, success));
      await addChildAccount({ baseUrl: '/api/privo/', fetcher }, { ...input, firstName: '  Sally ' });
      expect(calls).toHaveLength(1);
      expect(calls[0]?.url).toBe('/api/privo/api/account');
      expect(calls[0]?.init.method).toBe('POST');
      expect(JSON.parse(String(calls[0]?.init.body))).toEqual(input);
      expect(calls[0]?.init.headers).toMatchObject({ 'content-type': 'application/json' });
    });

    it('sends only the fields given: nothing is added', async () => {
      const { fetcher, calls } = fetcherAnswering(() => json(200, success));
      await addChildAccount(
        { baseUrl: '/p', fetcher },
        { parentEmail: 'p@example.com', roleIdentifier: 'kid' },
      );
      expect(JSON.parse(String(calls[0]?.init.body))).toEqual({
        roleIdentifier: 'kid',
        parentEmail: 'p@example.com',
      });
    });

    it('treats validationErrors: [0] on a success as the docs placeholder, and returns the consent URL', async () => {
      const { fetcher } = fetcherAnswering(() => json(200, success));
      const result = await addChildAccount({ baseUrl: '/p', fetcher }, input);
      expect(result.status).toBe('success');
      expect(result.message).toBeNull();
      expect(result.entity.serviceId).toBe(entity.serviceId);
      expect(result.entity.characteristics).toEqual(['CHILD']);
      expect(result.consentUrl).toBe(entity.consentUrl);
    });

    it.each([201])('accepts HTTP %i', async (status) => {
      const { fetcher } = fetcherAnswering(() => json(status, success));
      await expect(addChildAccount({ baseUrl: '/p', fetcher }, input)).resolves.toMatchObject({
        status: 'success',
      });
    });
  });

  describe('given an unsafe consent URL', () => {
    it.each([
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      ' jAvAsCrIpT:alert(1)',
      'java\nscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'VBSCRIPT:msgbox(1)',
      '/relative/consent',
      '//privo.example/consent',
      'ftp://privo.example/consent',
      '',
      null,
    ])('%o → consentUrl null, the account still created', async (consentUrl) => {
      const { fetcher } = fetcherAnswering(() =>
        json(200, { ...success, entity: { ...entity, consentUrl } }),
      );
      const result = await addChildAccount({ baseUrl: '/p', fetcher }, input);
      expect(result.consentUrl).toBeNull();
      expect(result.entity.serviceId).toBe(entity.serviceId);
    });
  });

  describe('given input refused before sending', () => {
    it.each([
      ['an invalid parent email', { ...input, parentEmail: 'nope' }, 'parentEmail'],
      [
        'a birth date that is not 8 digits',
        { ...input, birthDate_YYYYMMDD: '2010-06-05' },
        'birthDate_YYYYMMDD',
      ],
      ['a date that does not exist', { ...input, birthDate_YYYYMMDD: '20100230' }, 'birthDate_YYYYMMDD'],
      ['a future date', { ...input, birthDate_YYYYMMDD: '29990101' }, 'birthDate_YYYYMMDD'],
      [
        'the child email equal to the parent email',
        { ...input, email: input.parentEmail.toUpperCase() },
        'email',
      ],
      ['a blank user name', { ...input, userName: '  ' }, 'userName'],
    ])('%s → validation on %s, no request', async (_title, bad, field) => {
      const { fetcher } = fetcherAnswering(() => json(200, success));
      const error = await rejection(addChildAccount({ baseUrl: '/p', fetcher }, bad));
      expect(error.kind).toBe('validation');
      expect(error.fieldErrors?.[field]?.length).toBeGreaterThan(0);
      expect(fetcher).not.toHaveBeenCalled();
    });
  });

  describe('given a PRIVO failure', () => {
    it('208 (the adult already has children) → conflict', async () => {
      const { fetcher } = fetcherAnswering(() =>
        json(208, { ...success, status: 'failure', entity: null, message: 'Already Reported' }),
      );
      const error = await rejection(addChildAccount({ baseUrl: '/p', fetcher }, input));
      expect(error.kind).toBe('conflict');
      expect(error.status).toBe(208);
      expect(error.reason).toBe('adult-has-children');
      expect(fetcher).toHaveBeenCalledTimes(1);
    });

    it('412 (email in use) naming no field → conflict, reason email-in-use, taken on the child email sent', async () => {
      const { fetcher } = fetcherAnswering(() =>
        json(412, { status: 'failure', message: 'Email already in use', entity: null }),
      );
      const error = await rejection(addChildAccount({ baseUrl: '/p', fetcher }, input));
      expect(error.kind).toBe('conflict');
      expect(error.message).toBe('Email already in use');
      expect(error.reason).toBe('email-in-use');
      expect(error.fieldErrors).toEqual({ email: ['taken'] });
    });

    it('412 naming the email → reason email-in-use, the field error kept', async () => {
      const { fetcher } = fetcherAnswering(() =>
        json(412, {
          status: 'failure',
          message: 'email already in use',
          entity: null,
          validationErrors: [{ field: 'email', message: 'email is already in use' }],
        }),
      );
      const error = await rejection(addChildAccount({ baseUrl: '/p', fetcher }, input));
      expect(error).toMatchObject({ kind: 'conflict', status: 412, reason: 'email-in-use' });
      expect(error.fieldErrors).toEqual({ email: ['taken'] });
    });

    it('412 without a child email sent and no field named → reason email-in-use, no invented field', async () => {
      const { fetcher } = fetcherAnswering(() =>
        json(412, { status: 'failure', message: 'Email already in use', entity: null }),
      );
      const { email: _email, ...withoutEmail } = input;
      const error = await rejection(addChildAccount({ baseUrl: '/p', fetcher }, withoutEmail));
      expect(error).toMatchObject({ kind: 'conflict', reason: 'email-in-use' });
      expect(error.fieldErrors).toBeUndefined();
    });

    it('412 naming only the user name → reason user-name-in-use', async () => {
      const { fetcher } = fetcherAnswering(() =>
        json(412, {
          status: 'failure',
          message: 'userName already in use',
          entity: null,
          validationErrors: [{ field: 'userName', message: 'userName is already in use' }],
        }),
      );
      const error = await rejection(addChildAccount({ baseUrl: '/p', fetcher }, input));
      expect(error).toMatchObject({ kind: 'conflict', reason: 'user-name-in-use' });
      expect(error.fieldErrors).toEqual({ userName: ['taken'] });
    });

    it('other failures carry no reason', async () => {
      const { fetcher } = fetcherAnswering(() => json(500, { status: 'failure', entity: null }));
      const error = await rejection(addChildAccount({ baseUrl: '/p', fetcher }, input));
      expect(error.kind).toBe('server');
      expect(error.reason).toBeUndefined();
    });

    it('400 with validationErrors objects → validation with field errors (known messages as codes)', async () => {
      const { fetcher } = fetcherAnswering(() =>
        json(400, {
          status: 'failure',
          entity: null,
          validationErrors: [
            { field: 'userName', message: 'userName is already taken' },
            { field: 'birthDate_YYYYMMDD', message: 'birthDate_YYYYMMDD must be a valid past date' },
          ],
        }),
      );
      const error = await rejection(addChildAccount({ baseUrl: '/p', fetcher }, input));
      expect(error.kind).toBe('validation');
      expect(error.fieldErrors).toEqual({
        userName: ['taken'],
        birthDate_YYYYMMDD: ['birthDate_YYYYMMDD must be a valid past date'],
      });
    });

    it('validationErrors as strings and numbers are read too', async () => {
      const { fetcher } = fetcherAnswering(() =>
        json(400, {
          status: 'failure',
          entity: null,
          validationErrors: ['email: invalid format', 42, 'Something else went wrong'],
        }),
      );
      const error = await rejection(addChildAccount({ baseUrl: '/p', fetcher }, input));
      expect(error.fieldErrors).toEqual({ email: ['invalid format'], form: ['Something else went wrong'] });
    });

    it('a 200 envelope whose status is not "success" is a failure, not a success', async () => {
      const { fetcher } = fetcherAnswering(() =>
        json(200, {
          status: 'failure',
          entity: null,
          message: 'nope',
          validationErrors: [{ field: 'gender', message: 'not enabled' }],
        }),
      );
      const error = await rejection(addChildAccount({ baseUrl: '/p', fetcher }, input));
      expect(error.kind).toBe('validation');
      expect(error.fieldErrors).toEqual({ gender: ['not enabled'] });
    });

    it('a success envelope without an entity → invalid-response', async () => {
      const { fetcher } = fetcherAnswering(() => json(200, { ...success, entity: null }));
      expect((await rejection(addChildAccount({ baseUrl: '/p', fetcher }, input))).kind).toBe(
        'invalid-response',
      );
    });

    it.each([500, 502, 503])(
      'HTTP %i is never retried (account creation is not idempotent)',
      async (status) => {
        const { fetcher } = fetcherAnswering(() => new Response('<html>down</html>', { status }));
        const error = await rejection(addChildAccount({ baseUrl: '/p', fetcher, retry: 5 }, input));
        expect(error.kind).toBe('server');
        expect(fetcher).toHaveBeenCalledTimes(1);
      },
    );

    it('a lost connection → network with mayHaveSucceeded, sent once', async () => {
      const fetcher = vi.fn(async () => {
        throw new TypeError('Failed to fetch');
      });
      const error = await rejection(addChildAccount({ baseUrl: '/p', fetcher, retry: 3 }, input));
      expect(error.kind).toBe('network');
      expect(error.mayHaveSucceeded).toBe(true);
      expect(fetcher).toHaveBeenCalledTimes(1);
    });

    it('a timeout → timeout with mayHaveSucceeded', async () => {
      const fetcher = vi.fn(() => new Promise<Response>(() => {}));
      vi.useFakeTimers();
      const promise = rejection(addChildAccount({ baseUrl: '/p', fetcher, timeoutMs: 100 }, input));
      await vi.advanceTimersByTimeAsync(101);
      const error = await promise;
      expect(error.kind).toBe('timeout');
      expect(error.mayHaveSucceeded).toBe(true);
    });
  });
});

describe('safeConsentUrl', () => {
  it.each([
    ['https://privo.example/e/r/a?token=1', 'https://privo.example/e/r/a?token=1'],
    ['  http://privo.example/x ', 'http://privo.example/x'],
    ['HTTPS://PRIVO.EXAMPLE/x', 'https://privo.example/x'],
    ['javascript:alert(1)', null],
    ['https:', null],
    [42, null],
    [undefined, null],
  ])('%o → %o', (value, expected) => {
    expect(safeConsentUrl(value)).toBe(expected);
  });
});

describe('resendConsent', () => {
  it('asks PRIVO to resend with the child and the parent service ids', async () => {
    const { fetcher, calls } = fetcherAnswering(() =>
      json(200, { status: 'success', message: null, entity: null }),
    );
    await resendConsent(
      { baseUrl: '/p', fetcher },
      { requesterServiceId: 'child', approverServiceId: 'adult' },
    );
    expect(calls[0]?.url).toBe('/p/api/consent/resend?requesterServiceId=child&approverServiceId=adult');
    expect(calls[0]?.init.method).toBe('GET');
  });

  it('asks PRIVO to resend with the child and the parent email (trimmed, encoded)', async () => {
    const { fetcher, calls } = fetcherAnswering(() =>
      json(200, { status: 'success', message: null, entity: null }),
    );
    expect(
      await resendConsent(
        { baseUrl: '/p', fetcher },
        { requesterServiceId: ' child ', email: ' p+1@example.com ' },
      ),
    ).toEqual({ status: 'success', message: null });
    expect(calls[0]?.url).toBe('/p/api/consent/resend?requesterServiceId=child&email=p%2B1%40example.com');
  });

  describe('given an incomplete request (PRIVO answers 404 to it)', () => {
    it.each([
      [{}, { requesterServiceId: ['required'], approverServiceId: ['required'], email: ['required'] }],
      [{ email: 'p@example.com' }, { requesterServiceId: ['required'] }],
      [{ approverServiceId: 'adult' }, { requesterServiceId: ['required'] }],
      [{ requesterServiceId: 'child' }, { approverServiceId: ['required'], email: ['required'] }],
      [
        { requesterServiceId: 'child', approverServiceId: '  ', email: '' },
        { approverServiceId: ['required'], email: ['required'] },
      ],
      [{ requesterServiceId: 'child', email: 'not-an-email' }, { email: ['invalid-email'] }],
      [{ requesterServiceId: 42, email: 'p@example.com' }, { requesterServiceId: ['invalid-type'] }],
    ])('%j is refused before sending, naming %j', async (given, fieldErrors) => {
      const { fetcher } = fetcherAnswering(() => json(200, { status: 'success', entity: null }));
      const error = await rejection(
        resendConsent({ baseUrl: '/p', fetcher }, given as Parameters<typeof resendConsent>[1]),
      );
      expect(error).toMatchObject({ kind: 'validation', operation: 'resendConsent' });
      expect(error.fieldErrors).toEqual(fieldErrors);
      expect(fetcher).not.toHaveBeenCalled();
    });
  });

  it('404 → not-found', async () => {
    const { fetcher } = fetcherAnswering(() =>
      json(404, { status: 'failure', message: 'No consent request', entity: null }),
    );
    expect(
      (
        await rejection(
          resendConsent({ baseUrl: '/p', fetcher }, { requesterServiceId: 'child', email: 'p@example.com' }),
        )
      ).kind,
    ).toBe('not-found');
  });
});
