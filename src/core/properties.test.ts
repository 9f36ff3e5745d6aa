import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { formatMessage } from '../i18n/format.js';
import { readValidationErrors } from './answerChecks.js';
import { addChildren, searchIdentities } from './conomy.js';
import { isKinshipError } from './errors.js';
import { addChildAccount, safeConsentUrl } from './privo.js';
import { validateAddChildAccountInput, validateAddChildrenInput } from './validation.js';

vi.mock('react', () => ({}));

// Hostile input: whatever the server or the host sends, the operations resolve to a well-formed
// value or reject with a KinshipError — never a raw TypeError/SyntaxError, never a crash.

const statuses = fc.constantFrom(200, 201, 204, 208, 400, 401, 403, 404, 409, 412, 422, 429, 500, 502, 503);
const bodies = fc.oneof(
  fc.json(),
  fc.jsonValue().map((value) => JSON.stringify(value)),
  fc.string(),
  fc.constant(''),
  fc.constant('<html><body>Bad gateway</body></html>'),
  fc
    .record({ id: fc.oneof(fc.string(), fc.integer()), children: fc.anything() }, { requiredKeys: [] })
    .map((value) => JSON.stringify(value)),
  fc
    .record(
      {
        status: fc.oneof(fc.constant('success'), fc.string()),
        entity: fc.anything(),
        validationErrors: fc.anything(),
        message: fc.anything(),
      },
      { requiredKeys: [] },
    )
    .map((value) => JSON.stringify(value)),
);
const headers = fc.record(
  {
    'retry-after': fc.oneof(
      fc.string(),
      fc.nat().map(String),
      fc.date().map((d) => (Number.isNaN(d.getTime()) ? 'x' : d.toUTCString())),
    ),
  },
  { requiredKeys: [] },
);

function answering(status: number, body: string, extra: Record<string, string>) {
  return vi.fn(async () => new Response(status === 204 ? null : body, { status, headers: extra }));
}

async function settle(promise: Promise<unknown>): Promise<'value' | 'kinship-error'> {
  try {
    await promise;
    return 'value';
  } catch (error) {
    if (isKinshipError(error)) return 'kinship-error';
    throw error;
  }
}

describe('given any answer from the server', () => {
  it('addChildren resolves to an identity with a string id and an array of children, or a KinshipError', async () => {
    await fc.assert(
      fc.asyncProperty(statuses, bodies, headers, async (status, body, extra) => {
        const fetcher = answering(status, body, extra);
        try {
          const identity = await addChildren(
            { baseUrl: '/c', fetcher, retry: 0 },
            { identityId: 'p', children: ['c'] },
          );
          expect(typeof identity.id).toBe('string');
          expect(Array.isArray(identity.children)).toBe(true);
        } catch (error) {
          expect(isKinshipError(error)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('addChildAccount resolves with a safe consentUrl (http(s) or null), or a KinshipError', async () => {
    await fc.assert(
      fc.asyncProperty(statuses, bodies, headers, async (status, body, extra) => {
        const fetcher = answering(status, body, extra);
        try {
          const result = await addChildAccount(
            { baseUrl: '/p', fetcher },
            { parentEmail: 'p@example.com', roleIdentifier: 'kid' },
          );
          expect(result.status).toBe('success');
          expect(result.consentUrl === null || /^https?:\/\//.test(result.consentUrl)).toBe(true);
        } catch (error) {
          expect(isKinshipError(error)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('searchIdentities resolves to a page with an array of identities, or a KinshipError', async () => {
    await fc.assert(
      fc.asyncProperty(statuses, bodies, async (status, body) => {
        const outcome = await settle(
          searchIdentities({ baseUrl: '/c', fetcher: answering(status, body, {}), retry: 0 }, { text: 'a' }),
        );
        expect(['value', 'kinship-error']).toContain(outcome);
      }),
      { numRuns: 200 },
    );
  });

  it('readValidationErrors always gives a record of string lists', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const errors = readValidationErrors(value, ['userName', 'email']);
        for (const list of Object.values(errors)) {
          expect(Array.isArray(list)).toBe(true);
          for (const message of list) expect(typeof message).toBe('string');
        }
      }),
    );
  });

  it('safeConsentUrl returns null or an http(s) URL, never another scheme', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.webUrl(), fc.anything()), (value) => {
        const url = safeConsentUrl(value);
        expect(url === null || /^https?:\/\//.test(url)).toBe(true);
      }),
    );
  });
});

describe('given any strings from the host or the user', () => {
  it('addChildren either refuses with a validation error and sends nothing, or sends one request', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string(), fc.array(fc.string(), { maxLength: 5 }), async (identityId, children) => {
        const fetcher = vi.fn(
          async () => new Response(JSON.stringify({ id: 'p', children: [] }), { status: 200 }),
        );
        try {
          await addChildren({ baseUrl: '/c', fetcher, retry: 0 }, { identityId, children });
          expect(fetcher).toHaveBeenCalledTimes(1);
          const url = String((fetcher.mock.calls[0] as unknown[] | undefined)?.[0]);
          // The id stays inside one path segment, whatever it contains.
          expect(url).toBe(`/c/identities/${encodeURIComponent(identityId.trim())}/children`);
        } catch (error) {
          expect(isKinshipError(error) && error.kind).toBe('validation');
          expect(fetcher).not.toHaveBeenCalled();
        }
      }),
      { numRuns: 300 },
    );
  });

  it('the validators never throw, for any value in any field', () => {
    const fields = fc.record(
      {
        firstName: fc.anything(),
        lastName: fc.anything(),
        userName: fc.anything(),
        birthDate_YYYYMMDD: fc.oneof(fc.string(), fc.stringMatching(/^\d{8}$/), fc.anything()),
        roleIdentifier: fc.anything(),
        gender: fc.anything(),
        email: fc.oneof(fc.emailAddress(), fc.string()),
        parentEmail: fc.oneof(fc.emailAddress(), fc.string(), fc.anything()),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fields, (input) => {
        const { value, fieldErrors } = validateAddChildAccountInput(input);
        for (const list of Object.values(fieldErrors)) expect(list.length).toBeGreaterThan(0);
        for (const sent of Object.values(value)) expect(typeof sent).toBe('string');
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.anything(), (input) => {
        expect(() => validateAddChildrenInput(input)).not.toThrow();
      }),
    );
  });

  it('addChildAccount sends a request only for input the validator accepts, with only string fields', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record(
          {
            firstName: fc.string(),
            userName: fc.string(),
            birthDate_YYYYMMDD: fc.oneof(fc.string(), fc.constantFrom('20100605', '20100230', '29990101')),
            email: fc.oneof(fc.emailAddress(), fc.string()),
            parentEmail: fc.oneof(fc.emailAddress(), fc.string()),
          },
          { requiredKeys: ['parentEmail'] },
        ),
        async (input) => {
          const fetcher = vi.fn(async () => new Response('{}', { status: 500 }));
          const outcome = await settle(addChildAccount({ baseUrl: '/p', fetcher }, input));
          expect(outcome).toBe('kinship-error');
          const accepted = Object.keys(validateAddChildAccountInput(input).fieldErrors).length === 0;
          expect(fetcher).toHaveBeenCalledTimes(accepted ? 1 : 0);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('formatMessage never throws for any template or values', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.dictionary(fc.string(), fc.oneof(fc.string(), fc.integer())),
        (template, values) => {
          expect(typeof formatMessage(template, values, 'pt-BR')).toBe('string');
        },
      ),
    );
  });
});

// Ids that would change the request path (`/identities/../children`) or that `encodeURIComponent`
// cannot encode (a lone surrogate throws a raw URIError) are refused before any request.
const dotSegmentIds = fc.constantFrom('.', '..', ' . ', ' .. ');
const loneSurrogates = fc.oneof(
  fc.integer({ min: 0xd800, max: 0xdbff }),
  fc.integer({ min: 0xdc00, max: 0xdfff }),
);
const surrogateIds = fc
  .tuple(fc.string({ maxLength: 8 }), loneSurrogates, fc.string({ maxLength: 8 }))
  .map(([before, unit, after]) => `${before}${String.fromCharCode(unit)}${after}`)
  .filter((id) => /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(id));
const hostileIds = fc.oneof(dotSegmentIds, surrogateIds);
const goodIds = fc.stringMatching(/^[0-9a-f]{24}$/);

describe('given an id that is a dot segment or not well-formed UTF-16', () => {
  it('addChildren refuses it as the parent id with kind validation under identityId, sending nothing', async () => {
    await fc.assert(
      fc.asyncProperty(hostileIds, goodIds, async (identityId, child) => {
        const fetcher = vi.fn(async () => Response.json({ id: 'p', children: [] }));
        const error = await addChildren({ baseUrl: '/c', fetcher }, { identityId, children: [child] }).then(
          () => undefined,
          (caught: unknown) => caught,
        );
        expect(isKinshipError(error)).toBe(true);
        expect(isKinshipError(error) && error.kind).toBe('validation');
        expect(isKinshipError(error) && error.fieldErrors?.identityId).toEqual(['invalid-id']);
        expect(isKinshipError(error) && error.fieldErrors?.children).toBeUndefined();
        expect(fetcher).not.toHaveBeenCalled();
      }),
    );
  });

  it('addChildren refuses it among the children with kind validation under children, sending nothing', async () => {
    await fc.assert(
      fc.asyncProperty(
        goodIds,
        fc.array(goodIds, { maxLength: 3 }),
        hostileIds,
        async (identityId, others, bad) => {
          const fetcher = vi.fn(async () => Response.json({ id: identityId, children: [] }));
          const children = [...others.filter((id) => id !== identityId), bad];
          const error = await addChildren({ baseUrl: '/c', fetcher }, { identityId, children }).then(
            () => undefined,
            (caught: unknown) => caught,
          );
          expect(isKinshipError(error) && error.kind).toBe('validation');
          expect(isKinshipError(error) && error.fieldErrors?.children).toEqual(['invalid-id']);
          expect(isKinshipError(error) && error.fieldErrors?.identityId).toBeUndefined();
          expect(fetcher).not.toHaveBeenCalled();
        },
      ),
    );
  });

  it('validateAddChildrenInput reports it without throwing', () => {
    fc.assert(
      fc.property(hostileIds, (id) => {
        expect(validateAddChildrenInput({ identityId: id, children: ['c1'] }).fieldErrors.identityId).toEqual(
          ['invalid-id'],
        );
        expect(validateAddChildrenInput({ identityId: 'p', children: [id] }).fieldErrors.children).toEqual([
          'invalid-id',
        ]);
      }),
    );
  });
});
