import '@testing-library/jest-dom/vitest';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { holdAnswers } from '../../test/hold-answers.js';
import { createIdentitySearch } from '../core/picker/identitySearch.js';
import type { Identity } from '../core/schemas.js';
import { KinshipProvider } from '../hooks/KinshipProvider.js';
import { es } from '../locales/es.js';
import { ptBR } from '../locales/pt-BR.js';
import { createSandbox, SANDBOX_IDS, type Sandbox } from '../sandbox/index.js';
import { ChildPicker } from './ChildPicker.js';

// The languages these tests show, as a host imports them.
const CATALOGUES = [es, ptBR];

const PARENT = 'parent-1';

function person(id: string, name: string, lastname: string, fields: Partial<Identity> = {}): Identity {
  return {
    id,
    type: 'USER',
    name,
    lastname,
    email: `${name}.${lastname}@example.com`.toLowerCase(),
    status: 'ACTIVE',
    children: [],
    ...fields,
  } as Identity;
}

const CANDIDATES: Identity[] = [
  person(PARENT, 'Lucía', 'Madre'),
  person('c-1', 'Lucía', 'Pérez'),
  person('c-2', 'Ana', 'Soto', { status: 'PENDING_EMAIL_VALIDATION' }),
  person('c-3', 'Tomás', 'Lucero', { status: 'SOMETHING_NEW' }),
  person('c-4', 'Cooperativa', 'Sur', {
    type: 'ORGANIZATION',
    email: null,
    documentType: 'RUT',
    documentNumber: '76.123.456-7',
  }),
];

function setup(
  ui: ReactNode,
  { locale = 'en', sandbox = createSandbox() }: { locale?: string; sandbox?: Sandbox } = {},
) {
  const user = userEvent.setup();
  const view = render(
    <KinshipProvider
      conomy={{ baseUrl: '/api/conomy', fetcher: sandbox.fetcher, retry: 0 }}
      locale={locale}
      catalogues={CATALOGUES}
    >
      {ui}
    </KinshipProvider>,
  );
  return { user, sandbox, ...view };
}

const combobox = () => screen.getByRole('combobox', { name: 'Children to link' });
const optionNames = () => screen.queryAllByRole('option').map((option) => option.textContent);

describe('ChildPicker', () => {
  describe('given a list of candidates', () => {
    it('shows a labelled combobox, closed, and a disabled "Link children" button', () => {
      setup(<ChildPicker identityId={PARENT} candidates={CANDIDATES} />);
      expect(combobox()).toHaveAttribute('aria-expanded', 'false');
      expect(combobox()).toHaveAttribute('aria-autocomplete', 'list');
      const submit = screen.getByRole('button', { name: 'Link children' });
      expect(submit).toHaveAttribute('aria-disabled', 'true');
    });

    it('when opened, lists every candidate but the parent, with type, email or document, and status', async () => {
      const { user } = setup(<ChildPicker identityId={PARENT} candidates={CANDIDATES} />);
      await user.click(combobox());
      expect(combobox()).toHaveAttribute('aria-expanded', 'true');
      const listbox = screen.getByRole('listbox', { name: 'Children to link' });
      expect(listbox).toHaveAttribute('aria-multiselectable', 'true');
      expect(within(listbox).getAllByRole('option')).toHaveLength(4);
      expect(screen.getByRole('option', { name: /Lucía Pérez/ })).toHaveTextContent(
        'Lucía PérezPersonlucía.pérez@example.comActive',
      );
      expect(screen.getByRole('option', { name: /Ana Soto/ })).toHaveTextContent('Email not verified');
      expect(screen.getByRole('option', { name: /Tomás Lucero/ })).toHaveTextContent('Status: SOMETHING_NEW');
      expect(screen.getByRole('option', { name: /Cooperativa Sur/ })).toHaveTextContent(
        'OrganizationRUT 76.123.456-7',
      );
      expect(screen.queryByRole('option', { name: /Madre/ })).toBeNull();
    });

    it('when typing "lucia", it finds "Lucía" first, then the word match "Lucero", ignoring case and accents', async () => {
      const { user } = setup(<ChildPicker identityId={PARENT} candidates={CANDIDATES} />);
      await user.type(combobox(), 'LUCIA');
      expect(optionNames()).toEqual([expect.stringContaining('Lucía Pérez')]);
      await user.clear(combobox());
      await user.type(combobox(), 'luc');
      expect(optionNames()).toEqual([
        expect.stringContaining('Lucía Pérez'),
        expect.stringContaining('Tomás Lucero'),
      ]);
    });

    it('when typing "jose nunez", it offers "José Antonio Núñez": every word, in any field and order', async () => {
      const candidates = [
        ...CANDIDATES,
        person('c-5', 'José', 'Soto', { email: 'familianunez@example.com' }),
        person('c-6', 'José Antonio', 'Núñez', { email: 'jan@correo.cl' }),
      ];
      const { user } = setup(<ChildPicker identityId={PARENT} candidates={candidates} />);
      await user.type(combobox(), 'jose nunez');
      // Each word starts a word of José Antonio Núñez's name; José Soto has "nunez" only inside his
      // email, so he comes second although he is first in the list.
      expect(optionNames()).toEqual([
        expect.stringContaining('José Antonio Núñez'),
        expect.stringContaining('José Soto'),
      ]);
      await user.clear(combobox());
      await user.type(combobox(), 'correo núñez');
      expect(optionNames()).toEqual([expect.stringContaining('José Antonio Núñez')]);
    });

    it('when nothing matches, it says so', async () => {
      const { user } = setup(<ChildPicker identityId={PARENT} candidates={CANDIDATES} />);
      await user.type(combobox(), 'zzz');
      expect(screen.queryAllByRole('option')).toHaveLength(0);
      // The search as typed is data: isolated in its own <bdi> inside the sentence.
      const query = screen.getByText('zzz');
      expect(query.tagName).toBe('BDI');
      expect(query.parentElement).toHaveTextContent(/^No matches for “zzz”\.$/);
      expect(query.parentElement).toBeVisible();
    });
  });

  describe('given the keyboard', () => {
    it('arrows move the active option, Enter and Space toggle, chips appear, and the button counts them', async () => {
      const { user } = setup(<ChildPicker identityId={PARENT} candidates={CANDIDATES} />);
      await user.click(combobox());
      await user.keyboard('{ArrowDown}');
      const first = screen.getByRole('option', { name: /Lucía Pérez/ });
      expect(combobox()).toHaveAttribute('aria-activedescendant', first.id);
      await user.keyboard('{Enter}');
      expect(first).toHaveAttribute('aria-selected', 'true');
      await user.keyboard('{ArrowDown} ');
      expect(screen.getByRole('option', { name: /Ana Soto/ })).toHaveAttribute('aria-selected', 'true');
      expect(screen.getByRole('button', { name: 'Remove Lucía Pérez' })).toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Remove Ana Soto' })).toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Link 2 children' })).toHaveAttribute(
        'aria-disabled',
        'false',
      );
      await user.keyboard('{End}');
      expect(combobox()).toHaveAttribute(
        'aria-activedescendant',
        screen.getByRole('option', { name: /Cooperativa Sur/ }).id,
      );
      await user.keyboard('{Home}');
      expect(combobox()).toHaveAttribute('aria-activedescendant', first.id);
    });

    it('typing a space after letters types a space, not a selection', async () => {
      const { user } = setup(<ChildPicker identityId={PARENT} candidates={CANDIDATES} />);
      await user.type(combobox(), 'lucia p');
      expect(combobox()).toHaveValue('lucia p');
      expect(screen.queryByRole('list', { name: 'Selected' })).toBeNull();
    });

    it('Backspace in the empty input removes the last chip; Escape closes the list', async () => {
      const { user } = setup(<ChildPicker identityId={PARENT} candidates={CANDIDATES} />);
      await user.click(combobox());
      await user.keyboard('{ArrowDown}{Enter}{ArrowDown}{Enter}');
      expect(within(screen.getByRole('list', { name: 'Selected' })).getAllByRole('listitem')).toHaveLength(2);
      await user.keyboard('{Backspace}');
      expect(screen.queryByRole('button', { name: 'Remove Ana Soto' })).toBeNull();
      expect(screen.getByRole('button', { name: 'Link 1 child' })).toBeInTheDocument();
      await user.keyboard('{Escape}');
      expect(combobox()).toHaveAttribute('aria-expanded', 'false');
      expect(combobox()).not.toHaveAttribute('aria-activedescendant');
    });

    it('a chip remove button unselects that identity and gives focus back to the input', async () => {
      const { user } = setup(
        <ChildPicker identityId={PARENT} candidates={CANDIDATES} defaultValue={['c-1', 'c-2']} />,
      );
      await user.click(screen.getByRole('button', { name: 'Remove Lucía Pérez' }));
      expect(screen.queryByRole('button', { name: 'Remove Lucía Pérez' })).toBeNull();
      expect(screen.getByRole('button', { name: 'Link 1 child' })).toBeInTheDocument();
      expect(combobox()).toHaveFocus();
    });
  });

  describe('given children already linked', () => {
    it('shows them as linked and disabled; clicks and the keyboard skip them', async () => {
      const { user } = setup(
        <ChildPicker identityId={PARENT} candidates={CANDIDATES} linkedChildIds={['c-1', 'c-2']} />,
      );
      await user.click(combobox());
      const linked = screen.getByRole('option', { name: /Lucía Pérez/ });
      expect(linked).toHaveAttribute('aria-disabled', 'true');
      expect(linked).toHaveTextContent('Already linked');
      await user.click(linked);
      expect(linked).toHaveAttribute('aria-selected', 'false');
      await user.keyboard('{ArrowDown}');
      expect(combobox()).toHaveAttribute(
        'aria-activedescendant',
        screen.getByRole('option', { name: /Tomás Lucero/ }).id,
      );
    });
  });

  describe('given a submission', () => {
    it('sends exactly the selected ids, announces the outcome, clears the chips and shows them as linked', async () => {
      const onLinked = vi.fn();
      const sandbox = createSandbox();
      const candidates = sandbox.identities.filter((identity) =>
        (SANDBOX_IDS.linkableChildren as readonly string[]).includes(identity.id),
      );
      const { user } = setup(
        <ChildPicker identityId={SANDBOX_IDS.parentUser} candidates={candidates} onLinked={onLinked} />,
        { sandbox },
      );
      await user.click(combobox());
      await user.keyboard('{ArrowDown}{Enter}{ArrowDown}{ArrowDown}{Enter}');
      const picked = [candidates[0], candidates[2]].map((identity) => identity?.id);
      await user.click(screen.getByRole('button', { name: 'Link 2 children' }));
      const status = await screen.findByRole('status');
      await waitFor(() => expect(status).toHaveTextContent(/^Linked .+ and .+\. .+ is now active\.$/));
      const posts = sandbox.requests.filter((request) => request.method === 'POST');
      expect(posts).toHaveLength(1);
      expect(posts[0]?.path).toBe(`/identities/${SANDBOX_IDS.parentUser}/children`);
      expect(posts[0]?.body).toEqual({ children: picked });
      expect(onLinked).toHaveBeenCalledWith(expect.objectContaining({ id: SANDBOX_IDS.parentUser }));
      expect(screen.queryByRole('list', { name: 'Selected' })).toBeNull();
      await user.click(combobox());
      for (const id of picked) {
        const name = candidates.find((identity) => identity.id === id)?.name ?? '';
        expect(screen.getByRole('option', { name: new RegExp(name) })).toHaveAttribute(
          'aria-disabled',
          'true',
        );
      }
    });

    it('while pending, the button is busy and a second click sends nothing', async () => {
      const sandbox = createSandbox();
      const held = holdAnswers(sandbox.fetcher);
      const { user } = setup(
        <ChildPicker
          identityId={SANDBOX_IDS.parentUser}
          candidates={sandbox.identities}
          defaultValue={[...SANDBOX_IDS.linkableChildren.slice(0, 1)]}
        />,
        { sandbox: { ...sandbox, fetcher: held.fetcher } },
      );
      const submit = screen.getByRole('button', { name: 'Link 1 child' });
      await user.click(submit);
      expect(submit).toHaveAttribute('aria-busy', 'true');
      expect(submit).toHaveAttribute('aria-disabled', 'true');
      await user.click(submit);
      held.release();
      await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/Linked/));
      expect(sandbox.requests.filter((request) => request.method === 'POST')).toHaveLength(1);
    });

    it('when it fails, the alert explains, the selection stays, and retry sends it again', async () => {
      const sandbox = createSandbox();
      const { user } = setup(
        <ChildPicker
          identityId={SANDBOX_IDS.parentUser}
          candidates={sandbox.identities}
          defaultValue={[SANDBOX_IDS.linkableChildren[0]]}
        />,
        { sandbox },
      );
      sandbox.failNext('server');
      await user.click(screen.getByRole('button', { name: 'Link 1 child' }));
      const alert = await screen.findByRole('alert');
      expect(alert).toHaveTextContent('The service is having trouble. Please try again.');
      expect(screen.getByRole('list', { name: 'Selected' })).toBeInTheDocument();
      await user.click(within(alert).getByRole('button', { name: 'Try again' }));
      await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/Linked/));
      expect(screen.queryByRole('alert')).toBeNull();
      expect(
        sandbox.requests.filter((request) => request.method === 'POST').map((request) => request.body),
      ).toEqual([
        { children: [SANDBOX_IDS.linkableChildren[0]] },
        { children: [SANDBOX_IDS.linkableChildren[0]] },
      ]);
    });

    it('a conflict shows the conflict message', async () => {
      const sandbox = createSandbox();
      const { user } = setup(
        <ChildPicker
          identityId={SANDBOX_IDS.parentUser}
          candidates={sandbox.identities}
          defaultValue={[SANDBOX_IDS.linkedChildren[0]]}
        />,
        { sandbox },
      );
      await user.click(screen.getByRole('button', { name: 'Link 1 child' }));
      expect(await screen.findByRole('alert')).toHaveTextContent(
        'This was already done, or the details are already in use.',
      );
    });
  });

  describe('given a parent identity answered with a blank name', () => {
    it('names the parent with the placeholder, not with blank space', async () => {
      const user = userEvent.setup();
      const fetcher = vi.fn(async () =>
        Response.json({
          id: PARENT,
          type: 'USER',
          name: '  ',
          lastname: null,
          status: 'ACTIVE',
          children: [],
        }),
      );
      render(
        <KinshipProvider conomy={{ baseUrl: '/api/conomy', fetcher, retry: 0 }}>
          <ChildPicker identityId={PARENT} candidates={CANDIDATES} defaultValue={['c-1']} />
        </KinshipProvider>,
      );
      await user.click(screen.getByRole('button', { name: 'Link 1 child' }));
      await waitFor(() =>
        expect(screen.getByRole('status')).toHaveTextContent(
          /^Linked Lucía Pérez\. The parent identity is now active\.$/,
        ),
      );
    });
  });

  describe('given a successful link after a search', () => {
    it('empties the search text and closes the list, so the next search starts fresh', async () => {
      const sandbox = createSandbox();
      const { user } = setup(
        <ChildPicker identityId={SANDBOX_IDS.parentUser} candidates={sandbox.identities} />,
        { sandbox },
      );
      await user.type(combobox(), 'Núñez');
      await user.click(await screen.findByRole('option', { name: /José Antonio Núñez Castillo/ }));
      await user.click(screen.getByRole('button', { name: 'Link 1 child' }));
      await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/^Linked José Antonio/));
      expect(combobox()).toHaveValue('');
      expect(combobox()).toHaveAttribute('aria-expanded', 'false');
      expect(screen.queryAllByRole('option')).toHaveLength(0);
    });
  });

  describe('given the list is open', () => {
    it('when focus leaves the combobox (Tab to the submit button), the list closes', async () => {
      const { user } = setup(<ChildPicker identityId={PARENT} candidates={CANDIDATES} />);
      await user.click(combobox());
      await user.keyboard('{ArrowDown}{Enter}');
      expect(combobox()).toHaveAttribute('aria-expanded', 'true');
      await user.tab();
      expect(screen.getByRole('button', { name: 'Link 1 child' })).toHaveFocus();
      expect(combobox()).toHaveAttribute('aria-expanded', 'false');
      expect(screen.queryAllByRole('option')).toHaveLength(0);
    });

    // Downshift's multiple-selection combobox: the list stays open to pick more (it is placed so it
    // never lies over the "Link" button: see the browser tests), and a pick empties the typed text.
    it('when an option is clicked, focus stays in the combobox and the list stays open', async () => {
      const { user } = setup(<ChildPicker identityId={PARENT} candidates={CANDIDATES} />);
      await user.click(combobox());
      await user.click(screen.getByRole('option', { name: /Ana Soto/ }));
      await user.click(screen.getByRole('option', { name: /Tomás Lucero/ }));
      expect(combobox()).toHaveFocus();
      expect(combobox()).toHaveAttribute('aria-expanded', 'true');
      expect(screen.getByRole('button', { name: 'Link 2 children' })).toBeInTheDocument();
    });
  });

  describe('given a name was typed and its match picked', () => {
    it('empties the text and keeps the list open, so the next name typed is a search of its own', async () => {
      const sandbox = createSandbox();
      const { user } = setup(
        <ChildPicker identityId={SANDBOX_IDS.parentUser} candidates={sandbox.identities} />,
        { sandbox },
      );
      await user.type(combobox(), 'jose');
      await user.click(await screen.findByRole('option', { name: /José Antonio Núñez Castillo/ }));
      expect(combobox()).toHaveValue('');
      expect(combobox()).toHaveFocus();
      expect(combobox()).toHaveAttribute('aria-expanded', 'true');
      await user.type(combobox(), 'cam');
      expect(combobox()).toHaveValue('cam');
      expect(optionNames()[0]).toMatch(/^Camila Muñoz Riquelme/);
      expect(screen.queryByText(/No matches/)).toBeNull();
    });

    it('with the keyboard too: Enter picks, the text empties, and the list stays open', async () => {
      const sandbox = createSandbox();
      const { user } = setup(
        <ChildPicker identityId={SANDBOX_IDS.parentUser} candidates={sandbox.identities} />,
        { sandbox },
      );
      await user.type(combobox(), 'jose');
      await user.keyboard('{ArrowDown}{Enter}');
      expect(screen.getByRole('button', { name: 'Link 1 child' })).toBeInTheDocument();
      expect(combobox()).toHaveValue('');
      expect(combobox()).toHaveAttribute('aria-expanded', 'true');
      await user.keyboard('cam');
      expect(optionNames()[0]).toMatch(/^Camila Muñoz Riquelme/);
    });
  });

  describe('given the browser is offline', () => {
    it('sends nothing, says so, and enables the retry once the connection is back', async () => {
      const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
      try {
        const sandbox = createSandbox();
        const { user } = setup(
          <ChildPicker
            identityId={SANDBOX_IDS.parentUser}
            candidates={sandbox.identities}
            defaultValue={[SANDBOX_IDS.linkableChildren[0]]}
          />,
          { sandbox },
        );
        await user.click(screen.getByRole('button', { name: 'Link 1 child' }));
        const alert = await screen.findByRole('alert');
        expect(alert).toHaveTextContent('You are offline. You can try again when the connection is back.');
        const retry = within(alert).getByRole('button', { name: 'Try again' });
        expect(retry).toHaveAttribute('aria-disabled', 'true');
        await user.click(retry);
        expect(sandbox.requests).toEqual([]);
        expect(screen.getByRole('list', { name: 'Selected' })).toBeInTheDocument();

        onLine.mockReturnValue(true);
        act(() => {
          window.dispatchEvent(new Event('online'));
        });
        expect(retry).not.toHaveAttribute('aria-disabled');
        expect(alert).not.toHaveTextContent(/offline/);
        expect(sandbox.requests).toEqual([]);
        await user.click(retry);
        await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/^Linked/));
        expect(sandbox.requests.filter((request) => request.method === 'POST')).toHaveLength(1);
      } finally {
        onLine.mockRestore();
      }
    });
  });

  describe('given a list far longer than the screen (no layout in jsdom)', () => {
    const many = Array.from({ length: 10_000 }, (_, index) => person(`m-${index}`, `Name${index}`, 'Many'));

    it('renders a first window of rows, with the real size and position of each', async () => {
      const { user } = setup(<ChildPicker identityId={PARENT} candidates={many} />);
      await user.click(combobox());
      const options = screen.getAllByRole('option');
      expect(options.length).toBeLessThanOrEqual(30);
      expect(options[0]).toHaveAttribute('aria-setsize', '10000');
      expect(options[0]).toHaveAttribute('aria-posinset', '1');
    });

    it('keyboard moves past the window keep the active option rendered', async () => {
      const { user } = setup(<ChildPicker identityId={PARENT} candidates={many} />);
      await user.click(combobox());
      // PageDown moves ten rows at a time where there is no layout to measure a page.
      await user.keyboard('{ArrowDown}{PageDown}{PageDown}{PageDown}{PageDown}{ArrowDown>4/}');
      const active = combobox().getAttribute('aria-activedescendant');
      expect(document.getElementById(active as string)).toHaveTextContent('Name44 Many');
      await user.keyboard('{End}');
      const last = document.getElementById(combobox().getAttribute('aria-activedescendant') as string);
      expect(last).toHaveTextContent('Name9999 Many');
      expect(last).toHaveAttribute('aria-posinset', '10000');
      expect(screen.getAllByRole('option').length).toBeLessThanOrEqual(31);
    }, 15_000);
  });

  describe('given another locale', () => {
    it.each([
      ['es', ['Vincular hijos', 'Vincular 1 hijo', 'Vincular 2 hijos'], 'Quitar a Lucía Pérez'],
      ['pt-BR', ['Vincular filhos', 'Vincular 1 filho', 'Vincular 2 filhos'], 'Remover Lucía Pérez'],
    ])('in %s the button pluralizes and chips are named in that language', async (locale, labels, remove) => {
      const { user } = setup(<ChildPicker identityId={PARENT} candidates={CANDIDATES} />, { locale });
      expect(screen.getByRole('button', { name: labels[0] })).toBeInTheDocument();
      const input = screen.getByRole('combobox');
      await user.click(input);
      await user.keyboard('{ArrowDown}{Enter}');
      expect(screen.getByRole('button', { name: labels[1] })).toBeInTheDocument();
      await user.keyboard('{ArrowDown}{Enter}');
      expect(screen.getByRole('button', { name: labels[2] })).toBeInTheDocument();
      expect(screen.getByRole('button', { name: remove })).toBeInTheDocument();
    });
  });

  describe('given server search', () => {
    it('loads as the user types, shows loading, then only the answer for the latest text', async () => {
      const sandbox = createSandbox({ latencyMs: 30 });
      // Held until "Searching…" was seen: a busy machine may take longer to click than 30 ms.
      const held = holdAnswers(sandbox.fetcher);
      const search = createIdentitySearch({ baseUrl: '/api/conomy', fetcher: held.fetcher, retry: 0 });
      const load = Object.assign(vi.fn(search), { searchableBy: search.searchableBy });
      const { user } = setup(
        <ChildPicker identityId={SANDBOX_IDS.parentUser} loadCandidates={load} debounceMs={10} />,
        { sandbox },
      );
      await user.click(combobox());
      expect(screen.getByText('Searching…')).toBeInTheDocument();
      held.release();
      await user.type(combobox(), 'contacto@cafeteradelhuila.co.example');
      await waitFor(() =>
        expect(screen.getByRole('option', { name: /Cooperativa Cafetera del Huila/ })).toBeInTheDocument(),
      );
      expect(load).toHaveBeenLastCalledWith(
        'contacto@cafeteradelhuila.co.example',
        expect.objectContaining({ signal: expect.any(AbortSignal) }),
      );
      await act(async () => {
        await new Promise((resolve) => setTimeout(resolve, 100));
      });
      expect(screen.getAllByRole('option')).toHaveLength(1);
      const searches = sandbox.requests.filter((request) => request.path === '/identities');
      // Nothing undocumented ever goes out: no q, and the half-typed text was never sent as a name.
      for (const request of searches) expect(Object.keys(request.query)).not.toContain('q');
      expect(searches.at(-1)?.query).toEqual({ email: 'contacto@cafeteradelhuila.co.example', limit: '50' });
    });

    it('names the searches the server supports in a hint the input is described by', () => {
      const sandbox = createSandbox();
      setup(
        <ChildPicker
          identityId={SANDBOX_IDS.parentUser}
          loadCandidates={createIdentitySearch({ baseUrl: '/api/conomy', fetcher: sandbox.fetcher })}
        />,
        { sandbox },
      );
      expect(combobox()).toHaveAccessibleDescription(
        'Search by email, document number, or phone number with country code (+56\u00a09\u00a01234\u00a05678).',
      );
      expect(combobox()).toHaveAttribute('placeholder', 'Email, document or phone number');
    });

    it('when a name is typed, says names cannot be searched and sends nothing for it', async () => {
      const sandbox = createSandbox();
      const { user } = setup(
        <ChildPicker
          identityId={SANDBOX_IDS.parentUser}
          loadCandidates={createIdentitySearch({ baseUrl: '/api/conomy', fetcher: sandbox.fetcher })}
          debounceMs={10}
        />,
        { sandbox },
      );
      await user.type(combobox(), 'Valentina');
      await waitFor(() =>
        expect(
          screen.getByText(
            'Names cannot be searched here: type the child’s full email, document number or phone number.',
          ),
        ).toBeInTheDocument(),
      );
      expect(screen.queryAllByRole('option')).toHaveLength(0);
      const searches = sandbox.requests.filter((request) => request.path === '/identities');
      for (const request of searches) expect(request.query).not.toHaveProperty('q');
      expect(searches.every((request) => Object.keys(request.query).join() === 'limit')).toBe(true);
    });

    it('a host search without searchableBy shows no hint and the usual placeholder', () => {
      setup(<ChildPicker identityId={PARENT} loadCandidates={async () => []} />);
      expect(combobox()).not.toHaveAttribute('aria-describedby');
      expect(combobox()).toHaveAttribute('placeholder', 'Search by name, email or document');
    });
  });

  describe('given unstyled and class name slots', () => {
    it('leaves out the kit classes, keeps data-* state, and adds the host classes', async () => {
      const { user, container } = setup(
        <ChildPicker
          identityId={PARENT}
          candidates={CANDIDATES}
          unstyled
          className="host"
          classNames={{ option: 'host-option', input: 'host-input' }}
        />,
      );
      await user.click(combobox());
      expect(container.querySelector('[class*="kinship-"]')).toBeNull();
      expect(container.firstElementChild).toHaveClass('host');
      expect(container.firstElementChild).toHaveAttribute('data-state', 'open');
      expect(combobox()).toHaveClass('host-input');
      expect(screen.getAllByRole('option')[0]).toHaveClass('host-option');
    });

    it('unstyled, the list still gets the scroll box the virtual list needs, set from script', async () => {
      const { user } = setup(<ChildPicker identityId={PARENT} candidates={CANDIDATES} unstyled />);
      await user.click(combobox());
      const listbox = screen.getByRole('listbox');
      expect(listbox.style.getPropertyValue('overflow-y')).toBe('auto');
      expect(listbox.style.getPropertyValue('max-block-size')).toBe(
        'var(--kinship-ChildPicker-list-height, 20rem)',
      );
      const sizer = listbox.firstElementChild as HTMLElement;
      expect(sizer.style.getPropertyValue('position')).toBe('relative');
      expect(sizer.style.getPropertyValue('block-size')).toBe(`${4 * 56}px`);
    });
  });

  describe('given server rendering (a strict CSP blocks style attributes)', () => {
    it.each([
      ['styled', false],
      ['unstyled', true],
    ])(
      '%s, the markup has no style attribute; the sizer gets its height after mount',
      async (_title, unstyled) => {
        const { renderToString } = await import('react-dom/server');
        // renderToString runs here beside jsdom's document, so the kit uses layout effects, and
        // React 18 warns that they do nothing on the server. A real server has no document and no
        // warning (test/hardening/ssr.test.ts): this set-up's warning alone is kept out of the output.
        const printing = console.error;
        const error = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
          if (!String(args[0]).includes('useLayoutEffect does nothing on the server')) printing(...args);
        });
        let html: string;
        try {
          html = renderToString(
            <KinshipProvider conomy={{ baseUrl: '/api/conomy' }}>
              <ChildPicker identityId={PARENT} candidates={CANDIDATES} unstyled={unstyled} />
            </KinshipProvider>,
          );
        } finally {
          error.mockRestore();
        }
        expect(html).toContain('role="listbox"');
        expect(html).not.toMatch(/\sstyle=/);

        const { user } = setup(
          <ChildPicker identityId={PARENT} candidates={CANDIDATES} unstyled={unstyled} />,
        );
        await user.click(combobox());
        const sizer = screen.getByRole('listbox').firstElementChild as HTMLElement;
        expect(sizer.style.getPropertyValue('block-size')).toBe(`${4 * 56}px`);
      },
    );
  });
});
