import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { rejection } from '../../test/support/rejection.js';
import { readValidationErrors, serverFieldMessage } from './answerChecks.js';
import type { KinshipError } from './errors.js';
import {
  addChildFormReducer,
  initialAddChildFormState,
  placeFieldErrors,
  resolveAddChildFormConfig,
  serverFieldErrorsByField,
  visibleFieldErrors,
} from './form/index.js';
import { send } from './http.js';
import { addChildAccount, resendConsent } from './privo.js';

vi.mock('react', () => ({}));

// Field-error maps are keyed by strings from the server or the user. A field named like a member
// of Object.prototype must be an ordinary key: never a raw TypeError, never a 400 turned into
// `network` (and retried), never `mayHaveSucceeded` after a plain refusal.

const PROTOTYPE_NAMES = [
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'valueOf',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toLocaleString',
  '__defineGetter__',
  '__lookupSetter__',
] as const;

/** A field name the server may send: a prototype member's name, or any non-blank string. */
const fieldNames = fc.oneof(
  fc.constantFrom(...PROTOTYPE_NAMES),
  fc.string({ minLength: 1 }).filter((value) => value.trim() !== ''),
);
const messages = fc.oneof(
  fc.constantFrom('is not allowed', 'must be shorter', 'toString', 'constructor'),
  fc.string({ minLength: 1 }).filter((value) => value.trim() !== ''),
);

/** A fetcher answering a PRIVO 400 failure envelope with one `{field, message}` validation error. */
function refusing(field: string, message: string) {
  const body = `{"validationErrors":[${JSON.stringify({ field, message })}],"status":"failure","message":"Invalid request","entity":null}`;
  return vi.fn(
    async () => new Response(body, { status: 400, headers: { 'content-type': 'application/json' } }),
  );
}

function expectRefusal(error: KinshipError, field: string, message: string) {
  expect(error.kind).toBe('validation');
  expect(error.status).toBe(400);
  expect(error.mayHaveSucceeded).toBeUndefined();
  expect(error.fieldErrors).toBeDefined();
  const fieldErrors = error.fieldErrors as Record<string, string[]>;
  expect(Object.hasOwn(fieldErrors, field)).toBe(true);
  expect(fieldErrors[field]).toEqual([serverFieldMessage(message)]);
}

describe('given a server validation error whose field is named like an Object member', () => {
  describe('when an idempotent request gets the 400', () => {
    it('rejects with kind validation, the message under that field, after one request', async () => {
      await fc.assert(
        fc.asyncProperty(fieldNames, messages, async (field, message) => {
          const fetcher = refusing(field, message);
          const error = await rejection(
            send(
              { baseUrl: '/api/privo', fetcher, retry: 2 },
              {
                operation: 'resendConsent',
                method: 'GET',
                path: '/x',
                idempotent: true,
                privoFields: [],
              },
            ),
          );
          expectRefusal(error, field, message);
          expect(fetcher).toHaveBeenCalledTimes(1);
        }),
        { numRuns: 150 },
      );
    });
  });

  describe('when an account creation gets the 400', () => {
    it('rejects with kind validation, never mayHaveSucceeded, after one request', async () => {
      await fc.assert(
        fc.asyncProperty(fieldNames, messages, async (field, message) => {
          const fetcher = refusing(field, message);
          const error = await rejection(
            addChildAccount(
              { baseUrl: '/api/privo', fetcher },
              { birthDate_YYYYMMDD: '20150307', parentEmail: 'lucia.fernandez@example.com' },
            ),
          );
          expectRefusal(error, field, message);
          expect(fetcher).toHaveBeenCalledTimes(1);
        }),
        { numRuns: 150 },
      );
    });
  });

  describe('when a consent resend gets the 400', () => {
    it('rejects with kind validation after one request', async () => {
      await fc.assert(
        fc.asyncProperty(fieldNames, messages, async (field, message) => {
          const fetcher = refusing(field, message);
          const error = await rejection(
            resendConsent(
              { baseUrl: '/api/privo', fetcher },
              { requesterServiceId: 'child-1', email: 'lucia.fernandez@example.com' },
            ),
          );
          expectRefusal(error, field, message);
          expect(fetcher).toHaveBeenCalledTimes(1);
        }),
        { numRuns: 100 },
      );
    });
  });

  describe('when the error is a plain string "field: message"', () => {
    it.each(PROTOTYPE_NAMES.filter((name) => /^[A-Za-z_]/.test(name)))(
      '"%s: is not allowed" is kept under that field',
      (field) => {
        const errors = readValidationErrors([`${field}: is not allowed`]);
        expect(Object.keys(errors)).toEqual([field]);
        expect(errors[field]).toEqual(['is not allowed']);
      },
    );
  });
});

describe('given the form receives server errors on fields named like Object members', () => {
  const config = resolveAddChildFormConfig({});

  it('keeps each under its own name, shows it in the alert list, and drops nothing else', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fieldNames, { minLength: 1, maxLength: 4 }), messages, (fields, message) => {
        const fieldErrors = readValidationErrors(fields.map((field) => ({ field, message })));
        const byField = serverFieldErrorsByField(fieldErrors);
        for (const field of fields) {
          const target = field === 'birthDate_YYYYMMDD' ? 'birthDate' : field;
          expect(Object.hasOwn(byField, target)).toBe(true);
        }
        const failed = addChildFormReducer(initialAddChildFormState(), {
          type: 'SubmitFailure',
          // biome-ignore lint/suspicious/noExplicitAny: a KinshipError-shaped value is enough here.
          error: { kind: 'validation', fieldErrors } as any,
        });
        const visible = visibleFieldErrors(failed, {});
        const { placed, unplaced } = placeFieldErrors(visible, config);
        const shown = [...Object.keys(placed), ...unplaced.map((entry) => entry.field)];
        expect(new Set(shown)).toEqual(new Set(Object.keys(byField)));
        // Editing a field only drops that field's server error.
        const edited = addChildFormReducer(failed, { type: 'FieldChange', name: 'firstName', value: 'Ana' });
        for (const key of Object.keys(byField)) {
          if (key !== 'firstName') expect(Object.hasOwn(edited.serverErrors, key)).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('maps a server map with own `__proto__` and `constructor` keys without losing or inventing any', () => {
    const fromServer = JSON.parse(
      '{"__proto__":["p"],"constructor":["c"],"toString":["t"],"birthDate_YYYYMMDD":["b"]}',
    ) as Record<string, string[]>;
    const byField = serverFieldErrorsByField(fromServer);
    expect(Object.entries(byField)).toEqual([
      ['__proto__', ['p']],
      ['constructor', ['c']],
      ['toString', ['t']],
      ['birthDate', ['b']],
    ]);
    expect(Object.hasOwn(serverFieldErrorsByField({}), 'constructor')).toBe(false);
  });
});
