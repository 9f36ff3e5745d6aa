import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { storyKinship, storyMessages, useStoryKinship } from '../.storybook/kinship.js';
import { AddChildDialog, type AddChildDialogAccountProps, type AddChildDialogProps } from '../src/index.js';
import { SANDBOX_EMAILS, SANDBOX_IDS } from '../src/sandbox/index.js';

/** The link flow needs candidates: the story's sandbox identities (a stable array). */
function LinkDialog(props: Omit<Extract<AddChildDialogProps, { flow: 'link' }>, 'flow' | 'identityId'>) {
  const { sandbox } = useStoryKinship();
  const [candidates] = useState(() => sandbox.identities);
  return (
    <AddChildDialog flow="link" identityId={SANDBOX_IDS.parentUser} candidates={candidates} {...props} />
  );
}

/** Radix renders the dialog in a portal under <body>, outside the story's canvas element. */
const screen = () => within(document.body);

const meta = {
  title: 'Components/AddChildDialog',
  component: AddChildDialog,
  args: { flow: 'account' },
  parameters: {
    // Each story in its own frame on the docs page: an open modal would otherwise trap the page.
    docs: {
      story: { inline: false, iframeHeight: 720 },
      description: {
        component:
          'A Radix modal dialog around `AddChildForm` (`flow="account"`) or `ChildPicker` (`flow="link"`): focus trap, scroll lock, Escape and focus back to the trigger come from Radix. Closing before submitting keeps what was chosen.',
      },
    },
  },
} satisfies Meta<typeof AddChildDialog>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * The default trigger. Opening focuses the first field, locks the page scroll and traps Tab; Escape
 * closes and returns focus to the trigger.
 */
export const AccountFlow: Story = {
  play: async ({ canvas, globals, parameters }) => {
    const { t } = storyMessages({ globals, parameters });
    const trigger = canvas.getByRole('button', { name: t('dialog.account.trigger') });
    await userEvent.click(trigger);
    const dialog = await screen().findByRole('dialog', { name: t('dialog.account.title') });
    await expect(dialog).toHaveAccessibleDescription(t('dialog.account.description'));
    await waitFor(() =>
      expect(within(dialog).getByRole('textbox', { name: t('form.firstName') })).toHaveFocus(),
    );
    // Radix locks the page scroll and traps focus: Tab and Shift+Tab never leave the dialog.
    await expect(document.body).toHaveAttribute('data-scroll-locked');
    for (let index = 0; index < 12; index++) {
      await userEvent.tab();
      await expect(dialog).toContainElement(document.activeElement as HTMLElement);
    }
    for (let index = 0; index < 12; index++) {
      await userEvent.tab({ shift: true });
      await expect(dialog).toContainElement(document.activeElement as HTMLElement);
    }
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen().queryByRole('dialog')).toBeNull());
    await expect(trigger).toHaveFocus();
  },
};

/** Open, for a look at the layout (the form inside the dialog). */
export const AccountFlowOpen: Story = {
  args: { defaultOpen: true, parentEmail: SANDBOX_EMAILS.adultWithoutChild },
  play: async ({ globals, parameters }) => {
    const { t } = storyMessages({ globals, parameters });
    const dialog = await screen().findByRole('dialog', { name: t('dialog.account.title') });
    await expect(within(dialog).queryByRole('textbox', { name: t('form.parentEmail') })).toBeNull();
  },
};

/** The whole flow in the dialog: type, submit, and the consent hand-off appears in place. */
export const AccountFlowSuccess: Story = {
  args: { parentEmail: SANDBOX_EMAILS.adultWithoutChild, onCreated: fn() },
  play: async ({ canvas, args, loaded, globals, parameters }) => {
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
    await expect((args as AddChildDialogAccountProps).onCreated).toHaveBeenCalledOnce();
    await expect(storyKinship({ loaded }).requests.at(-1)?.body).toMatchObject({
      parentEmail: SANDBOX_EMAILS.adultWithoutChild,
      firstName: 'Lucia',
    });
  },
};

/** Type, close before submitting, reopen: everything typed is still there. */
export const AccountFlowKeepsDraft: Story = {
  args: { parentEmail: SANDBOX_EMAILS.adultWithoutChild },
  play: async ({ canvas, step, globals, parameters }) => {
    const { t } = storyMessages({ globals, parameters });
    const trigger = canvas.getByRole('button', { name: t('dialog.account.trigger') });
    await step('type a name and a username, then close', async () => {
      await userEvent.click(trigger);
      const dialog = within(await screen().findByRole('dialog'));
      await userEvent.type(dialog.getByRole('textbox', { name: t('form.firstName') }), 'Lucía');
      await userEvent.type(dialog.getByRole('textbox', { name: t('form.userName') }), 'lucia_2015');
      await userEvent.keyboard('{Escape}');
      await waitFor(() => expect(screen().queryByRole('dialog')).toBeNull());
    });
    await step('reopen: the draft is back', async () => {
      await userEvent.click(trigger);
      const dialog = within(await screen().findByRole('dialog'));
      await expect(dialog.getByRole('textbox', { name: t('form.firstName') })).toHaveValue('Lucía');
      await expect(dialog.getByRole('textbox', { name: t('form.userName') })).toHaveValue('lucia_2015');
    });
  },
};

/** Linking existing identities in the dialog. */
export const LinkFlow: Story = {
  render: () => <LinkDialog />,
  play: async ({ canvas, globals, parameters }) => {
    const { t } = storyMessages({ globals, parameters });
    await userEvent.click(canvas.getByRole('button', { name: t('dialog.link.trigger') }));
    const dialog = await screen().findByRole('dialog', { name: t('dialog.link.title') });
    await waitFor(() =>
      expect(within(dialog).getByRole('combobox', { name: t('picker.label') })).toHaveFocus(),
    );
  },
};

/** Choose a child, close, reopen: the choice is still there. Then link. */
export const LinkFlowKeepsSelection: Story = {
  render: () => <LinkDialog />,
  play: async ({ canvas, loaded, step, globals, parameters }) => {
    const { t } = storyMessages({ globals, parameters });
    const trigger = canvas.getByRole('button', { name: t('dialog.link.trigger') });
    await step('choose Camila and close before linking', async () => {
      await userEvent.click(trigger);
      const dialog = within(await screen().findByRole('dialog'));
      await userEvent.type(dialog.getByRole('combobox', { name: t('picker.label') }), 'Camila');
      await userEvent.click(await dialog.findByRole('option', { name: /Camila Muñoz Riquelme/ }));
      await userEvent.click(dialog.getByRole('button', { name: t('dialog.close') }));
      await waitFor(() => expect(screen().queryByRole('dialog')).toBeNull());
      await expect(trigger).toHaveFocus();
    });
    await step('reopen: Camila is still chosen; link her', async () => {
      await userEvent.click(trigger);
      const dialog = within(await screen().findByRole('dialog'));
      // The dialog fades in: wait for the chip to be visible rather than asserting mid-animation.
      await waitFor(() => expect(dialog.getByText('Camila Muñoz Riquelme')).toBeVisible());
      await userEvent.click(dialog.getByRole('button', { name: t('picker.submit', { count: 1 }) }));
      const linked = t('picker.success', { count: 1, names: 'Camila Muñoz Riquelme' });
      await waitFor(() => expect(dialog.getByRole('status')).toHaveTextContent(linked), {
        timeout: 5000,
      });
      await expect(storyKinship({ loaded }).requests.at(-1)?.body).toEqual({
        children: [SANDBOX_IDS.linkableChildren[4]],
      });
    });
  },
};

/** The host owns `open` (no trigger of the kit): a button elsewhere opens it. */
export const Controlled: Story = {
  render: function Render() {
    const [open, setOpen] = useState(false);
    return (
      <>
        <button type="button" onClick={() => setOpen(true)}>
          Open from the page header
        </button>
        <p>open: {String(open)}</p>
        <AddChildDialog flow="account" trigger={null} open={open} onOpenChange={setOpen} />
      </>
    );
  },
  play: async ({ canvas, globals, parameters }) => {
    const { t } = storyMessages({ globals, parameters });
    await userEvent.click(canvas.getByRole('button', { name: 'Open from the page header' }));
    await waitFor(async () =>
      expect(await screen().findByRole('dialog', { name: t('dialog.account.title') })).toBeVisible(),
    );
    await expect(canvas.getByText('open: true')).toBeInTheDocument();
    await userEvent.click(screen().getByRole('button', { name: t('dialog.close') }));
    await waitFor(() => expect(canvas.getByText('open: false')).toBeInTheDocument());
    // Focus goes back to the host's button that opened the dialog.
    await waitFor(() =>
      expect(canvas.getByRole('button', { name: 'Open from the page header' })).toHaveFocus(),
    );
  },
};

/** The host's own button as the trigger, and its own title and description. */
export const CustomTriggerAndTexts: Story = {
  args: {
    trigger: <button type="button">New family member</button>,
    title: 'Register your kid',
    description: 'It takes a minute. The parent gives consent by email.',
  },
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'New family member' }));
    await waitFor(async () =>
      expect(await screen().findByRole('dialog', { name: 'Register your kid' })).toBeVisible(),
    );
  },
};

export const Dark: Story = {
  args: { defaultOpen: true },
  globals: { theme: 'dark' },
};

export const RightToLeft: Story = {
  args: { defaultOpen: true },
  globals: { direction: 'rtl' },
};

export const Spanish: Story = {
  args: { defaultOpen: true },
  globals: { locale: 'es' },
  play: async () => {
    await waitFor(async () =>
      expect(await screen().findByRole('dialog', { name: 'Agregar un menor' })).toBeVisible(),
    );
    await waitFor(() => expect(screen().getByRole('button', { name: 'Cerrar' })).toBeVisible());
  },
};

export const Portuguese: Story = {
  args: { defaultOpen: true },
  globals: { locale: 'pt-BR' },
  play: async () => {
    await waitFor(async () =>
      expect(await screen().findByRole('dialog', { name: 'Adicionar uma criança' })).toBeVisible(),
    );
  },
};
