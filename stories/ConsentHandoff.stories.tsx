import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { storyKinship, storyMessages, useStoryKinship } from '../.storybook/kinship.js';
import {
  ConsentHandoff,
  type ConsentHandoffProps,
  resendConsent,
  type Translator,
  useKinshipConfig,
} from '../src/index.js';
import { PRIVO_TRIGGER_EMAILS, SANDBOX_EMAILS } from '../src/sandbox/index.js';

const CONSENT_URL = 'https://sandbox.privo.example/consent?requester=5a33c1&token=8f2e7d1c9b0a';

/**
 * Resends through the sandbox's PRIVO `GET /api/consent/resend`, as a host's backend would: PRIVO
 * needs the child (its serviceId, kept from the account creation; here the sandbox's own record)
 * and the parent (here the email).
 */
function SandboxResendHandoff(props: Omit<ConsentHandoffProps, 'onResend'>) {
  const { privo } = useKinshipConfig();
  const { sandbox } = useStoryKinship();
  const email = props.parentEmail ?? SANDBOX_EMAILS.adultWithoutChild;
  const requesterServiceId =
    sandbox.childAccounts.find((child) => child.parentEmail.toLowerCase() === email.toLowerCase())
      ?.serviceId ?? 'sandbox-child-without-account';
  return (
    <ConsentHandoff
      {...props}
      onResend={
        privo ? async () => void (await resendConsent(privo, { requesterServiceId, email })) : undefined
      }
    />
  );
}

/** Matches "You can resend in N seconds." in the story's locale, whatever N the countdown is at. */
function resendWait(t: Translator['t']) {
  return (content: string) => {
    const seconds = /\d+/.exec(content)?.[0];
    return seconds !== undefined && content === t('consent.resend.wait', { seconds: Number(seconds) });
  };
}

const meta = {
  title: 'Components/ConsentHandoff',
  component: ConsentHandoff,
  args: {
    consentUrl: CONSENT_URL,
    childName: 'Lucía',
    parentEmail: SANDBOX_EMAILS.adultWithoutChild,
  },
  parameters: {
    docs: {
      description: {
        component:
          'What the parent must do next: open the consent page, copy its link or scan its QR code; with no safe link, wait for the email. Optional rate-limited resend.',
      },
    },
  },
} satisfies Meta<typeof ConsentHandoff>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Pending consent with a safe link: open, copy, scan. */
export const WithLinkAndQrCode: Story = {
  play: async ({ canvas, globals, parameters }) => {
    const { t } = storyMessages({ globals, parameters });
    const link = canvas.getByRole('link', { name: t('consent.link') });
    await expect(link).toHaveAttribute('href', CONSENT_URL);
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    // The encoder loads on demand: the code replaces a same-size placeholder once it is there.
    await expect(await canvas.findByRole('img', { name: t('consent.qr') })).toBeVisible();
    await expect(canvas.getByText(t('consentStatus.pending'))).toBeVisible();
  },
};

/** The copy button says what happened in a polite live region. */
export const CopyLink: Story = {
  play: async ({ canvas, globals, parameters }) => {
    const { t } = storyMessages({ globals, parameters });
    await userEvent.click(canvas.getByRole('button', { name: t('consent.copy') }));
    // Headless Chromium may refuse the clipboard: either outcome is announced.
    const outcomes = [t('consent.copied'), t('consent.copyFailed')];
    await waitFor(() =>
      expect(
        canvas
          .getAllByRole('status')
          .some((status) => outcomes.some((outcome) => status.textContent?.includes(outcome))),
      ).toBe(true),
    );
  },
};

/** The URL was missing or unsafe: no link, no QR; the parent is told to expect an email. */
export const WithoutSafeLink: Story = {
  args: { consentUrl: 'javascript:alert(document.domain)' },
  play: async ({ canvas }) => {
    await expect(canvas.queryByRole('link')).toBeNull();
    await expect(canvas.queryByRole('img')).toBeNull();
    await expect(canvas.getByText(SANDBOX_EMAILS.adultWithoutChild)).toBeVisible();
  },
};

/** Resend through the sandbox (an adult whose child's consent is pending), then the cooldown. */
export const ResendCooldown: Story = {
  args: { parentEmail: SANDBOX_EMAILS.adultWithChild, childName: 'Sally' },
  render: (args) => <SandboxResendHandoff {...args} />,
  play: async ({ canvas, loaded, globals, parameters }) => {
    const { t } = storyMessages({ globals, parameters });
    const button = canvas.getByRole('button', { name: t('consent.resend') });
    await userEvent.click(button);
    await canvas.findByText(t('consent.resent'), {}, { timeout: 5000 });
    await expect(button).toHaveAttribute('aria-disabled', 'true');
    await expect(canvas.getByText(resendWait(t))).toBeVisible();
    // What PRIVO needs: the child and the parent, never one of them alone.
    const sent = storyKinship({ loaded }).requests.at(-1);
    await expect(sent?.status).toBe(200);
    await expect(Object.keys(sent?.query ?? {})).toEqual(['requesterServiceId', 'email']);
  },
};

/** The resend was rate limited: the wait PRIVO asks for is shown and honoured. */
export const ResendRateLimited: Story = {
  args: { parentEmail: PRIVO_TRIGGER_EMAILS.rateLimited, consentUrl: null },
  render: (args) => <SandboxResendHandoff {...args} />,
  play: async ({ canvas, globals, parameters }) => {
    const { t } = storyMessages({ globals, parameters });
    await userEvent.click(canvas.getByRole('button', { name: t('consent.resend') }));
    const alert = canvas.getByRole('alert');
    await waitFor(() => expect(alert).toHaveTextContent(t('consent.resendFailed')), { timeout: 5000 });
    await expect(alert).toHaveTextContent(t('error.rate-limited.wait', { seconds: 3 }));
  },
};

/** A host callback that fails: the error shows, the button stays usable. */
export const ResendFailure: Story = {
  args: { onResend: fn(async () => Promise.reject(new Error('backend down'))) },
  play: async ({ canvas, args, globals, parameters }) => {
    const { t } = storyMessages({ globals, parameters });
    await userEvent.click(canvas.getByRole('button', { name: t('consent.resend') }));
    await waitFor(() => expect(canvas.getByRole('alert')).toHaveTextContent(t('consent.resendFailed')));
    await expect(args.onResend).toHaveBeenCalledTimes(1);
    await expect(canvas.getByRole('button', { name: t('consent.resend') })).not.toHaveAttribute(
      'aria-disabled',
    );
  },
};

export const StatusPending: Story = {
  args: { status: 'pending', onResend: fn() },
  play: async ({ canvas, globals, parameters }) => {
    const { t } = storyMessages({ globals, parameters });
    await expect(canvas.getByText(t('consentStatus.pending'))).toBeVisible();
  },
};

export const StatusPostponed: Story = {
  args: { status: 'postponed', onResend: fn() },
  play: async ({ canvas, globals, parameters }) => {
    const { t } = storyMessages({ globals, parameters });
    await expect(canvas.getByText(t('consentStatus.postponed'))).toBeVisible();
    await expect(canvas.getByRole('link', { name: t('consent.link') })).toBeVisible();
  },
};

export const StatusApproved: Story = {
  args: { status: 'approved', onResend: fn() },
  play: async ({ canvas, globals, parameters }) => {
    const { t } = storyMessages({ globals, parameters });
    await expect(canvas.getByText(t('consentStatus.approved'))).toBeVisible();
    await expect(canvas.queryByRole('link')).toBeNull();
    await expect(canvas.queryByRole('button', { name: t('consent.resend') })).toBeNull();
  },
};

export const StatusDenied: Story = {
  args: { status: 'denied', onResend: fn() },
  play: async ({ canvas, globals, parameters }) => {
    const { t } = storyMessages({ globals, parameters });
    await expect(canvas.getByText(t('consentStatus.denied'))).toBeVisible();
    await expect(canvas.queryByRole('link')).toBeNull();
  },
};

export const StatusExpired: Story = {
  args: { status: 'expired', onResend: fn() },
  play: async ({ canvas, globals, parameters }) => {
    const { t } = storyMessages({ globals, parameters });
    await expect(canvas.getByText(t('consentStatus.expired'))).toBeVisible();
    await expect(canvas.queryByRole('link')).toBeNull();
    await expect(canvas.getByRole('button', { name: t('consent.resend') })).toBeVisible();
  },
};

/** Very long name, email and URL: wrapped, never wider than the panel; a right-to-left override stays inside its <bdi>. */
export const LongValues: Story = {
  args: {
    childName: `Maximiliana\u202EAlejandra${'x'.repeat(60)}`,
    consentUrl: `https://sandbox.privo.example/consent?token=${'a1b2c3d4'.repeat(40)}`,
  },
  play: async ({ canvas, canvasElement }) => {
    const section = canvasElement.querySelector('section') as HTMLElement;
    const url = canvas.getByText(/token=/);
    await expect(url.getBoundingClientRect().width).toBeLessThanOrEqual(
      section.getBoundingClientRect().width,
    );
    await expect(within(canvas.getByRole('heading')).getByText(/Maximiliana/).tagName).toBe('BDI');
  },
};

export const Dark: Story = {
  globals: { theme: 'dark' },
  args: { onResend: fn() },
};

export const RightToLeft: Story = {
  globals: { direction: 'rtl' },
  args: { onResend: fn() },
};

export const Spanish: Story = {
  globals: { locale: 'es' },
  args: { onResend: fn() },
  play: async ({ canvas }) => {
    await expect(
      canvas.getByRole('link', {
        name: 'Abrir la página de consentimiento (se abre en una pestaña nueva)',
      }),
    ).toBeVisible();
  },
};

export const Portuguese: Story = {
  globals: { locale: 'pt-BR' },
  args: { onResend: fn() },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('button', { name: 'Reenviar ao responsável' })).toBeVisible();
  },
};
