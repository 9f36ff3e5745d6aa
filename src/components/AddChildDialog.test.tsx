import '@testing-library/jest-dom/vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { type ReactNode, useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { holdAnswers } from '../../test/hold-answers.js';
import { KinshipProvider } from '../hooks/KinshipProvider.js';
import { es } from '../locales/es.js';
import { ptBR } from '../locales/pt-BR.js';
import { createSandbox, SANDBOX_EMAILS, SANDBOX_IDS } from '../sandbox/index.js';
import { AddChildDialog } from './AddChildDialog.js';

// The languages these tests show, as a host imports them.
const CATALOGUES = [es, ptBR];

function setup(ui: ReactNode, { locale = 'en' }: { locale?: string } = {}) {
  const sandbox = createSandbox();
  const user = userEvent.setup();
  const view = render(
    <KinshipProvider
      conomy={{ baseUrl: '/api/conomy', fetcher: sandbox.fetcher, retry: 0 }}
      privo={{ baseUrl: '/api/privo', fetcher: sandbox.fetcher }}
      locale={locale}
      catalogues={CATALOGUES}
    >
      {ui}
    </KinshipProvider>,
  );
  return { user, sandbox, ...view };
}

const candidates = createSandbox().identities;

describe('AddChildDialog', () => {
  describe('given the account flow with the default trigger', () => {
    it('shows only the trigger, labelled from the catalogue', () => {
      setup(<AddChildDialog flow="account" />);
      expect(screen.getByRole('button', { name: 'Add a child' })).toHaveClass(
        'kinship-AddChildDialog-trigger',
      );
      expect(screen.queryByRole('dialog')).toBeNull();
    });

    describe('when the user opens it', () => {
      it('shows a modal dialog named by its title, described, with the form and focus on its first field', async () => {
        const { user } = setup(<AddChildDialog flow="account" />);
        await user.click(screen.getByRole('button', { name: 'Add a child' }));
        const dialog = screen.getByRole('dialog', { name: 'Add a child' });
        expect(dialog).toHaveAccessibleDescription(/It works once the parent gives consent/);
        expect(dialog).toHaveAttribute('data-flow', 'account');
        expect(dialog).toHaveAttribute('data-state', 'open');
        expect(within(dialog).getByRole('textbox', { name: 'First name' })).toHaveFocus();
        expect(within(dialog).getByRole('button', { name: 'Add child' })).toBeInTheDocument();
      });

      it('closes with Escape and gives focus back to the trigger', async () => {
        const { user } = setup(<AddChildDialog flow="account" />);
        const trigger = screen.getByRole('button', { name: 'Add a child' });
        await user.click(trigger);
        await user.keyboard('{Escape}');
        await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
        expect(trigger).toHaveFocus();
      });

      it('closes with the labelled close button and gives focus back to the trigger', async () => {
        const { user } = setup(<AddChildDialog flow="account" />);
        const trigger = screen.getByRole('button', { name: 'Add a child' });
        await user.click(trigger);
        await user.click(screen.getByRole('button', { name: 'Close' }));
        await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
        expect(trigger).toHaveFocus();
      });
    });

    describe('when the user types, closes and reopens before submitting', () => {
      it('keeps what was typed, in the form state too (the request carries it)', async () => {
        const { user, sandbox } = setup(
          <AddChildDialog flow="account" parentEmail={SANDBOX_EMAILS.adultWithoutChild} />,
        );
        await user.click(screen.getByRole('button', { name: 'Add a child' }));
        await user.type(screen.getByRole('textbox', { name: 'First name' }), 'Lucia');
        await user.type(screen.getByRole('textbox', { name: 'Username' }), 'lucia_2015');
        await user.selectOptions(screen.getByRole('combobox', { name: 'Gender' }), 'Female');
        await user.keyboard('{Escape}');
        await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

        await user.click(screen.getByRole('button', { name: 'Add a child' }));
        expect(screen.getByRole('textbox', { name: 'First name' })).toHaveValue('Lucia');
        expect(screen.getByRole('textbox', { name: 'Username' })).toHaveValue('lucia_2015');
        expect(screen.getByRole('combobox', { name: 'Gender' })).toHaveValue('Female');

        await user.type(screen.getByRole('textbox', { name: 'Month' }), '3');
        await user.type(screen.getByRole('textbox', { name: 'Day' }), '7');
        await user.type(screen.getByRole('textbox', { name: 'Year' }), '2015');
        await user.click(screen.getByRole('button', { name: 'Add child' }));
        await screen.findByRole('heading', { name: /Lucia/ });
        expect(sandbox.requests.at(-1)?.body).toEqual({
          firstName: 'Lucia',
          userName: 'lucia_2015',
          gender: 'Female',
          birthDate_YYYYMMDD: '20150307',
          parentEmail: SANDBOX_EMAILS.adultWithoutChild,
        });
      });

      it('starts with an empty form after a child was created', async () => {
        const { user } = setup(
          <AddChildDialog flow="account" parentEmail={SANDBOX_EMAILS.adultWithoutChild} />,
        );
        await user.click(screen.getByRole('button', { name: 'Add a child' }));
        await user.type(screen.getByRole('textbox', { name: 'First name' }), 'Lucia');
        await user.type(screen.getByRole('textbox', { name: 'Username' }), 'lucia_2015');
        await user.type(screen.getByRole('textbox', { name: 'Month' }), '3');
        await user.type(screen.getByRole('textbox', { name: 'Day' }), '7');
        await user.type(screen.getByRole('textbox', { name: 'Year' }), '2015');
        await user.click(screen.getByRole('button', { name: 'Add child' }));
        await screen.findByRole('heading', { name: /Lucia/ });
        await user.click(screen.getByRole('button', { name: 'Close' }));
        await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

        await user.click(screen.getByRole('button', { name: 'Add a child' }));
        expect(screen.getByRole('textbox', { name: 'First name' })).toHaveValue('');
      });
    });

    describe('when the user tries to close while the account is being created', () => {
      it('stays open (Escape and the close button do nothing) until the answer comes', async () => {
        const held = holdAnswers(createSandbox().fetcher);
        const user = userEvent.setup();
        render(
          <KinshipProvider privo={{ baseUrl: '/api/privo', fetcher: held.fetcher }}>
            <AddChildDialog flow="account" parentEmail={SANDBOX_EMAILS.adultWithoutChild} />
          </KinshipProvider>,
        );
        await user.click(screen.getByRole('button', { name: 'Add a child' }));
        await user.type(screen.getByRole('textbox', { name: 'First name' }), 'Lucia');
        await user.type(screen.getByRole('textbox', { name: 'Username' }), 'lucia_2015');
        await user.type(screen.getByRole('textbox', { name: 'Month' }), '3');
        await user.type(screen.getByRole('textbox', { name: 'Day' }), '7');
        await user.type(screen.getByRole('textbox', { name: 'Year' }), '2015');
        await user.click(screen.getByRole('button', { name: 'Add child' }));
        expect(screen.getByRole('button', { name: 'Add child' })).toHaveAttribute('aria-busy', 'true');
        await user.keyboard('{Escape}');
        await user.click(screen.getByRole('button', { name: 'Close' }));
        expect(screen.getByRole('dialog')).toBeInTheDocument();
        held.release();
        await screen.findByRole('heading', { name: /Lucia/ });
        await user.click(screen.getByRole('button', { name: 'Close' }));
        await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
      });
    });

    describe('when the host listens to the form status', () => {
      it('hears each change, and the dialog still stays open while the account is being created', async () => {
        const held = holdAnswers(createSandbox().fetcher);
        const user = userEvent.setup();
        const onStatusChange = vi.fn();
        render(
          <KinshipProvider privo={{ baseUrl: '/api/privo', fetcher: held.fetcher }}>
            <AddChildDialog
              flow="account"
              parentEmail={SANDBOX_EMAILS.adultWithoutChild}
              onStatusChange={onStatusChange}
            />
          </KinshipProvider>,
        );
        await user.click(screen.getByRole('button', { name: 'Add a child' }));
        await user.type(screen.getByRole('textbox', { name: 'First name' }), 'Lucia');
        await user.type(screen.getByRole('textbox', { name: 'Username' }), 'lucia_2015');
        await user.type(screen.getByRole('textbox', { name: 'Month' }), '3');
        await user.type(screen.getByRole('textbox', { name: 'Day' }), '7');
        await user.type(screen.getByRole('textbox', { name: 'Year' }), '2015');
        await user.click(screen.getByRole('button', { name: 'Add child' }));
        expect(onStatusChange.mock.calls).toEqual([['pending']]);
        await user.keyboard('{Escape}');
        await user.click(screen.getByRole('button', { name: 'Close' }));
        expect(screen.getByRole('dialog')).toBeInTheDocument();
        held.release();
        await screen.findByRole('heading', { name: /Lucia/ });
        // The status is reported from an effect: React 18 may paint the heading first.
        await waitFor(() => expect(onStatusChange.mock.calls).toEqual([['pending'], ['success']]));
        await user.keyboard('{Escape}');
        await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
      }, 15_000);
    });

    describe('when the host gives parentAccountUrl and the parent already has a child', () => {
      it('passes it to the form, which links to the parent’s PRIVO account', async () => {
        const { user } = setup(
          <AddChildDialog
            flow="account"
            parentEmail={SANDBOX_EMAILS.adultWithChild}
            parentAccountUrl="https://privo.example/account"
          />,
        );
        await user.click(screen.getByRole('button', { name: 'Add a child' }));
        await user.type(screen.getByRole('textbox', { name: 'First name' }), 'Pablo');
        await user.type(screen.getByRole('textbox', { name: 'Username' }), 'pablo_2016');
        await user.type(screen.getByRole('textbox', { name: 'Month' }), '4');
        await user.type(screen.getByRole('textbox', { name: 'Day' }), '9');
        await user.type(screen.getByRole('textbox', { name: 'Year' }), '2016');
        await user.click(screen.getByRole('button', { name: 'Add child' }));
        const link = await screen.findByRole('link', { name: /Open the parent's PRIVO account/ });
        expect(link).toHaveAttribute('href', 'https://privo.example/account');
        expect(within(screen.getByRole('dialog')).getByRole('link', { name: /PRIVO account/ })).toBe(link);
      }, 15_000);
    });

    describe('when the host gives parentEmail', () => {
      it('passes it to the form, which then does not ask for it', async () => {
        const { user } = setup(
          <AddChildDialog flow="account" parentEmail={SANDBOX_EMAILS.adultWithoutChild} />,
        );
        await user.click(screen.getByRole('button', { name: 'Add a child' }));
        expect(screen.queryByRole('textbox', { name: "Parent's email" })).toBeNull();
      });
    });
  });

  describe('given the link flow', () => {
    it('holds the picker, with its own title', async () => {
      const { user } = setup(
        <AddChildDialog flow="link" identityId={SANDBOX_IDS.parentUser} candidates={candidates} />,
      );
      await user.click(screen.getByRole('button', { name: 'Link children' }));
      const dialog = screen.getByRole('dialog', { name: 'Link children' });
      expect(within(dialog).getByRole('combobox', { name: 'Children to link' })).toHaveFocus();
    });

    describe('when the user presses Escape while the picker list is open', () => {
      it('closes only the list first, and the dialog on the next Escape', async () => {
        const onOpenChange = vi.fn();
        const { user } = setup(
          <AddChildDialog
            flow="link"
            identityId={SANDBOX_IDS.parentUser}
            candidates={candidates}
            onOpenChange={onOpenChange}
          />,
        );
        await user.click(screen.getByRole('button', { name: 'Link children' }));
        const dialog = screen.getByRole('dialog', { name: 'Link children' });
        const search = within(dialog).getByRole('combobox', { name: 'Children to link' });
        await user.keyboard('{ArrowDown}');
        expect(search).toHaveAttribute('aria-expanded', 'true');
        expect(within(dialog).getAllByRole('option').length).toBeGreaterThan(0);

        await user.keyboard('{Escape}');
        expect(search).toHaveAttribute('aria-expanded', 'false');
        expect(screen.queryAllByRole('option')).toHaveLength(0);
        expect(screen.getByRole('dialog', { name: 'Link children' })).toBeInTheDocument();
        expect(search).toHaveFocus();
        expect(onOpenChange).not.toHaveBeenCalledWith(false);

        await user.keyboard('{Escape}');
        await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
        expect(onOpenChange).toHaveBeenLastCalledWith(false);
      });
    });

    describe('when the user picks a child, closes and reopens before linking', () => {
      it('keeps the selection', async () => {
        const onValueChange = vi.fn();
        const { user } = setup(
          <AddChildDialog
            flow="link"
            identityId={SANDBOX_IDS.parentUser}
            candidates={candidates}
            onValueChange={onValueChange}
          />,
        );
        await user.click(screen.getByRole('button', { name: 'Link children' }));
        await user.type(screen.getByRole('combobox', { name: 'Children to link' }), 'Camila');
        await user.click(await screen.findByRole('option', { name: /Camila Muñoz Riquelme/ }));
        expect(onValueChange).toHaveBeenLastCalledWith([SANDBOX_IDS.linkableChildren[4]]);
        await user.keyboard('{Escape}');
        await user.keyboard('{Escape}');
        await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

        await user.click(screen.getByRole('button', { name: 'Link children' }));
        const dialog = screen.getByRole('dialog', { name: 'Link children' });
        expect(within(dialog).getByText('Camila Muñoz Riquelme')).toBeInTheDocument();
        expect(within(dialog).getByRole('button', { name: 'Link 1 child' })).toBeInTheDocument();
      });
    });
  });

  describe('given a controlled open state', () => {
    function Controlled({ onOpenChange }: { onOpenChange: (open: boolean) => void }) {
      const [open, setOpen] = useState(true);
      return (
        <>
          <button type="button" onClick={() => setOpen(true)}>
            Open from elsewhere
          </button>
          <AddChildDialog
            flow="account"
            trigger={null}
            open={open}
            onOpenChange={(next) => {
              onOpenChange(next);
              setOpen(next);
            }}
          />
        </>
      );
    }

    it('renders open from the start, without a trigger, and reports each change', async () => {
      const onOpenChange = vi.fn();
      const { user } = setup(<Controlled onOpenChange={onOpenChange} />);
      expect(screen.getByRole('dialog', { name: 'Add a child' })).toBeInTheDocument();
      expect(screen.queryByRole('button', { name: 'Add a child' })).toBeNull();
      await user.click(screen.getByRole('button', { name: 'Close' }));
      expect(onOpenChange).toHaveBeenLastCalledWith(false);
      await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
      await user.click(screen.getByRole('button', { name: 'Open from elsewhere' }));
      expect(screen.getByRole('dialog', { name: 'Add a child' })).toBeInTheDocument();
    });

    it('gives focus back to the host button that opened it, when it closes (no trigger of the kit)', async () => {
      function HostOpener() {
        const [open, setOpen] = useState(false);
        return (
          <>
            <button type="button" onClick={() => setOpen(true)}>
              Open from the header
            </button>
            <AddChildDialog flow="account" trigger={null} open={open} onOpenChange={setOpen} />
          </>
        );
      }
      const { user } = setup(<HostOpener />);
      const opener = screen.getByRole('button', { name: 'Open from the header' });
      opener.focus();
      await user.keyboard('{Enter}');
      expect(await screen.findByRole('dialog', { name: 'Add a child' })).toBeInTheDocument();
      expect(screen.getByRole('textbox', { name: 'First name' })).toHaveFocus();
      await user.keyboard('{Escape}');
      await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
      expect(opener).toHaveFocus();
    });

    it('stays open when the host does not follow the request to close', async () => {
      const onOpenChange = vi.fn();
      const { user } = setup(
        <AddChildDialog flow="account" trigger={null} open onOpenChange={onOpenChange} />,
      );
      await user.keyboard('{Escape}');
      expect(onOpenChange).toHaveBeenCalledWith(false);
      expect(screen.getByRole('dialog')).toBeInTheDocument();
    });
  });

  describe('given a custom trigger, title and description', () => {
    it('uses the host element as the trigger and the host texts', async () => {
      const { user } = setup(
        <AddChildDialog
          flow="account"
          trigger={<button type="button">New family member</button>}
          title="Register your kid"
          description="It takes a minute."
        />,
      );
      const trigger = screen.getByRole('button', { name: 'New family member' });
      expect(trigger).toHaveAttribute('aria-haspopup', 'dialog');
      await user.click(trigger);
      const dialog = screen.getByRole('dialog', { name: 'Register your kid' });
      expect(dialog).toHaveAccessibleDescription('It takes a minute.');
      await user.keyboard('{Escape}');
      await waitFor(() => expect(trigger).toHaveFocus());
    });

    it('renders no description when it is null', async () => {
      const { user } = setup(<AddChildDialog flow="account" description={null} />);
      await user.click(screen.getByRole('button', { name: 'Add a child' }));
      const dialog = screen.getByRole('dialog', { name: 'Add a child' });
      expect(dialog).not.toHaveAttribute('aria-describedby');
    });
  });

  describe('given styling props', () => {
    it('adds class name slots after the kit classes', async () => {
      const { user } = setup(
        <AddChildDialog
          flow="account"
          defaultOpen
          trigger={null}
          className="mine"
          classNames={{ content: 'content', overlay: 'overlay', title: 'title' }}
          flowClassNames={{ submit: 'submit' }}
        />,
      );
      const dialog = screen.getByRole('dialog');
      expect(dialog).toHaveClass('kinship-AddChildDialog-content', 'content', 'mine');
      expect(screen.getByRole('heading', { name: 'Add a child' })).toHaveClass(
        'kinship-AddChildDialog-title',
        'title',
      );
      expect(within(dialog).getByRole('button', { name: 'Add child' })).toHaveClass('submit');
      await user.keyboard('{Escape}');
    });

    it('drops every kit class when unstyled, in the form too, keeping data attributes', () => {
      setup(<AddChildDialog flow="account" defaultOpen trigger={null} unstyled />);
      const dialog = screen.getByRole('dialog');
      expect(dialog).toHaveAttribute('data-flow', 'account');
      const kitClassed = [dialog, ...dialog.querySelectorAll('*')].filter((element) =>
        [...element.classList].some((name) => name.startsWith('kinship-')),
      );
      expect(kitClassed).toEqual([]);
    });
  });

  describe('given the Spanish locale', () => {
    it('labels the trigger, the title and the close button in Spanish', async () => {
      const { user } = setup(<AddChildDialog flow="account" />, { locale: 'es' });
      await user.click(screen.getByRole('button', { name: 'Agregar un menor' }));
      expect(screen.getByRole('dialog', { name: 'Agregar un menor' })).toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Cerrar' })).toBeInTheDocument();
    });
  });
});
