import type { Meta, StoryObj } from '@storybook/react-vite';
import { type CSSProperties, type ReactNode, useState } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import { storyMessages, useStoryKinship } from '../.storybook/kinship.js';
import {
  AddChildDialog,
  AddChildForm,
  ChildPicker,
  ConsentHandoff,
  IdentityStatusBadge,
} from '../src/index.js';
import { SANDBOX_EMAILS, SANDBOX_IDS } from '../src/sandbox/index.js';

/*
 * The kit on a partner's page, as a host designer meets it: the host's background, colours and font,
 * the OS colour scheme, a scrolling card that hides its overflow, a phone's width. The visual tests
 * (test/visual) render each one, check that no text is cut, covered or faint, and compare it with
 * its baseline screenshot; `parameters.visual.colorScheme` is the OS setting they emulate (in
 * Storybook, switch your OS or the browser's emulation to see it).
 */

/** A consent link of the shape the sandbox hands out (fixed: the screenshots must not change). */
const CONSENT_URL = 'https://sandbox.privo.example/e/r/a?token=3461626364653d3d';

interface HostPalette {
  background: string;
  color: string;
  /** The host's own font: the kit inherits it. */
  fontFamily: string;
}

const WHITE_HOST: HostPalette = {
  background: '#ffffff',
  color: '#1f2328',
  fontFamily: '"DejaVu Serif", serif',
};
const DARK_HOST: HostPalette = {
  background: '#0d1117',
  color: '#e6edf3',
  fontFamily: '"DejaVu Serif", serif',
};

/** A partner's settings page: its own header bar and column, the kit's parts inside. */
function HostPage({ palette, children }: { palette: HostPalette; children: ReactNode }) {
  return (
    <div
      data-testid="host-page"
      style={{
        background: palette.background,
        color: palette.color,
        fontFamily: palette.fontFamily,
        minBlockSize: '100vh',
        boxSizing: 'border-box',
      }}
    >
      <header
        style={{
          blockSize: 40,
          borderBlockEnd: `1px solid ${palette.color}33`,
          display: 'flex',
          alignItems: 'center',
          paddingInline: 16,
          fontWeight: 700,
        }}
      >
        Acme
      </header>
      <main style={{ display: 'grid', gap: 24, padding: 16, maxInlineSize: 560 }}>{children}</main>
    </div>
  );
}

/** The picker over the story's sandbox identities. */
function SandboxPicker() {
  const { sandbox } = useStoryKinship();
  const [candidates] = useState(() => sandbox.identities);
  return <ChildPicker identityId={SANDBOX_IDS.parentUser} candidates={candidates} />;
}

/** Every inline part of the kit once: the form, the picker, the consent hand-off, badges. */
function KitParts() {
  return (
    <>
      <AddChildForm parentEmail={SANDBOX_EMAILS.adultWithoutChild} />
      <SandboxPicker />
      <ConsentHandoff consentUrl={CONSENT_URL} childName="Lucía" headingLevel={3} />
      <p style={{ display: 'flex', flexWrap: 'wrap', gap: 8, margin: 0 }}>
        <IdentityStatusBadge status="ACTIVE" />
        <IdentityStatusBadge status="PENDING_EMAIL_VALIDATION" />
        <IdentityStatusBadge status="BLOCKED" />
        <IdentityStatusBadge status="INACTIVE" />
      </p>
    </>
  );
}

const meta = {
  title: 'Host pages',
  parameters: {
    layout: 'fullscreen',
    kinship: { hostPage: true },
    // The page sets its own colours: the kit's theme comes from the story, so no dark mode here.
    visual: { modes: ['light', 'rtl'] },
    viewport: {
      options: {
        narrow320: {
          name: '320 px (small phone)',
          styles: { width: '320px', height: '640px' },
          type: 'mobile',
        },
        narrow390: { name: '390 px (phone)', styles: { width: '390px', height: '844px' }, type: 'mobile' },
      },
    },
    docs: {
      description: {
        component:
          "The kit inside a partner's page: the host's colours and font, the OS colour scheme, a scrolling card, a phone's width. Nothing may be cut off, covered or faint.",
      },
    },
  },
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * A white partner page while the visitor's OS is dark, and no theme chosen: the kit stays light
 * (dark labels, light inputs) and takes the page's font.
 */
export const WhiteHostOsDark: Story = {
  parameters: { visual: { modes: ['light', 'rtl'], colorScheme: 'dark' } },
  render: () => (
    <HostPage palette={WHITE_HOST}>
      <KitParts />
    </HostPage>
  ),
};

/**
 * A dark partner page while the OS is light: the host chooses `theme="dark"` on the provider and the
 * kit paints its own dark surfaces.
 */
export const DarkHostOsLight: Story = {
  parameters: {
    kinship: { hostPage: true, theme: 'dark' },
    visual: { modes: ['light', 'rtl'], colorScheme: 'light' },
  },
  render: () => (
    <HostPage palette={DARK_HOST}>
      <KitParts />
    </HostPage>
  ),
};

const card: CSSProperties = {
  blockSize: 360,
  overflow: 'hidden',
  border: '1px solid #d0d7de',
  borderRadius: 8,
  display: 'flex',
  flexDirection: 'column',
};

/**
 * The picker in a host card that hides its overflow around a scrolling region, list open: the whole
 * list must show, above the card's edge if need be, and the search box stay in view.
 */
export const InsideScrollingContainer: Story = {
  render: () => (
    <HostPage palette={WHITE_HOST}>
      <section style={card} data-testid="host-card">
        <div style={{ overflow: 'auto', padding: 16, flex: 1 }}>
          <SandboxPicker />
        </div>
      </section>
    </HostPage>
  ),
  play: async ({ canvas, globals, parameters }) => {
    const { t } = storyMessages({ globals, parameters });
    const input = canvas.getByRole('combobox', { name: t('picker.label') });
    await userEvent.click(input);
    const listbox = await within(document.body).findByRole('listbox');
    await expect(within(listbox).getAllByRole('option').length).toBeGreaterThan(4);
  },
};

/** The whole kit on a 320 px wide page (the smallest phones). */
export const Narrow320: Story = {
  globals: { viewport: { value: 'narrow320', isRotated: false } },
  render: () => (
    <HostPage palette={WHITE_HOST}>
      <KitParts />
    </HostPage>
  ),
};

/** The whole kit on a 390 px wide page (a common phone), its picker open. */
export const Narrow390: Story = {
  globals: { viewport: { value: 'narrow390', isRotated: false } },
  render: () => (
    <HostPage palette={WHITE_HOST}>
      <KitParts />
    </HostPage>
  ),
  play: async ({ canvas, globals, parameters }) => {
    const { t } = storyMessages({ globals, parameters });
    await userEvent.click(canvas.getByRole('combobox', { name: t('picker.label') }));
    await within(document.body).findByRole('listbox');
  },
};

/** The link dialog's picker over the story's sandbox identities. */
function SandboxLinkDialog() {
  const { sandbox } = useStoryKinship();
  const [candidates] = useState(() => sandbox.identities);
  return <AddChildDialog flow="link" identityId={SANDBOX_IDS.parentUser} candidates={candidates} />;
}

/**
 * The link dialog on a 390 × 844 phone, its list open: at least five options must show and the
 * search box stay in view.
 */
export const LinkDialogOnPhone: Story = {
  globals: { viewport: { value: 'narrow390', isRotated: false } },
  render: () => (
    <HostPage palette={WHITE_HOST}>
      <SandboxLinkDialog />
    </HostPage>
  ),
  play: async ({ canvas, globals, parameters }) => {
    const { t } = storyMessages({ globals, parameters });
    await userEvent.click(canvas.getByRole('button', { name: t('dialog.link.trigger') }));
    const dialog = within(await within(document.body).findByRole('dialog', { name: t('dialog.link.title') }));
    await userEvent.click(dialog.getByRole('combobox', { name: t('picker.label') }));
    await within(document.body).findByRole('listbox');
  },
};
