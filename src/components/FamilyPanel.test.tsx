import '@testing-library/jest-dom/vitest';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { KinshipProvider } from '../hooks/KinshipProvider.js';
import { es } from '../locales/es.js';
import { ptBR } from '../locales/pt-BR.js';
import { createSandbox, SANDBOX_EMAILS, SANDBOX_IDS, type Sandbox } from '../sandbox/index.js';
import { FamilyPanel, type FamilyPanelAccount, type FamilyPanelProps } from './FamilyPanel.js';

// The languages these tests show, as a host imports them.
const CATALOGUES = [es, ptBR];
const [SOFIA, DIEGO] = SANDBOX_IDS.linkedChildren;

/**
 * The PRIVO side as the kit's proxy serves it: consent states the test sets by hand (404 until
 * set), and the resend route counted and answered `success` (or what the test queues).
 */
function createPrivoBackend() {
  const states = new Map<string, string>();
  const resends: URLSearchParams[] = [];
  const resendAnswers: Array<() => Response> = [];
  const consentRequests: string[] = [];
  /** How many consent-status asks fail with a 500 before the states answer. */
  const failures = { consent: 0 };
  const fetcher = async (input: string, _init: RequestInit): Promise<Response> => {
    const url = new URL(input, 'http://host.test');
    const status = /\/consent-status\/([^/]+)$/.exec(url.pathname);
    if (status) {
      const serviceId = decodeURIComponent(status[1]!);
      consentRequests.push(serviceId);
      if (failures.consent > 0) {
        failures.consent -= 1;
        return Response.json({ message: 'trouble' }, { status: 500 });
      }
      const state = states.get(serviceId);
      if (state === undefined) return Response.json({ message: 'not found' }, { status: 404 });
      return Response.json({ serviceId, status: state, updatedAt: '2026-12-02T10:00:00.000Z' });
    }
    if (url.pathname.endsWith('/api/consent/resend')) {
      resends.push(url.searchParams);
      const answer = resendAnswers.shift();
      return answer ? answer() : Response.json({ status: 'success', message: null, validationErrors: null });
    }
    return Response.json({ message: 'unexpected' }, { status: 500 });
  };
  return { states, resends, resendAnswers, consentRequests, failures, fetcher };
}

interface SetupOptions {
  locale?: string;
  sandbox?: Sandbox;
  privo?: ReturnType<typeof createPrivoBackend>;
  user?: ReturnType<typeof userEvent.setup>;
}

function setup(props: FamilyPanelProps, options: SetupOptions = {}) {
  const sandbox = options.sandbox ?? createSandbox();
  const privo = options.privo ?? createPrivoBackend();
  const user = options.user ?? userEvent.setup();
  const tree = (next: FamilyPanelProps) => (
    <KinshipProvider
      conomy={{ baseUrl: '/api/conomy', fetcher: sandbox.fetcher, retry: 0 }}
      privo={{ baseUrl: '/api/privo', fetcher: privo.fetcher, retry: 0 }}
      locale={options.locale ?? 'en'}
      catalogues={CATALOGUES}
    >
      <FamilyPanel {...next} />
    </KinshipProvider>
  );
  const view = render(tree(props));
  return {
    user,
    sandbox,
    privo,
    ...view,
    rerenderWith: (next: FamilyPanelProps) => view.rerender(tree(next)),
  };
}

const unlinkRequests = (sandbox: Sandbox) =>
  sandbox.requests.filter((request) => request.method === 'DELETE');
const liveRegion = () =>
  screen.getAllByRole('status').find((element) => element.getAttribute('aria-live') === 'polite')!;

function goOffline(offline: boolean) {
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(!offline);
  act(() => {
    window.dispatchEvent(new Event(offline ? 'offline' : 'online'));
  });
}

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('FamilyPanel', () => {
  describe('given a parent identity with two linked children', () => {
    it('says it is loading, then lists each child under the headings, with an Unlink named after the child', async () => {
      setup({ identityId: SANDBOX_IDS.parentWithChildren });
      expect(screen.getByRole('heading', { level: 2, name: 'Family' })).toBeInTheDocument();
      expect(screen.getByRole('heading', { level: 3, name: 'Linked children' })).toBeInTheDocument();
      expect(screen.getByText('Loading the linked children…')).toBeInTheDocument();
      const list = await screen.findByRole('list', { name: 'Linked children' });
      const rows = within(list).getAllByRole('listitem');
      expect(rows.map((row) => row.querySelector('bdi')?.textContent)).toEqual(['Sofía', 'Diego']);
      expect(within(rows[0]!).getByRole('button', { name: 'Unlink Sofía' })).toHaveTextContent('Unlink');
      expect(screen.getByRole('button', { name: 'Link children' })).toBeInTheDocument();
      expect(screen.queryByText('Loading the linked children…')).toBeNull();
    });

    it('shows each child’s status when the candidates know it', async () => {
      const sandbox = createSandbox();
      setup({ identityId: SANDBOX_IDS.parentWithChildren, candidates: sandbox.identities }, { sandbox });
      const row = (await screen.findByRole('button', { name: 'Unlink Sofía' })).closest('li')!;
      expect(within(row).getByText('Active')).toHaveAttribute('data-status', 'ACTIVE');
    });

    describe('when the user unlinks Sofía and confirms', () => {
      it('asks first in an alert dialog with Cancel focused, then unlinks her, updates the list, announces it and focuses Diego’s Unlink', async () => {
        const onUnlinked = vi.fn();
        const { user, sandbox } = setup({ identityId: SANDBOX_IDS.parentWithChildren, onUnlinked });
        await user.click(await screen.findByRole('button', { name: 'Unlink Sofía' }));
        const dialog = await screen.findByRole('alertdialog', { name: 'Unlink Sofía?' });
        expect(dialog).toHaveAccessibleDescription(
          'Sofía will no longer be a child of this identity. You can link Sofía again later.',
        );
        expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
        expect(unlinkRequests(sandbox)).toHaveLength(0);

        await user.click(within(dialog).getByRole('button', { name: 'Unlink' }));
        await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
        expect(unlinkRequests(sandbox).map((request) => request.body)).toEqual([{ children: [SOFIA] }]);
        const list = screen.getByRole('list', { name: 'Linked children' });
        expect(within(list).getAllByRole('listitem')).toHaveLength(1);
        expect(screen.queryByRole('button', { name: 'Unlink Sofía' })).toBeNull();
        expect(screen.getByRole('button', { name: 'Unlink Diego' })).toHaveFocus();
        expect(liveRegion()).toHaveTextContent('Sofía is no longer linked.');
        expect(onUnlinked).toHaveBeenCalledWith(
          expect.objectContaining({ id: SANDBOX_IDS.parentWithChildren }),
          [SOFIA],
        );
        // The list came from DELETE's answer: no second read of the parent.
        expect(sandbox.requests.filter((request) => request.method === 'GET')).toHaveLength(1);
      });
    });

    describe('when the user unlinks the last row', () => {
      it('focuses the previous row’s Unlink', async () => {
        const { user } = setup({ identityId: SANDBOX_IDS.parentWithChildren });
        await user.click(await screen.findByRole('button', { name: 'Unlink Diego' }));
        await user.click(
          within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Unlink' }),
        );
        await waitFor(() => expect(screen.getByRole('button', { name: 'Unlink Sofía' })).toHaveFocus());
      });
    });

    describe('when both are unlinked, one after the other', () => {
      it('shows the empty state and focuses "Link children"', async () => {
        const { user } = setup({ identityId: SANDBOX_IDS.parentWithChildren });
        for (const name of ['Sofía', 'Diego']) {
          await user.click(await screen.findByRole('button', { name: `Unlink ${name}` }));
          await user.click(
            within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Unlink' }),
          );
          await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
        }
        expect(screen.getByText('No children are linked to this identity yet.')).toBeInTheDocument();
        expect(screen.getByRole('button', { name: 'Link children' })).toHaveFocus();
      });
    });

    describe('when the user opens the confirmation and cancels', () => {
      it.each([
        [
          'Cancel',
          async (user: ReturnType<typeof userEvent.setup>) => {
            await user.click(screen.getByRole('button', { name: 'Cancel' }));
          },
        ],
        [
          'Escape',
          async (user: ReturnType<typeof userEvent.setup>) => {
            await user.keyboard('{Escape}');
          },
        ],
      ])('with %s, unlinks nothing and returns focus to the row’s Unlink', async (_how, cancel) => {
        const { user, sandbox } = setup({ identityId: SANDBOX_IDS.parentWithChildren });
        const unlink = await screen.findByRole('button', { name: 'Unlink Sofía' });
        await user.click(unlink);
        await screen.findByRole('alertdialog');
        await cancel(user);
        await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
        expect(unlink).toHaveFocus();
        expect(unlinkRequests(sandbox)).toHaveLength(0);
        expect(screen.getAllByRole('listitem')).toHaveLength(2);
      });

      it('is not dismissed by a click outside (an alert dialog waits for an answer)', async () => {
        // The page under a modal takes no pointer events: click the backdrop as a finger would.
        const user = userEvent.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never });
        setup({ identityId: SANDBOX_IDS.parentWithChildren }, { user });
        await user.click(await screen.findByRole('button', { name: 'Unlink Sofía' }));
        await screen.findByRole('alertdialog');
        await user.click(document.querySelector('.kinship-FamilyPanel-dialogOverlay')!);
        await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
        expect(screen.getByRole('alertdialog')).toBeInTheDocument();
      });
    });

    describe('when the unlink fails', () => {
      it('keeps the confirmation open, says why, and the list unchanged; Unlink there tries again', async () => {
        const { user, sandbox } = setup({ identityId: SANDBOX_IDS.parentWithChildren });
        await user.click(await screen.findByRole('button', { name: 'Unlink Sofía' }));
        const dialog = await screen.findByRole('alertdialog');
        sandbox.failNext(500, { api: 'conomy' });
        await user.click(within(dialog).getByRole('button', { name: 'Unlink' }));
        const alert = await within(dialog).findByText('Could not unlink Sofía.');
        expect(alert.closest('[role="alert"]')).toHaveTextContent(
          'The service is having trouble. Please try again.',
        );
        // The modal hides the page from assistive technology meanwhile: count the rows all the same.
        expect(screen.getAllByRole('listitem', { hidden: true })).toHaveLength(2);
        await user.click(within(dialog).getByRole('button', { name: 'Unlink' }));
        await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
        expect(screen.getAllByRole('listitem')).toHaveLength(1);
      });
    });
  });

  describe('given a parent without children', () => {
    it('says so, next to "Link children"', async () => {
      setup({ identityId: SANDBOX_IDS.parentUser });
      expect(await screen.findByText('No children are linked to this identity yet.')).toHaveAttribute(
        'data-state',
        'empty',
      );
      expect(screen.queryByRole('list')).toBeNull();
      expect(screen.getByRole('button', { name: 'Link children' })).toBeInTheDocument();
    });
  });

  describe('given the children cannot be loaded', () => {
    it('says why in an alert, and "Try again" loads them', async () => {
      const sandbox = createSandbox();
      sandbox.failNext(500, { api: 'conomy' });
      const { user } = setup({ identityId: SANDBOX_IDS.parentWithChildren }, { sandbox });
      const alert = await screen.findByRole('alert');
      expect(alert).toHaveTextContent('Could not load the linked children.');
      expect(alert).toHaveTextContent('The service is having trouble. Please try again.');
      await user.click(within(alert).getByRole('button', { name: 'Try again' }));
      expect(await screen.findByRole('button', { name: 'Unlink Sofía' })).toBeInTheDocument();
      expect(screen.queryByText('Could not load the linked children.')).toBeNull();
    });
  });

  describe('given the browser goes offline', () => {
    it('says so, and the confirmation’s Unlink sends nothing until the connection is back', async () => {
      const { user, sandbox } = setup({ identityId: SANDBOX_IDS.parentWithChildren });
      await user.click(await screen.findByRole('button', { name: 'Unlink Sofía' }));
      goOffline(true);
      const dialog = await screen.findByRole('alertdialog');
      const confirm = within(dialog).getByRole('button', { name: 'Unlink' });
      expect(confirm).toHaveAttribute('aria-disabled', 'true');
      expect(within(dialog).getByRole('alert')).toHaveTextContent(
        'You are offline. You can try again when the connection is back.',
      );
      await user.click(confirm);
      expect(unlinkRequests(sandbox)).toHaveLength(0);
      goOffline(false);
      expect(confirm).not.toHaveAttribute('aria-disabled');
      await user.click(confirm);
      await waitFor(() => expect(unlinkRequests(sandbox)).toHaveLength(1));
    });

    it('shows the offline note above the lists', async () => {
      setup({ identityId: SANDBOX_IDS.parentWithChildren, accounts: [] });
      await screen.findByRole('button', { name: 'Unlink Sofía' });
      goOffline(true);
      expect(
        screen.getByText(
          'You are offline. The lists show what was last loaded; you can make changes when the connection is back.',
        ),
      ).toBeInTheDocument();
      expect(screen.getAllByRole('listitem')).toHaveLength(2);
    });
  });

  describe('given child accounts in each consent state', () => {
    const accounts: FamilyPanelAccount[] = [
      { serviceId: 's-approved', firstName: 'Ana', parentEmail: 'parent@example.com' },
      { serviceId: 's-denied', firstName: 'Bruno', parentEmail: 'parent@example.com' },
      { serviceId: 's-expired', firstName: 'Carla', parentEmail: 'parent@example.com' },
      { serviceId: 's-pending', firstName: 'Dani', parentEmail: 'parent@example.com' },
      { serviceId: 's-postponed', firstName: 'Eva', parentEmail: 'parent@example.com' },
      { serviceId: 's-new', firstName: 'Fede', parentEmail: 'parent@example.com' },
      { serviceId: 's-unknown', firstName: 'Gabi' },
    ];

    it('shows each state’s badge, a generic one for an unknown state, and Resend only where it can help', async () => {
      const privo = createPrivoBackend();
      for (const state of ['approved', 'denied', 'expired', 'pending', 'postponed']) {
        privo.states.set(`s-${state}`, state);
      }
      privo.states.set('s-unknown', 'ON_HOLD');
      setup({ accounts }, { privo });
      expect(screen.getByRole('heading', { level: 3, name: 'Child accounts' })).toBeInTheDocument();
      const row = (name: string) => screen.getByText(name).closest('li')!;
      await waitFor(() => expect(within(row('Ana')).getByText('Consent approved')).toBeInTheDocument());
      expect(within(row('Bruno')).getByText('Consent denied')).toBeInTheDocument();
      expect(within(row('Carla')).getByText('Consent expired')).toBeInTheDocument();
      expect(within(row('Dani')).getByText('Consent pending')).toBeInTheDocument();
      expect(within(row('Eva')).getByText('Consent postponed')).toBeInTheDocument();
      expect(within(row('Fede')).getByText('Consent pending')).toBeInTheDocument();
      await waitFor(() => expect(within(row('Gabi')).getByText('Status: on_hold')).toBeInTheDocument());
      const resendable = screen
        .getAllByRole('button', { name: /^Resend to parent of / })
        .map((button) => button.getAttribute('aria-label'));
      expect(resendable).toEqual([
        'Resend to parent of Carla',
        'Resend to parent of Dani',
        'Resend to parent of Eva',
        'Resend to parent of Fede',
      ]);
      expect(within(row('Ana')).getByText('parent@example.com').tagName).toBe('BDI');
    });
  });

  describe('given an account whose consent changes', () => {
    it('announces each change once, politely, and not at every poll', async () => {
      vi.useFakeTimers({ shouldAdvanceTime: true });
      const privo = createPrivoBackend();
      privo.states.set('s-1', 'pending');
      setup(
        {
          accounts: [{ serviceId: 's-1', firstName: 'Ana', parentEmail: 'parent@example.com' }],
          consentPollIntervalMs: 1000,
        },
        { privo },
      );
      await screen.findByText('Consent pending');
      const region = liveRegion();
      const announcements: string[] = [];
      const observer = new MutationObserver(() => announcements.push(region.textContent ?? ''));
      observer.observe(region, { childList: true, subtree: true, characterData: true });
      expect(region).toHaveTextContent('');

      privo.states.set('s-1', 'postponed');
      await act(() => vi.advanceTimersByTimeAsync(1500));
      await screen.findByText('Consent postponed');
      // More polls, same state: nothing more is said.
      const before = privo.consentRequests.length;
      await act(() => vi.advanceTimersByTimeAsync(5000));
      expect(privo.consentRequests.length).toBeGreaterThan(before);
      privo.states.set('s-1', 'approved');
      await act(() => vi.advanceTimersByTimeAsync(1500));
      await screen.findByText('Consent approved');
      await act(() => vi.advanceTimersByTimeAsync(5000));
      observer.disconnect();
      expect(announcements.filter(Boolean)).toEqual(['Ana: Consent postponed', 'Ana: Consent approved']);
      expect(region).toHaveAttribute('aria-live', 'polite');
    });
  });

  describe('given an account PRIVO has said nothing about yet, then approved', () => {
    it('shows it pending, then announces the approval once, but not the first answers at load', async () => {
      vi.useFakeTimers({ shouldAdvanceTime: true });
      const privo = createPrivoBackend();
      privo.states.set('s-2', 'approved');
      setup(
        {
          accounts: [
            { serviceId: 's-1', firstName: 'Ana', parentEmail: 'parent@example.com' },
            { serviceId: 's-2', firstName: 'Bruno', parentEmail: 'parent@example.com' },
          ],
          consentPollIntervalMs: 1000,
        },
        { privo },
      );
      const row = (name: string) => screen.getByText(name).closest('li')!;
      await waitFor(() => expect(within(row('Bruno')).getByText('Consent approved')).toBeInTheDocument());
      expect(within(row('Ana')).getByText('Consent pending')).toBeInTheDocument();
      await act(() => vi.advanceTimersByTimeAsync(2500));
      expect(liveRegion()).toHaveTextContent('');
      privo.states.set('s-1', 'approved');
      await act(() => vi.advanceTimersByTimeAsync(1500));
      await waitFor(() => expect(within(row('Ana')).getByText('Consent approved')).toBeInTheDocument());
      expect(liveRegion()).toHaveTextContent('Ana: Consent approved');
      expect(row('Ana')).toHaveAttribute('data-consent-status', 'approved');
    });
  });

  describe('given the consent status cannot be checked', () => {
    it('says so in the row, and "Try again" asks at once and shows the status', async () => {
      const privo = createPrivoBackend();
      privo.states.set('s-1', 'approved');
      privo.failures.consent = 1;
      const { user } = setup(
        {
          accounts: [{ serviceId: 's-1', firstName: 'Ana', parentEmail: 'parent@example.com' }],
          consentPollIntervalMs: 60_000,
        },
        { privo },
      );
      const note = await screen.findByText('Could not check the consent status.');
      const asked = privo.consentRequests.length;
      await user.click(within(note).getByRole('button', { name: 'Try again' }));
      expect(await screen.findByText('Consent approved')).toBeInTheDocument();
      expect(privo.consentRequests.length).toBe(asked + 1);
      expect(screen.queryByText('Could not check the consent status.')).toBeNull();
    });
  });

  describe('given a pending account and the user resends', () => {
    it('resends to the parent once, says so, then waits the cooldown before allowing another', async () => {
      vi.useFakeTimers({ shouldAdvanceTime: true });
      const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
      const privo = createPrivoBackend();
      privo.states.set('s-1', 'pending');
      setup(
        {
          accounts: [{ serviceId: 's-1', firstName: 'Ana', parentEmail: 'parent@example.com' }],
          resendCooldownMs: 10_000,
        },
        { privo, user },
      );
      const resend = await screen.findByRole('button', { name: 'Resend to parent of Ana' });
      await user.click(resend);
      expect(await screen.findByText('We asked PRIVO to resend the consent email.')).toBeInTheDocument();
      expect(privo.resends).toHaveLength(1);
      expect(Object.fromEntries(privo.resends[0]!)).toEqual({
        requesterServiceId: 's-1',
        email: 'parent@example.com',
      });
      expect(resend).toHaveAttribute('aria-disabled', 'true');
      expect(resend).toHaveAccessibleDescription('You can resend in 10 seconds.');
      await user.click(resend);
      expect(privo.resends).toHaveLength(1);
      await act(() => vi.advanceTimersByTimeAsync(10_000));
      expect(resend).not.toHaveAttribute('aria-disabled');
      await user.click(resend);
      await waitFor(() => expect(privo.resends).toHaveLength(2));
    });

    it('when PRIVO refuses with a rate limit, says why and waits as long as it asks', async () => {
      const privo = createPrivoBackend();
      privo.states.set('s-1', 'pending');
      privo.resendAnswers.push(() =>
        Response.json(
          { status: 'failed', message: 'Too many', validationErrors: null },
          { status: 429, headers: { 'Retry-After': '20' } },
        ),
      );
      const { user } = setup(
        { accounts: [{ serviceId: 's-1', firstName: 'Ana', parentEmail: 'parent@example.com' }] },
        { privo },
      );
      const resend = await screen.findByRole('button', { name: 'Resend to parent of Ana' });
      await user.click(resend);
      const row = resend.closest('li')!;
      await waitFor(() =>
        expect(within(row).getByRole('alert')).toHaveTextContent('Could not resend the consent email.'),
      );
      expect(resend).toHaveAccessibleDescription('You can resend in 20 seconds.');
    });
  });

  describe('given no child accounts yet', () => {
    it('says so, next to "Add a child"', () => {
      setup({ accounts: [] });
      expect(screen.getByText('No child accounts yet.')).toHaveAttribute('data-state', 'empty');
      expect(screen.getByRole('button', { name: 'Add a child' })).toBeInTheDocument();
      expect(screen.queryByRole('heading', { name: 'Linked children' })).toBeNull();
    });
  });

  describe('when the user adds a child through "Add a child"', () => {
    it('hands the host the new account to add to `accounts`', async () => {
      const onAccountCreated = vi.fn();
      const sandbox = createSandbox();
      const { user } = setup(
        { accounts: [], parentEmail: SANDBOX_EMAILS.adultWithoutChild, onAccountCreated },
        {
          sandbox,
          privo: { ...createPrivoBackend(), fetcher: sandbox.fetcher } as ReturnType<
            typeof createPrivoBackend
          >,
        },
      );
      await user.click(screen.getByRole('button', { name: 'Add a child' }));
      const dialog = within(await screen.findByRole('dialog'));
      await user.type(dialog.getByRole('textbox', { name: 'First name' }), 'Lucia');
      await user.type(dialog.getByRole('textbox', { name: 'Username' }), 'lucia_2015');
      await user.type(dialog.getByRole('textbox', { name: 'Month' }), '3');
      await user.type(dialog.getByRole('textbox', { name: 'Day' }), '7');
      await user.type(dialog.getByRole('textbox', { name: 'Year' }), '2015');
      await user.click(dialog.getByRole('button', { name: 'Add child' }));
      await waitFor(() => expect(onAccountCreated).toHaveBeenCalledOnce());
      const [account, result] = onAccountCreated.mock.calls[0]!;
      expect(account).toEqual({
        serviceId: result.entity.serviceId,
        firstName: 'Lucia',
        parentEmail: SANDBOX_EMAILS.adultWithoutChild,
      });
    });
  });

  describe('in Spanish', () => {
    it('words the headings, the empty states and the confirmation from the catalogue', async () => {
      const { user } = setup({ identityId: SANDBOX_IDS.parentWithChildren, accounts: [] }, { locale: 'es' });
      expect(screen.getByRole('heading', { name: 'Familia' })).toBeInTheDocument();
      expect(screen.getByText('Aún no hay cuentas de menores.')).toBeInTheDocument();
      await user.click(await screen.findByRole('button', { name: 'Desvincular a Sofía' }));
      const dialog = await screen.findByRole('alertdialog', { name: '¿Desvincular a Sofía?' });
      expect(within(dialog).getByRole('button', { name: 'Cancelar' })).toHaveFocus();
    });
  });

  describe('given `unstyled` and `classNames`', () => {
    it('leaves out the kit’s classes and keeps the host’s and the data attributes', async () => {
      const { container } = setup({
        identityId: SANDBOX_IDS.parentWithChildren,
        unstyled: true,
        className: 'host-panel',
        classNames: { item: 'host-row' },
      });
      await screen.findByRole('button', { name: 'Unlink Sofía' });
      expect(container.querySelector('[class*="kinship-"]')).toBeNull();
      expect(container.firstElementChild).toHaveClass('host-panel');
      expect(screen.getAllByRole('listitem')[0]).toHaveClass('host-row');
      expect(screen.getAllByRole('listitem')[0]).toHaveAttribute('data-child-id', SOFIA);
      expect(container.querySelector('[data-section="linked"]')).toHaveAttribute('data-status', 'success');
    });
  });

  it('keeps Diego in the list after Sofía’s unlink even when the host re-renders', async () => {
    const { user, rerenderWith } = setup({ identityId: SANDBOX_IDS.parentWithChildren });
    await user.click(await screen.findByRole('button', { name: 'Unlink Sofía' }));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Unlink' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    rerenderWith({ identityId: SANDBOX_IDS.parentWithChildren, title: 'Your family' });
    expect(screen.getByRole('heading', { name: 'Your family' })).toBeInTheDocument();
    expect(screen.getAllByRole('listitem').map((row) => row.getAttribute('data-child-id'))).toEqual([DIEGO]);
  });
});
