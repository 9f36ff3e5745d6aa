/// <reference types="vite/client" />
import '../theme/tokens.css';
import '../theme/badge.css';
import '../theme/consent.css';
import '../theme/dialog.css';
import '../theme/form.css';
import '../theme/picker.css';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { Identity } from '../core/schemas.js';
import { KinshipProvider } from '../hooks/KinshipProvider.js';
import { type Catalogue, createTranslator } from '../i18n/index.js';
import { ar } from '../locales/ar.js';
import { he } from '../locales/he.js';
import { createSandbox, SANDBOX_EMAILS } from '../sandbox/index.js';
import { AddChildDialog } from './AddChildDialog.js';
import { AddChildForm } from './AddChildForm.js';
import { ChildPicker } from './ChildPicker.js';
import { ConsentHandoff } from './ConsentHandoff.js';
import { IdentityStatusBadge } from './IdentityStatusBadge.js';

/*
 * Every component in Arabic and Hebrew, right to left, light and dark, in Chromium: laid out from
 * the right, data (names, emails) isolated so the sentence's punctuation stays at its end (the
 * left), and a screenshot of each component and the open dialog in .screenshots/ (not committed).
 */

const CANDIDATES = [
  {
    id: 'c-1',
    type: 'USER',
    name: 'Lucía',
    lastname: 'Pérez',
    email: 'lucia@example.com',
    status: 'ACTIVE',
    children: [],
  },
  {
    id: 'c-2',
    type: 'ORGANIZATION',
    name: 'Fundación Sol',
    documentType: 'RUT',
    documentNumber: '76.123.456-7',
    children: [],
  },
  {
    id: 'c-3',
    type: 'USER',
    name: 'Noa',
    lastname: 'Levi',
    email: 'noa@example.com',
    status: 'PENDING',
    children: [],
  },
] as unknown as Identity[];

function Page({ catalogue, theme }: { catalogue: Catalogue; theme: 'light' | 'dark' }) {
  const sandbox = createSandbox({ latencyMs: 0 });
  return (
    <div
      dir="rtl"
      lang={catalogue.locale}
      data-kinship-theme={theme}
      style={{ padding: 16, width: 560, background: 'var(--kinship-color-bg, Canvas)' }}
    >
      <KinshipProvider
        locale={catalogue.locale}
        catalogues={[catalogue]}
        conomy={{ baseUrl: '/api/conomy', fetcher: sandbox.fetcher }}
        privo={{ baseUrl: '/api/privo', fetcher: sandbox.fetcher }}
      >
        <div style={{ display: 'grid', gap: 24 }}>
          <div data-shot="badges" style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
            <IdentityStatusBadge status="ACTIVE" />
            <IdentityStatusBadge status="PENDING_EMAIL_VALIDATION" />
            <IdentityStatusBadge consentStatus="pending" />
            <IdentityStatusBadge status="SUSPENDED" />
          </div>
          <div data-shot="picker" style={{ minHeight: 300 }}>
            <ChildPicker identityId="the-parent" candidates={CANDIDATES} />
          </div>
          <div data-shot="consent">
            <ConsentHandoff
              consentUrl="https://privo.example/consent/abc"
              childName="Lucía"
              parentEmail="ana@example.com"
            />
            <ConsentHandoff consentUrl={null} parentEmail="ana@example.com" headingLevel={3} />
          </div>
          <div data-shot="form">
            <AddChildForm parentEmail={SANDBOX_EMAILS.adultWithoutChild} />
          </div>
          <AddChildDialog flow="account" parentEmail={SANDBOX_EMAILS.adultWithoutChild} />
        </div>
      </KinshipProvider>
    </div>
  );
}

/** The on-screen box of one character of a text node. */
function charBox(text: Text, index: number): DOMRect {
  const range = document.createRange();
  range.setStart(text, index);
  range.setEnd(text, index + 1);
  return range.getBoundingClientRect();
}

beforeEach(async () => {
  // Room for the whole page: the screenshots show every component, not the default phone viewport.
  await page.viewport(640, 2200);
});

afterEach(() => {
  cleanup();
  document.documentElement.removeAttribute('dir');
  document.documentElement.removeAttribute('data-kinship-theme');
});

describe.each([
  ['ar', ar],
  ['he', he],
] as const)('given the kit in %s, right to left', (tag, catalogue) => {
  const { t } = createTranslator(tag, {}, [catalogue]);

  describe.each(['light', 'dark'] as const)('in the %s theme', (theme) => {
    it('when every component is shown, each lays out from the right and data keeps the punctuation after it on the left', async () => {
      render(<Page catalogue={catalogue} theme={theme} />);

      // The consent message: the email in its own <bdi>, the full stop at the sentence's end, left of it.
      const message = screen.getByText(
        (_, element) =>
          element?.tagName === 'P' &&
          element.textContent === t('consent.email.to', { email: 'ana@example.com' }),
      );
      const email = message.querySelector('bdi') as HTMLElement;
      expect(email.textContent).toBe('ana@example.com');
      const last = message.lastChild as Text;
      const stop = charBox(last, (last.textContent ?? '').length - 1);
      const emailBox = email.getBoundingClientRect();
      if (Math.abs(stop.top - emailBox.top) < 4) expect(stop.right).toBeLessThanOrEqual(emailBox.left + 1);

      // The form's first field starts at the right: its label's right edge is the form's right edge.
      const firstName = screen.getByRole('textbox', { name: t('form.firstName') });
      const form = firstName.closest('form') as HTMLElement;
      const label = document.querySelector(`label[for="${firstName.id}"]`) as HTMLElement;
      expect(getComputedStyle(form).direction).toBe('rtl');
      expect(form.getBoundingClientRect().right - label.getBoundingClientRect().right).toBeLessThan(4);

      // The picker: a search shows its rows, names isolated, the type label in the language.
      await userEvent.type(screen.getByRole('combobox', { name: t('picker.label') }), 'example');
      const option = await screen.findByRole('option', { name: /Lucía Pérez/ });
      expect(option.querySelector('bdi')?.textContent).toBe('Lucía Pérez');
      expect(option.textContent).toContain(t('identityType.USER'));

      for (const part of document.querySelectorAll<HTMLElement>('[data-shot]')) {
        await page.screenshot({
          path: `../../.screenshots/rtl-${tag}-${theme}-${part.dataset.shot}.png`,
          element: part,
        });
      }
    });

    it('when the dialog is opened, its title, close button and form read right to left', async () => {
      // The dialog is portalled under <body>: it reads direction and theme from <html>, as on a host page.
      document.documentElement.setAttribute('dir', 'rtl');
      document.documentElement.setAttribute('data-kinship-theme', theme);
      render(<Page catalogue={catalogue} theme={theme} />);
      // The trigger (Hebrew words it as the form's submit button: the one that opens a dialog).
      const trigger = screen
        .getAllByRole('button', { name: t('dialog.account.trigger') })
        .find((button) => button.getAttribute('aria-haspopup') === 'dialog') as HTMLElement;
      await userEvent.click(trigger);
      const dialog = await screen.findByRole('dialog', { name: t('dialog.account.title') });
      await waitFor(() => expect(getComputedStyle(dialog).direction).toBe('rtl'));
      const close = screen.getByRole('button', { name: t('dialog.close') });
      const title = screen.getByRole('heading', { name: t('dialog.account.title') });
      // Right to left, the title is at the right and the close button at the left.
      expect(close.getBoundingClientRect().left).toBeLessThan(title.getBoundingClientRect().left);
      await page.screenshot({ path: `../../.screenshots/rtl-${tag}-${theme}-dialog.png` });
    });
  });
});
