/// <reference types="vite/client" />
// Keyboard only, in Chromium: both flows and the dialog with Tab, typing, arrows, Enter and Escape.
// Focus is checked at every step and must never fall to <body>; the live regions exist before they speak.
import '../../src/theme/tokens.css';
import '../../src/theme/badge.css';
import '../../src/theme/consent.css';
import '../../src/theme/dialog.css';
import '../../src/theme/form.css';
import '../../src/theme/picker.css';
import { render, screen, waitFor, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { AddChildDialog, AddChildForm, ChildPicker, KinshipProvider } from '../../src/index.js';
import { createSandbox, PRIVO_TRIGGER_EMAILS, SANDBOX_EMAILS, SANDBOX_IDS } from '../../src/sandbox/index.js';
import { holdAnswers } from '../hold-answers.js';

type Sandbox = ReturnType<typeof createSandbox>;

function renderWith(children: ReactNode, sandbox: Sandbox = createSandbox({ latencyMs: 150 })) {
  render(
    <KinshipProvider
      conomy={{ baseUrl: '/api/conomy', fetcher: sandbox.fetcher, retry: 0 }}
      privo={{ baseUrl: '/api/privo', fetcher: sandbox.fetcher }}
    >
      <main style={{ padding: 16, maxWidth: 560 }}>{children}</main>
    </KinshipProvider>,
  );
  return sandbox;
}

/** The focused element, with a readable failure when focus was lost to <body>. */
function focused(): HTMLElement {
  const active = document.activeElement as HTMLElement | null;
  expect(active && active !== document.body, 'focus was lost to <body>').toBe(true);
  return active as HTMLElement;
}

function expectFocusOn(element: HTMLElement) {
  const active = focused();
  expect(active, `focus is on ${active.outerHTML.slice(0, 120)}`).toBe(element);
}

const tab = () => userEvent.keyboard('{Tab}');
const shiftTab = () => userEvent.keyboard('{Shift>}{Tab}{/Shift}');

/** Values for each field of the default form (by accessible name). */
const VALUES: Record<string, string> = {
  'First name': 'Mateo',
  Username: 'mateo_2016',
  Day: '12',
  Month: '4',
  Year: '2016',
};

/**
 * Tabs from the page start through every field of the form in DOM order, typing a value into the
 * ones named in `values` (checking focus lands on each), then Tabs to "Add child" and presses Enter.
 */
async function fillAndSubmitWithKeyboard(values: Record<string, string>) {
  const form = document.querySelector('form') as HTMLFormElement;
  const fields = [...form.elements].filter(
    (element): element is HTMLInputElement | HTMLSelectElement =>
      element instanceof HTMLInputElement || element instanceof HTMLSelectElement,
  );
  expect(fields.length).toBeGreaterThan(4);
  (document.activeElement as HTMLElement | null)?.blur();
  for (const field of fields) {
    await tab();
    expectFocusOn(field);
    const name = field.labels?.[0]?.textContent ?? '';
    const value = values[name];
    if (value !== undefined) await userEvent.keyboard(value);
  }
  await tab();
  const submit = screen.getByRole('button', { name: 'Add child' });
  expectFocusOn(submit);
  await userEvent.keyboard('{Enter}');
  return submit;
}

describe('given AddChildForm used with the keyboard only', () => {
  describe('when every field is filled with Tab and typing and the form is sent with Enter', () => {
    it('creates the account and moves focus to the consent hand-off heading', async () => {
      // The answer is held until the pending state was seen: a busy machine may take longer to
      // type than any simulated latency.
      const sandbox = createSandbox({ latencyMs: 150 });
      const held = holdAnswers(sandbox.fetcher);
      renderWith(<AddChildForm />, { ...sandbox, fetcher: held.fetcher });
      const pending = screen.getByRole('status');
      expect(pending.textContent).toBe('');
      await fillAndSubmitWithKeyboard({ ...VALUES, "Parent's email": SANDBOX_EMAILS.adultWithoutChild });
      // The pending message is spoken by the region that was already there.
      await waitFor(() => expect(pending.textContent).toMatch(/Adding the child/));
      focused();
      held.release();
      const heading = await screen.findByRole('heading', { name: /the parent needs to give consent/ });
      await waitFor(() => expectFocusOn(heading));
    });
  });

  describe('when the form is sent empty with Enter', () => {
    it('moves focus to the first invalid field', async () => {
      renderWith(<AddChildForm />);
      const firstName = screen.getByRole('textbox', { name: 'First name' });
      firstName.focus();
      await userEvent.keyboard('{Enter}');
      await waitFor(() => expect(firstName.getAttribute('aria-invalid')).toBe('true'));
      expectFocusOn(firstName);
    });
  });

  describe('when the server rejects fields', () => {
    it('moves focus to the first field the server marked invalid', async () => {
      renderWith(<AddChildForm />);
      await fillAndSubmitWithKeyboard({ ...VALUES, "Parent's email": PRIVO_TRIGGER_EMAILS.invalidFields });
      const firstName = screen.getByRole('textbox', { name: 'First name' });
      await waitFor(() => expect(firstName.getAttribute('aria-invalid')).toBe('true'));
      await waitFor(() => expectFocusOn(firstName));
    });
  });

  describe('when the server fails and the parent retries from the alert', () => {
    it('keeps focus on the form: on "Add child", then on the retry while it is pending and after it fails again', async () => {
      renderWith(<AddChildForm />);
      const alert = screen.getByRole('alert');
      expect(alert.textContent).toBe('');
      const submit = await fillAndSubmitWithKeyboard({
        ...VALUES,
        "Parent's email": PRIVO_TRIGGER_EMAILS.serverError,
      });
      // The alert region existed before and now speaks.
      await waitFor(() => expect(alert.textContent).toMatch(/The service is having trouble/));
      expectFocusOn(submit);

      await shiftTab();
      const retry = within(alert).getByRole('button', { name: 'Try again' });
      expectFocusOn(retry);
      await userEvent.keyboard('{Enter}');
      // While the retry is pending (the sandbox answers after 150 ms), focus must stay somewhere useful.
      focused();
      await waitFor(() => expect(alert.textContent).toMatch(/The service is having trouble/));
      await waitFor(() => expect(document.querySelector('[data-status="pending"]')).toBeNull());
      const active = focused();
      expect(active.closest('form')).not.toBeNull();
    });
  });
});

describe('given ChildPicker used with the keyboard only', () => {
  function renderPicker(sandbox = createSandbox({ latencyMs: 150 })) {
    const candidates = sandbox.identities.filter((identity) =>
      (SANDBOX_IDS.linkableChildren as readonly string[]).includes(identity.id),
    );
    renderWith(<ChildPicker identityId={SANDBOX_IDS.parentUser} candidates={candidates} />, sandbox);
    return { sandbox, candidates };
  }

  describe('when two children are picked with ArrowDown and Enter and linked with Tab and Enter', () => {
    it('links them and announces the outcome in the status region that was there from the start', async () => {
      const { candidates } = renderPicker();
      const status = screen.getByRole('status');
      expect(status.textContent).toBe('');

      await tab();
      const combobox = screen.getByRole('combobox', { name: 'Children to link' });
      expectFocusOn(combobox);
      await userEvent.keyboard('{ArrowDown}');
      expect(combobox.getAttribute('aria-expanded')).toBe('true');
      await userEvent.keyboard('{Enter}{ArrowDown}{Enter}');
      expectFocusOn(combobox);
      const [first, second] = candidates;
      await expect
        .element(screen.getByRole('button', { name: `Remove ${first?.name} ${first?.lastname}` }))
        .toBeVisible();
      await expect
        .element(screen.getByRole('button', { name: `Remove ${second?.name} ${second?.lastname}` }))
        .toBeVisible();

      await userEvent.keyboard('{Escape}');
      expect(combobox.getAttribute('aria-expanded')).toBe('false');
      await tab();
      const submit = screen.getByRole('button', { name: 'Link 2 children' });
      expectFocusOn(submit);
      await userEvent.keyboard('{Enter}');
      await waitFor(() => expect(status.textContent).toMatch(/^Linked/));
      expect(status.textContent).toContain(first?.name ?? '-');
      expect(status.textContent).toContain(second?.name ?? '-');
      focused();
    });
  });

  describe('when linking fails and the parent retries from the alert with the keyboard', () => {
    it('keeps focus on the picker while the retry is pending and after it', async () => {
      const sandbox = createSandbox({ latencyMs: 150 });
      renderPicker(sandbox);
      await tab();
      await userEvent.keyboard('{ArrowDown}{Enter}{Escape}');
      sandbox.failNext('conflict', { api: 'conomy', times: 2 });
      await tab();
      const submit = screen.getByRole('button', { name: 'Link 1 child' });
      expectFocusOn(submit);
      await userEvent.keyboard('{Enter}');
      const alert = await screen.findByRole('alert');
      expectFocusOn(submit);

      await shiftTab();
      const retry = within(alert).getByRole('button', { name: 'Try again' });
      expectFocusOn(retry);
      await userEvent.keyboard('{Enter}');
      focused();
      await screen.findByRole('alert');
      focused();
    });
  });
});

describe('given AddChildDialog used with the keyboard only', () => {
  it('opens from its trigger with Enter, focuses the first field, and Escape returns focus to the trigger', async () => {
    renderWith(<AddChildDialog flow="account" parentEmail={SANDBOX_EMAILS.adultWithoutChild} />);
    await tab();
    const trigger = screen.getByRole('button', { name: 'Add a child' });
    expectFocusOn(trigger);
    await userEvent.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: 'Add a child' });
    await waitFor(() => expectFocusOn(within(dialog).getByRole('textbox', { name: 'First name' })));
    // Tab stays inside the modal.
    for (let step = 0; step < 12; step++) {
      await tab();
      expect(dialog.contains(focused())).toBe(true);
    }
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expectFocusOn(trigger));
  });
});
