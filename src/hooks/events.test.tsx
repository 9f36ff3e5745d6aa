import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { KinshipEvent } from '../core/events.js';
import { KinshipProvider } from './KinshipProvider.js';
import { useAddChildAccount } from './useAddChildAccount.js';
import { useAddChildren } from './useAddChildren.js';
import { useChildren } from './useChildren.js';
import { useConsentStatus } from './useConsentStatus.js';
import { useRemoveChildren } from './useRemoveChildren.js';
import { useResendConsent } from './useResendConsent.js';

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

// Names and emails that must never reach an event.
const PERSONAL = ['Lucía', 'Tomás', 'Sally', 'adult@example.com', 'sally@example.com'];

const parent = {
  id: 'parent-1',
  name: 'Lucía',
  email: 'adult@example.com',
  children: [{ id: 'c1', name: 'Tomás', email: null }],
};

const account = {
  status: 'success',
  message: null,
  validationErrors: [],
  entity: {
    serviceId: 'child-svc-1',
    firstName: 'Sally',
    email: 'sally@example.com',
    consentUrl: 'https://privo.example/c',
  },
};

/** Answers every request at once from a table keyed by "METHOD path", recording them. */
function routeFetcher(routes: Record<string, () => Response>) {
  const fetcher = vi.fn(async (url: string, init: RequestInit) => {
    const path = url.replace(/^\/api\/(conomy|privo)/, '').split('?')[0];
    const answer = routes[`${init.method} ${path}`];
    return answer ? answer() : json(500, { message: 'no route' });
  });
  return fetcher;
}

function providerWith(
  fetcher: (url: string, init: RequestInit) => Promise<Response>,
  onEvent: (event: KinshipEvent) => void,
) {
  return ({ children }: { children: ReactNode }) => (
    <KinshipProvider
      conomy={{ baseUrl: '/api/conomy', fetcher, retry: 0 }}
      privo={{ baseUrl: '/api/privo', fetcher, retry: 0 }}
      onEvent={onEvent}
    >
      {children}
    </KinshipProvider>
  );
}

/** The events without `at`, after checking each `at` is an ISO time, and that none carries PII. */
function received(onEvent: ReturnType<typeof vi.fn>): Array<Record<string, unknown>> {
  const events = onEvent.mock.calls.map(([event]) => event as KinshipEvent);
  const text = JSON.stringify(events);
  for (const personal of PERSONAL) expect(text).not.toContain(personal);
  return events.map(({ at, ...rest }) => {
    expect(new Date(at).toISOString()).toBe(at);
    return rest;
  });
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('KinshipProvider onEvent', () => {
  describe('given a successful link and unlink', () => {
    it('emits children.linked and children.unlinked once each, with the ids only', async () => {
      const onEvent = vi.fn();
      const fetcher = routeFetcher({
        'POST /identities/parent-1/children': () => json(200, parent),
        'DELETE /identities/parent-1/children': () => json(200, { ...parent, children: null }),
      });
      const { result } = renderHook(
        () => ({
          add: useAddChildren({ identityId: 'parent-1' }),
          remove: useRemoveChildren({ identityId: 'parent-1' }),
        }),
        { wrapper: providerWith(fetcher, onEvent) },
      );
      await act(() => result.current.add.addChildrenAsync([' c1 ', 'c1']));
      await act(() => result.current.remove.removeChildrenAsync(['c1']));
      expect(received(onEvent)).toEqual([
        { type: 'children.linked', identityId: 'parent-1', children: ['c1'] },
        { type: 'children.unlinked', identityId: 'parent-1', children: ['c1'] },
      ]);
    });
  });

  describe('given a created account and a resend', () => {
    it('emits account.created and consent.resent once each, without the names or emails sent', async () => {
      const onEvent = vi.fn();
      const fetcher = routeFetcher({
        'POST /api/account': () => json(200, account),
        'GET /api/consent/resend': () => json(200, { status: 'success', message: null, entity: null }),
      });
      const { result } = renderHook(() => ({ create: useAddChildAccount(), resend: useResendConsent() }), {
        wrapper: providerWith(fetcher, onEvent),
      });
      await act(() =>
        result.current.create.addChildAccountAsync({
          firstName: 'Sally',
          email: 'sally@example.com',
          birthDate_YYYYMMDD: '20150605',
          parentEmail: 'adult@example.com',
        }),
      );
      await act(() =>
        result.current.resend.resendConsentAsync({
          requesterServiceId: 'child-svc-1',
          email: 'adult@example.com',
        }),
      );
      await act(() =>
        result.current.resend.resendConsentAsync({
          requesterServiceId: 'child-svc-1',
          approverServiceId: 'adult-svc-1',
        }),
      );
      expect(received(onEvent)).toEqual([
        { type: 'account.created', serviceId: 'child-svc-1' },
        { type: 'consent.resent', serviceId: 'child-svc-1' },
        { type: 'consent.resent', serviceId: 'child-svc-1', approverServiceId: 'adult-svc-1' },
      ]);
    });
  });

  describe('given a consent status that becomes known, repeats, then changes', () => {
    it('emits consent.status once when known and once per change', async () => {
      vi.useFakeTimers();
      const onEvent = vi.fn();
      const answers = ['pending', 'pending', 'approved'];
      const fetcher = routeFetcher({
        'GET /consent-status/child-svc-1': () =>
          json(200, { serviceId: 'child-svc-1', status: answers.shift() }),
      });
      renderHook(() => useConsentStatus({ serviceId: 'child-svc-1', intervalMs: 1000 }), {
        wrapper: providerWith(fetcher, onEvent),
      });
      for (let tick = 0; tick < 3; tick++) {
        await act(async () => {
          await vi.advanceTimersByTimeAsync(tick === 0 ? 0 : 1000);
        });
      }
      vi.useRealTimers();
      expect(received(onEvent)).toEqual([
        { type: 'consent.status', serviceId: 'child-svc-1', status: 'pending' },
        { type: 'consent.status', serviceId: 'child-svc-1', status: 'approved' },
      ]);
    });
  });

  describe('given failures', () => {
    it('emits error with the operation, kind, reason, status and ids, once per failure', async () => {
      const onEvent = vi.fn();
      const fetcher = routeFetcher({
        'POST /api/account': () =>
          json(412, { status: 'failure', message: 'adult@example.com is already in use', entity: null }),
        'GET /identities/ghost': () =>
          json(404, { status: 404, code: '31', type: 'notFound', detail: 'not found' }),
      });
      const { result } = renderHook(
        () => ({ create: useAddChildAccount(), children: useChildren({ identityId: 'ghost' }) }),
        { wrapper: providerWith(fetcher, onEvent) },
      );
      await act(async () => {});
      await act(() =>
        result.current.create
          .addChildAccountAsync({
            firstName: 'Sally',
            birthDate_YYYYMMDD: '20150605',
            parentEmail: 'adult@example.com',
          })
          .catch(() => {}),
      );
      expect(received(onEvent)).toEqual([
        { type: 'error', operation: 'getIdentity', kind: 'not-found', status: 404, identityId: 'ghost' },
        {
          type: 'error',
          operation: 'addChildAccount',
          kind: 'conflict',
          reason: 'email-in-use',
          status: 412,
        },
      ]);
    });

    it('emits error for input refused before sending, and nothing for a call aborted by unmount', async () => {
      const onEvent = vi.fn();
      const fetcher = vi.fn(() => new Promise<Response>(() => {}));
      const { result, unmount } = renderHook(() => useAddChildren({ identityId: 'parent-1' }), {
        wrapper: providerWith(fetcher, onEvent),
      });
      act(() => result.current.addChildren(['parent-1']));
      act(() => result.current.reset());
      act(() => result.current.addChildren(['c1']));
      unmount();
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(received(onEvent)).toEqual([
        { type: 'error', operation: 'addChildren', kind: 'validation', identityId: 'parent-1' },
      ]);
    });
  });

  describe('given a listener that throws', () => {
    it('reports what it threw, and the hook still succeeds and calls the host back', async () => {
      const reportError = vi.fn();
      vi.stubGlobal('reportError', reportError);
      const thrown = new Error('analytics down');
      const onSuccess = vi.fn();
      const fetcher = routeFetcher({ 'POST /identities/parent-1/children': () => json(200, parent) });
      const { result } = renderHook(() => useAddChildren({ identityId: 'parent-1', onSuccess }), {
        wrapper: providerWith(fetcher, () => {
          throw thrown;
        }),
      });
      await act(() => result.current.addChildrenAsync(['c1']));
      expect(result.current.status).toBe('success');
      expect(onSuccess).toHaveBeenCalledTimes(1);
      expect(reportError).toHaveBeenCalledTimes(1);
      expect(reportError).toHaveBeenCalledWith(thrown);
    });
  });

  describe('given onEvent changes between renders', () => {
    it('delivers to the latest listener only', async () => {
      const first = vi.fn();
      const second = vi.fn();
      const fetcher = routeFetcher({ 'POST /identities/parent-1/children': () => json(200, parent) });
      let listener = first;
      const { result, rerender } = renderHook(() => useAddChildren({ identityId: 'parent-1' }), {
        wrapper: ({ children }: { children: ReactNode }) => (
          <KinshipProvider conomy={{ baseUrl: '/api/conomy', fetcher }} onEvent={listener}>
            {children}
          </KinshipProvider>
        ),
      });
      listener = second;
      rerender();
      await act(() => result.current.addChildrenAsync(['c1']));
      expect(first).not.toHaveBeenCalled();
      expect(second).toHaveBeenCalledTimes(1);
    });
  });

  describe('given no onEvent', () => {
    it('the hooks work as before', async () => {
      const fetcher = routeFetcher({ 'POST /identities/parent-1/children': () => json(200, parent) });
      const { result } = renderHook(() => useAddChildren({ identityId: 'parent-1' }), {
        wrapper: ({ children }: { children: ReactNode }) => (
          <KinshipProvider conomy={{ baseUrl: '/api/conomy', fetcher }}>{children}</KinshipProvider>
        ),
      });
      await act(() => result.current.addChildrenAsync(['c1']));
      expect(result.current.status).toBe('success');
    });
  });
});
