/// <reference types="vite/client" />
import '../theme/tokens.css';
import '../theme/badge.css';
import '../theme/picker.css';
import { render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { createIdentitySearch } from '../core/picker/identitySearch.js';
import { KinshipProvider } from '../hooks/KinshipProvider.js';
import { createSandbox, generateIdentities } from '../sandbox/index.js';
import { ChildPicker } from './ChildPicker.js';

const PARENT = 'the-parent';
const candidates = generateIdentities(10_000, 42);

function renderPicker() {
  const sandbox = createSandbox();
  render(
    <KinshipProvider conomy={{ baseUrl: '/api/conomy', fetcher: sandbox.fetcher }}>
      <div style={{ padding: 16, maxWidth: 560 }}>
        <ChildPicker identityId={PARENT} candidates={candidates} />
      </div>
    </KinshipProvider>,
  );
  const input = screen.getByRole('combobox', { name: 'Children to link' });
  return { input };
}

/** The active option: it must exist, be an option of the listbox, and be fully in its viewport. */
function expectActiveOptionVisible(input: HTMLElement): HTMLElement {
  const id = input.getAttribute('aria-activedescendant');
  expect(id, 'aria-activedescendant').toBeTruthy();
  const option = document.getElementById(id as string) as HTMLElement;
  expect(option, `#${id} is rendered`).not.toBeNull();
  expect(option.getAttribute('role')).toBe('option');
  const listbox = screen.getByRole('listbox');
  expect(listbox.contains(option)).toBe(true);
  const box = listbox.getBoundingClientRect();
  const row = option.getBoundingClientRect();
  expect(row.top).toBeGreaterThanOrEqual(box.top - 1);
  expect(row.bottom).toBeLessThanOrEqual(box.bottom + 1);
  return option;
}

describe('ChildPicker in Chromium', () => {
  describe('given 10,000 candidates', () => {
    it('when opened, only a window of rows is in the DOM, sized for the whole list', async () => {
      const { input } = renderPicker();
      await userEvent.click(input);
      const listbox = screen.getByRole('listbox');
      const options = screen.getAllByRole('option');
      expect(options.length).toBeGreaterThan(3);
      expect(options.length).toBeLessThan(30);
      expect(options[0]?.getAttribute('aria-setsize')).toBe('10000');
      expect(listbox.scrollHeight).toBe(10_000 * 56);
    });

    it('when moving with the keyboard far down, the active option is always rendered and in view', async () => {
      const { input } = renderPicker();
      await userEvent.click(input);
      for (let step = 0; step < 25; step++) {
        await userEvent.keyboard('{ArrowDown}');
        expectActiveOptionVisible(input);
      }
      expect(expectActiveOptionVisible(input).getAttribute('aria-posinset')).toBe('25');
      for (let step = 0; step < 20; step++) {
        await userEvent.keyboard('{PageDown}');
        expectActiveOptionVisible(input);
      }
      await userEvent.keyboard('{End}');
      expect(expectActiveOptionVisible(input).getAttribute('aria-posinset')).toBe('10000');
      await userEvent.keyboard('{ArrowUp}{ArrowUp}');
      const active = expectActiveOptionVisible(input);
      expect(active.getAttribute('aria-posinset')).toBe('9998');
      expect(screen.getAllByRole('option').length).toBeLessThan(30);

      await userEvent.keyboard('{Enter}');
      const name = candidates[9997]?.name ?? '';
      expect(active.getAttribute('aria-selected')).toBe('true');
      await expect.element(screen.getByRole('button', { name: new RegExp(`^Remove ${name}`) })).toBeVisible();
      await expect.element(screen.getByRole('button', { name: 'Link 1 child' })).toBeVisible();
      await userEvent.keyboard('{Home}');
      expect(expectActiveOptionVisible(input).getAttribute('aria-posinset')).toBe('1');
    });

    it('when the list is scrolled away with the mouse, the rows follow and the active option stays rendered', async () => {
      const { input } = renderPicker();
      await userEvent.click(input);
      await userEvent.keyboard('{ArrowDown}{ArrowDown}');
      const listbox = screen.getByRole('listbox');
      listbox.scrollTop = 5000 * 56;
      await waitFor(() =>
        expect(
          screen.getAllByRole('option').some((option) => option.getAttribute('aria-posinset') === '5001'),
        ).toBe(true),
      );
      const id = input.getAttribute('aria-activedescendant') as string;
      expect(document.getElementById(id)?.getAttribute('aria-posinset')).toBe('2');
      expect(screen.getAllByRole('option').length).toBeLessThan(31);
      await userEvent.keyboard('{ArrowDown}');
      expect(expectActiveOptionVisible(input).getAttribute('aria-posinset')).toBe('3');
    });

    it('when typing, the list shows matches for the text, accent-insensitive, best matches first', async () => {
      const { input } = renderPicker();
      const target = candidates.find(
        (identity) => identity.type === 'USER' && /[áéíóú]/.test(identity.name ?? ''),
      );
      const plain = (target?.name ?? '').normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
      await userEvent.click(input);
      await userEvent.keyboard(plain);
      await waitFor(() => {
        const first = screen.getAllByRole('option')[0];
        expect(first?.textContent?.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '')).toContain(plain);
      });
      await userEvent.keyboard('{ArrowDown}');
      expectActiveOptionVisible(input);
    });

    it('when an option is clicked and then Tab is pressed, the list closes and focus reaches "Link 1 child"', async () => {
      const { input } = renderPicker();
      await userEvent.click(input);
      await userEvent.click(screen.getAllByRole('option')[1] as HTMLElement);
      expect(document.activeElement).toBe(input);
      expect(input.getAttribute('aria-expanded')).toBe('true');
      await userEvent.keyboard('{Tab}');
      const submit = screen.getByRole('button', { name: 'Link 1 child' });
      expect(document.activeElement).toBe(submit);
      expect(input.getAttribute('aria-expanded')).toBe('false');
      expect(screen.queryByRole('listbox')).toBeNull();
    });

    it('long names and emails are cut with an ellipsis without widening the picker', async () => {
      const sandbox = createSandbox();
      const long = {
        ...candidates[0],
        id: 'long-one',
        name: 'Maximiliana Constanza de los Ángeles',
        lastname: 'Fernández-Villavicencio Undurraga y Errázuriz',
        email:
          'maximiliana.constanza.de.los.angeles.fernandez.villavicencio@universidad-de-ejemplo.example.com',
      } as (typeof candidates)[number];
      render(
        <KinshipProvider conomy={{ baseUrl: '/api/conomy', fetcher: sandbox.fetcher }}>
          <div style={{ width: 320 }}>
            <ChildPicker identityId={PARENT} candidates={[long]} defaultValue={['long-one']} />
          </div>
        </KinshipProvider>,
      );
      await userEvent.click(screen.getByRole('combobox'));
      const option = screen.getByRole('option');
      expect(option.getBoundingClientRect().width).toBeLessThanOrEqual(320);
      expect(option.scrollWidth).toBeLessThanOrEqual(option.clientWidth + 1);
      expect(option.getBoundingClientRect().height).toBe(56);
      const chipName = document.querySelector('.kinship-ChildPicker-chipLabel') as HTMLElement;
      expect(chipName.scrollWidth).toBeGreaterThan(chipName.clientWidth);
      expect(getComputedStyle(chipName).textOverflow).toBe('ellipsis');
      expect(option.textContent).toContain(long.email);
    });
  });

  describe('given server search over 200 identities, 30 per page', () => {
    function renderServerPicker() {
      const sandbox = createSandbox({ identityCount: 200 });
      const conomy = { baseUrl: '/api/conomy', fetcher: sandbox.fetcher, retry: 0 };
      render(
        <KinshipProvider conomy={conomy}>
          <div style={{ padding: 16, maxWidth: 560 }}>
            <ChildPicker
              identityId={PARENT}
              loadCandidates={createIdentitySearch(conomy, { limit: 30 })}
              debounceMs={0}
            />
          </div>
        </KinshipProvider>,
      );
      const input = screen.getByRole('combobox', { name: 'Children to link' });
      const pageRequests = () => sandbox.requests.filter((request) => request.query.next !== undefined);
      return { input, pageRequests };
    }

    it('when the user scrolls to the end, the next page loads once, is appended and announced, and the scroll stays', async () => {
      const { input, pageRequests } = renderServerPicker();
      await userEvent.click(input);
      await waitFor(() => expect(screen.getAllByRole('option')[0]).toHaveAttribute('aria-setsize', '30'));
      expect(pageRequests()).toHaveLength(0);
      const listbox = screen.getByRole('listbox');
      listbox.scrollTop = listbox.scrollHeight;
      listbox.dispatchEvent(new Event('scroll'));
      listbox.dispatchEvent(new Event('scroll'));
      await waitFor(() => expect(screen.getAllByRole('option')[0]).toHaveAttribute('aria-setsize', '60'));
      expect(pageRequests()).toHaveLength(1);
      expect(screen.getByText('30 more identities loaded.')).toBeInTheDocument();
      // Appending keeps the user where they were: the rows around the old end are still in view.
      expect(listbox.scrollTop).toBeGreaterThan(20 * 56);
    });
  });
});
