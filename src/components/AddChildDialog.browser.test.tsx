/// <reference types="vite/client" />
import '../theme/tokens.css';
import '../theme/dialog.css';
import '../theme/family.css';
import '../theme/form.css';
import { render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { KinshipProvider } from '../hooks/KinshipProvider.js';
import { createSandbox, SANDBOX_EMAILS } from '../sandbox/index.js';
import { AddChildDialog } from './AddChildDialog.js';

// In Chromium, Radix Dialog comes from its own chunk (the dynamic import, served by Vite) the first
// time the dialog is opened: focus, the focus trap and the scroll lock must work as they did when it
// was part of the page.

function page() {
  const sandbox = createSandbox();
  render(
    <KinshipProvider privo={{ baseUrl: '/api/privo', fetcher: sandbox.fetcher }}>
      <p>Above</p>
      <AddChildDialog flow="account" parentEmail={SANDBOX_EMAILS.adultWithoutChild} />
      <div style={{ height: 3000 }}>A long page</div>
    </KinshipProvider>,
  );
  return screen.getByRole('button', { name: 'Add a child' });
}

describe('given the account dialog on a long page in Chromium', () => {
  describe('when the user opens it with the keyboard, moves around and presses Escape', () => {
    it('focuses the first field, keeps Tab inside, locks the page scroll, and gives focus back to the trigger', async () => {
      const trigger = page();
      await userEvent.tab();
      expect(trigger).toHaveFocus();
      await userEvent.keyboard('{Enter}');
      const dialog = await screen.findByRole('dialog', { name: 'Add a child' });
      await waitFor(() => expect(screen.getByRole('textbox', { name: 'First name' })).toHaveFocus());
      expect(trigger).toHaveAttribute('aria-controls', dialog.id);
      // Radix's scroll lock (react-remove-scroll) on the body.
      await waitFor(() => expect(getComputedStyle(document.body).overflow).toBe('hidden'));

      // Focus stays in the dialog, whatever the number of Tabs (the trap loops).
      for (let index = 0; index < 20; index++) {
        await userEvent.keyboard('{Tab}');
        expect(dialog.contains(document.activeElement)).toBe(true);
      }

      await userEvent.keyboard('{Escape}');
      await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
      await waitFor(() => expect(trigger).toHaveFocus());
      expect(trigger).toHaveAttribute('aria-expanded', 'false');
      expect(getComputedStyle(document.body).overflow).not.toBe('hidden');
    });
  });

  describe('when the user opens it with the pointer and closes it with the close button', () => {
    it('gives focus back to the trigger', async () => {
      const trigger = page();
      await userEvent.click(trigger);
      await screen.findByRole('dialog', { name: 'Add a child' });
      await userEvent.click(screen.getByRole('button', { name: 'Close' }));
      await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
      await waitFor(() => expect(trigger).toHaveFocus());
    });
  });
});
