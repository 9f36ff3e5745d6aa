import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { storyMessages } from '../.storybook/kinship.js';
import { IdentityStatusBadge } from '../src/index.js';

const IDENTITY_STATUSES = [
  'ACTIVE',
  'PENDING',
  'PENDING_EMAIL_VALIDATION',
  'PENDING_PHONE_VALIDATION',
  'SCREENING',
  'PENDING_2FA',
  'PENDING_VERIFICATION',
  'FAILED_VERIFICATION',
  'BLOCKED',
  'INACTIVE',
] as const;

const CONSENT_STATUSES = ['pending', 'approved', 'denied', 'expired', 'postponed'] as const;

const row = {
  display: 'flex',
  flexWrap: 'wrap',
  gap: 'var(--kinship-space-2)',
  alignItems: 'center',
} as const;

function Gallery() {
  return (
    <div style={{ display: 'grid', gap: 'var(--kinship-space-4)' }}>
      <section aria-label="Conomy identity statuses" style={row}>
        {IDENTITY_STATUSES.map((status) => (
          <IdentityStatusBadge key={status} status={status} />
        ))}
      </section>
      <section aria-label="PRIVO consent states" style={row}>
        {CONSENT_STATUSES.map((status) => (
          <IdentityStatusBadge key={status} consentStatus={status} />
        ))}
      </section>
      <section aria-label="Fallbacks" style={row}>
        <IdentityStatusBadge status="UNDER_REVIEW" />
        <IdentityStatusBadge status="" />
      </section>
    </div>
  );
}

const meta = {
  title: 'Components/IdentityStatusBadge',
  component: IdentityStatusBadge,
  args: { status: 'ACTIVE' },
  argTypes: {
    status: {
      control: 'select',
      options: [...IDENTITY_STATUSES, 'UNDER_REVIEW', ''],
      description: 'Conomy identity status (an open set: unknown values render as "Status: …").',
    },
    consentStatus: { control: 'select', options: [undefined, ...CONSENT_STATUSES, 'revoked'] },
  },
  parameters: {
    docs: {
      description: {
        component:
          'A localized, colour-coded label for a Conomy identity status or a PRIVO consent state. Style it with `data-tone` (`success` | `warning` | `danger` | `neutral`) and `data-status`.',
      },
    },
  },
} satisfies Meta<typeof IdentityStatusBadge>;

export default meta;
type Story = StoryObj<typeof meta>;

/** One badge; change `status` in the controls. */
export const Default: Story = {
  play: async ({ canvas, globals, parameters }) => {
    const { t } = storyMessages({ globals, parameters });
    const badge = canvas.getByText(t('status.ACTIVE'));
    await expect(badge).toHaveAttribute('data-tone', 'success');
  },
};

/** Every documented Conomy status, every consent state, an unknown status and an empty one. */
export const AllStatuses: Story = {
  render: () => <Gallery />,
  play: async ({ canvas, globals, parameters }) => {
    const { t } = storyMessages({ globals, parameters });
    await expect(canvas.getByText(t('status.PENDING_EMAIL_VALIDATION'))).toHaveAttribute(
      'data-tone',
      'warning',
    );
    await expect(canvas.getByText(t('status.BLOCKED'))).toHaveAttribute('data-tone', 'danger');
    await expect(canvas.getByText(t('consentStatus.approved'))).toHaveAttribute('data-tone', 'success');
    await expect(canvas.getByText(t('status.unknown', { status: 'UNDER_REVIEW' }))).toHaveAttribute(
      'data-tone',
      'neutral',
    );
    await expect(canvas.getByText(t('badge.noStatus'))).toBeVisible();
  },
};

/** A status the kit does not know renders as "Status: <value>", never crashes. */
export const UnknownStatus: Story = {
  args: { status: 'UNDER_REVIEW' },
  play: async ({ canvas, globals, parameters }) => {
    const { t } = storyMessages({ globals, parameters });
    await expect(canvas.getByText(t('status.unknown', { status: 'UNDER_REVIEW' }))).toBeVisible();
  },
};

/** A PRIVO consent state. */
export const ConsentPending: Story = {
  args: { status: undefined, consentStatus: 'pending' },
  play: async ({ canvas, globals, parameters }) => {
    const { t } = storyMessages({ globals, parameters });
    await expect(canvas.getByText(t('consentStatus.pending'))).toHaveAttribute('data-kind', 'consent');
  },
};

export const Dark: Story = {
  render: () => <Gallery />,
  globals: { theme: 'dark' },
};

export const RightToLeft: Story = {
  render: () => <Gallery />,
  globals: { direction: 'rtl' },
};

export const Spanish: Story = {
  render: () => <Gallery />,
  globals: { locale: 'es' },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('Correo sin verificar')).toBeVisible();
    await expect(canvas.getByText('Consentimiento aprobado')).toBeVisible();
  },
};

export const Portuguese: Story = {
  render: () => <Gallery />,
  globals: { locale: 'pt-BR' },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('E-mail não verificado')).toBeVisible();
    await expect(canvas.getByText('Consentimento aprovado')).toBeVisible();
  },
};

/** `unstyled`: no kit class, the data attributes stay for your own CSS. */
export const Unstyled: Story = {
  args: { status: 'BLOCKED', unstyled: true, className: 'my-badge' },
  play: async ({ canvas, globals, parameters }) => {
    const { t } = storyMessages({ globals, parameters });
    const badge = canvas.getByText(t('status.BLOCKED'));
    await expect(badge).toHaveClass('my-badge', { exact: true });
    await expect(badge).toHaveAttribute('data-tone', 'danger');
  },
};
