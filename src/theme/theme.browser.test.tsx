/// <reference types="vite/client" />
import './tokens.css';
import './badge.css';
import './consent.css';
import './dialog.css';
import './form.css';
import './picker.css';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cdp, userEvent } from 'vitest/browser';
import {
  backgroundOf,
  contrast,
  describeElement,
  hueAndChroma,
  hueDistance,
  lowContrastTexts,
  luminance,
  over,
  type Rgba,
  textContrasts,
  toRgba,
} from '../../test/support/contrast.js';
import { AddChildDialog } from '../components/AddChildDialog.js';
import { AddChildForm } from '../components/AddChildForm.js';
import { ChildPicker } from '../components/ChildPicker.js';
import { ConsentHandoff } from '../components/ConsentHandoff.js';
import { IdentityStatusBadge } from '../components/IdentityStatusBadge.js';
import { KinshipProvider, type KinshipProviderProps } from '../hooks/KinshipProvider.js';
import { createSandbox, generateIdentities, SANDBOX_EMAILS } from '../sandbox/index.js';

function expectReadableText(root: Element) {
  expect(textContrasts(root).length).toBeGreaterThan(5);
  expect(lowContrastTexts(root)).toEqual([]);
}

/** WCAG 1.4.11: the border of each text input, select and picker field against what surrounds it. */
function expectVisibleBorders(root: Element) {
  const controls = root.querySelectorAll(
    'input:not([type="radio"]):not(.kinship-ChildPicker-input), select, .kinship-ChildPicker-field',
  );
  expect(controls.length).toBeGreaterThan(3);
  const failures: string[] = [];
  for (const control of controls) {
    const outside = backgroundOf(control.parentElement);
    const border = over(toRgba(getComputedStyle(control).borderTopColor), outside);
    const ratio = contrast(border, outside);
    if (ratio < 3) failures.push(`${ratio.toFixed(2)}:1 ${describeElement(control)}`);
  }
  expect(failures).toEqual([]);
}

/** The element drawing the focus ring for the focused element (the picker's field draws it for its input). */
function ringOf(focused: Element): Element | null {
  for (let node: Element | null = focused; node; node = node.parentElement) {
    const style = getComputedStyle(node);
    if (style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2) return node;
  }
  return null;
}

/**
 * What the ring is drawn on: the background around the element, or the halo the kit paints under
 * the ring (a box-shadow reaching past the ring's outer edge).
 */
function besideRing(ring: Element): Rgba {
  const outside = backgroundOf(ring.parentElement);
  const style = getComputedStyle(ring);
  const halo = /^(rgba?\([^)]*\)) 0px 0px 0px ([\d.]+)px$/.exec(style.boxShadow);
  const ringEdge = Number.parseFloat(style.outlineOffset) + Number.parseFloat(style.outlineWidth);
  if (halo && Number.parseFloat(halo[2]!) > ringEdge) return over(toRgba(halo[1]!), outside);
  return outside;
}

/** Tabs through every focusable part inside `root`: each shows a ring reaching 3:1 on what is around it. */
async function expectVisibleFocusRings(root: Element) {
  // Start at the first field (a text field shows its ring on programmatic focus), then tab on.
  root.querySelector<HTMLElement>('input, select, button, a[href]')!.focus();
  const failures: string[] = [];
  let visited = 0;
  for (let step = 0; step < 40; step++) {
    if (step > 0) await userEvent.tab();
    const focused = document.activeElement;
    if (!focused || !root.contains(focused)) {
      if (visited > 0) break;
      continue;
    }
    visited++;
    const ring = ringOf(focused);
    if (!ring) {
      failures.push(`no ring on ${describeElement(focused)}`);
      continue;
    }
    const outside = besideRing(ring);
    const color = over(toRgba(getComputedStyle(ring).outlineColor), outside);
    const ratio = contrast(color, outside);
    if (ratio < 3) failures.push(`ring ${ratio.toFixed(2)}:1 on ${describeElement(focused)}`);
  }
  expect(visited).toBeGreaterThan(10);
  expect(failures).toEqual([]);
}

// ---------------------------------------------------------------------------------------------
// A partner's page: white, its own font, the kit's parts on it.

const HOST_FONT = '"Courier New", monospace';
const candidates = generateIdentities(6, 11);

function setOsColorScheme(value: 'dark' | 'light' | '') {
  return cdp().send('Emulation.setEmulatedMedia', {
    features: [{ name: 'prefers-color-scheme', value }],
  });
}

beforeEach(() => {
  document.documentElement.style.background = '#ffffff';
  document.body.style.background = '#ffffff';
  document.body.style.color = '#111111';
  document.body.style.fontFamily = HOST_FONT;
});

afterEach(async () => {
  cleanup();
  await setOsColorScheme('');
  document.documentElement.removeAttribute('style');
  document.documentElement.removeAttribute('data-kinship-theme');
  document.body.removeAttribute('style');
});

function HostPage({
  theme,
  wrapperStyle,
}: {
  theme?: KinshipProviderProps['theme'];
  wrapperStyle?: Record<string, string>;
}) {
  const sandbox = createSandbox();
  return (
    <KinshipProvider
      conomy={{ baseUrl: '/api/conomy', fetcher: sandbox.fetcher }}
      privo={{ baseUrl: '/api/privo', fetcher: sandbox.fetcher }}
      {...(theme ? { theme } : {})}
    >
      <main data-testid="host" style={{ padding: 24, maxWidth: 720, ...wrapperStyle }}>
        <AddChildForm parentEmail={SANDBOX_EMAILS.adultWithoutChild} />
        <ChildPicker identityId="the-parent" candidates={candidates} />
        <ConsentHandoff
          consentUrl="https://consent.example/consent?token=8f2e7d1c9b0a"
          childName="Lucía"
          headingLevel={3}
        />
        <p>
          <IdentityStatusBadge status="ACTIVE" /> <IdentityStatusBadge status="PENDING_EMAIL_VALIDATION" />{' '}
          <IdentityStatusBadge status="BLOCKED" /> <IdentityStatusBadge status="INACTIVE" />
        </p>
        <AddChildDialog flow="account" parentEmail={SANDBOX_EMAILS.adultWithoutChild} />
      </main>
    </KinshipProvider>
  );
}

/** Shows field errors and an open picker with one child chosen, so danger text, chips and options are on screen. */
async function showEveryState() {
  const form = document.querySelector('.kinship-AddChildForm')!;
  await userEvent.click(within(form as HTMLElement).getByRole('button', { name: 'Add child' }));
  await waitFor(() => expect(form.querySelectorAll('.kinship-AddChildForm-error').length).toBeGreaterThan(0));
  const combobox = screen.getByRole('combobox', { name: 'Children to link' });
  await userEvent.click(combobox);
  const [first] = await within(await screen.findByRole('listbox')).findAllByRole('option');
  await userEvent.click(first!);
  await waitFor(() => expect(document.querySelector('.kinship-ChildPicker-chip')).not.toBeNull());
}

async function openDialog(): Promise<HTMLElement> {
  await userEvent.click(screen.getByRole('button', { name: 'Add a child' }));
  return screen.findByRole('dialog', { name: 'Add a child' });
}

function primaryButton(): HTMLElement {
  return within(document.querySelector('.kinship-AddChildForm') as HTMLElement).getByRole('button', {
    name: 'Add child',
  });
}

// ---------------------------------------------------------------------------------------------

describe('the theme on a partner page (Chromium)', () => {
  describe('given a white host page and the OS in dark mode', () => {
    describe('when the host sets no theme', () => {
      it('the kit stays light: dark labels on the white page, light inputs', async () => {
        await setOsColorScheme('dark');
        expect(matchMedia('(prefers-color-scheme: dark)').matches).toBe(true);
        render(<HostPage />);
        const label = screen.getByText('First name');
        expect(luminance(toRgba(getComputedStyle(label).color))).toBeLessThan(0.1);
        expect(contrast(toRgba(getComputedStyle(label).color), backgroundOf(label))).toBeGreaterThanOrEqual(
          4.5,
        );
        const input = screen.getByRole('textbox', { name: 'First name' });
        expect(luminance(backgroundOf(input))).toBeGreaterThan(0.8);
        expectReadableText(screen.getByTestId('host'));
      });
    });

    describe('when the host chooses theme="system"', () => {
      it('the kit follows the OS and paints its own dark surfaces', async () => {
        await setOsColorScheme('dark');
        render(<HostPage theme="system" />);
        const form = document.querySelector('.kinship-AddChildForm')!;
        expect(luminance(backgroundOf(form))).toBeLessThan(0.05);
        expectReadableText(screen.getByTestId('host'));
      });
    });
  });

  describe('given a white host page and the OS in light mode', () => {
    it('theme="system" is light', async () => {
      await setOsColorScheme('light');
      render(<HostPage theme="system" />);
      const label = screen.getByText('First name');
      expect(luminance(toRgba(getComputedStyle(label).color))).toBeLessThan(0.1);
    });
  });

  describe('given theme="dark" on a white host page', () => {
    it('the form, picker and hand-off paint their own dark surfaces and every text is readable', async () => {
      render(<HostPage theme="dark" />);
      for (const selector of ['.kinship-AddChildForm', '.kinship-ChildPicker', '.kinship-ConsentHandoff']) {
        const surface = document.querySelector(selector)!;
        expect(luminance(backgroundOf(surface)), selector).toBeLessThan(0.05);
      }
      await showEveryState();
      expectReadableText(screen.getByTestId('host'));
      expectVisibleBorders(screen.getByTestId('host'));
    });

    it('the dialog, portalled into <body>, is dark too', async () => {
      render(<HostPage theme="dark" />);
      const dialog = await openDialog();
      expect(luminance(backgroundOf(dialog))).toBeLessThan(0.05);
      expectReadableText(dialog);
    });
  });

  describe('given data-kinship-theme="dark" on <html> and no theme prop', () => {
    it('the documented attribute still turns the kit dark', async () => {
      document.documentElement.setAttribute('data-kinship-theme', 'dark');
      render(<HostPage />);
      const label = screen.getByText('First name');
      expect(luminance(toRgba(getComputedStyle(label).color))).toBeGreaterThan(0.5);
      expectReadableText(screen.getByTestId('host'));
    });
  });

  describe('given a host font', () => {
    it('the kit inherits it, in place and in the dialog', async () => {
      render(<HostPage />);
      const expected = getComputedStyle(document.body).fontFamily;
      expect(getComputedStyle(screen.getByText('First name')).fontFamily).toBe(expected);
      expect(getComputedStyle(primaryButton()).fontFamily).toBe(expected);
      const dialog = await openDialog();
      expect(getComputedStyle(dialog).fontFamily).toBe(expected);
    });

    it('--kinship-font-family still sets a font of its own', () => {
      document.documentElement.style.setProperty('--kinship-font-family', 'Georgia, serif');
      render(<HostPage />);
      expect(getComputedStyle(screen.getByText('First name')).fontFamily).toBe('Georgia, serif');
    });
  });
});

/** Twelve brand colours spread over hue and lightness, including the extremes. */
const BRANDS = [
  '#7a1fa2',
  '#ffcc00',
  '#00a86b',
  '#e60023',
  '#000000',
  '#ffffff',
  '#ff6f00',
  '#00bcd4',
  '#9ccc65',
  '#1a237e',
  '#c2185b',
  '#b0a8ff',
];

/** The primary button carries the brand: its hue when the brand has one, grey when it has none. */
function expectBrandApplied(brand: string, button: Element) {
  const painted = hueAndChroma(toRgba(getComputedStyle(button).backgroundColor));
  const wanted = hueAndChroma(toRgba(brand));
  if (wanted.chroma < 0.02) {
    expect(painted.chroma).toBeLessThan(0.02);
  } else {
    expect(painted.chroma).toBeGreaterThan(0.03);
    expect(hueDistance(painted.hue, wanted.hue)).toBeLessThan(25);
  }
}

describe('one brand token (--kinship-accent on :root)', () => {
  for (const theme of ['light', 'dark'] as const) {
    describe(`given theme="${theme}" on a white host page`, () => {
      for (const brand of BRANDS) {
        it(`${brand}: buttons, links, selection and focus ring carry it; every pair stays readable`, async () => {
          document.documentElement.style.setProperty('--kinship-accent', brand);
          render(<HostPage theme={theme} />);
          // The kit's buttons transition their colours: wait for the end.
          await waitFor(() => expectBrandApplied(brand, primaryButton()));
          const button = primaryButton();
          expect(
            contrast(
              toRgba(getComputedStyle(button).color),
              toRgba(getComputedStyle(button).backgroundColor),
            ),
          ).toBeGreaterThanOrEqual(4.5);
          await showEveryState();
          const host = screen.getByTestId('host');
          expectReadableText(host);
          expectVisibleBorders(host);
          await expectVisibleFocusRings(host);
          const dialog = await openDialog();
          expectReadableText(dialog);
          expectBrandApplied(brand, within(dialog).getByRole('button', { name: 'Add child' }));
        });
      }
    });
  }
});

describe('where the brand token is set', () => {
  it('on a wrapper in dark mode: the buttons and the ring there are derived from it', async () => {
    render(<HostPage theme="dark" wrapperStyle={{ '--kinship-accent': '#e60023' }} />);
    await waitFor(() => expectBrandApplied('#e60023', primaryButton()));
    const button = primaryButton();
    for (let step = 0; step < 20 && document.activeElement !== button; step++) await userEvent.tab();
    expect(button).toHaveFocus();
    expect(getComputedStyle(button).outlineColor).toBe(getComputedStyle(button).backgroundColor);
    await expectVisibleFocusRings(screen.getByTestId('host'));
  });

  it('the older --kinship-color-accent on :root alone: taken as the brand, readable in dark mode', async () => {
    document.documentElement.setAttribute('data-kinship-theme', 'dark');
    document.documentElement.style.setProperty('--kinship-color-accent', '#7a1fa2');
    render(<HostPage />);
    await waitFor(() => expectBrandApplied('#7a1fa2', primaryButton()));
    const button = primaryButton();
    expect(
      contrast(toRgba(getComputedStyle(button).color), toRgba(getComputedStyle(button).backgroundColor)),
    ).toBeGreaterThanOrEqual(4.5);
    expectReadableText(screen.getByTestId('host'));
  });

  it('--kinship-accent-contrast overrides the text colour on the accent', async () => {
    document.documentElement.style.setProperty('--kinship-accent', '#1a237e');
    document.documentElement.style.setProperty('--kinship-accent-contrast', '#fffbe6');
    render(<HostPage theme="light" />);
    await waitFor(() => expect(getComputedStyle(primaryButton()).color).toBe('rgb(255, 251, 230)'));
  });
});
