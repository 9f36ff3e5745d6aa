import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { KinshipProvider } from '../hooks/KinshipProvider.js';
import { es } from '../locales/es.js';
import { ptBR } from '../locales/pt-BR.js';
import { AddChildForm, type AddChildFormProps } from './AddChildForm.js';

// The languages these tests show, as a host imports them.
const CATALOGUES = [es, ptBR];

interface PendingRequest {
  url: string;
  init: RequestInit;
  body: Record<string, unknown> | undefined;
  resolve: (response: Response) => void;
  reject: (error: unknown) => void;
}

/** A fetcher whose answers the test gives by hand. */
function manualFetcher() {
  const requests: PendingRequest[] = [];
  const fetcher = vi.fn(
    (url: string, init: RequestInit) =>
      new Promise<Response>((resolve, reject) => {
        requests.push({
          url,
          init,
          body: init.body ? JSON.parse(String(init.body)) : undefined,
          resolve,
          reject,
        });
      }),
  );
  return { fetcher, requests };
}

function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });
}

function created(consentUrl: unknown = 'https://consent.example.com/approve?t=abc'): Response {
  return json({
    validationErrors: [0],
    status: 'success',
    message: null,
    resultCount: 1,
    totalCount: 1,
    entity: { serviceId: 'child-1', firstName: 'Lucía', active: false, consentUrl },
  });
}

function renderForm(
  props: AddChildFormProps = {},
  {
    locale = 'en',
    fetcher = manualFetcher().fetcher,
  }: { locale?: string; fetcher?: ReturnType<typeof manualFetcher>['fetcher'] } = {},
) {
  const user = userEvent.setup({ delay: null });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <KinshipProvider privo={{ baseUrl: '/api/privo', fetcher }} locale={locale} catalogues={CATALOGUES}>
      {children}
    </KinshipProvider>
  );
  const view = render(<AddChildForm {...props} />, { wrapper });
  return { user, ...view };
}

/** Gives the pending request its answer, then waits until the form has taken it in. */
async function settle(answer: () => void) {
  await act(async () => answer());
  await waitFor(() =>
    expect(document.querySelector('.kinship-AddChildForm[data-status="pending"]')).toBeNull(),
  );
}

/** The text of the elements an element's `aria-describedby` points at. */
function description(element: HTMLElement): string {
  const ids = element.getAttribute('aria-describedby')?.split(/\s+/).filter(Boolean) ?? [];
  return ids.map((id) => document.getElementById(id)?.textContent ?? `<missing #${id}>`).join(' ');
}

const field = {
  firstName: () => screen.getByRole('textbox', { name: 'First name' }),
  userName: () => screen.getByRole('textbox', { name: 'Username' }),
  day: () => screen.getByRole('textbox', { name: 'Day' }),
  month: () => screen.getByRole('textbox', { name: 'Month' }),
  year: () => screen.getByRole('textbox', { name: 'Year' }),
  email: () => screen.getByRole('textbox', { name: "Child's email" }),
  parentEmail: () => screen.getByRole('textbox', { name: "Parent's email" }),
  gender: () => screen.getByRole('combobox', { name: 'Gender' }),
  submit: () => screen.getByRole('button', { name: 'Add child' }),
};

async function fillValid(user: ReturnType<typeof userEvent.setup>, { parentEmail = true } = {}) {
  await user.type(field.firstName(), 'Lucía');
  await user.type(field.userName(), 'lucia_2015');
  await user.type(field.day(), '7');
  await user.type(field.month(), '3');
  await user.type(field.year(), '2015');
  if (parentEmail) await user.type(field.parentEmail(), 'ana@example.com');
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('AddChildForm', () => {
  describe('given the default configuration', () => {
    it('asks with the catalogue’s English names, the date as a free-entry fieldset, and no last name', () => {
      renderForm();
      const date = screen.getByRole('group', { name: 'Date of birth' });
      expect(
        within(date)
          .getAllByRole('textbox')
          .map((input) => input.getAttribute('aria-label') ?? input.id),
      ).toHaveLength(3);
      for (const input of within(date).getAllByRole('textbox')) {
        expect(input.getAttribute('inputmode')).toBe('numeric');
        expect(input.tagName).toBe('INPUT');
      }
      expect(field.firstName().getAttribute('type')).toBe('text');
      expect(field.userName().getAttribute('type')).toBe('text');
      expect(field.email().getAttribute('type')).toBe('email');
      expect(field.gender().tagName).toBe('SELECT');
      expect(field.parentEmail().getAttribute('type')).toBe('email');
      expect(field.submit().getAttribute('type')).toBe('submit');
      expect(screen.queryByRole('textbox', { name: 'Last name' })).toBeNull();
      // Neutral age screen: no select of years, no list of any kind inside the date.
      expect(within(date).queryByRole('combobox')).toBeNull();
      expect(within(date).queryByRole('listbox')).toBeNull();
    });

    it('marks optional fields without changing their names, and required ones as required', () => {
      renderForm();
      expect(description(field.email())).toBe('(optional)');
      expect(description(field.gender())).toBe('(optional)');
      expect((field.email() as HTMLInputElement).required).toBe(false);
      expect((field.firstName() as HTMLInputElement).required).toBe(true);
      expect((field.parentEmail() as HTMLInputElement).required).toBe(true);
    });

    it('offers gender with a "Prefer not to say" choice and nothing pre-selected', () => {
      renderForm();
      const gender = field.gender() as HTMLSelectElement;
      expect(gender.value).toBe('');
      expect(
        within(gender)
          .getAllByRole('option')
          .map((option) => option.textContent),
      ).toEqual(['Prefer not to say', 'Female', 'Male']);
      expect(screen.queryAllByRole('checkbox')).toHaveLength(0);
    });
  });

  describe('given a locale', () => {
    it.each([
      ['en', ['Month', 'Day', 'Year']],
      ['es', ['Día', 'Mes', 'Año']],
      ['pt-BR', ['Dia', 'Mês', 'Ano']],
    ])('when rendered in %s it orders the date inputs as %j', (locale, expected) => {
      renderForm({}, { locale });
      const date = screen.getAllByRole('group')[0]!;
      const labels = within(date)
        .getAllByRole('textbox')
        .map((input) => document.querySelector(`label[for="${input.id}"]`)?.textContent);
      expect(labels).toEqual(expected);
    });
  });

  describe('given a field the user leaves', () => {
    describe('when it is empty and required', () => {
      it('shows the error on that field only, referenced by aria-describedby', async () => {
        const { user } = renderForm();
        await user.click(field.firstName());
        expect(field.firstName().getAttribute('aria-invalid')).toBeNull();
        await user.tab();
        expect(field.firstName().getAttribute('aria-invalid')).toBe('true');
        expect(description(field.firstName())).toBe('This field is required.');
        expect(field.userName().getAttribute('aria-invalid')).toBeNull();
      });
    });

    describe('when the user moves between day, month and year', () => {
      it('waits until focus leaves the date of birth before judging it', async () => {
        const { user } = renderForm();
        await user.type(field.month(), '3');
        await user.tab();
        expect(field.day()).toBe(document.activeElement);
        expect(field.month().getAttribute('aria-invalid')).toBeNull();
        await user.tab();
        await user.tab();
        for (const input of [field.day(), field.month(), field.year()]) {
          expect(input.getAttribute('aria-invalid')).toBe('true');
          expect(description(input)).toBe('Enter the day, month and year as numbers.');
        }
      });
    });

    describe('when the error is fixed', () => {
      it('clears the error as the user types', async () => {
        const { user } = renderForm();
        await user.type(field.userName(), 'al');
        await user.tab();
        expect(description(field.userName())).toBe('Use 3 to 20 letters, numbers or underscores.');
        await user.type(field.userName(), 'ba');
        expect(field.userName().getAttribute('aria-invalid')).toBeNull();
        expect(description(field.userName())).toBe('');
      });
    });
  });

  describe('given an incomplete form', () => {
    describe('when the user submits', () => {
      it('shows every error, moves focus to the first invalid field, and sends nothing', async () => {
        const { fetcher } = manualFetcher();
        const { user } = renderForm({}, { fetcher });
        await user.click(field.submit());
        expect(document.activeElement).toBe(field.firstName());
        for (const input of [field.firstName(), field.userName(), field.month(), field.parentEmail()]) {
          expect(input.getAttribute('aria-invalid')).toBe('true');
        }
        expect(description(field.parentEmail())).toBe('This field is required.');
        expect(field.email().getAttribute('aria-invalid')).toBeNull();
        expect(fetcher).not.toHaveBeenCalled();
      });

      it('moves focus to the first date input when only the date is wrong', async () => {
        const { user } = renderForm();
        await fillValid(user);
        await user.clear(field.year());
        await user.type(field.year(), '2099');
        await user.click(field.submit());
        expect(document.activeElement).toBe(field.month());
        expect(description(field.month())).toBe('The date of birth cannot be in the future.');
      });
    });
  });

  describe('given a valid form', () => {
    describe('when the user submits', () => {
      it('sends the trimmed values with the date as YYYYMMDD and leaves out empty optional fields', async () => {
        const { fetcher, requests } = manualFetcher();
        const { user } = renderForm({}, { fetcher });
        await fillValid(user);
        await user.click(field.submit());
        expect(requests).toHaveLength(1);
        expect(requests[0]?.url).toBe('/api/privo/api/account');
        expect(requests[0]?.body).toEqual({
          firstName: 'Lucía',
          userName: 'lucia_2015',
          birthDate_YYYYMMDD: '20150307',
          parentEmail: 'ana@example.com',
        });
      });

      it('is busy and inert while pending, keeps the values, and sends one request for clicks and Enter repeats', async () => {
        const { fetcher, requests } = manualFetcher();
        const { user } = renderForm({}, { fetcher });
        await fillValid(user);
        await user.dblClick(field.submit());
        await user.click(field.submit());
        await user.type(field.parentEmail(), '{Enter}{Enter}{Enter}');
        expect(fetcher).toHaveBeenCalledTimes(1);
        expect(requests).toHaveLength(1);
        const submit = field.submit();
        expect(submit.getAttribute('aria-busy')).toBe('true');
        expect(submit.getAttribute('aria-disabled')).toBe('true');
        expect((submit as HTMLButtonElement).disabled).toBe(false);
        expect(screen.getByRole('status').textContent).toBe('Adding the child…');
        expect((field.firstName() as HTMLInputElement).value).toBe('Lucía');
        expect((field.year() as HTMLInputElement).value).toBe('2015');
      });

      it('then shows the consent hand-off with focus on its heading and calls onCreated', async () => {
        const { fetcher, requests } = manualFetcher();
        const onCreated = vi.fn();
        const { user } = renderForm({ onCreated }, { fetcher });
        await fillValid(user);
        await user.click(field.submit());
        await settle(() => requests[0]?.resolve(created()));
        const heading = screen.getByRole('heading', {
          name: 'Account created for Lucía: the parent needs to give consent',
        });
        expect(document.activeElement).toBe(heading);
        const link = screen.getByRole('link', {
          name: 'Open the consent page (opens in a new tab)',
        });
        expect(link.getAttribute('href')).toBe('https://consent.example.com/approve?t=abc');
        expect(link.getAttribute('target')).toBe('_blank');
        expect(link.getAttribute('rel')).toBe('noopener noreferrer');
        const qr = await screen.findByRole('img', { name: 'QR code of the consent link' });
        expect(qr.querySelector('path')?.getAttribute('d')).toMatch(/^M/);
        expect(screen.getByText('Consent pending').dataset.status).toBe('pending');
        expect(onCreated).toHaveBeenCalledWith(
          expect.objectContaining({ consentUrl: 'https://consent.example.com/approve?t=abc' }),
        );
        expect(screen.queryByRole('button', { name: 'Add child' })).toBeNull();
      });

      it('then without a safe consent link says the parent will receive an email, and renders no link', async () => {
        const { fetcher, requests } = manualFetcher();
        const { user } = renderForm({}, { fetcher });
        await fillValid(user);
        await user.click(field.submit());
        await settle(() => requests[0]?.resolve(created('JavaScript:alert(1)')));
        expect(screen.queryByRole('link')).toBeNull();
        expect(screen.queryByRole('img')).toBeNull();
        expect(screen.getByRole('heading', { level: 2 }).parentElement?.textContent).toContain(
          'The parent will receive an email at ana@example.com with a link to give consent.',
        );
      });

      it('then offers "Resend to parent" for the created child, with a cooldown', async () => {
        const { fetcher, requests } = manualFetcher();
        const { user } = renderForm({}, { fetcher });
        await fillValid(user);
        await user.click(field.submit());
        await settle(() => requests[0]?.resolve(created()));
        const resend = screen.getByRole('button', { name: 'Resend to parent' });
        await user.click(resend);
        // PRIVO needs the child and the parent: the child's service id with the parent's email.
        expect(requests[1]?.url).toBe(
          '/api/privo/api/consent/resend?requesterServiceId=child-1&email=ana%40example.com',
        );
        expect(requests[1]?.init.method).toBe('GET');
        await act(async () => requests[1]?.resolve(json({ status: 'success', message: null })));
        expect((await screen.findByText('We asked PRIVO to resend the consent email.')).tagName).toBe(
          'OUTPUT',
        );
        expect(resend.getAttribute('aria-disabled')).toBe('true');
      });

      it('then says where a further child of this parent is added, and offers a form for another parent only', async () => {
        const { fetcher, requests } = manualFetcher();
        const { user } = renderForm({}, { fetcher });
        await fillValid(user);
        await user.click(field.submit());
        await settle(() => requests[0]?.resolve(created()));
        expect(
          screen.getByText(
            'To add another child for this parent, the parent can use their own PRIVO account.',
          ),
        ).toBeTruthy();
        expect(screen.queryByRole('button', { name: 'Add another child' })).toBeNull();
        await user.click(screen.getByRole('button', { name: 'Add a child for another parent' }));
        expect((field.firstName() as HTMLInputElement).value).toBe('');
        // The parent's email starts empty too: the next child belongs to another parent.
        expect((field.parentEmail() as HTMLInputElement).value).toBe('');
        expect(document.activeElement).toBe(field.firstName());
        expect(field.firstName().getAttribute('aria-invalid')).toBeNull();
      });

      it("then, with a host-given parent email, offers no new form (it could only meet PRIVO's 208) but the parent's account", async () => {
        const { fetcher, requests } = manualFetcher();
        const { user } = renderForm(
          { parentEmail: 'host@example.com', parentAccountUrl: 'https://privo.example/account' },
          { fetcher },
        );
        await fillValid(user, { parentEmail: false });
        await user.click(field.submit());
        await settle(() => requests[0]?.resolve(created()));
        expect(screen.queryByRole('button', { name: 'Add a child for another parent' })).toBeNull();
        expect(screen.queryByRole('button', { name: 'Add another child' })).toBeNull();
        const link = screen.getByRole('link', {
          name: "Open the parent's PRIVO account (opens in a new tab)",
        });
        expect(link.getAttribute('href')).toBe('https://privo.example/account');
        expect(link.getAttribute('target')).toBe('_blank');
        expect(link.getAttribute('rel')).toBe('noopener noreferrer');
      });

      it('survives an onCreated that throws', async () => {
        const { fetcher, requests } = manualFetcher();
        const report = vi.fn();
        vi.stubGlobal('reportError', report);
        const { user } = renderForm(
          {
            onCreated: () => {
              throw new Error('host bug');
            },
          },
          { fetcher },
        );
        await fillValid(user);
        await user.click(field.submit());
        await settle(() => requests[0]?.resolve(created()));
        expect(screen.getByRole('link', { name: /consent page/ }).getAttribute('href')).toBe(
          'https://consent.example.com/approve?t=abc',
        );
        expect(report).toHaveBeenCalledWith(expect.objectContaining({ message: 'host bug' }));
        vi.unstubAllGlobals();
      });
    });
  });

  describe('given field errors from the server', () => {
    describe('when the answer arrives', () => {
      it('shows them on their fields, moves focus to the first, keeps the values, and shows no alert', async () => {
        const { fetcher, requests } = manualFetcher();
        const { user } = renderForm({}, { fetcher });
        await fillValid(user);
        await user.click(field.submit());
        await settle(() =>
          requests[0]?.resolve(
            json(
              {
                status: 'failure',
                entity: null,
                validationErrors: [
                  { field: 'userName', message: 'User name already in use' },
                  { field: 'birthDate_YYYYMMDD', message: 'Age not allowed for this partner' },
                ],
              },
              400,
            ),
          ),
        );
        expect(field.userName().getAttribute('aria-invalid')).toBe('true');
        expect(description(field.userName())).toBe('This is already in use. Try another one.');
        expect(description(field.month())).toBe('Age not allowed for this partner');
        expect(document.activeElement).toBe(field.userName());
        expect((field.userName() as HTMLInputElement).value).toBe('lucia_2015');
        expect(screen.getByRole('alert').textContent).toBe('');
      });

      it('clears a field’s server error when the user edits that field', async () => {
        const { fetcher, requests } = manualFetcher();
        const { user } = renderForm({}, { fetcher });
        await fillValid(user);
        await user.click(field.submit());
        await settle(() =>
          requests[0]?.resolve(
            json(
              { status: 'failure', validationErrors: [{ field: 'userName', message: 'already taken' }] },
              400,
            ),
          ),
        );
        await user.type(field.userName(), '2');
        expect(field.userName().getAttribute('aria-invalid')).toBeNull();
      });
    });
  });

  describe('given a failure that is not about a field', () => {
    it.each([
      [
        'a server error',
        () => json({ status: 500, code: '01', type: 'serverError', traceId: 'tr-42' }, 500),
        'The service is having trouble. Please try again.',
        'Reference: tr-42',
      ],
      [
        'a conflict (409)',
        () => json({ status: 'failure', entity: null }, 409),
        'This was already done, or the details are already in use.',
        null,
      ],
      [
        'a refused session',
        () => json({ message: 'Forbidden' }, 403),
        'You are not allowed to do this. Sign in again or ask an administrator.',
        null,
      ],
      [
        'an unknown parent',
        () => json({ message: 'Not found' }, 404),
        'We could not find that person or account.',
        null,
      ],
      [
        'an unreadable answer',
        () => new Response('<html>oops</html>', { status: 200 }),
        'The service sent an answer we could not read. Please try again.',
        null,
      ],
    ])(
      'shows %s in the alert with a retry, and keeps every value',
      async (_title, answer, message, reference) => {
        const { fetcher, requests } = manualFetcher();
        const { user } = renderForm({}, { fetcher });
        await fillValid(user);
        await user.click(field.submit());
        await settle(() => requests[0]?.resolve(answer()));
        const alert = screen.getByRole('alert');
        expect(alert.textContent).toContain(message);
        if (reference) expect(alert.textContent).toContain(reference);
        expect((field.firstName() as HTMLInputElement).value).toBe('Lucía');
        expect((field.parentEmail() as HTMLInputElement).value).toBe('ana@example.com');
        await user.click(within(alert).getByRole('button', { name: 'Try again' }));
        expect(requests).toHaveLength(2);
        expect(requests[1]?.body).toEqual(requests[0]?.body);
      },
    );

    describe('when PRIVO answers 208 (the adult already has children)', () => {
      const secondChild = () =>
        json(
          {
            validationErrors: [],
            status: 'failure',
            message: 'The adult already has a child account',
            entity: null,
          },
          208,
        );

      it("says what the parent can do next, links the parent's PRIVO account, and offers no retry", async () => {
        const { fetcher, requests } = manualFetcher();
        const { user } = renderForm({ parentAccountUrl: 'https://privo.example/account' }, { fetcher });
        await fillValid(user);
        await user.click(field.submit());
        await settle(() => requests[0]?.resolve(secondChild()));
        const alert = screen.getByRole('alert');
        expect(alert.getAttribute('data-kind')).toBe('conflict');
        expect(alert.getAttribute('data-reason')).toBe('adult-has-children');
        expect(
          within(alert).getByText(
            'This parent already has a child account at PRIVO, so another child cannot be added here. The parent can add more children from their own PRIVO account.',
          ),
        ).toBeTruthy();
        expect(within(alert).queryByRole('button')).toBeNull();
        expect(screen.queryByText('This was already done, or the details are already in use.')).toBeNull();
        const link = within(alert).getByRole('link', {
          name: "Open the parent's PRIVO account (opens in a new tab)",
        });
        expect(link.getAttribute('href')).toBe('https://privo.example/account');
        expect(link.getAttribute('target')).toBe('_blank');
        expect((field.firstName() as HTMLInputElement).value).toBe('Lucía');
        expect(requests).toHaveLength(1);
      });

      it.each([['javascript:alert(1)'], ['/relative/account'], ['data:text/html,x'], ['']])(
        'renders no link for parentAccountUrl %j, only the explanation',
        async (parentAccountUrl) => {
          const { fetcher, requests } = manualFetcher();
          const { user } = renderForm({ parentAccountUrl }, { fetcher });
          await fillValid(user);
          await user.click(field.submit());
          await settle(() => requests[0]?.resolve(secondChild()));
          const alert = screen.getByRole('alert');
          expect(alert.textContent).toContain(
            'The parent can add more children from their own PRIVO account.',
          );
          expect(within(alert).queryByRole('link')).toBeNull();
          expect(within(alert).queryByRole('button')).toBeNull();
        },
      );

      it('lets the user send the child for another parent instead (no retry loop)', async () => {
        const { fetcher, requests } = manualFetcher();
        const { user } = renderForm({}, { fetcher });
        await fillValid(user);
        await user.click(field.submit());
        await settle(() => requests[0]?.resolve(secondChild()));
        await user.clear(field.parentEmail());
        await user.type(field.parentEmail(), 'other.parent@example.com');
        await user.click(field.submit());
        expect(requests).toHaveLength(2);
        expect(requests[1]?.body).toMatchObject({ parentEmail: 'other.parent@example.com' });
      });
    });

    describe('when PRIVO answers 412 (email in use) without naming a field', () => {
      it('puts "already in use" on the child\'s email, moves focus there, and shows no alert', async () => {
        const { fetcher, requests } = manualFetcher();
        const { user } = renderForm({}, { fetcher });
        await fillValid(user);
        await user.type(field.email(), 'taken.kid@example.com');
        await user.click(field.submit());
        await settle(() =>
          requests[0]?.resolve(
            json({ status: 'failure', message: 'Email already in use', entity: null }, 412),
          ),
        );
        expect(field.email().getAttribute('aria-invalid')).toBe('true');
        expect(description(field.email())).toContain('This is already in use. Try another one.');
        expect(document.activeElement).toBe(field.email());
        expect(screen.getByRole('alert').textContent).toBe('');
        expect((field.email() as HTMLInputElement).value).toBe('taken.kid@example.com');
      });
    });

    describe('when the server names a field like an Object member', () => {
      it.each([['constructor'], ['__proto__'], ['toString'], ['hasOwnProperty']])(
        'lists the message for %s in the alert without crashing',
        async (name) => {
          const { fetcher, requests } = manualFetcher();
          const { user } = renderForm({}, { fetcher });
          await fillValid(user);
          await user.click(field.submit());
          await settle(() =>
            requests[0]?.resolve(
              json(
                {
                  status: 'failure',
                  entity: null,
                  validationErrors: [{ field: name, message: `${name} is not allowed here` }],
                },
                400,
              ),
            ),
          );
          const alert = screen.getByRole('alert');
          expect(alert.getAttribute('data-kind')).toBe('validation');
          expect(within(alert).getByText(`${name} is not allowed here`)).toBeTruthy();
          expect((field.firstName() as HTMLInputElement).value).toBe('Lucía');
        },
      );
    });

    it('says the account may have been created when the connection was lost, without retrying by itself', async () => {
      const { fetcher, requests } = manualFetcher();
      const { user } = renderForm({}, { fetcher });
      await fillValid(user);
      await user.click(field.submit());
      await settle(() => requests[0]?.reject(new TypeError('Failed to fetch')));
      expect(screen.getByRole('alert').textContent).toMatch(
        /may have been created: check before trying again/,
      );
      expect(fetcher).toHaveBeenCalledTimes(1);
      expect((field.userName() as HTMLInputElement).value).toBe('lucia_2015');
    });

    it('says the account may have been created after a timeout', async () => {
      const fetcher = vi.fn((_url: string, init: RequestInit) => {
        return new Promise<Response>((_resolve, reject) => {
          init.signal?.addEventListener('abort', () => reject(init.signal?.reason));
        });
      });
      const user = userEvent.setup({ delay: null });
      render(
        <KinshipProvider privo={{ baseUrl: '/api/privo', fetcher, timeoutMs: 30 }}>
          <AddChildForm />
        </KinshipProvider>,
      );
      await fillValid(user);
      await user.click(field.submit());
      await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/may have been created/));
      expect(screen.getByRole('alert').getAttribute('data-kind')).toBe('timeout');
      expect(fetcher).toHaveBeenCalledTimes(1);
    });

    it('shows the wait a rate limit asks for and holds the retry until then', async () => {
      const { fetcher, requests } = manualFetcher();
      const { user } = renderForm({}, { fetcher });
      await fillValid(user);
      await user.click(field.submit());
      await settle(() =>
        requests[0]?.resolve(json({ status: 429, type: 'tooManyRequests' }, 429, { 'retry-after': '30' })),
      );
      const alert = screen.getByRole('alert');
      expect(alert.textContent).toContain('Too many attempts. Please try again in 30 seconds.');
      const retry = within(alert).getByRole('button', { name: 'Try again' });
      expect(retry.getAttribute('aria-disabled')).toBe('true');
      await user.click(retry);
      expect(requests).toHaveLength(1);
    });
  });

  describe('given the browser is offline', () => {
    it('says so without sending, and its retry is unavailable until the browser is back online', async () => {
      const { fetcher, requests } = manualFetcher();
      const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
      const { user } = renderForm({}, { fetcher });
      await fillValid(user);
      await user.click(field.submit());
      const alert = screen.getByRole('alert');
      expect(alert.textContent).toContain('You are offline. You can try again when the connection is back.');
      expect(within(alert).queryByText(/may have been created/)).toBeNull();
      const retry = within(alert).getByRole('button', { name: 'Try again' });
      expect(retry.getAttribute('aria-disabled')).toBe('true');
      await user.click(retry);
      expect(requests).toHaveLength(0);
      onLine.mockReturnValue(true);
      act(() => {
        window.dispatchEvent(new Event('online'));
      });
      expect(retry.getAttribute('aria-disabled')).toBeNull();
      await user.click(retry);
      expect(requests).toHaveLength(1);
      expect((field.firstName() as HTMLInputElement).value).toBe('Lucía');
    });
  });

  describe('given a host-given parent email', () => {
    it('does not ask for it and sends it', async () => {
      const { fetcher, requests } = manualFetcher();
      const { user } = renderForm({ parentEmail: 'host@example.com' }, { fetcher });
      expect(screen.queryByRole('textbox', { name: "Parent's email" })).toBeNull();
      await fillValid(user, { parentEmail: false });
      await user.click(field.submit());
      expect(requests[0]?.body).toMatchObject({ parentEmail: 'host@example.com' });
    });

    it('reports an invalid one in the alert, since there is no field to show it on', async () => {
      const { fetcher } = manualFetcher();
      const { user } = renderForm({ parentEmail: 'not-an-email' }, { fetcher });
      await fillValid(user, { parentEmail: false });
      await user.click(field.submit());
      expect(screen.getByRole('alert').textContent).toContain(
        "Parent's email: Enter an email address like name@example.com.",
      );
      expect(fetcher).not.toHaveBeenCalled();
    });
  });

  describe('given the age asked as a role', () => {
    const roles = [
      { identifier: 'CHILD', label: 'Child' },
      { identifier: 'TEEN', label: 'Teen' },
    ];

    it('offers the roles as a radio group with nothing chosen, and sends the chosen role instead of a date', async () => {
      const { fetcher, requests } = manualFetcher();
      const { user } = renderForm({ ageInput: 'role', roles }, { fetcher });
      const group = screen.getByRole('radiogroup', { name: 'Age group' });
      expect(screen.queryByRole('group', { name: 'Date of birth' })).toBeNull();
      expect(
        within(group)
          .getAllByRole('radio')
          .every((radio) => !(radio as HTMLInputElement).checked),
      ).toBe(true);
      await user.type(field.firstName(), 'Lucía');
      await user.type(field.userName(), 'lucia_2015');
      await user.type(field.parentEmail(), 'ana@example.com');
      await user.click(field.submit());
      expect(group.getAttribute('aria-invalid')).toBe('true');
      expect(description(group)).toBe('This field is required.');
      expect(document.activeElement).toBe(screen.getByRole('radio', { name: 'Child' }));
      await user.click(screen.getByRole('radio', { name: 'Teen' }));
      await user.click(field.submit());
      expect(requests[0]?.body).toEqual({
        firstName: 'Lucía',
        userName: 'lucia_2015',
        roleIdentifier: 'TEEN',
        parentEmail: 'ana@example.com',
      });
    });
  });

  describe('given every field required', () => {
    it('asks the last name too, requires email and gender, and sends them', async () => {
      const { fetcher, requests } = manualFetcher();
      const { user } = renderForm(
        {
          fields: {
            firstName: 'required',
            userName: 'required',
            lastName: 'required',
            email: 'required',
            gender: 'required',
          },
        },
        { fetcher },
      );
      const lastName = screen.getByRole('textbox', { name: 'Last name' });
      expect(within(field.gender()).getAllByRole('option')[0]?.textContent).toBe('Choose one');
      await fillValid(user);
      await user.click(field.submit());
      expect(lastName.getAttribute('aria-invalid')).toBe('true');
      expect(description(field.email())).toBe('This field is required.');
      expect(description(field.gender())).toBe('This field is required.');
      expect(document.activeElement).toBe(lastName);
      await user.type(lastName, 'Pérez');
      await user.type(field.email(), 'lucia@example.com');
      await user.selectOptions(field.gender(), 'Female');
      await user.click(field.submit());
      expect(requests[0]?.body).toMatchObject({
        lastName: 'Pérez',
        email: 'lucia@example.com',
        gender: 'Female',
      });
    });

    it('with hidden fields neither asks nor sends them', async () => {
      const { fetcher, requests } = manualFetcher();
      const { user } = renderForm({ fields: { email: 'hidden', gender: 'hidden' } }, { fetcher });
      expect(screen.queryByRole('textbox', { name: "Child's email" })).toBeNull();
      expect(screen.queryByRole('combobox', { name: 'Gender' })).toBeNull();
      await fillValid(user);
      await user.click(field.submit());
      expect(Object.keys(requests[0]?.body ?? {}).sort()).toEqual([
        'birthDate_YYYYMMDD',
        'firstName',
        'parentEmail',
        'userName',
      ]);
    });
  });

  describe('given class names', () => {
    it('adds slots after the kit’s, and unstyled drops the kit’s but keeps data attributes', () => {
      const { container, rerender } = renderForm({
        className: 'host',
        classNames: { submit: 'host-submit' },
      });
      const root = container.firstElementChild as HTMLElement;
      expect(root.className).toBe('kinship-AddChildForm host');
      expect(field.submit().className).toBe('kinship-AddChildForm-submit host-submit');
      rerender(<AddChildForm unstyled className="host" classNames={{ submit: 'host-submit' }} />);
      expect((container.firstElementChild as HTMLElement).className).toBe('host');
      expect(field.submit().className).toBe('host-submit');
      expect((container.firstElementChild as HTMLElement).getAttribute('data-status')).toBe('idle');
    });
  });
});
