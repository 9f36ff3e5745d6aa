// What the kit keeps and says about a child: nothing in localStorage, sessionStorage or cookies,
// and nothing typed nor any server answer in the console, on success and on every kind of failure.
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AddChildForm, ChildPicker, KinshipProvider } from '../../src/index.js';
import {
  CONOMY_TRIGGER_IDS,
  createSandbox,
  PRIVO_TRIGGER_EMAILS,
  SANDBOX_EMAILS,
  SANDBOX_IDS,
} from '../../src/sandbox/index.js';

/** What the user types: none of it may leave the page's memory. */
const CHILD = {
  firstName: 'Xiomara',
  userName: 'xiomara_2016',
  email: 'xiomara.secret@example.net',
};

/** Fragments of the two APIs' bodies (requests and answers) that must never be logged. */
const BODY_MARKERS = [
  'validationErrors',
  'consentUrl',
  'sandbox.privo.example',
  'serviceId',
  'birthDate_YYYYMMDD',
  'parentEmail',
  'already in use',
  'alreadyExist',
  'serverError',
  'traceId',
  '<html',
  '<!doctype',
  '"children"',
];

const CONSOLE_METHODS = ['log', 'info', 'debug', 'warn', 'error', 'trace', 'dir', 'table'] as const;

let consoleOutput: string[];
let storage: ReturnType<typeof vi.spyOn>[];
let cookieWrites: ReturnType<typeof vi.spyOn>;
let cookieReads: ReturnType<typeof vi.spyOn>;

function stringify(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value instanceof Error) return `${value.name}: ${value.message} ${String(value.cause ?? '')}`;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
  consoleOutput = [];
  for (const method of CONSOLE_METHODS) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      consoleOutput.push(`console.${method}: ${args.map(stringify).join(' ')}`);
    });
  }
  storage = (['setItem', 'getItem', 'removeItem', 'clear', 'key'] as const).map((method) =>
    vi.spyOn(Storage.prototype, method),
  );
  cookieWrites = vi.spyOn(Document.prototype, 'cookie', 'set');
  cookieReads = vi.spyOn(Document.prototype, 'cookie', 'get');
  // A spy that survived an earlier test (an accessor spy is not always restored) starts from zero.
  for (const spy of [...storage, cookieWrites, cookieReads]) spy.mockClear();
});

afterEach(() => {
  vi.restoreAllMocks();
});

/** Nothing stored, no cookie touched, and no console line carries a typed value or a body. */
function expectNothingKeptOrLogged(typed: readonly string[]) {
  for (const spy of storage) expect(spy, 'Storage was used').not.toHaveBeenCalled();
  expect(localStorage.length).toBe(0);
  expect(sessionStorage.length).toBe(0);
  expect(cookieWrites, 'document.cookie was written').not.toHaveBeenCalled();
  expect(cookieReads, 'document.cookie was read').not.toHaveBeenCalled();
  const leaks = consoleOutput.filter((line) =>
    [...typed, ...BODY_MARKERS].some((secret) => line.toLowerCase().includes(secret.toLowerCase())),
  );
  expect(leaks, `console output:\n${consoleOutput.join('\n')}`).toEqual([]);
}

function setup(children: ReactNode, sandbox = createSandbox(), timeoutMs = 30_000) {
  const user = userEvent.setup({ delay: null });
  render(
    <KinshipProvider
      conomy={{ baseUrl: '/api/conomy', fetcher: sandbox.fetcher }}
      privo={{ baseUrl: '/api/privo', fetcher: sandbox.fetcher, timeoutMs }}
    >
      {children}
    </KinshipProvider>,
  );
  return { user, sandbox };
}

async function fillForm(
  user: ReturnType<typeof userEvent.setup>,
  parentEmail: string,
  userName: string = CHILD.userName,
) {
  await user.type(screen.getByRole('textbox', { name: 'First name' }), CHILD.firstName);
  await user.type(screen.getByRole('textbox', { name: 'Username' }), userName);
  await user.type(screen.getByRole('textbox', { name: 'Day' }), '7');
  await user.type(screen.getByRole('textbox', { name: 'Month' }), '3');
  await user.type(screen.getByRole('textbox', { name: 'Year' }), '2015');
  await user.type(screen.getByRole('textbox', { name: "Child's email" }), CHILD.email);
  await user.type(screen.getByRole('textbox', { name: "Parent's email" }), parentEmail);
  await user.click(screen.getByRole('button', { name: 'Add child' }));
}

describe('given the guard of this file', () => {
  it('fails when something is stored, a cookie is set, or a typed value is logged', () => {
    localStorage.setItem('draft', '1');
    expect(() => expectNothingKeptOrLogged([])).toThrow(/Storage was used/);
    localStorage.clear();
    vi.clearAllMocks();
    // biome-ignore lint/suspicious/noDocumentCookie: the guard must see a real cookie write.
    document.cookie = 'draft=1';
    expect(() => expectNothingKeptOrLogged([])).toThrow(/document.cookie was written/);
    vi.clearAllMocks();
    console.info('created', { firstName: CHILD.firstName });
    expect(() => expectNothingKeptOrLogged([CHILD.firstName])).toThrow(/console output/);
    // biome-ignore lint/suspicious/noDocumentCookie: removes the cookie written above.
    document.cookie = 'draft=; expires=Thu, 01 Jan 1970 00:00:00 GMT';
  });
});

describe('given a parent creating a child account with AddChildForm', () => {
  describe('when the account is created, the consent link copied and the email resent', () => {
    it('stores nothing, sets no cookie and logs nothing typed or received', async () => {
      const { user, sandbox } = setup(<AddChildForm />);
      await fillForm(user, SANDBOX_EMAILS.adultWithoutChild);
      await screen.findByRole('heading', { name: /Xiomara: the parent needs to give consent/ });
      await user.click(screen.getByRole('button', { name: 'Copy link' }));
      await user.click(screen.getByRole('button', { name: 'Resend to parent' }));
      await screen.findByText('We asked PRIVO to resend the consent email.');
      expect(sandbox.requests.map((request) => request.status)).toEqual([200, 200]);
      expectNothingKeptOrLogged([...Object.values(CHILD), SANDBOX_EMAILS.adultWithoutChild]);
    });
  });

  describe.each([
    ['a server error', PRIVO_TRIGGER_EMAILS.serverError, /The service is having trouble/],
    ['an HTML error page', PRIVO_TRIGGER_EMAILS.badGateway, /The service is having trouble/],
    ['a lost connection', PRIVO_TRIGGER_EMAILS.networkError, /may have been created/],
    ['a timeout', PRIVO_TRIGGER_EMAILS.timeout, /may have been created/],
    ['a truncated JSON answer', PRIVO_TRIGGER_EMAILS.invalidResponse, /could not read/],
    ['a rate limit', PRIVO_TRIGGER_EMAILS.rateLimited, /Too many attempts/],
    ['an unknown parent', 'nobody@sandbox.test', /could not find/],
  ])('when the service answers with %s', (_title, parentEmail, message) => {
    it('shows the failure, and stores, sets and logs nothing', async () => {
      // A short timeout only where the sandbox never answers: elsewhere a busy machine could
      // outlast it and turn the expected failure into a timeout.
      const timeoutMs = parentEmail === PRIVO_TRIGGER_EMAILS.timeout ? 300 : 30_000;
      const { user } = setup(<AddChildForm />, createSandbox(), timeoutMs);
      await fillForm(user, parentEmail);
      const alert = await screen.findByRole('alert');
      await waitFor(() => expect(alert.textContent).toMatch(message));
      expectNothingKeptOrLogged([...Object.values(CHILD), parentEmail]);
    });
  });

  describe('when the server rejects fields (its own field errors, or a user name in use)', () => {
    it.each([
      ['invalid fields', PRIVO_TRIGGER_EMAILS.invalidFields, CHILD.userName, 'First name'],
      ['a user name in use', SANDBOX_EMAILS.adultWithoutChild, 'coolkid23', 'Username'],
    ])(
      'with %s, marks the field, and stores, sets and logs nothing',
      async (_title, parentEmail, userName, field) => {
        const { user } = setup(<AddChildForm />);
        await fillForm(user, parentEmail, userName);
        await waitFor(() =>
          expect(screen.getByRole('textbox', { name: field }).getAttribute('aria-invalid')).toBe('true'),
        );
        expectNothingKeptOrLogged([...Object.values(CHILD), parentEmail, userName]);
      },
    );
  });
});

describe('given a parent linking children with ChildPicker', () => {
  const linked = ['José Antonio Núñez Castillo', 'João Pedro Araújo Lima', 'jose.nunez@example.com'];

  describe('when two children are linked', () => {
    it('announces it, and stores, sets and logs nothing', async () => {
      const sandbox = createSandbox();
      const { user } = setup(
        <ChildPicker identityId={SANDBOX_IDS.parentUser} candidates={sandbox.identities} />,
        sandbox,
      );
      const search = screen.getByRole('combobox', { name: 'Children to link' });
      await user.type(search, 'Núñez');
      await user.click(await screen.findByRole('option', { name: /José Antonio Núñez Castillo/ }));
      await user.clear(search);
      await user.type(search, 'Araújo');
      await user.click(await screen.findByRole('option', { name: /João Pedro Araújo Lima/ }));
      await user.click(screen.getByRole('button', { name: 'Link 2 children' }));
      await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^Linked/));
      expectNothingKeptOrLogged([...linked, 'Núñez', 'Araújo']);
    });
  });

  describe.each([
    [
      'a server error (retried, then reported)',
      CONOMY_TRIGGER_IDS.serverError,
      /The service is having trouble/,
    ],
    ['a lost connection', CONOMY_TRIGGER_IDS.networkError, /could not reach the service/],
    ['an HTML login page instead of JSON', CONOMY_TRIGGER_IDS.invalidResponse, /could not read/],
    ['a conflict', CONOMY_TRIGGER_IDS.conflict, /already done/],
  ])('when linking fails with %s', (_title, triggerId, message) => {
    it('shows the failure, and stores, sets and logs nothing', async () => {
      const sandbox = createSandbox({ includeTriggerIdentities: true });
      const { user } = setup(
        <ChildPicker identityId={SANDBOX_IDS.parentUser} candidates={sandbox.identities} />,
        sandbox,
      );
      const search = screen.getByRole('combobox', { name: 'Children to link' });
      await user.type(search, 'Núñez');
      await user.click(await screen.findByRole('option', { name: /José Antonio Núñez Castillo/ }));
      await user.clear(search);
      await user.type(search, triggerId);
      const options = await screen.findAllByRole('option');
      await user.click(options[0] as HTMLElement);
      await user.click(screen.getByRole('button', { name: 'Link 2 children' }));
      const alert = await screen.findByRole('alert');
      expect(alert.textContent).toMatch(message);
      expect(
        within(alert).getByRole('button', { name: 'Try again' }).getAttribute('aria-disabled'),
      ).toBeNull();
      expectNothingKeptOrLogged([...linked, 'Núñez', triggerId]);
    });
  });
});
