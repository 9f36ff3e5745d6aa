// The hook results are unions narrowed by `status` (TanStack's `MutationObserverResult` pattern):
// what a partner's TypeScript lets them read in each state is part of the contract.
import { describe, expectTypeOf, it } from 'vitest';
import type {
  AddChildAccountInput,
  AddChildAccountResult,
  Identity,
  KinshipError,
  ResendConsentAnswer,
  ResendConsentInput,
  UseAddChildAccountResult,
  UseAddChildrenResult,
  UseResendConsentOptions,
  UseResendConsentResult,
} from '../headless.js';

describe('useAddChildren result', () => {
  it('has exactly the four statuses', () => {
    expectTypeOf<UseAddChildrenResult['status']>().toEqualTypeOf<'idle' | 'pending' | 'success' | 'error'>();
  });

  it('narrows `data` to an Identity and `error` to undefined on success', () => {
    const result = {} as UseAddChildrenResult;
    if (result.status === 'success') {
      expectTypeOf(result.data).toEqualTypeOf<Identity>();
      expectTypeOf(result.error).toEqualTypeOf<undefined>();
      expectTypeOf(result.isSuccess).toEqualTypeOf<true>();
      expectTypeOf(result.isPending).toEqualTypeOf<false>();
    }
  });

  it('narrows `error` to a KinshipError and `data` to undefined on error', () => {
    const result = {} as UseAddChildrenResult;
    if (result.status === 'error') {
      expectTypeOf(result.error).toEqualTypeOf<KinshipError>();
      expectTypeOf(result.data).toEqualTypeOf<undefined>();
      expectTypeOf(result.isError).toEqualTypeOf<true>();
    }
  });

  it('narrows by a flag as well as by `status`', () => {
    const result = {} as UseAddChildrenResult;
    if (result.isSuccess) expectTypeOf(result.data).toEqualTypeOf<Identity>();
    if (result.isError) expectTypeOf(result.error).toEqualTypeOf<KinshipError>();
    if (result.isPending) expectTypeOf(result.data).toEqualTypeOf<undefined>();
  });

  it('leaves `data` possibly undefined before narrowing', () => {
    expectTypeOf<UseAddChildrenResult['data']>().toEqualTypeOf<Identity | undefined>();
    expectTypeOf<UseAddChildrenResult['error']>().toEqualTypeOf<KinshipError | undefined>();
  });

  it('takes the children ids; the fire-and-forget form returns nothing, the async one the identity', () => {
    expectTypeOf<UseAddChildrenResult['addChildren']>().toEqualTypeOf<(children: string[]) => void>();
    expectTypeOf<UseAddChildrenResult['addChildrenAsync']>().toEqualTypeOf<
      (children: string[]) => Promise<Identity>
    >();
  });
});

describe('useAddChildAccount result', () => {
  it('narrows `data` to the account result on success and `error` to a KinshipError on error', () => {
    const result = {} as UseAddChildAccountResult;
    if (result.status === 'success') {
      expectTypeOf(result.data).toEqualTypeOf<AddChildAccountResult>();
      expectTypeOf(result.data.consentUrl).toEqualTypeOf<string | null>();
    } else if (result.status === 'error') {
      expectTypeOf(result.error).toEqualTypeOf<KinshipError>();
      expectTypeOf(result.error.mayHaveSucceeded).toEqualTypeOf<boolean | undefined>();
    } else {
      expectTypeOf(result.status).toEqualTypeOf<'idle' | 'pending'>();
      expectTypeOf(result.data).toEqualTypeOf<undefined>();
      expectTypeOf(result.error).toEqualTypeOf<undefined>();
    }
  });

  it('takes the account input; the async form resolves with the result', () => {
    expectTypeOf<UseAddChildAccountResult['addChildAccount']>().parameters.toEqualTypeOf<
      [input: AddChildAccountInput]
    >();
    expectTypeOf<UseAddChildAccountResult['addChildAccountAsync']>().returns.toEqualTypeOf<
      Promise<AddChildAccountResult>
    >();
  });
});

describe('useResendConsent result', () => {
  it("has exactly the four statuses, with PRIVO's answer on success and a KinshipError on error", () => {
    expectTypeOf<UseResendConsentResult['status']>().toEqualTypeOf<
      'idle' | 'pending' | 'success' | 'error'
    >();
    const result = {} as UseResendConsentResult;
    if (result.status === 'success') {
      expectTypeOf(result.data).toEqualTypeOf<ResendConsentAnswer>();
      expectTypeOf(result.data.message).toEqualTypeOf<string | null>();
      expectTypeOf(result.error).toEqualTypeOf<undefined>();
      expectTypeOf(result.isSuccess).toEqualTypeOf<true>();
    } else if (result.status === 'error') {
      expectTypeOf(result.error).toEqualTypeOf<KinshipError>();
      expectTypeOf(result.data).toEqualTypeOf<undefined>();
      expectTypeOf(result.isError).toEqualTypeOf<true>();
    } else {
      expectTypeOf(result.status).toEqualTypeOf<'idle' | 'pending'>();
      expectTypeOf(result.data).toEqualTypeOf<undefined>();
      expectTypeOf(result.error).toEqualTypeOf<undefined>();
    }
    if (result.isPending) expectTypeOf(result.data).toEqualTypeOf<undefined>();
  });

  it('takes whose consent to resend; fire-and-forget returns nothing, the async form the answer', () => {
    expectTypeOf<UseResendConsentResult['resendConsent']>().toEqualTypeOf<
      (input: ResendConsentInput) => void
    >();
    expectTypeOf<UseResendConsentResult['resendConsentAsync']>().toEqualTypeOf<
      (input: ResendConsentInput) => Promise<ResendConsentAnswer>
    >();
    expectTypeOf<UseResendConsentResult['reset']>().toEqualTypeOf<() => void>();
    expectTypeOf<keyof UseResendConsentOptions>().toEqualTypeOf<'privo' | 'onSuccess' | 'onError'>();
  });
});
