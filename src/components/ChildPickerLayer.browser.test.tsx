/// <reference types="vite/client" />
import '../theme/tokens.css';
import '../theme/badge.css';
import '../theme/dialog.css';
import '../theme/picker.css';
import { render, screen, waitFor, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { KinshipProvider } from '../hooks/KinshipProvider.js';
import { createSandbox, SANDBOX_IDS } from '../sandbox/index.js';
import { AddChildDialog } from './AddChildDialog.js';
import { ChildPicker } from './ChildPicker.js';

// What a person sees of the picker's list, measured in Chromium: boxes from getBoundingClientRect,
// and document.elementFromPoint to tell whether something is on top (not covered, not clipped).

function provider(ui: ReactNode) {
  const sandbox = createSandbox();
  render(
    <KinshipProvider conomy={{ baseUrl: '/api/conomy', fetcher: sandbox.fetcher, retry: 0 }}>
      {ui}
    </KinshipProvider>,
  );
  return sandbox;
}

const combobox = () => screen.getByRole('combobox', { name: 'Children to link' });

/** True when the topmost element at the centre of `element` is `element` or inside it. */
function isOnTop(element: Element): boolean {
  const box = element.getBoundingClientRect();
  const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
  return hit !== null && (hit === element || element.contains(hit));
}

function isInViewport(box: DOMRect): boolean {
  const root = document.documentElement;
  return (
    box.top >= -0.5 &&
    box.left >= -0.5 &&
    box.bottom <= root.clientHeight + 0.5 &&
    box.right <= root.clientWidth + 0.5
  );
}

/** The options a person can see: wholly inside the listbox's box and the viewport, and on top. */
function visibleOptions(): HTMLElement[] {
  const listbox = screen.getByRole('listbox').getBoundingClientRect();
  return screen.getAllByRole('option').filter((option) => {
    const box = option.getBoundingClientRect();
    return (
      box.height > 0 &&
      box.top >= listbox.top - 0.5 &&
      box.bottom <= listbox.bottom + 0.5 &&
      isInViewport(box) &&
      isOnTop(option)
    );
  });
}

async function openLinkDialog() {
  const sandbox = createSandbox();
  render(
    <KinshipProvider conomy={{ baseUrl: '/api/conomy', fetcher: sandbox.fetcher, retry: 0 }}>
      <AddChildDialog
        flow="link"
        defaultOpen
        identityId={SANDBOX_IDS.parentUser}
        candidates={sandbox.identities}
      />
    </KinshipProvider>,
  );
  const dialog = await screen.findByRole('dialog', { name: 'Link children' });
  // The dialog rises in (a short animation): measure once it has settled.
  await waitFor(() =>
    expect(dialog.getAnimations().every((animation) => animation.playState !== 'running')).toBe(true),
  );
  return dialog;
}

afterEach(async () => {
  await page.viewport(1280, 900);
});

describe('ChildPicker list in the top layer (Chromium)', () => {
  describe.each([
    [1280, 900],
    [390, 844],
  ])('given the link dialog at %i×%i', (width, height) => {
    it('when the list opens, at least five options show, on top and inside the viewport, with the search box in view', async () => {
      await page.viewport(width, height);
      const dialog = await openLinkDialog();
      await userEvent.click(combobox());
      await waitFor(() => expect(visibleOptions().length).toBeGreaterThanOrEqual(5));
      expect(isInViewport(combobox().getBoundingClientRect())).toBe(true);
      expect(isOnTop(combobox())).toBe(true);
      const list = screen.getByRole('listbox');
      expect(isInViewport(list.getBoundingClientRect())).toBe(true);
      // The list is part of the dialog for focus and outside clicks.
      expect(dialog.contains(list)).toBe(true);
      // The "Link" button is not under the list: a click there reaches the button.
      expect(isOnTop(within(dialog).getByRole('button', { name: 'Link children' }))).toBe(true);
    });

    it('when options are picked with the pointer, the list stays open and "Link 2 children" can be clicked', async () => {
      await page.viewport(width, height);
      const dialog = await openLinkDialog();
      await userEvent.click(combobox());
      await userEvent.keyboard('jose');
      await userEvent.click(await screen.findByRole('option', { name: /José Antonio Núñez Castillo/ }));
      expect((combobox() as HTMLInputElement).value).toBe('');
      await userEvent.keyboard('cam');
      await userEvent.click(await screen.findByRole('option', { name: /Camila Muñoz Riquelme/ }));
      expect(combobox().getAttribute('aria-expanded')).toBe('true');
      const submit = within(dialog).getByRole('button', { name: 'Link 2 children' });
      expect(isOnTop(submit)).toBe(true);
      await userEvent.click(submit);
      await waitFor(() => expect(within(dialog).getByRole('status').textContent).toMatch(/José Antonio/));
    });
  });

  describe('given the link dialog with the list open and an option picked', () => {
    async function pickOne() {
      const dialog = await openLinkDialog();
      await userEvent.click(combobox());
      await userEvent.click(await screen.findByRole('option', { name: /José Antonio Núñez Castillo/ }));
      expect(combobox().getAttribute('aria-expanded')).toBe('true');
      return { dialog, submit: within(dialog).getByRole('button', { name: 'Link 1 child' }) };
    }

    function expectClosed(submit: HTMLElement) {
      expect(combobox().getAttribute('aria-expanded')).toBe('false');
      expect(screen.queryByRole('listbox')).toBeNull();
      expect(isOnTop(submit)).toBe(true);
    }

    it('when Escape is pressed, the list closes, focus stays in the search box, the dialog stays', async () => {
      const { submit } = await pickOne();
      await userEvent.keyboard('{Escape}');
      expectClosed(submit);
      expect(document.activeElement).toBe(combobox());
      expect(screen.getByRole('dialog')).toBeDefined();
    });

    it('when Tab is pressed, the list closes and focus reaches "Link 1 child"', async () => {
      const { submit } = await pickOne();
      await userEvent.keyboard('{Tab}');
      expectClosed(submit);
      expect(document.activeElement).toBe(submit);
    });

    it('when the dialog title is clicked, the list closes and focus stays in the dialog', async () => {
      const { dialog, submit } = await pickOne();
      await userEvent.click(within(dialog).getByRole('heading', { name: 'Link children' }));
      expectClosed(submit);
      expect(dialog.contains(document.activeElement)).toBe(true);
    });

    it('when the close button is clicked, the dialog closes (the list never lies over it)', async () => {
      const { dialog } = await pickOne();
      const close = within(dialog).getByRole('button', { name: 'Close' });
      expect(isOnTop(close)).toBe(true);
      await userEvent.click(close);
      await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    });
  });

  describe('given the picker near the bottom of the viewport', () => {
    it('when the list opens, it flips above the field, inside the viewport, five options in view', async () => {
      await page.viewport(1280, 900);
      provider(
        <div style={{ paddingTop: 780, paddingInline: 16, maxWidth: 560 }}>
          <ChildPicker identityId={SANDBOX_IDS.parentUser} candidates={createSandbox().identities} />
        </div>,
      );
      combobox().scrollIntoView({ block: 'end' });
      await userEvent.click(combobox());
      await waitFor(() => expect(visibleOptions().length).toBeGreaterThanOrEqual(5));
      const list = screen.getByRole('listbox').getBoundingClientRect();
      const field = combobox().getBoundingClientRect();
      expect(list.bottom).toBeLessThanOrEqual(field.top);
      expect(isInViewport(list)).toBe(true);
    });
  });

  describe('given a right-to-left page', () => {
    it('the list lines up with the field on both edges', async () => {
      provider(
        <div dir="rtl" style={{ padding: 16, maxWidth: 560 }}>
          <ChildPicker identityId={SANDBOX_IDS.parentUser} candidates={createSandbox().identities} />
        </div>,
      );
      await userEvent.click(combobox());
      await waitFor(() => expect(visibleOptions().length).toBeGreaterThanOrEqual(5));
      const field = document.querySelector('.kinship-ChildPicker-field')!.getBoundingClientRect();
      const popover = document.querySelector('.kinship-ChildPicker-popover')!.getBoundingClientRect();
      expect(Math.abs(popover.right - field.right)).toBeLessThanOrEqual(1);
      expect(Math.abs(popover.left - field.left)).toBeLessThanOrEqual(1);
      expect(getComputedStyle(screen.getByRole('listbox')).direction).toBe('rtl');
    });
  });

  describe('given the picker inside a short container that hides its overflow', () => {
    it('the list is not clipped, and it follows the field when the container scrolls', async () => {
      provider(
        <div data-testid="box" style={{ height: 160, overflow: 'auto', padding: 16, maxWidth: 560 }}>
          <ChildPicker identityId={SANDBOX_IDS.parentUser} candidates={createSandbox().identities} />
          <div style={{ height: 600 }} />
        </div>,
      );
      await userEvent.click(combobox());
      await waitFor(() => expect(visibleOptions().length).toBeGreaterThanOrEqual(5));
      const box = screen.getByTestId('box');
      box.scrollTop = 20;
      await waitFor(() => {
        const field = document.querySelector('.kinship-ChildPicker-field')!.getBoundingClientRect();
        const popover = document.querySelector('.kinship-ChildPicker-popover')!.getBoundingClientRect();
        expect(Math.abs(popover.top - (field.bottom + 4))).toBeLessThanOrEqual(1);
      });
    });
  });
});
