// The browser offline (`navigator.onLine === false`): say so, keep what was typed, send nothing
// silently, and offer a retry once the `online` event says the connection is back.
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AddChildForm, ChildPicker, KinshipProvider } from '../../src/index.js';
import { createSandbox, SANDBOX_EMAILS, SANDBOX_IDS } from '../../src/sandbox/index.js';

let isOnline = true;

beforeEach(() => {
  isOnline = true;
  vi.spyOn(Navigator.prototype, 'onLine', 'get').mockImplementation(() => isOnline);
});

afterEach(() => {
  vi.restoreAllMocks();
});

function goOffline() {
  isOnline = false;
  act(() => {
    window.dispatchEvent(new Event('offline'));
  });
}

function goOnline() {
  isOnline = true;
  act(() => {
    window.dispatchEvent(new Event('online'));
  });
}

function setup(children: ReactNode, sandbox = createSandbox()) {
  const user = userEvent.setup({ delay: null });
  render(
    <KinshipProvider
      conomy={{ baseUrl: '/api/conomy', fetcher: sandbox.fetcher, retry: 0 }}
      privo={{ baseUrl: '/api/privo', fetcher: sandbox.fetcher }}
    >
      {children}
    </KinshipProvider>,
  );
  return { user, sandbox };
}

async function fillForm(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByRole('textbox', { name: 'First name' }), 'Mateo');
  await user.type(screen.getByRole('textbox', { name: 'Username' }), 'mateo_2016');
  await user.type(screen.getByRole('textbox', { name: 'Day' }), '12');
  await user.type(screen.getByRole('textbox', { name: 'Month' }), '4');
  await user.type(screen.getByRole('textbox', { name: 'Year' }), '2016');
}

const formAlert = () => screen.getByRole('alert');

describe('given AddChildForm while the browser is offline', () => {
  describe('when the parent submits', () => {
    it('sends nothing, says the browser is offline, shows the retry as unavailable, and keeps what was typed', async () => {
      const { user, sandbox } = setup(<AddChildForm parentEmail={SANDBOX_EMAILS.adultWithoutChild} />);
      goOffline();
      await fillForm(user);
      await user.click(screen.getByRole('button', { name: 'Add child' }));

      await waitFor(() => expect(formAlert().textContent).toMatch(/You are offline/));
      expect(sandbox.requests).toEqual([]);
      const retry = within(formAlert()).getByRole('button', { name: 'Try again' });
      expect(retry.getAttribute('aria-disabled')).toBe('true');
      await user.click(retry);
      expect(sandbox.requests).toEqual([]);
      expect(formAlert().textContent).toMatch(/You are offline/);
      expect((screen.getByRole('textbox', { name: 'First name' }) as HTMLInputElement).value).toBe('Mateo');
    });
  });

  describe('when the connection comes back', () => {
    it('offers a retry (without sending by itself), and the retry creates the account', async () => {
      const { user, sandbox } = setup(<AddChildForm parentEmail={SANDBOX_EMAILS.adultWithoutChild} />);
      goOffline();
      await fillForm(user);
      await user.click(screen.getByRole('button', { name: 'Add child' }));
      await waitFor(() => expect(formAlert().textContent).toMatch(/You are offline/));

      const retry = within(formAlert()).getByRole('button', { name: 'Try again' });
      retry.focus();
      goOnline();
      await waitFor(() => expect(retry.getAttribute('aria-disabled')).toBeNull());
      // The same button, still focused: nothing moved under the user's keyboard.
      expect(document.activeElement).toBe(retry);
      expect(formAlert().textContent).not.toMatch(/You are offline/);
      expect(sandbox.requests).toEqual([]);

      await user.click(retry);
      await screen.findByRole('heading', { name: /the parent needs to give consent/ });
      expect(sandbox.requests.map((request) => request.path)).toEqual(['/api/account']);
    });
  });

  describe('when the connection drops during the request and the browser reports offline', () => {
    it('says offline and that the account may exist, never retries by itself, and offers retry once online', async () => {
      const sandbox = createSandbox();
      sandbox.failNext('network', { api: 'privo' });
      const { user } = setup(<AddChildForm parentEmail={SANDBOX_EMAILS.adultWithoutChild} />, sandbox);
      await fillForm(user);
      await user.click(screen.getByRole('button', { name: 'Add child' }));
      goOffline();

      await waitFor(() => expect(formAlert().textContent).toMatch(/You are offline/));
      expect(formAlert().textContent).toMatch(/may have been created/);
      const retry = within(formAlert()).getByRole('button', { name: 'Try again' });
      expect(retry.getAttribute('aria-disabled')).toBe('true');

      goOnline();
      await waitFor(() => expect(retry.getAttribute('aria-disabled')).toBeNull());
      expect(formAlert().textContent).toMatch(/may have been created/);
      expect(sandbox.requests).toHaveLength(1);
    });
  });
});

describe('given ChildPicker while the browser is offline', () => {
  describe('when linking fails because the connection is gone', () => {
    it('says the browser is offline, keeps the selection and offers a retry', async () => {
      const sandbox = createSandbox();
      const { user } = setup(
        <ChildPicker identityId={SANDBOX_IDS.parentUser} candidates={sandbox.identities} />,
        sandbox,
      );
      await user.type(screen.getByRole('combobox', { name: 'Children to link' }), 'Núñez');
      await user.click(await screen.findByRole('option', { name: /José Antonio Núñez Castillo/ }));
      // The connection drops while the request is on its way: fetch rejects with a TypeError and
      // the browser reports offline.
      sandbox.failNext('network', { api: 'conomy' });
      await user.click(screen.getByRole('button', { name: 'Link 1 child' }));
      goOffline();

      const alert = await screen.findByRole('alert');
      expect(alert.textContent).toMatch(/offline/i);
      const retry = within(alert).getByRole('button', { name: 'Try again' });
      expect(retry.getAttribute('aria-disabled')).toBe('true');
      expect(screen.getAllByRole('button', { name: 'Remove José Antonio Núñez Castillo' })).toHaveLength(1);

      // Clicked while still offline: nothing is sent.
      const sent = sandbox.requests.length;
      await user.click(retry);
      expect(sandbox.requests).toHaveLength(sent);

      // Back online: the same button becomes available and links the child.
      goOnline();
      await waitFor(() => expect(retry.getAttribute('aria-disabled')).toBeNull());
      await user.click(retry);
      await waitFor(() =>
        expect(screen.getByRole('status').textContent).toMatch(/José Antonio Núñez Castillo/),
      );
      expect(sandbox.requests).toHaveLength(sent + 1);
      expect(screen.queryByRole('alert')).toBeNull();
    });
  });
});
