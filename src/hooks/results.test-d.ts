// The hook results are unions narrowed by `status` (TanStack's `MutationObserverResult` pattern):
// what a partner's TypeScript lets them read in each state is part of the contract.
import { describe, expectTypeOf, it } from 'vitest';
import type {
  AddChildAccountInput,
  AddChildAccountResult,
  ConsentStatusRecord,
  Identity,
  IdentityChild,
  KinshipError,
  KinshipEvent,
  ResendConsentAnswer,
  ResendConsentInput,
  UseAddChildAccountResult,
  UseAddChildrenResult,
  UseChildrenResult,
  UseConsentStatusResult,
  UseRemoveChildrenResult,
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

describe('useRemoveChildren result', () => {
  it('has the shape of useAddChildren: four statuses, the identity on success, a KinshipError on error', () => {
    expectTypeOf<UseRemoveChildrenResult['status']>().toEqualTypeOf<
      'idle' | 'pending' | 'success' | 'error'
    >();
    const result = {} as UseRemoveChildrenResult;
    if (result.status === 'success') {
      expectTypeOf(result.data).toEqualTypeOf<Identity>();
      expectTypeOf(result.isSuccess).toEqualTypeOf<true>();
    }
    if (result.isError) {
      expectTypeOf(result.error).toEqualTypeOf<KinshipError>();
      expectTypeOf(result.data).toEqualTypeOf<undefined>();
    }
  });

  it('takes the children ids; the fire-and-forget form returns nothing, the async one the identity', () => {
    const result = {} as UseRemoveChildrenResult;
    expectTypeOf(result.removeChildren).parameters.toEqualTypeOf<[string[]]>();
    expectTypeOf(result.removeChildren).returns.toEqualTypeOf<void>();
    expectTypeOf(result.removeChildrenAsync).returns.toEqualTypeOf<Promise<Identity>>();
    expectTypeOf(result.reset).toEqualTypeOf<() => void>();
  });
});

describe('useChildren result', () => {
  it('has exactly pending, success and error; data is an Identity on success', () => {
    expectTypeOf<UseChildrenResult['status']>().toEqualTypeOf<'pending' | 'success' | 'error'>();
    const result = {} as UseChildrenResult;
    if (result.status === 'success') {
      expectTypeOf(result.data).toEqualTypeOf<Identity>();
      expectTypeOf(result.error).toEqualTypeOf<undefined>();
    }
    if (result.status === 'pending') expectTypeOf(result.data).toEqualTypeOf<undefined>();
    if (result.status === 'error') {
      expectTypeOf(result.error).toEqualTypeOf<KinshipError>();
      expectTypeOf(result.data).toEqualTypeOf<Identity | undefined>();
    }
  });

  it('always has the children list ({ id, name, email }) and refresh', () => {
    const result = {} as UseChildrenResult;
    expectTypeOf(result.children).toEqualTypeOf<IdentityChild[]>();
    expectTypeOf(result.children[0]!.id).toEqualTypeOf<string>();
    expectTypeOf(result.children[0]!.name).toEqualTypeOf<string | null | undefined>();
    expectTypeOf(result.children[0]!.email).toEqualTypeOf<string | null | undefined>();
    expectTypeOf(result.refresh).toEqualTypeOf<() => void>();
  });
});

describe('useConsentStatus result', () => {
  it('has an optional status string, record and error, and refresh', () => {
    const result = {} as UseConsentStatusResult;
    expectTypeOf(result.status).toEqualTypeOf<string | undefined>();
    expectTypeOf(result.record).toEqualTypeOf<ConsentStatusRecord | undefined>();
    expectTypeOf(result.error).toEqualTypeOf<KinshipError | undefined>();
    expectTypeOf(result.refresh).toEqualTypeOf<() => void>();
  });

  it('types the record as { serviceId, status, updatedAt } with the five known states', () => {
    expectTypeOf<ConsentStatusRecord['serviceId']>().toEqualTypeOf<string>();
    expectTypeOf<ConsentStatusRecord['updatedAt']>().toEqualTypeOf<string | null>();
    expectTypeOf<'approved'>().toExtend<ConsentStatusRecord['status']>();
    expectTypeOf<'postponed'>().toExtend<ConsentStatusRecord['status']>();
  });
});

describe('KinshipEvent', () => {
  it('is discriminated by type, and each kind carries its ids', () => {
    expectTypeOf<KinshipEvent['type']>().toEqualTypeOf<
      | 'children.linked'
      | 'children.unlinked'
      | 'account.created'
      | 'consent.resent'
      | 'consent.status'
      | 'error'
    >();
    const event = {} as KinshipEvent;
    expectTypeOf(event.at).toEqualTypeOf<string>();
    if (event.type === 'children.unlinked') {
      expectTypeOf(event.identityId).toEqualTypeOf<string>();
      expectTypeOf(event.children).toEqualTypeOf<string[]>();
    }
    if (event.type === 'consent.status') {
      expectTypeOf(event.serviceId).toEqualTypeOf<string>();
      expectTypeOf(event.status).toEqualTypeOf<string>();
    }
    if (event.type === 'error') {
      expectTypeOf(event.kind).toEqualTypeOf<KinshipError['kind']>();
    }
  });
});
