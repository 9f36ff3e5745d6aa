import { act, render, renderHook, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { type ReactNode, StrictMode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { SANDBOX_EMAILS } from '../sandbox/fixtures.js';
import { createSandbox } from '../sandbox/sandbox.js';
import { KinshipProvider } from './KinshipProvider.js';
import { type UseAddChildFormOptions, useAddChildForm } from './useAddChildForm.js';

function manualFetcher() {
  const requests: Array<{ body: unknown; resolve: (response: Response) => void }> = [];
  const fetcher = vi.fn(
    (_url: string, init: RequestInit) =>
      new Promise<Response>((resolve) => {
        requests.push({ body: JSON.parse(String(init.body)), resolve });
      }),
  );
  return { fetcher, requests };
}

function success(): Response {
  return new Response(
    JSON.stringify({
      status: 'success',
      entity: { serviceId: 'c1', consentUrl: 'https://consent.example.com/x' },
    }),
    { status: 200 },
  );
}

const VALID = {
  firstName: 'Lucía',
  userName: 'lucia_2015',
  birthDay: '7',
  birthMonth: '3',
  birthYear: '2015',
  parentEmail: 'ana@example.com',
};

function wrapperWith(fetcher: ReturnType<typeof manualFetcher>['fetcher'], { strict = false } = {}) {
  return ({ children }: { children: ReactNode }) => {
    const tree = <KinshipProvider privo={{ baseUrl: '/api/privo', fetcher }}>{children}</KinshipProvider>;
    return strict ? <StrictMode>{tree}</StrictMode> : tree;
  };
}

/** A minimal host markup built only from the prop getters. */
function HeadlessForm(options: UseAddChildFormOptions) {
  const form = useAddChildForm(options);
  return (
    <form {...form.getFormProps()}>
      <label htmlFor={form.ids.field('firstName')}>Name</label>
      <input {...form.getFieldProps('firstName')} />
      <button {...form.getSubmitProps()}>Go</button>
      <p>{form.status}</p>
    </form>
  );
}

describe('useAddChildForm', () => {
  describe('given default values', () => {
    describe('when submitted under React.StrictMode', () => {
      it('sends exactly one request and reaches success', async () => {
        const { fetcher, requests } = manualFetcher();
        const { result } = renderHook(() => useAddChildForm({ defaultValues: VALID }), {
          wrapper: wrapperWith(fetcher, { strict: true }),
        });
        act(() => result.current.submit());
        act(() => result.current.submit());
        expect(result.current.status).toBe('pending');
        expect(fetcher).toHaveBeenCalledTimes(1);
        await act(async () => requests[0]?.resolve(success()));
        expect(result.current.status).toBe('success');
        expect(result.current.result?.consentUrl).toBe('https://consent.example.com/x');
      });
    });
  });

  describe('given a request in flight', () => {
    describe('when the form unmounts', () => {
      it('does not call onCreated afterwards', async () => {
        const { fetcher, requests } = manualFetcher();
        const onCreated = vi.fn();
        const { result, unmount } = renderHook(() => useAddChildForm({ defaultValues: VALID, onCreated }), {
          wrapper: wrapperWith(fetcher),
        });
        act(() => result.current.submit());
        unmount();
        await act(async () => requests[0]?.resolve(success()));
        expect(onCreated).not.toHaveBeenCalled();
      });
    });

    describe('when the user resets', () => {
      it('ignores the old answer and starts over from the default values', async () => {
        const { fetcher, requests } = manualFetcher();
        const { result } = renderHook(() => useAddChildForm({ defaultValues: VALID }), {
          wrapper: wrapperWith(fetcher),
        });
        act(() => result.current.submit());
        act(() => result.current.reset());
        await act(async () => requests[0]?.resolve(success()));
        expect(result.current.status).toBe('idle');
        expect(result.current.values.firstName).toBe('Lucía');
      });
    });
  });

  describe('given a created child', () => {
    /** Answers the account creation at once; holds each resend until the test answers it. */
    function resendFetcher() {
      const resends: Array<{ url: string; signal: AbortSignal | undefined; resolve: (r: Response) => void }> =
        [];
      const fetcher = vi.fn((url: string, init: RequestInit) => {
        if (init.method === 'POST') return Promise.resolve(success());
        return new Promise<Response>((resolve) => {
          resends.push({ url, signal: init.signal ?? undefined, resolve });
        });
      });
      return { fetcher, resends };
    }
    const accepted = () =>
      new Response(JSON.stringify({ status: 'success', message: null }), { status: 200 });

    describe('when the parent asks for the consent email twice before the answer', () => {
      it('sends one resend request, for the child and the parent, and both calls settle', async () => {
        const { fetcher, resends } = resendFetcher();
        const { result } = renderHook(() => useAddChildForm({ defaultValues: VALID }), {
          wrapper: wrapperWith(fetcher),
        });
        await act(async () => result.current.submit());
        expect(result.current.status).toBe('success');
        let first: Promise<void> | undefined;
        let second: Promise<void> | undefined;
        act(() => {
          first = result.current.resendConsent();
          second = result.current.resendConsent();
        });
        expect(resends).toHaveLength(1);
        expect(resends[0]?.url).toBe(
          '/api/privo/api/consent/resend?requesterServiceId=c1&email=ana%40example.com',
        );
        await act(async () => resends[0]?.resolve(accepted()));
        await expect(first).resolves.toBeUndefined();
        await expect(second).resolves.toBeUndefined();
      });
    });

    describe('when the form unmounts during a resend', () => {
      it('aborts the resend request', async () => {
        const { fetcher, resends } = resendFetcher();
        const { result, unmount } = renderHook(() => useAddChildForm({ defaultValues: VALID }), {
          wrapper: wrapperWith(fetcher),
        });
        await act(async () => result.current.submit());
        act(() => {
          result.current.resendConsent().catch(() => {});
        });
        expect(resends[0]?.signal?.aborted).toBe(false);
        unmount();
        expect(resends[0]?.signal?.aborted).toBe(true);
      });
    });
  });

  describe('given an onStatusChange callback', () => {
    it('reports each change of status (not the first render), and a throw in it breaks nothing', async () => {
      const { fetcher, requests } = manualFetcher();
      const seen: string[] = [];
      vi.stubGlobal('reportError', () => {});
      const { result } = renderHook(
        () =>
          useAddChildForm({
            defaultValues: VALID,
            onStatusChange: (status) => {
              seen.push(status);
              throw new Error('host bug');
            },
          }),
        { wrapper: wrapperWith(fetcher) },
      );
      expect(seen).toEqual([]);
      act(() => result.current.submit());
      expect(seen).toEqual(['pending']);
      await act(async () => requests[0]?.resolve(success()));
      expect(seen).toEqual(['pending', 'success']);
      expect(result.current.status).toBe('success');
      vi.unstubAllGlobals();
    });
  });

  describe('given a stateReducer', () => {
    it('lets the host change a transition (here: upper-case the first name)', async () => {
      const { fetcher } = manualFetcher();
      const user = userEvent.setup({ delay: null });
      render(
        <HeadlessForm
          stateReducer={(_state, { changes, type }) =>
            type === 'FieldChange'
              ? {
                  ...changes,
                  values: { ...changes.values, firstName: changes.values.firstName.toUpperCase() },
                }
              : changes
          }
        />,
        { wrapper: wrapperWith(fetcher) },
      );
      await user.type(screen.getByRole('textbox', { name: 'Name' }), 'ana');
      expect((screen.getByRole('textbox', { name: 'Name' }) as HTMLInputElement).value).toBe('ANA');
    });
  });

  describe('given host handlers on a field', () => {
    it('runs the host’s first and skips the kit’s when it calls preventDefault', () => {
      const { fetcher } = manualFetcher();
      const { result } = renderHook(() => useAddChildForm(), { wrapper: wrapperWith(fetcher) });
      const onChange = vi.fn((event: { preventDefault: () => void }) => event.preventDefault());
      const props = result.current.getFieldProps('firstName', { onChange });
      const event = {
        target: { value: 'x' },
        defaultPrevented: false,
        preventDefault() {
          event.defaultPrevented = true;
        },
      };
      act(() => props.onChange(event as unknown as Parameters<typeof props.onChange>[0]));
      expect(onChange).toHaveBeenCalledTimes(1);
      expect(result.current.values.firstName).toBe('');
    });
  });

  describe('given a locale', () => {
    it.each([
      ['en', ['month', 'day', 'year']],
      ['pt-BR', ['day', 'month', 'year']],
    ])('orders the date parts for %s', (locale, order) => {
      const { fetcher } = manualFetcher();
      const { result } = renderHook(() => useAddChildForm(), {
        wrapper: ({ children }) => (
          <KinshipProvider privo={{ baseUrl: '/p', fetcher }} locale={locale}>
            {children}
          </KinshipProvider>
        ),
      });
      expect(result.current.dateParts).toEqual(order);
    });
  });

  describe('against the sandbox', () => {
    function sandboxWrapper(sandbox: ReturnType<typeof createSandbox>) {
      return ({ children }: { children: ReactNode }) => (
        <KinshipProvider privo={{ baseUrl: '/api/privo', fetcher: sandbox.fetcher }}>
          {children}
        </KinshipProvider>
      );
    }

    describe('given a parent who already has a child (PRIVO 208)', () => {
      it('reports reason adult-has-children, offers the parent account instead of a retry, and never resends', async () => {
        const sandbox = createSandbox();
        const { result } = renderHook(
          () =>
            useAddChildForm({
              defaultValues: { ...VALID, parentEmail: SANDBOX_EMAILS.adultWithChild },
              parentAccountUrl: 'https://privo.example/account',
            }),
          { wrapper: sandboxWrapper(sandbox) },
        );
        await act(async () => result.current.submit());
        await vi.waitFor(() => expect(result.current.status).toBe('error'));
        expect(result.current.error).toMatchObject({
          kind: 'conflict',
          status: 208,
          reason: 'adult-has-children',
        });
        expect(result.current.alert?.action).toBe('parent-account');
        expect(result.current.alert?.messages[0]?.key).toBe('error.adult-has-children');
        expect(result.current.canRetry).toBe(false);
        expect(result.current.parentAccountUrl).toBe('https://privo.example/account');
        act(() => result.current.retry());
        expect(sandbox.requests).toHaveLength(1);
      });
    });

    describe('given a created child', () => {
      it('resends consent with the child and the parent, which the sandbox accepts', async () => {
        const sandbox = createSandbox();
        const { result } = renderHook(
          () =>
            useAddChildForm({ defaultValues: { ...VALID, parentEmail: SANDBOX_EMAILS.adultWithoutChild } }),
          { wrapper: sandboxWrapper(sandbox) },
        );
        await act(async () => result.current.submit());
        await vi.waitFor(() => expect(result.current.status).toBe('success'));
        expect(result.current.canAddForAnotherParent).toBe(true);
        await act(async () => result.current.resendConsent());
        const resend = sandbox.requests.at(-1);
        expect(resend?.path).toBe('/api/consent/resend');
        expect(resend?.status).toBe(200);
        expect(resend?.query.requesterServiceId).toBe(result.current.result?.entity.serviceId);
        expect(resend?.query.email).toBe(SANDBOX_EMAILS.adultWithoutChild);
      });

      it('with a host-given parent email, offers no new form for the same parent', async () => {
        const sandbox = createSandbox();
        const { result } = renderHook(
          () =>
            useAddChildForm({
              parentEmail: SANDBOX_EMAILS.adultWithoutChild,
              defaultValues: VALID,
              parentAccountUrl: 'javascript:alert(1)',
            }),
          { wrapper: sandboxWrapper(sandbox) },
        );
        await act(async () => result.current.submit());
        await vi.waitFor(() => expect(result.current.status).toBe('success'));
        expect(result.current.canAddForAnotherParent).toBe(false);
        expect(result.current.parentAccountUrl).toBeNull();
      });
    });
  });
});
