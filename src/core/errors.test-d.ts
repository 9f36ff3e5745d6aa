// `KinshipError['kind']` is the discriminant hosts switch on: exactly these ten kinds, narrowing.
import { describe, expectTypeOf, it } from 'vitest';
import { isKinshipError, KINSHIP_ERROR_KINDS, KinshipError, type KinshipErrorKind } from '../headless.js';

describe('KinshipErrorKind', () => {
  it('is exactly the ten kinds', () => {
    expectTypeOf<KinshipErrorKind>().toEqualTypeOf<
      | 'validation'
      | 'unauthorized'
      | 'not-found'
      | 'conflict'
      | 'rate-limited'
      | 'server'
      | 'network'
      | 'timeout'
      | 'aborted'
      | 'invalid-response'
    >();
    expectTypeOf(KINSHIP_ERROR_KINDS).toEqualTypeOf<readonly KinshipErrorKind[]>();
  });
});

describe('KinshipError', () => {
  it('has `kind` as its discriminant, narrowed by a comparison', () => {
    const error = new KinshipError('server', 'x');
    expectTypeOf(error.kind).toEqualTypeOf<KinshipErrorKind>();
    if (error.kind === 'rate-limited') expectTypeOf(error.kind).toEqualTypeOf<'rate-limited'>();
    if (error.kind !== 'validation' && error.kind !== 'network') {
      expectTypeOf(error.kind).not.toEqualTypeOf<KinshipErrorKind>();
      expectTypeOf<'validation'>().not.toExtend<typeof error.kind>();
    }
  });

  it('refuses a kind outside the ten', () => {
    // @ts-expect-error: not a kind
    new KinshipError('oops', 'x');
  });

  it('carries the documented optional fields', () => {
    expectTypeOf<KinshipError['fieldErrors']>().toEqualTypeOf<Record<string, string[]> | undefined>();
    expectTypeOf<KinshipError['retryAfterMs']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<KinshipError['traceId']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<KinshipError['mayHaveSucceeded']>().toEqualTypeOf<boolean | undefined>();
  });

  it('is what isKinshipError narrows an unknown value to', () => {
    const caught: unknown = null;
    if (isKinshipError(caught)) expectTypeOf(caught).toEqualTypeOf<KinshipError>();
  });
});
