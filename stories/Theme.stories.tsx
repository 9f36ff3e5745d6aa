import type { Meta, StoryObj } from '@storybook/react-vite';
import { type CSSProperties, type ReactNode, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { storyMessages, useStoryKinship } from '../.storybook/kinship.js';
import {
  AddChildDialog,
  AddChildForm,
  ChildPicker,
  ConsentHandoff,
  IdentityStatusBadge,
  KinshipProvider,
  type KinshipTheme,
  useKinshipConfig,
} from '../src/index.js';
import { SANDBOX_EMAILS, SANDBOX_IDS } from '../src/sandbox/index.js';

/** One design token of src/theme/tokens.css. */
interface TokenInfo {
  name: `--kinship-${string}`;
  kind: 'color' | 'length' | 'number' | 'text';
  use: string;
}

/** Every token, in the order of docs/theming.md. */
const TOKENS: TokenInfo[] = [
  { name: '--kinship-accent', kind: 'color', use: 'Your brand colour: buttons, selection, focus ring' },
  { name: '--kinship-accent-contrast', kind: 'color', use: 'Text on the accent (derived when unset)' },
  { name: '--kinship-color-bg', kind: 'color', use: 'Background of panels, dialogs, inputs' },
  { name: '--kinship-color-fg', kind: 'color', use: 'Text' },
  { name: '--kinship-color-muted', kind: 'color', use: 'Secondary text, hints, descriptions' },
  { name: '--kinship-color-border', kind: 'color', use: 'Borders of inputs, panels (3:1 on bg)' },
  { name: '--kinship-color-surface', kind: 'color', use: 'Raised or hovered areas, neutral badges' },
  { name: '--kinship-color-danger', kind: 'color', use: 'Errors' },
  { name: '--kinship-color-danger-surface', kind: 'color', use: 'Background of error messages' },
  { name: '--kinship-color-success', kind: 'color', use: 'Success' },
  { name: '--kinship-color-success-surface', kind: 'color', use: 'Background of success messages' },
  { name: '--kinship-color-warning', kind: 'color', use: 'Pending, needs attention' },
  { name: '--kinship-color-warning-surface', kind: 'color', use: 'Background of warnings' },
  { name: '--kinship-color-overlay', kind: 'text', use: 'Backdrop behind the dialog' },
  { name: '--kinship-color-scheme', kind: 'text', use: 'color-scheme of kit surfaces (native controls)' },
  { name: '--kinship-radius', kind: 'length', use: 'Corner radius' },
  { name: '--kinship-space-1', kind: 'length', use: 'Smallest gap' },
  { name: '--kinship-space-2', kind: 'length', use: 'Gap inside controls' },
  { name: '--kinship-space-3', kind: 'length', use: 'Gap between controls' },
  { name: '--kinship-space-4', kind: 'length', use: 'Padding of panels' },
  { name: '--kinship-font-family', kind: 'text', use: "Font of the kit (unset: the page's font)" },
  { name: '--kinship-font-size', kind: 'length', use: 'Base font size' },
  { name: '--kinship-line-height', kind: 'number', use: 'Base line height' },
  { name: '--kinship-focus-ring', kind: 'text', use: 'outline of focused elements (unset: 2px accent)' },
  { name: '--kinship-focus-ring-offset', kind: 'length', use: 'outline-offset of focused elements' },
  { name: '--kinship-shadow', kind: 'text', use: 'Shadow of the dialog and popovers' },
  { name: '--kinship-transition', kind: 'text', use: 'Duration and easing (0ms under reduced motion)' },
  { name: '--kinship-z-overlay', kind: 'number', use: 'z-index of the dialog backdrop' },
  { name: '--kinship-z-dialog', kind: 'number', use: 'z-index of the dialog' },
  { name: '--kinship-z-popover', kind: 'number', use: 'z-index of listboxes and popovers' },
];

const COLOR_TOKENS = TOKENS.filter(
  (token) => token.kind === 'color' && token.name.startsWith('--kinship-color-'),
);

const HEX = /^#[0-9a-f]{6}$/i;

const panel: CSSProperties = {
  display: 'grid',
  gap: 'var(--kinship-space-3)',
  padding: 'var(--kinship-space-4)',
  border: '1px solid var(--kinship-color-border)',
  borderRadius: 'var(--kinship-radius)',
  background: 'var(--kinship-color-bg)',
  color: 'var(--kinship-color-fg)',
  fontSize: 'var(--kinship-font-size)',
  lineHeight: 'var(--kinship-line-height)',
};

/** A colour as Chromium paints it (resolves oklch(), color-mix() and relative colours), as [r, g, b]. */
function painted(color: string): [number, number, number] {
  const canvas = document.createElement('canvas');
  canvas.width = 1;
  canvas.height = 1;
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  context.fillStyle = color;
  context.fillRect(0, 0, 1, 1);
  const [r, g, b] = context.getImageData(0, 0, 1, 1).data;
  return [r!, g!, b!];
}

/** WCAG 2 contrast ratio of two painted colours. */
function contrastRatio(a: string, b: string): number {
  const luminance = (color: string) => {
    const [r, g, b] = painted(color).map((value) => {
      const channel = value / 255;
      return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (high + 0.05) / (low + 0.05);
}

/** What the tokens look like on real kit parts; grows as components land. */
function ThemeSample({ heading }: { heading: string }) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} style={panel}>
      <h3 id={headingId} style={{ margin: 0, fontSize: '1.125em' }}>
        {heading}
      </h3>
      <p style={{ margin: 0 }}>
        Body text in <code>--kinship-color-fg</code>.{' '}
        <span style={{ color: 'var(--kinship-color-muted)' }}>Muted text for hints and descriptions.</span>
      </p>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 'var(--kinship-space-2)' }}>
        <IdentityStatusBadge status="ACTIVE" />
        <IdentityStatusBadge status="PENDING_EMAIL_VALIDATION" />
        <IdentityStatusBadge status="BLOCKED" />
        <IdentityStatusBadge status="INACTIVE" />
        <IdentityStatusBadge consentStatus="pending" />
        <IdentityStatusBadge consentStatus="approved" />
      </div>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 'var(--kinship-space-2)', alignItems: 'center' }}>
        <button type="button" className="kinship-AddChildDialog-trigger">
          Primary action
        </button>
        <span
          style={{
            padding: 'var(--kinship-space-2) var(--kinship-space-3)',
            borderRadius: 'var(--kinship-radius)',
            background: 'var(--kinship-color-danger-surface)',
            color: 'var(--kinship-color-danger)',
          }}
        >
          Error message
        </span>
        <span
          style={{
            padding: 'var(--kinship-space-2) var(--kinship-space-3)',
            borderRadius: 'var(--kinship-radius)',
            background: 'var(--kinship-color-surface)',
            color: 'var(--kinship-color-fg)',
            border: '1px solid var(--kinship-color-border)',
          }}
        >
          Surface
        </span>
      </div>
    </section>
  );
}

/** The real components under the edited tokens (the dialog is portalled into the wrapper, so it follows too). */
function KitSample() {
  const { sandbox } = useStoryKinship();
  const [candidates] = useState(() => sandbox.identities);
  const [container, setContainer] = useState<HTMLDivElement | null>(null);
  return (
    <div ref={setContainer} style={{ display: 'grid', gap: 'var(--kinship-space-4)' }}>
      <div>
        <AddChildDialog
          flow="account"
          parentEmail={SANDBOX_EMAILS.adultWithoutChild}
          {...(container ? { container } : {})}
        />
      </div>
      <div
        style={{
          display: 'grid',
          gap: 'var(--kinship-space-4)',
          gridTemplateColumns: 'repeat(auto-fit, minmax(18rem, 1fr))',
          alignItems: 'start',
        }}
      >
        <AddChildForm parentEmail={SANDBOX_EMAILS.adultWithoutChild} />
        <div style={{ display: 'grid', gap: 'var(--kinship-space-4)' }}>
          <ChildPicker identityId={SANDBOX_IDS.parentUser} candidates={candidates} />
          <ConsentHandoff
            consentUrl="https://sandbox.privo.example/consent?token=8f2e7d1c9b0a"
            childName="Lucía"
            headingLevel={3}
          />
        </div>
      </div>
    </div>
  );
}

function Swatches() {
  return (
    <ul
      style={{
        display: 'grid',
        gridTemplateColumns: 'repeat(auto-fill, minmax(14rem, 1fr))',
        gap: 'var(--kinship-space-2)',
        margin: 0,
        padding: 0,
        listStyle: 'none',
      }}
    >
      {COLOR_TOKENS.map((token) => (
        <li key={token.name} style={{ display: 'flex', alignItems: 'center', gap: 'var(--kinship-space-2)' }}>
          <span
            aria-hidden="true"
            style={{
              flex: 'none',
              inlineSize: '1.5rem',
              blockSize: '1.5rem',
              borderRadius: 'var(--kinship-space-1)',
              border: '1px solid var(--kinship-color-border)',
              background: `var(${token.name})`,
            }}
          />
          <code style={{ fontSize: '0.8125em' }}>{token.name.replace('--kinship-color-', '')}</code>
        </li>
      ))}
    </ul>
  );
}

function TokenRow({
  token,
  value,
  isOverridden,
  onChange,
}: {
  token: TokenInfo;
  value: string;
  isOverridden: boolean;
  onChange: (value: string) => void;
}) {
  const inputId = useId();
  const descriptionId = `${inputId}-use`;
  return (
    <tr>
      <th
        scope="row"
        style={{ textAlign: 'start', fontWeight: 'normal', paddingBlock: 'var(--kinship-space-1)' }}
      >
        <label htmlFor={inputId}>
          <code>{token.name}</code>
        </label>
        <div id={descriptionId} style={{ color: 'var(--kinship-color-muted)', fontSize: '0.8125em' }}>
          {token.use}
        </div>
      </th>
      <td style={{ paddingInlineStart: 'var(--kinship-space-3)' }}>
        <div style={{ display: 'flex', gap: 'var(--kinship-space-2)', alignItems: 'center' }}>
          {token.kind === 'color' ? (
            <input
              type="color"
              aria-label={`${token.name} colour picker`}
              value={HEX.test(value) ? value : '#000000'}
              onChange={(event) => onChange(event.currentTarget.value)}
              style={{
                inlineSize: '2.5rem',
                blockSize: '2rem',
                padding: 0,
                border: 'none',
                background: 'none',
              }}
            />
          ) : null}
          <input
            id={inputId}
            type="text"
            aria-describedby={descriptionId}
            value={value}
            spellCheck={false}
            onChange={(event) => onChange(event.currentTarget.value)}
            data-overridden={isOverridden || undefined}
            style={{
              flex: 1,
              minInlineSize: '12rem',
              padding: 'var(--kinship-space-1) var(--kinship-space-2)',
              border: `1px solid ${isOverridden ? 'var(--kinship-color-fg)' : 'var(--kinship-color-border)'}`,
              borderRadius: 'var(--kinship-radius)',
              background: 'var(--kinship-color-bg)',
              color: 'var(--kinship-color-fg)',
              font: 'inherit',
              fontFamily: 'ui-monospace, monospace',
              fontSize: '0.875em',
            }}
          />
        </div>
      </td>
    </tr>
  );
}

/** Edits every token live: the values apply as inline custom properties on the sample's wrapper. */
function TokenEditor() {
  const referenceRef = useRef<HTMLDivElement>(null);
  const [defaults, setDefaults] = useState<Record<string, string>>({});
  const [overrides, setOverrides] = useState<Record<string, string>>({});

  useLayoutEffect(() => {
    const reference = referenceRef.current;
    if (!reference) return;
    const style = getComputedStyle(reference);
    setDefaults(
      Object.fromEntries(TOKENS.map((token) => [token.name, style.getPropertyValue(token.name).trim()])),
    );
  }, []);

  const css = Object.entries(overrides)
    .map(([name, value]) => `  ${name}: ${value};`)
    .join('\n');

  return (
    <div style={{ display: 'grid', gap: 'var(--kinship-space-4)', gridTemplateColumns: 'minmax(0, 1fr)' }}>
      <div ref={referenceRef} hidden />
      <div style={{ ...(overrides as CSSProperties), display: 'grid', gap: 'var(--kinship-space-3)' }}>
        <ThemeSample heading="Preview with your values" />
        <Swatches />
        <KitSample />
      </div>
      <div style={{ display: 'flex', gap: 'var(--kinship-space-2)', alignItems: 'center' }}>
        <button
          type="button"
          className="kinship-AddChildDialog-trigger"
          onClick={() => setOverrides({})}
          disabled={Object.keys(overrides).length === 0}
          style={{ opacity: Object.keys(overrides).length === 0 ? 0.55 : 1 }}
        >
          Reset all tokens
        </button>
      </div>
      <label style={{ display: 'grid', gap: 'var(--kinship-space-1)' }}>
        <span>CSS for your app (paste after kinship-kit/styles.css)</span>
        <textarea
          readOnly
          rows={Math.max(3, Object.keys(overrides).length + 2)}
          value={css ? `:root {\n${css}\n}` : '/* Change a value below: its CSS appears here. */'}
          style={{
            fontFamily: 'ui-monospace, monospace',
            fontSize: '0.875em',
            padding: 'var(--kinship-space-2)',
            border: '1px solid var(--kinship-color-border)',
            borderRadius: 'var(--kinship-radius)',
            background: 'var(--kinship-color-surface)',
            color: 'var(--kinship-color-fg)',
          }}
        />
      </label>
      <table style={{ borderCollapse: 'collapse', inlineSize: '100%' }}>
        <caption style={{ textAlign: 'start', fontWeight: 600, paddingBlockEnd: 'var(--kinship-space-2)' }}>
          Tokens (--kinship-*)
        </caption>
        <thead>
          <tr>
            <th scope="col" style={{ textAlign: 'start' }}>
              Token
            </th>
            <th scope="col" style={{ textAlign: 'start', paddingInlineStart: 'var(--kinship-space-3)' }}>
              Value
            </th>
          </tr>
        </thead>
        <tbody>
          {TOKENS.map((token) => (
            <TokenRow
              key={token.name}
              token={token}
              value={overrides[token.name] ?? defaults[token.name] ?? ''}
              isOverridden={token.name in overrides}
              onChange={(value) => setOverrides((current) => ({ ...current, [token.name]: value }))}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ThemeColumn({ theme, children }: { theme: 'light' | 'dark'; children: ReactNode }) {
  return (
    <div
      data-kinship-theme={theme}
      style={{
        padding: 'var(--kinship-space-4)',
        background: 'var(--kinship-color-bg)',
        color: 'var(--kinship-color-fg)',
        borderRadius: 'var(--kinship-radius)',
      }}
    >
      {children}
    </div>
  );
}

const meta = {
  title: 'Theme/Tokens',
  parameters: {
    docs: {
      description: {
        component:
          'Design tokens of `kinship-kit/styles.css` (`--kinship-*` custom properties). Change any value in the editor and copy the CSS it prints. One token, `--kinship-accent`, re-themes the brand in light and dark. Themes: `theme="light" | "dark" | "system"` on `KinshipProvider`, or `data-kinship-theme` on `<html>` or any wrapper; without either the kit is light, whatever the OS prefers.',
      },
    },
  },
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

/** Every token with a live editor: type a value or pick a colour, the sample updates at once. */
export const Editor: Story = {
  // Every token, several screens tall: the visual tests check its layout and take no screenshot.
  parameters: { visual: { screenshot: false } },
  render: (_args, { globals }) => <TokenEditor key={String(globals.theme)} />,
  play: async ({ canvas, step, globals, parameters }) => {
    const { t } = storyMessages({ globals, parameters });
    const accent = await canvas.findByRole('textbox', { name: '--kinship-accent' });
    // The kit's buttons transition their colours: wait for the end. Purple keeps red above green.
    const isPurple = (element: Element) => {
      const [r, g, b] = painted(getComputedStyle(element).backgroundColor);
      return r > g + 40 && b > g + 40;
    };
    await step('a designer sets the one brand colour', async () => {
      await userEvent.type(accent, '#7a1fa2');
      const button = canvas.getByRole('button', { name: 'Primary action' });
      await waitFor(() => expect(isPurple(button)).toBe(true));
      const submit = canvas.getByRole('button', { name: t('form.submit') });
      await waitFor(() => expect(isPurple(submit)).toBe(true));
      const style = getComputedStyle(submit);
      await expect(contrastRatio(style.color, style.backgroundColor)).toBeGreaterThanOrEqual(4.5);
      await expect(canvas.getByRole('textbox', { name: /CSS for your app/ })).toHaveValue(
        ':root {\n  --kinship-accent: #7a1fa2;\n}',
      );
    });
    await step('the dialog, portalled into the preview, follows it', async () => {
      await userEvent.click(canvas.getByRole('button', { name: t('dialog.account.trigger') }));
      const dialog = await canvas.findByRole('dialog', { name: t('dialog.account.title') });
      const submit = within(dialog).getByRole('button', { name: t('form.submit') });
      await waitFor(() => expect(isPurple(submit)).toBe(true));
      await userEvent.keyboard('{Escape}');
      await waitFor(() => expect(canvas.queryByRole('dialog')).toBeNull());
    });
    await step('reset brings the defaults back', async () => {
      await userEvent.click(canvas.getByRole('button', { name: 'Reset all tokens' }));
      const button = canvas.getByRole('button', { name: 'Primary action' });
      await waitFor(() => expect(isPurple(button)).toBe(false));
    });
  },
};

/** The light and dark palettes side by side (forced with data-kinship-theme on each column). */
export const LightAndDark: Story = {
  render: () => (
    <div
      style={{
        display: 'grid',
        gap: 'var(--kinship-space-4)',
        gridTemplateColumns: 'repeat(auto-fit, minmax(20rem, 1fr))',
      }}
    >
      <ThemeColumn theme="light">
        <ThemeSample heading="Light" />
      </ThemeColumn>
      <ThemeColumn theme="dark">
        <ThemeSample heading="Dark" />
      </ThemeColumn>
    </div>
  ),
  play: async ({ canvas }) => {
    const [light, dark] = canvas.getAllByRole('button', { name: 'Primary action' });
    await expect(getComputedStyle(light!).backgroundColor).not.toBe(getComputedStyle(dark!).backgroundColor);
  },
};

/** Keyboard focus is visible on every interactive element (the ring comes from --kinship-focus-ring). */
export const FocusRing: Story = {
  render: () => <ThemeSample heading="Tab through me" />,
  play: async ({ canvas }) => {
    await userEvent.tab();
    const button = canvas.getByRole('button', { name: 'Primary action' });
    await expect(button).toHaveFocus();
    await expect(getComputedStyle(button).outlineStyle).toBe('solid');
    await expect(getComputedStyle(button).outlineWidth).toBe('2px');
  },
};

/**
 * A partner's page: white, its own font (Georgia), the brand colour set once on the page's wrapper,
 * and the kit under a provider with the given theme.
 */
function PartnerPage({
  theme,
  brand,
  heading,
  withHandoff = false,
}: {
  theme?: KinshipTheme;
  brand?: string;
  heading: string;
  withHandoff?: boolean;
}) {
  const { sandbox } = useStoryKinship();
  const { locale, catalogues } = useKinshipConfig();
  const [candidates] = useState(() => sandbox.identities);
  const conomy = useMemo(() => ({ baseUrl: '/api/conomy', fetcher: sandbox.fetcher }), [sandbox]);
  const privo = useMemo(() => ({ baseUrl: '/api/privo', fetcher: sandbox.fetcher }), [sandbox]);
  const headingId = useId();
  return (
    <section
      aria-labelledby={headingId}
      style={
        {
          display: 'grid',
          gap: 16,
          padding: 24,
          background: '#ffffff',
          color: '#1b1e24',
          fontFamily: 'Georgia, serif',
          ...(brand ? { '--kinship-accent': brand } : {}),
        } as CSSProperties
      }
    >
      <h3 id={headingId} style={{ margin: 0 }}>
        {heading}
      </h3>
      <KinshipProvider
        conomy={conomy}
        privo={privo}
        locale={locale}
        catalogues={catalogues}
        {...(theme ? { theme } : {})}
      >
        <AddChildForm parentEmail={SANDBOX_EMAILS.adultWithoutChild} />
        <ChildPicker identityId={SANDBOX_IDS.parentUser} candidates={candidates} />
        {withHandoff ? (
          <ConsentHandoff
            consentUrl="https://sandbox.privo.example/consent?token=8f2e7d1c9b0a"
            childName="Lucía"
            headingLevel={4}
          />
        ) : null}
      </KinshipProvider>
    </section>
  );
}

/** `theme="dark"` on a white partner page: the kit paints its own dark surfaces, its text stays readable. */
export const DarkOnLightHost: Story = {
  render: () => <PartnerPage theme="dark" heading="Partner page (white), kit theme dark" withHandoff />,
  play: async ({ canvasElement, canvas, globals, parameters }) => {
    const { t } = storyMessages({ globals, parameters });
    const form = canvasElement.querySelector('.kinship-AddChildForm')!;
    const surface = getComputedStyle(form).backgroundColor;
    await expect(contrastRatio(surface, '#ffffff')).toBeGreaterThan(10);
    const label = canvas.getByText(t('form.firstName'));
    await expect(contrastRatio(getComputedStyle(label).color, surface)).toBeGreaterThanOrEqual(4.5);
    // The kit takes the page's font.
    await expect(getComputedStyle(label).fontFamily).toBe('Georgia, serif');
  },
};

/** One brand colour, set once as `--kinship-accent`, in light and in dark. */
function BrandPages({ brand }: { brand: string }) {
  return (
    <div style={{ display: 'grid', gap: 16, gridTemplateColumns: 'repeat(auto-fit, minmax(22rem, 1fr))' }}>
      <PartnerPage theme="light" brand={brand} heading={`${brand}, light`} />
      <PartnerPage theme="dark" brand={brand} heading={`${brand}, dark`} />
    </div>
  );
}

async function expectReadableAccent(canvasElement: HTMLElement) {
  const submits = canvasElement.querySelectorAll('.kinship-AddChildForm-submit');
  await expect(submits.length).toBe(2);
  for (const submit of submits) {
    // The kit's buttons transition their colours: wait for the end.
    await waitFor(() => {
      const style = getComputedStyle(submit);
      expect(contrastRatio(style.color, style.backgroundColor)).toBeGreaterThanOrEqual(4.5);
    });
  }
}

/** A purple brand (`#7a1fa2`): as it is in light, lifted in dark so text on it stays readable. */
export const BrandPurple: Story = {
  render: () => <BrandPages brand="#7a1fa2" />,
  play: async ({ canvasElement }) => expectReadableAccent(canvasElement),
};

/** A yellow brand (`#ffcc00`): darkened to a readable mustard in light, kept bright in dark. */
export const BrandYellow: Story = {
  render: () => <BrandPages brand="#ffcc00" />,
  play: async ({ canvasElement }) => expectReadableAccent(canvasElement),
};
