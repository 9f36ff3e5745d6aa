/// <reference types="vite/client" />
// Very long names and emails (300 characters, no spaces to break at) in a 320 px column, in Chromium:
// nothing may stick out of the column or widen the page, and the full text stays available to
// assistive technology (in the text content, or in the accessible name).
import '../../src/theme/tokens.css';
import '../../src/theme/badge.css';
import '../../src/theme/consent.css';
import '../../src/theme/form.css';
import '../../src/theme/picker.css';
import { render, screen, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { Fetcher, Identity } from '../../src/index.js';
import { AddChildForm, ChildPicker, ConsentHandoff, KinshipProvider } from '../../src/index.js';
import { createSandbox, SANDBOX_EMAILS, SANDBOX_IDS } from '../../src/sandbox/index.js';

const WIDTH = 320;
const LONG_NAME = 'Maximiliana'.repeat(30).slice(0, 300);
const LONG_EMAIL = `${'constanza'.repeat(32).slice(0, 284)}@example.com.co`;
const LONG_URL = `https://sandbox.privo.example/e/r/a?token=${'3d'.repeat(140)}`;

function renderInColumn(children: ReactNode, fetcher: Fetcher = createSandbox().fetcher) {
  render(
    <KinshipProvider conomy={{ baseUrl: '/api/conomy', fetcher }} privo={{ baseUrl: '/api/privo', fetcher }}>
      <div data-testid="column" style={{ inlineSize: WIDTH, padding: 0, margin: 0 }}>
        {children}
      </div>
    </KinshipProvider>,
  );
  return screen.getByTestId('column');
}

/** `element` lies within the column, and neither the column nor the page scrolls sideways. */
function expectWithinColumn(element: Element, column: HTMLElement) {
  const box = element.getBoundingClientRect();
  const frame = column.getBoundingClientRect();
  const where = `${element.outerHTML.slice(0, 100)} spans ${box.left}–${box.right}, column ${frame.left}–${frame.right}`;
  expect(box.left, where).toBeGreaterThanOrEqual(frame.left - 1);
  expect(box.right, where).toBeLessThanOrEqual(frame.right + 1);
  expect(column.scrollWidth, 'the column scrolls sideways').toBeLessThanOrEqual(column.clientWidth + 1);
  expect(document.documentElement.scrollWidth, 'the page scrolls sideways').toBeLessThanOrEqual(
    window.innerWidth,
  );
}

/** The full text is in the element's text or in its accessible name (aria-label or title). */
function expectFullText(element: Element, text: string) {
  const available = [element.textContent, element.getAttribute('aria-label'), element.getAttribute('title')];
  expect(
    available.some((value) => value?.includes(text)),
    `${text.slice(0, 20)}… missing from ${element.outerHTML.slice(0, 100)}`,
  ).toBe(true);
}

describe('given a 300-character name and email in a 320 px column', () => {
  describe('when the picker offers the identity and it is picked', () => {
    it('keeps the option and the chip inside the column, with the full name and email available', async () => {
      const long: Identity = {
        ...(createSandbox().getIdentity(SANDBOX_IDS.linkableChildren[0]) as Identity),
        name: LONG_NAME,
        lastname: null,
        nickname: null,
        email: LONG_EMAIL,
      };
      const column = renderInColumn(
        <ChildPicker identityId={SANDBOX_IDS.parentUser} candidates={[long]} defaultValue={[long.id]} />,
      );
      await userEvent.click(screen.getByRole('combobox', { name: 'Children to link' }));
      const option = screen.getByRole('option');
      expectWithinColumn(option, column);
      expectFullText(option, LONG_NAME);
      expectFullText(option, LONG_EMAIL);
      // A fixed row height keeps the virtual list exact: long text must not make the row taller.
      expect(option.getBoundingClientRect().height).toBe(56);

      const chips = screen.getByRole('list', { name: 'Selected' });
      const chip = within(chips).getByRole('listitem');
      expectWithinColumn(chip, column);
      expectFullText(chip, LONG_NAME);
      expectFullText(within(chip).getByRole('button'), LONG_NAME);
      expectWithinColumn(screen.getByRole('button', { name: 'Link 1 child' }), column);
    });
  });

  describe('when the consent hand-off names the child and the parent email (no link)', () => {
    it('wraps both inside the column and keeps the full text', () => {
      const column = renderInColumn(
        <ConsentHandoff consentUrl={null} childName={LONG_NAME} parentEmail={LONG_EMAIL} />,
      );
      const heading = screen.getByRole('heading', { level: 2 });
      expectWithinColumn(heading, column);
      expectFullText(heading, LONG_NAME);
      const message = screen.getByText(/will receive an email at/);
      expectWithinColumn(message, column);
      expectFullText(message, LONG_EMAIL);
    });
  });

  describe('when the form’s server answers with a 300-character first name and a very long consent URL', () => {
    it('shows the hand-off inside the column: heading, link, URL text and QR code', async () => {
      const fetcher: Fetcher = async () =>
        new Response(
          JSON.stringify({
            validationErrors: [0],
            status: 'success',
            message: null,
            resultCount: -1,
            totalCount: -1,
            entity: { serviceId: 'child-1', firstName: LONG_NAME, active: false, consentUrl: LONG_URL },
          }),
          { status: 200, headers: { 'content-type': 'application/json' } },
        );
      const column = renderInColumn(
        <AddChildForm parentEmail={SANDBOX_EMAILS.adultWithoutChild} parentAccountUrl={LONG_URL} />,
        fetcher,
      );
      await userEvent.fill(screen.getByRole('textbox', { name: 'First name' }), 'Lucia');
      await userEvent.fill(screen.getByRole('textbox', { name: 'Username' }), 'lucia_2016');
      await userEvent.fill(screen.getByRole('textbox', { name: 'Day' }), '7');
      await userEvent.fill(screen.getByRole('textbox', { name: 'Month' }), '3');
      await userEvent.fill(screen.getByRole('textbox', { name: 'Year' }), '2016');
      await userEvent.click(screen.getByRole('button', { name: 'Add child' }));

      const heading = await screen.findByRole('heading', { name: /the parent needs to give consent/ });
      expectWithinColumn(heading, column);
      expectFullText(heading, LONG_NAME);
      const link = screen.getByRole('link', { name: /consent page/ });
      expect(link.getAttribute('href')).toBe(LONG_URL);
      expectWithinColumn(link, column);
      const urlText = screen.getByText(LONG_URL);
      expectWithinColumn(urlText, column);
      expectWithinColumn(await screen.findByRole('img', { name: 'QR code of the consent link' }), column);
      // A host-given parent now has a child: the form points to the parent's PRIVO account instead.
      expectWithinColumn(
        screen.getByRole('link', { name: "Open the parent's PRIVO account (opens in a new tab)" }),
        column,
      );
    });
  });
});
