import { act, renderHook } from '@testing-library/react';
import { type ReactNode, StrictMode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { KinshipError } from '../core/errors.js';
import { resendConsent } from '../core/privo.js';
import { KinshipProvider } from './KinshipProvider.js';
import { useResendConsent } from './useResendConsent.js';

function manualFetcher() {
  const requests: Array<{
    url: string;
    init: RequestInit;
    resolve: (response: Response) => void;
    reject: (e: unknown) => void;
  }> = [];
  const fetcher = vi.fn(
    (url: string, init: RequestInit) =>
      new Promise<Response>((resolve, reject) => {
        requests.push({ url, init, resolve, reject });
      }),
  );
  return { fetcher, requests };
}

function wrapperWith(fetcher: (url: string, init: RequestInit) => Promise<Response>, strict = false) {
  return ({ children }: { children: ReactNode }) => {
    const tree = <KinshipProvider privo={{ baseUrl: '/api/privo', fetcher }}>{children}</KinshipProvider>;
    return strict ? <StrictMode>{tree}</StrictMode> : tree;
  };
}

const input = { requesterServiceId: 'child-service-1', email: 'adult@example.com' };
const accepted = () =>
  new Response(JSON.stringify({ status: 'success', message: 'Email sent', entity: null }), { status: 200 });

afterEach(() => {
  vi.restoreAllMocks();
});

describe('useResendConsent', () => {
  describe('given an accepted resend', () => {
    it('goes idle → pending → success, asks for the child and the parent, and calls onSuccess', async () => {
      const { fetcher, requests } = manualFetcher();
      const onSuccess = vi.fn();
      const { result } = renderHook(() => useResendConsent({ onSuccess }), { wrapper: wrapperWith(fetcher) });
      expect(result.current.status).toBe('idle');
      expect(result.current.isIdle).toBe(true);
      act(() => result.current.resendConsent(input));
      expect(result.current.status).toBe('pending');
      expect(result.current.isPending).toBe(true);
      expect(requests[0]?.url).toBe(
        '/api/privo/api/consent/resend?requesterServiceId=child-service-1&email=adult%40example.com',
      );
      await act(async () => requests[0]?.resolve(accepted()));
      expect(result.current.status).toBe('success');
      expect(result.current.data).toEqual({ status: 'success', message: 'Email sent' });
      expect(onSuccess).toHaveBeenCalledWith({ status: 'success', message: 'Email sent' }, input);
    });
  });

  describe('given a pending resend', () => {
    describe('when it is asked again (a double click)', () => {
      it('sends one request, and both awaitable calls get the same answer', async () => {
        const { fetcher, requests } = manualFetcher();
        const { result } = renderHook(() => useResendConsent(), { wrapper: wrapperWith(fetcher) });
        let first: Promise<unknown> | undefined;
        let second: Promise<unknown> | undefined;
        act(() => {
          first = result.current.resendConsentAsync(input);
          second = result.current.resendConsentAsync(input);
          result.current.resendConsent(input);
        });
        expect(fetcher).toHaveBeenCalledTimes(1);
        await act(async () => requests[0]?.resolve(accepted()));
        await expect(first).resolves.toEqual({ status: 'success', message: 'Email sent' });
        await expect(second).resolves.toEqual({ status: 'success', message: 'Email sent' });
        expect(fetcher).toHaveBeenCalledTimes(1);
      });
    });

    describe('when the component unmounts', () => {
      it('aborts the request and neither updates nor calls back', async () => {
        const { fetcher, requests } = manualFetcher();
        const onSuccess = vi.fn();
        const onError = vi.fn();
        const { result, unmount } = renderHook(() => useResendConsent({ onSuccess, onError }), {
          wrapper: wrapperWith(fetcher),
        });
        act(() => result.current.resendConsent(input));
        const signal = requests[0]?.init.signal;
        unmount();
        expect(signal?.aborted).toBe(true);
        await act(async () => requests[0]?.resolve(accepted()));
        expect(onSuccess).not.toHaveBeenCalled();
        expect(onError).not.toHaveBeenCalled();
      });
    });

    describe('when it is reset', () => {
      it('aborts it, goes back to idle and ignores the late answer', async () => {
        const { fetcher, requests } = manualFetcher();
        const { result } = renderHook(() => useResendConsent(), { wrapper: wrapperWith(fetcher) });
        act(() => result.current.resendConsent(input));
        act(() => result.current.reset());
        expect(result.current.status).toBe('idle');
        expect(requests[0]?.init.signal?.aborted).toBe(true);
        await act(async () => requests[0]?.resolve(accepted()));
        expect(result.current.status).toBe('idle');
      });
    });
  });

  describe('given React Strict Mode (effects run twice)', () => {
    it('still sends and reports the answer', async () => {
      const { fetcher, requests } = manualFetcher();
      const { result } = renderHook(() => useResendConsent(), { wrapper: wrapperWith(fetcher, true) });
      act(() => result.current.resendConsent(input));
      expect(requests[0]?.init.signal?.aborted).toBe(false);
      await act(async () => requests[0]?.resolve(accepted()));
      expect(result.current.status).toBe('success');
    });
  });

  describe('given a rate limit', () => {
    it('ends in error with the wait PRIVO asks for', async () => {
      const { fetcher, requests } = manualFetcher();
      const { result } = renderHook(() => useResendConsent(), { wrapper: wrapperWith(fetcher) });
      act(() => result.current.resendConsent(input));
      await act(async () =>
        requests[0]?.resolve(
          new Response(JSON.stringify({ status: 'failure', message: 'slow down' }), {
            status: 429,
            headers: { 'Retry-After': '12' },
          }),
        ),
      );
      expect(result.current.status).toBe('error');
      expect(result.current.error).toMatchObject({ kind: 'rate-limited', retryAfterMs: 12_000 });
      expect(fetcher).toHaveBeenCalledTimes(1);
    });
  });

  describe('given a host callback that throws', () => {
    it('reports the throw and keeps its own state', async () => {
      const { fetcher, requests } = manualFetcher();
      const reported: unknown[] = [];
      const report = vi.fn((error: unknown) => reported.push(error));
      vi.stubGlobal('reportError', report);
      const thrown = new Error('host bug');
      const { result } = renderHook(
        () =>
          useResendConsent({
            onSuccess: () => {
              throw thrown;
            },
          }),
        { wrapper: wrapperWith(fetcher) },
      );
      act(() => result.current.resendConsent(input));
      await act(async () => requests[0]?.resolve(accepted()));
      expect(result.current.status).toBe('success');
      expect(reported).toEqual([thrown]);
      vi.unstubAllGlobals();
    });
  });

  describe('given a request that does not name the parent', () => {
    it('sends nothing and refuses with the same error the operation gives', async () => {
      const { fetcher } = manualFetcher();
      const onError = vi.fn();
      const { result } = renderHook(() => useResendConsent({ onError }), { wrapper: wrapperWith(fetcher) });
      const bad = { requesterServiceId: 'child-service-1', email: '  ' };
      let refused: unknown;
      await act(async () => {
        refused = await result.current.resendConsentAsync(bad).catch((error: unknown) => error);
      });
      expect(fetcher).not.toHaveBeenCalled();
      expect(result.current.status).toBe('error');
      const fromOperation = await resendConsent({ baseUrl: '/api/privo', fetcher }, bad).catch(
        (error: KinshipError) => error,
      );
      expect(fetcher).not.toHaveBeenCalled();
      const asSeen = (error: unknown) => {
        const { kind, message, operation, fieldErrors } = error as KinshipError;
        return { kind, message, operation, fieldErrors: { ...fieldErrors } };
      };
      expect(asSeen(refused)).toEqual(asSeen(fromOperation));
      expect(asSeen(result.current.error)).toEqual({
        kind: 'validation',
        message: expect.stringContaining('requesterServiceId'),
        operation: 'resendConsent',
        fieldErrors: { approverServiceId: ['required'], email: ['required'] },
      });
      expect(onError).toHaveBeenCalledWith(refused, bad);
    });
  });

  describe('given no PRIVO config', () => {
    it('throws a clear error naming the provider and the option', () => {
      vi.spyOn(console, 'error').mockImplementation(() => {});
      expect(() => renderHook(() => useResendConsent())).toThrow(
        /KinshipProvider privo=.*useResendConsent\(\{ privo:/,
      );
    });
  });
});
