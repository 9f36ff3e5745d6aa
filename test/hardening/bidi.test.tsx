// Bidirectional isolation: a name from a server (or a host) that carries a right-to-left override
// (U+202E) or Arabic/Hebrew text must be isolated (`<bdi>`, or FSI…PDI in a plain string) so it
// cannot flip the words around it.
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Fetcher, Identity } from '../../src/index.js';
import { AddChildForm, ChildPicker, ConsentHandoff, KinshipProvider } from '../../src/index.js';
import { createSandbox, SANDBOX_EMAILS, SANDBOX_IDS } from '../../src/sandbox/index.js';

/** Renders as "evil.exe" → "exe.live" without isolation, and drags the text after it along. */
const OVERRIDE_NAME = 'Ana\u202Eexe.live';
const ARABIC_NAME = 'عبد الله';
const HEBREW_LASTNAME = 'כהן';
const OVERRIDE_EMAIL = 'a\u202Emoc.elpmaxe@b.example';

afterEach(() => {
  vi.restoreAllMocks();
});

/** The text is isolated inside `container`: a `<bdi>` holds exactly it, or it sits between FSI and PDI. */
function expectIsolated(container: HTMLElement, text: string) {
  const isolates = [...container.querySelectorAll('bdi')].map((element) => element.textContent?.trim());
  const isolatedInString = container.textContent?.includes(`\u2068${text}\u2069`) ?? false;
  expect(
    isolates.includes(text) || isolatedInString,
    `"${text}" is not isolated in: ${container.outerHTML.slice(0, 400)}`,
  ).toBe(true);
}

function withSandbox(children: ReactNode, fetcher: Fetcher = createSandbox().fetcher) {
  const user = userEvent.setup({ delay: null });
  render(
    <KinshipProvider conomy={{ baseUrl: '/api/conomy', fetcher }} privo={{ baseUrl: '/api/privo', fetcher }}>
      {children}
    </KinshipProvider>,
  );
  return { user };
}

/** A candidate with a hostile name but a real sandbox id, so linking it succeeds. */
function hostileCandidates(): Identity[] {
  const sandbox = createSandbox();
  const [first, second] = SANDBOX_IDS.linkableChildren;
  return sandbox.identities.map((identity) => {
    if (identity.id === first)
      return { ...identity, name: OVERRIDE_NAME, lastname: null, email: OVERRIDE_EMAIL };
    if (identity.id === second) return { ...identity, name: ARABIC_NAME, lastname: HEBREW_LASTNAME };
    return identity;
  });
}

describe('given candidates whose names carry a right-to-left override, Arabic and Hebrew', () => {
  describe('when the picker lists them', () => {
    it('isolates each name and email in its option', async () => {
      const { user } = withSandbox(
        <ChildPicker identityId={SANDBOX_IDS.parentUser} candidates={hostileCandidates()} />,
      );
      await user.type(screen.getByRole('combobox', { name: 'Children to link' }), 'exe');
      const option = await screen.findByRole('option', { name: new RegExp(OVERRIDE_NAME) });
      expectIsolated(option, OVERRIDE_NAME);
      expectIsolated(option, OVERRIDE_EMAIL);
    });
  });

  describe('when both are picked and linked', () => {
    it('isolates the names in the chips and in the announcement', async () => {
      const { user } = withSandbox(
        <ChildPicker identityId={SANDBOX_IDS.parentUser} candidates={hostileCandidates()} />,
      );
      const search = screen.getByRole('combobox', { name: 'Children to link' });
      await user.type(search, 'exe');
      await user.click(await screen.findByRole('option', { name: new RegExp(OVERRIDE_NAME) }));
      await user.clear(search);
      await user.type(search, ARABIC_NAME);
      await user.click(await screen.findByRole('option', { name: new RegExp(ARABIC_NAME) }));

      const chips = screen.getByRole('list', { name: 'Selected' });
      expectIsolated(chips, OVERRIDE_NAME);
      expectIsolated(chips, `${ARABIC_NAME} ${HEBREW_LASTNAME}`);

      await user.click(screen.getByRole('button', { name: 'Link 2 children' }));
      const status = screen.getByRole('status');
      await waitFor(() => expect(status.textContent).toMatch(/^Linked/));
      expectIsolated(status, OVERRIDE_NAME);
      expectIsolated(status, `${ARABIC_NAME} ${HEBREW_LASTNAME}`);
    });
  });
});

describe('given a consent hand-off for a child whose name carries a right-to-left override', () => {
  it('isolates the name in the heading and the parent email in the message', () => {
    withSandbox(<ConsentHandoff consentUrl={null} childName={OVERRIDE_NAME} parentEmail={OVERRIDE_EMAIL} />);
    const heading = screen.getByRole('heading', { level: 2 });
    expectIsolated(heading, OVERRIDE_NAME);
    // The words after the name are outside the isolate: the override cannot reach them.
    expect(heading.textContent?.endsWith(': the parent needs to give consent')).toBe(true);
    expectIsolated(screen.getByText(/will receive an email at/), OVERRIDE_EMAIL);
  });

  it('isolates an Arabic and a Hebrew name alike', () => {
    withSandbox(
      <ConsentHandoff
        consentUrl="https://consent.example.com/x"
        childName={`${ARABIC_NAME} ${HEBREW_LASTNAME}`}
      />,
    );
    expectIsolated(screen.getByRole('heading', { level: 2 }), `${ARABIC_NAME} ${HEBREW_LASTNAME}`);
  });
});

describe('given a server that answers the account creation with a first name carrying an override', () => {
  it('the form’s hand-off isolates the name the server sent', async () => {
    const sandbox = createSandbox();
    // A hostile (or broken) server: the created child's first name is not what was typed.
    const fetcher: Fetcher = async (input, init) => {
      const response = await sandbox.fetcher(input, init);
      if (!input.endsWith('/api/account')) return response;
      const body = await response.json();
      body.entity.firstName = OVERRIDE_NAME;
      return new Response(JSON.stringify(body), { status: response.status, headers: response.headers });
    };
    const { user } = withSandbox(<AddChildForm parentEmail={SANDBOX_EMAILS.adultWithoutChild} />, fetcher);
    await user.type(screen.getByRole('textbox', { name: 'First name' }), 'Lucia');
    await user.type(screen.getByRole('textbox', { name: 'Username' }), 'lucia_2016');
    await user.type(screen.getByRole('textbox', { name: 'Day' }), '7');
    await user.type(screen.getByRole('textbox', { name: 'Month' }), '3');
    await user.type(screen.getByRole('textbox', { name: 'Year' }), '2016');
    await user.click(screen.getByRole('button', { name: 'Add child' }));
    const heading = await screen.findByRole('heading', { name: /the parent needs to give consent/ });
    expectIsolated(heading, OVERRIDE_NAME);
    expect(within(heading).getByText(OVERRIDE_NAME).tagName).toBe('BDI');
  });
});
