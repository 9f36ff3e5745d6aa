import type { Meta, StoryObj } from '@storybook/react-vite';
import { type CSSProperties, type ReactNode, useId, useLayoutEffect, useRef, useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { storyMessages, useStoryKinship } from '../.storybook/kinship.js';
import {
  AddChildDialog,
  AddChildForm,
  ChildPicker,
  ConsentHandoff,
  IdentityStatusBadge,
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
  { name: '--kinship-color-bg', kind: 'color', use: 'Background of panels, dialogs, inputs' },
  { name: '--kinship-color-fg', kind: 'color', use: 'Text' },
  { name: '--kinship-color-muted', kind: 'color', use: 'Secondary text, hints, descriptions' },
  { name: '--kinship-color-border', kind: 'color', use: 'Borders of inputs, panels (3:1 on bg)' },
  { name: '--kinship-color-surface', kind: 'color', use: 'Raised or hovered areas, neutral badges' },
  { name: '--kinship-color-accent', kind: 'color', use: 'Primary buttons, selection, links' },
  { name: '--kinship-color-accent-fg', kind: 'color', use: 'Text on the accent colour' },
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
  { name: '--kinship-font-family', kind: 'text', use: 'Font of every kit element' },
  { name: '--kinship-font-size', kind: 'length', use: 'Base font size' },
  { name: '--kinship-line-height', kind: 'number', use: 'Base line height' },
  { name: '--kinship-focus-ring', kind: 'text', use: 'outline of focused elements' },
  { name: '--kinship-focus-ring-offset', kind: 'length', use: 'outline-offset of focused elements' },
  { name: '--kinship-shadow', kind: 'text', use: 'Shadow of the dialog and popovers' },
  { name: '--kinship-transition', kind: 'text', use: 'Duration and easing (0ms under reduced motion)' },
  { name: '--kinship-z-overlay', kind: 'number', use: 'z-index of the dialog backdrop' },
  { name: '--kinship-z-dialog', kind: 'number', use: 'z-index of the dialog' },
  { name: '--kinship-z-popover', kind: 'number', use: 'z-index of listboxes and popovers' },
];

const COLOR_TOKENS = TOKENS.filter((token) => token.kind === 'color');

const HEX = /^#[0-9a-f]{6}$/i;

const panel: CSSProperties = {
  display: 'grid',
  gap: 'var(--kinship-space-3)',
  padding: 'var(--kinship-space-4)',
  border: '1px solid var(--kinship-color-border)',
  borderRadius: 'var(--kinship-radius)',
  background: 'var(--kinship-color-bg)',
  color: 'var(--kinship-color-fg)',
  fontFamily: 'var(--kinship-font-family)',
  fontSize: 'var(--kinship-font-size)',
  lineHeight: 'var(--kinship-line-height)',
};

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
              border: `1px solid ${isOverridden ? 'var(--kinship-color-accent)' : 'var(--kinship-color-border)'}`,
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
          'Design tokens of `kinship-kit/styles.css` (`--kinship-*` custom properties). Change any value in the editor and copy the CSS it prints. Themes: `data-kinship-theme="light" | "dark" | "system"` on `<html>` or any wrapper; without it the kit follows `prefers-color-scheme`.',
      },
    },
  },
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

/** Every token with a live editor: type a value or pick a colour, the sample updates at once. */
export const Editor: Story = {
  render: (_args, { globals }) => <TokenEditor key={String(globals.theme)} />,
  play: async ({ canvas, step, globals, parameters }) => {
    const { t } = storyMessages({ globals, parameters });
    const accent = await canvas.findByRole('textbox', { name: '--kinship-color-accent' });
    await waitFor(() => expect((accent as HTMLInputElement).value).toMatch(/^#[0-9a-f]{6}$/i));
    await step('a designer changes the accent colour', async () => {
      await userEvent.clear(accent);
      await userEvent.type(accent, '#7a1fa2');
      const button = canvas.getByRole('button', { name: 'Primary action' });
      await waitFor(() => expect(getComputedStyle(button).backgroundColor).toBe('rgb(122, 31, 162)'));
      const submit = canvas.getByRole('button', { name: t('form.submit') });
      // The kit's buttons transition their colours: wait for the end.
      await waitFor(() => expect(getComputedStyle(submit).backgroundColor).toBe('rgb(122, 31, 162)'));
      await expect(canvas.getByRole('textbox', { name: /CSS for your app/ })).toHaveValue(
        ':root {\n  --kinship-color-accent: #7a1fa2;\n}',
      );
    });
    await step('the dialog, portalled into the preview, follows the edited tokens', async () => {
      await userEvent.click(canvas.getByRole('button', { name: t('dialog.account.trigger') }));
      const dialog = await canvas.findByRole('dialog', { name: t('dialog.account.title') });
      const submit = within(dialog).getByRole('button', { name: t('form.submit') });
      await waitFor(() => expect(getComputedStyle(submit).backgroundColor).toBe('rgb(122, 31, 162)'));
      await userEvent.keyboard('{Escape}');
      await waitFor(() => expect(canvas.queryByRole('dialog')).toBeNull());
    });
    await step('reset brings the defaults back', async () => {
      await userEvent.click(canvas.getByRole('button', { name: 'Reset all tokens' }));
      const button = canvas.getByRole('button', { name: 'Primary action' });
      await waitFor(() => expect(getComputedStyle(button).backgroundColor).not.toBe('rgb(122, 31, 162)'));
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
