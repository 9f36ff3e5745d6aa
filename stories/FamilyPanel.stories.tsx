import type { Meta, StoryContext, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { storyKinship, storyMessages, useStoryKinship } from '../.storybook/kinship.js';
import {
  addChildAccount,
  FamilyPanel,
  type FamilyPanelAccount,
  type FamilyPanelProps,
} from '../src/index.js';
import {
  PRIVO_TRIGGER_EMAILS,
  SANDBOX_EMAILS,
  SANDBOX_IDS,
  type Sandbox,
  type SandboxConsentStatus,
} from '../src/sandbox/index.js';

/** The child accounts a story's `beforeEach` created in its sandbox, for the render to list. */
const storyAccounts = new WeakMap<Sandbox, FamilyPanelAccount[]>();

interface AccountSeed {
  firstName: string;
  parentEmail: string;
  /** Set with `sandbox.setConsentStatus` (delivered as PRIVO's webhook would be). */
  status?: SandboxConsentStatus;
}

/** Creates child accounts in the story's sandbox (as `AddChildForm` would) and keeps them for the render. */
async function createAccounts(context: Pick<StoryContext, 'loaded'>, seeds: AccountSeed[]): Promise<void> {
  const { sandbox } = storyKinship(context);
  const privo = { baseUrl: '/api/privo', fetcher: sandbox.fetcher };
  const accounts: FamilyPanelAccount[] = [];
  for (const [index, seed] of seeds.entries()) {
    const result = await addChildAccount(privo, {
      parentEmail: seed.parentEmail,
      firstName: seed.firstName,
      userName: `${seed.firstName.toLowerCase()}_${index + 1}`,
      birthDate_YYYYMMDD: '20150307',
    });
    const serviceId = result.entity.serviceId ?? '';
    if (seed.status) await sandbox.setConsentStatus(serviceId, seed.status);
    accounts.push({ serviceId, firstName: seed.firstName, parentEmail: seed.parentEmail });
  }
  storyAccounts.set(sandbox, accounts);
}

const [ADULT_1, ADULT_2, ADULT_3, ADULT_4, ADULT_5, ADULT_6] = SANDBOX_EMAILS.adultsWithoutChild;

/**
 * The panel as a host page uses it: the sandbox's identities as the picker's candidates, and the
 * accounts kept in state (what `beforeEach` created, plus each one "Add a child" creates).
 */
function Panel(props: Partial<FamilyPanelProps> & { width?: number }) {
  const { width, ...panelProps } = props;
  const { sandbox } = useStoryKinship();
  const [candidates] = useState(() => sandbox.identities);
  const [accounts, setAccounts] = useState(() => storyAccounts.get(sandbox) ?? panelProps.accounts);
  const panel = (
    <FamilyPanel
      candidates={candidates}
      {...panelProps}
      {...(accounts ? { accounts } : {})}
      onAccountCreated={(account) => setAccounts((current) => [...(current ?? []), account])}
    />
  );
  return width ? <div style={{ inlineSize: width, maxInlineSize: '100%' }}>{panel}</div> : panel;
}

/** Radix renders the dialogs in a portal under <body>, outside the story's canvas element. */
const screen = () => within(document.body);

/** The panel's polite live region (consent changes, unlinks). */
const liveRegion = (canvasElement: HTMLElement) =>
  canvasElement.querySelector<HTMLElement>('[role="status"][aria-live="polite"]');

const meta = {
  title: 'Components/FamilyPanel',
  component: FamilyPanel,
  render: (args) => <Panel {...args} />,
  args: { identityId: SANDBOX_IDS.parentWithChildren, consentPollIntervalMs: 1000 },
  parameters: {
    docs: {
      story: { inline: false, iframeHeight: 640 },
      description: {
        component:
          "A parent's children in one place: the linked Conomy children (link, unlink behind a confirmation) and the PRIVO child accounts (live consent status, resend, add). Runs on the story's sandbox.",
      },
    },
  },
} satisfies Meta<typeof FamilyPanel>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Both sides: two linked children, and two child accounts (one pending, one approved). */
export const Overview: Story = {
  beforeEach: (context) =>
    createAccounts(context, [
      { firstName: 'Lucia', parentEmail: ADULT_1, status: 'pending' },
      { firstName: 'Mateo', parentEmail: ADULT_2, status: 'approved' },
    ]),
  play: async ({ canvas, globals, parameters }) => {
    const { t } = storyMessages({ globals, parameters });
    await expect(canvas.getByRole('heading', { level: 2, name: t('familyPanel.heading') })).toBeVisible();
    const linked = await canvas.findByRole(
      'list',
      { name: t('familyPanel.linked.heading') },
      { timeout: 5000 },
    );
    await expect(within(linked).getAllByRole('listitem')).toHaveLength(2);
    await expect(
      canvas.getByRole('button', { name: t('familyPanel.linked.unlinkNamed', { name: 'Sofía' }) }),
    ).toBeVisible();
    const accounts = canvas.getByRole('list', { name: t('familyPanel.accounts.heading') });
    await waitFor(() => expect(within(accounts).getByText(t('consentStatus.approved'))).toBeVisible(), {
      timeout: 5000,
    });
    await expect(within(accounts).getByText(t('consentStatus.pending'))).toBeVisible();
    await expect(
      canvas.getByRole('button', { name: t('familyPanel.accounts.resendNamed', { name: 'Lucia' }) }),
    ).toBeVisible();
    await expect(
      canvas.queryByRole('button', { name: t('familyPanel.accounts.resendNamed', { name: 'Mateo' }) }),
    ).toBeNull();
  },
};

/** While the linked children load (the sandbox answers after ten minutes here). */
export const Loading: Story = {
  parameters: { kinship: { latencyMs: 600_000 } },
  play: async ({ canvas, canvasElement, globals, parameters }) => {
    const { t } = storyMessages({ globals, parameters });
    await expect(canvas.getByText(t('familyPanel.linked.loading'))).toBeVisible();
    await expect(canvasElement.querySelector('[data-section="linked"]')).toHaveAttribute('aria-busy', 'true');
    await expect(canvas.getByRole('button', { name: t('dialog.link.trigger') })).toBeVisible();
  },
};

/** A parent with no linked children and no child accounts yet. */
export const Empty: Story = {
  args: { identityId: SANDBOX_IDS.parentUser, accounts: [] },
  play: async ({ canvas, globals, parameters }) => {
    const { t } = storyMessages({ globals, parameters });
    await expect(await canvas.findByText(t('familyPanel.linked.empty'), {}, { timeout: 5000 })).toBeVisible();
    await expect(canvas.getByText(t('familyPanel.accounts.empty'))).toBeVisible();
    await expect(canvas.getByRole('button', { name: t('dialog.link.trigger') })).toBeVisible();
    await expect(canvas.getByRole('button', { name: t('dialog.account.trigger') })).toBeVisible();
  },
};

/** The children could not be loaded (500, retries included); "Try again" loads them. */
export const LoadError: Story = {
  beforeEach: (context) => {
    storyKinship(context).sandbox.failNext(500, { api: 'conomy', times: 3 });
  },
  play: async ({ canvas, globals, parameters }) => {
    const { t } = storyMessages({ globals, parameters });
    const alert = await canvas.findByRole('alert', {}, { timeout: 10_000 });
    await expect(alert).toHaveTextContent(t('familyPanel.linked.loadFailed'));
    await expect(alert).toHaveTextContent(t('error.server'));
    await userEvent.click(within(alert).getByRole('button', { name: t('error.retry') }));
    await expect(
      await canvas.findByRole('list', { name: t('familyPanel.linked.heading') }, { timeout: 5000 }),
    ).toBeVisible();
    await expect(canvas.queryByText(t('familyPanel.linked.loadFailed'))).toBeNull();
  },
};

/** The browser says it is offline: a note, and the confirmation's Unlink waits for the connection. */
export const Offline: Story = {
  args: { accounts: [] },
  beforeEach: () => {
    const onLine = Object.getOwnPropertyDescriptor(Navigator.prototype, 'onLine');
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    window.dispatchEvent(new Event('offline'));
    return () => {
      delete (navigator as { onLine?: boolean }).onLine;
      if (onLine) window.dispatchEvent(new Event('online'));
    };
  },
  play: async ({ canvas, globals, parameters }) => {
    const { t } = storyMessages({ globals, parameters });
    await expect(canvas.getByText(t('familyPanel.offline'))).toBeVisible();
    const unlink = await canvas.findByRole(
      'button',
      { name: t('familyPanel.linked.unlinkNamed', { name: 'Sofía' }) },
      { timeout: 5000 },
    );
    await userEvent.click(unlink);
    const dialog = await screen().findByRole('alertdialog');
    await expect(
      within(dialog).getByRole('button', { name: t('familyPanel.unlink.confirm') }),
    ).toHaveAttribute('aria-disabled', 'true');
    await expect(within(dialog).getByRole('alert')).toHaveTextContent(t('error.offline'));
    await userEvent.click(within(dialog).getByRole('button', { name: t('familyPanel.unlink.cancel') }));
    await waitFor(() => expect(screen().queryByRole('alertdialog')).toBeNull());
  },
};

/** Thirty linked children and thirty accounts, 320 CSS pixels wide: the rows wrap, nothing overflows. */
export const LongListNarrow: Story = {
  args: {
    identityId: SANDBOX_IDS.parentUser,
    accounts: Array.from({ length: 30 }, (_, index) => ({
      serviceId: `story-child-${index + 1}`,
      firstName: ['Valentina', 'Maximiliano', 'Guadalupe', 'Bartolomé', 'Anaís'][index % 5] ?? 'Ana',
      parentEmail: `parent.with.a.rather.long.address.${index + 1}@example.com`,
    })),
    width: 320,
  } as Partial<FamilyPanelProps>,
  parameters: {
    kinship: { sandboxOptions: { identityCount: 80 } },
    // About 10,000 px tall (the list grows with the page): the visual test checks its layout in every
    // mode (nothing cut, nothing faint) but takes no screenshot.
    visual: { screenshot: false },
  },
  beforeEach: async (context) => {
    const { sandbox } = storyKinship(context);
    const linked = new Set(
      sandbox.identities.flatMap((identity) => identity.children.map((child) => child.id)),
    );
    const free = sandbox.identities
      .filter(
        (identity) =>
          identity.status === 'ACTIVE' &&
          identity.type === 'USER' &&
          identity.children.length === 0 &&
          !linked.has(identity.id) &&
          identity.id !== SANDBOX_IDS.parentUser,
      )
      .slice(0, 30);
    const answer = await sandbox.fetcher(`/api/conomy/identities/${SANDBOX_IDS.parentUser}/children`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ children: free.map((identity) => identity.id) }),
    });
    if (!answer.ok || free.length < 30)
      throw new Error(`LongListNarrow: could not link 30 children (${answer.status})`);
  },
  play: async ({ canvas, canvasElement, globals, parameters }) => {
    const { t } = storyMessages({ globals, parameters });
    const linked = await canvas.findByRole(
      'list',
      { name: t('familyPanel.linked.heading') },
      { timeout: 5000 },
    );
    await expect(within(linked).getAllByRole('listitem')).toHaveLength(30);
    const accounts = canvas.getByRole('list', { name: t('familyPanel.accounts.heading') });
    await expect(within(accounts).getAllByRole('listitem')).toHaveLength(30);
    const panel = canvasElement.querySelector<HTMLElement>('.kinship-FamilyPanel');
    await expect(panel?.getBoundingClientRect().width).toBeLessThanOrEqual(320);
    // Nothing sticks out sideways, and every button is at least 24 px square (WCAG 2.5.8).
    const elements = Array.from(panel?.querySelectorAll<HTMLElement>('*') ?? []);
    const overflowing = elements.filter((element) => element.scrollWidth - element.clientWidth > 1);
    await expect(overflowing.map((element) => element.className)).toEqual([]);
    const small = Array.from(panel?.querySelectorAll('button') ?? []).filter((button) => {
      const box = button.getBoundingClientRect();
      return Math.min(box.width, box.height) < 24;
    });
    await expect(small.map((button) => button.textContent)).toEqual([]);
  },
};

/** One account in each of PRIVO's consent states; "Resend to parent" only where it can help. */
export const ConsentStates: Story = {
  args: { identityId: undefined },
  beforeEach: (context) =>
    createAccounts(context, [
      { firstName: 'Lucia', parentEmail: ADULT_1, status: 'pending' },
      { firstName: 'Mateo', parentEmail: ADULT_2, status: 'approved' },
      { firstName: 'Sofia', parentEmail: ADULT_3, status: 'denied' },
      { firstName: 'Tomas', parentEmail: ADULT_4, status: 'expired' },
      { firstName: 'Emilia', parentEmail: ADULT_5, status: 'postponed' },
    ]),
  play: async ({ canvas, globals, parameters }) => {
    const { t } = storyMessages({ globals, parameters });
    const expected: Array<[string, SandboxConsentStatus, boolean]> = [
      ['Lucia', 'pending', true],
      ['Mateo', 'approved', false],
      ['Sofia', 'denied', false],
      ['Tomas', 'expired', true],
      ['Emilia', 'postponed', true],
    ];
    for (const [name, status, canResend] of expected) {
      const row = canvas.getByText(name).closest('li') as HTMLElement;
      await waitFor(() => expect(within(row).getByText(t(`consentStatus.${status}`))).toBeVisible(), {
        timeout: 5000,
      });
      const resend = within(row).queryByRole('button', {
        name: t('familyPanel.accounts.resendNamed', { name }),
      });
      await expect(resend !== null).toBe(canResend);
    }
    await expect(canvas.queryByRole('heading', { name: t('familyPanel.linked.heading') })).toBeNull();
  },
};

/**
 * The sandbox approves the consent a moment after the account is created (a trigger email), as
 * PRIVO's webhook would tell the host: the badge turns to approved without a reload, and the change
 * is announced once.
 */
export const ConsentChangesLive: Story = {
  args: { identityId: undefined },
  parameters: { kinship: { sandboxOptions: { consentDelayMs: 2500 } } },
  beforeEach: (context) =>
    createAccounts(context, [{ firstName: 'Lucia', parentEmail: PRIVO_TRIGGER_EMAILS.consentApproved }]),
  play: async ({ canvas, canvasElement, globals, parameters }) => {
    const { t } = storyMessages({ globals, parameters });
    const row = canvas.getByText('Lucia').closest('li') as HTMLElement;
    await expect(within(row).getByText(t('consentStatus.pending'))).toBeVisible();
    await waitFor(() => expect(within(row).getByText(t('consentStatus.approved'))).toBeVisible(), {
      timeout: 10_000,
    });
    await waitFor(() =>
      expect(liveRegion(canvasElement)).toHaveTextContent(
        t('familyPanel.accounts.statusChanged', { name: 'Lucia', status: t('consentStatus.approved') }),
      ),
    );
  },
};

/** "Resend to parent": the sandbox resends, then the button waits before the next one. */
export const Resend: Story = {
  args: { identityId: undefined },
  beforeEach: (context) =>
    createAccounts(context, [{ firstName: 'Lucia', parentEmail: ADULT_1, status: 'pending' }]),
  play: async ({ canvas, loaded, globals, parameters }) => {
    const { t } = storyMessages({ globals, parameters });
    const resend = canvas.getByRole('button', {
      name: t('familyPanel.accounts.resendNamed', { name: 'Lucia' }),
    });
    await userEvent.click(resend);
    await expect(await canvas.findByText(t('consent.resent'), {}, { timeout: 5000 })).toBeVisible();
    await expect(resend).toHaveAttribute('aria-disabled', 'true');
    await expect(resend).toHaveAccessibleDescription(t('consent.resend.wait', { seconds: 30 }));
    const resends = storyKinship({ loaded }).requests.filter((request) =>
      request.url.includes('/consent/resend'),
    );
    await expect(resends).toHaveLength(1);
  },
};

/** The unlink confirmation, open: Cancel is focused, never the destructive action. */
export const UnlinkConfirmation: Story = {
  play: async ({ canvas, globals, parameters }) => {
    const { t } = storyMessages({ globals, parameters });
    await userEvent.click(
      await canvas.findByRole(
        'button',
        { name: t('familyPanel.linked.unlinkNamed', { name: 'Sofía' }) },
        { timeout: 5000 },
      ),
    );
    const dialog = await screen().findByRole('alertdialog', {
      name: t('familyPanel.unlink.title', { name: 'Sofía' }),
    });
    await expect(dialog).toHaveAccessibleDescription(t('familyPanel.unlink.description', { name: 'Sofía' }));
    await waitFor(() =>
      expect(within(dialog).getByRole('button', { name: t('familyPanel.unlink.cancel') })).toHaveFocus(),
    );
  },
};

/** Unlink with the keyboard: Tab to Unlink, confirm, and focus lands on the next child's Unlink. */
export const UnlinkWithKeyboard: Story = {
  play: async ({ canvas, canvasElement, loaded, globals, parameters }) => {
    const { t } = storyMessages({ globals, parameters });
    const unlinkSofia = await canvas.findByRole(
      'button',
      { name: t('familyPanel.linked.unlinkNamed', { name: 'Sofía' }) },
      { timeout: 5000 },
    );
    unlinkSofia.focus();
    await userEvent.keyboard('{Enter}');
    const dialog = await screen().findByRole('alertdialog');
    const cancel = within(dialog).getByRole('button', { name: t('familyPanel.unlink.cancel') });
    await waitFor(() => expect(cancel).toHaveFocus());
    await userEvent.tab();
    await expect(within(dialog).getByRole('button', { name: t('familyPanel.unlink.confirm') })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(screen().queryByRole('alertdialog')).toBeNull(), { timeout: 5000 });
    await waitFor(() =>
      expect(
        canvas.getByRole('button', { name: t('familyPanel.linked.unlinkNamed', { name: 'Diego' }) }),
      ).toHaveFocus(),
    );
    await expect(liveRegion(canvasElement)).toHaveTextContent(
      t('familyPanel.linked.unlinked', { name: 'Sofía' }),
    );
    const unlinks = storyKinship({ loaded }).requests.filter((request) => request.method === 'DELETE');
    await expect(unlinks.map((request) => request.body)).toEqual([
      { children: [SANDBOX_IDS.linkedChildren[0]] },
    ]);
  },
};

/** "Add a child" creates the account; the host adds it to `accounts` and it shows, pending. */
export const AddAChild: Story = {
  args: { identityId: undefined, accounts: [], parentEmail: ADULT_6 },
  play: async ({ canvas, globals, parameters }) => {
    const { t } = storyMessages({ globals, parameters });
    await userEvent.click(canvas.getByRole('button', { name: t('dialog.account.trigger') }));
    const dialog = within(await screen().findByRole('dialog'));
    await userEvent.type(dialog.getByRole('textbox', { name: t('form.firstName') }), 'Lucia');
    await userEvent.type(dialog.getByRole('textbox', { name: t('form.userName') }), 'lucia_2015');
    await userEvent.type(dialog.getByRole('textbox', { name: t('form.birthMonth') }), '3');
    await userEvent.type(dialog.getByRole('textbox', { name: t('form.birthDay') }), '7');
    await userEvent.type(dialog.getByRole('textbox', { name: t('form.birthYear') }), '2015');
    await userEvent.click(dialog.getByRole('button', { name: t('form.submit') }));
    await dialog.findByRole('link', { name: t('consent.link') }, { timeout: 5000 });
    await userEvent.click(dialog.getByRole('button', { name: t('dialog.close') }));
    await waitFor(() => expect(screen().queryByRole('dialog')).toBeNull());
    const accounts = canvas.getByRole('list', { name: t('familyPanel.accounts.heading') });
    await expect(within(accounts).getByText('Lucia')).toBeVisible();
    await expect(within(accounts).getByText(t('consentStatus.pending'))).toBeVisible();
  },
};

/** Dark theme (the toolbar's Theme), with both sides. */
export const Dark: Story = {
  ...Overview,
  globals: { theme: 'dark' },
};

/** Right to left (the toolbar's Direction), with both sides. */
export const RightToLeft: Story = {
  ...Overview,
  globals: { direction: 'rtl' },
};

/** Dark and right to left, the unlink confirmation open. */
export const UnlinkConfirmationDarkRtl: Story = {
  ...UnlinkConfirmation,
  globals: { theme: 'dark', direction: 'rtl' },
};
