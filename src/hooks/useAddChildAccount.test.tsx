import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { KinshipError } from '../core/errors.js';
import { addChildAccount } from '../core/privo.js';
import { KinshipProvider } from './KinshipProvider.js';
import { useAddChildAccount } from './useAddChildAccount.js';

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

function wrapperWith(fetcher: (url: string, init: RequestInit) => Promise<Response>) {
  return ({ children }: { children: ReactNode }) => (
    <KinshipProvider privo={{ baseUrl: '/api/privo', fetcher, retry: 3 }}>{children}</KinshipProvider>
  );
}

const input = { firstName: 'Sally', birthDate_YYYYMMDD: '20100605', parentEmail: 'adult@example.com' };

describe('useAddChildAccount', () => {
  describe('given a successful creation', () => {
    it('goes pending → success and hands out the checked consentUrl', async () => {
      const { fetcher, requests } = manualFetcher();
      const onSuccess = vi.fn();
      const { result } = renderHook(() => useAddChildAccount({ onSuccess }), {
        wrapper: wrapperWith(fetcher),
      });
      act(() => result.current.addChildAccount(input));
      expect(result.current.status).toBe('pending');
      expect(requests[0]?.url).toBe('/api/privo/api/account');
      expect(JSON.parse(String(requests[0]?.init.body))).toEqual(input);
      await act(async () =>
        requests[0]?.resolve(
          new Response(
            JSON.stringify({
              validationErrors: [0],
              status: 'success',
              message: null,
              entity: { serviceId: 's1', firstName: 'Sally', consentUrl: 'https://privo.example/c?t=1' },
            }),
            { status: 200 },
          ),
        ),
      );
      expect(result.current.status).toBe('success');
      expect(result.current.data?.consentUrl).toBe('https://privo.example/c?t=1');
      expect(onSuccess).toHaveBeenCalledWith(
        expect.objectContaining({ consentUrl: 'https://privo.example/c?t=1' }),
        input,
      );
    });
  });

  describe('given a lost connection', () => {
    it('does not retry (even with retry: 3) and says the account may have been created', async () => {
      const { fetcher, requests } = manualFetcher();
      const { result } = renderHook(() => useAddChildAccount(), { wrapper: wrapperWith(fetcher) });
      act(() => result.current.addChildAccount(input));
      await act(async () => requests[0]?.reject(new TypeError('Failed to fetch')));
      expect(result.current.status).toBe('error');
      expect(result.current.error).toMatchObject({ kind: 'network', mayHaveSucceeded: true });
      expect(fetcher).toHaveBeenCalledTimes(1);
    });
  });

  describe('given field errors from the server', () => {
    it('ends in error with fieldErrors keyed by the wire field names', async () => {
      const { fetcher, requests } = manualFetcher();
      const { result } = renderHook(() => useAddChildAccount(), { wrapper: wrapperWith(fetcher) });
      act(() => result.current.addChildAccount({ ...input, userName: 'coolkid23' }));
      await act(async () =>
        requests[0]?.resolve(
          new Response(
            JSON.stringify({
              status: 'failure',
              entity: null,
              validationErrors: [{ field: 'userName', message: 'userName already in use' }],
            }),
            { status: 400 },
          ),
        ),
      );
      expect(result.current.error).toMatchObject({
        kind: 'validation',
        fieldErrors: { userName: ['taken'] },
      });
    });
  });

  describe('given invalid input', () => {
    it('refuses it without a request', () => {
      const { fetcher } = manualFetcher();
      const { result } = renderHook(() => useAddChildAccount(), { wrapper: wrapperWith(fetcher) });
      act(() => result.current.addChildAccount({ ...input, birthDate_YYYYMMDD: '20100230' }));
      expect(result.current.error).toMatchObject({
        kind: 'validation',
        fieldErrors: { birthDate_YYYYMMDD: ['invalid-birth-date'] },
      });
      expect(fetcher).not.toHaveBeenCalled();
    });

    it.each([
      { ...input, birthDate_YYYYMMDD: '20100230' },
      { firstName: ' ', email: 'adult@example.com', parentEmail: 'ADULT@example.com' },
      {},
    ])('refuses %j with the same error as the addChildAccount operation', async (bad) => {
      const { fetcher } = manualFetcher();
      const { result } = renderHook(() => useAddChildAccount(), { wrapper: wrapperWith(fetcher) });
      const fromHook = await act(() =>
        result.current.addChildAccountAsync(bad as typeof input).catch((error: unknown) => error),
      );
      const fromOperation = await addChildAccount(
        { baseUrl: '/api/privo', fetcher },
        bad as typeof input,
      ).catch((error: unknown) => error);
      const asSeen = (error: unknown) => {
        const { kind, message, operation, fieldErrors } = error as KinshipError;
        return { kind, message, operation, fieldErrors };
      };
      expect(fromHook).toBeInstanceOf(KinshipError);
      expect(asSeen(fromHook)).toEqual(asSeen(fromOperation));
      expect(fetcher).not.toHaveBeenCalled();
    });
  });

  describe('given no PRIVO config', () => {
    it('throws a clear error naming the provider and the option', () => {
      vi.spyOn(console, 'error').mockImplementation(() => {});
      expect(() => renderHook(() => useAddChildAccount())).toThrow(
        /KinshipProvider privo=.*useAddChildAccount\(\{ privo:/,
      );
    });
  });
});
