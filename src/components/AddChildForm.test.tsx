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
      expect(field.firstName()).toBeTruthy();
      expect(field.userName()).toBeTruthy();
      expect(field.email()).toBeTruthy();
      expect(field.gender()).toBeTruthy();
      expect(field.parentEmail()).toBeTruthy();
      expect(field.submit()).toBeTruthy();
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
          name: 'Account created for Lucía: a parent needs to give consent',
        });
        expect(document.activeElement).toBe(heading);
        const link = screen.getByRole('link', {
          name: 'Open the parental consent page (opens in a new tab)',
        });
        expect(link.getAttribute('href')).toBe('https://consent.example.com/approve?t=abc');
        expect(link.getAttribute('target')).toBe('_blank');
        expect(link.getAttribute('rel')).toBe('noopener noreferrer');
        expect(await screen.findByRole('img', { name: 'QR code of the consent link' })).toBeTruthy();
        expect(screen.getByText('Consent pending')).toBeTruthy();
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
        expect(
          screen.getByText(
            (_, element) =>
              element?.tagName === 'P' &&
              element.textContent ===
                'The parent will receive an email at ana@example.com with a link to give consent.',
          ),
        ).toBeTruthy();
      });

      it('then offers "Resend to parent" for the created child, with a cooldown', async () => {
        const { fetcher, requests } = manualFetcher();
        const { user } = renderForm({}, { fetcher });
        await fillValid(user);
        await user.click(field.submit());
        await settle(() => requests[0]?.resolve(created()));
        const resend = screen.getByRole('button', { name: 'Resend to parent' });
        await user.click(resend);
        expect(requests[1]?.url).toBe('/api/privo/api/consent/resend?requesterServiceId=child-1');
        expect(requests[1]?.init.method).toBe('GET');
        await act(async () => requests[1]?.resolve(json({ status: 'success', message: null })));
        expect(await screen.findByText('We asked for the consent email to be sent again.')).toBeTruthy();
        expect(resend.getAttribute('aria-disabled')).toBe('true');
      });

      it('then "Add another child" starts over with an empty form and focus on the first field', async () => {
        const { fetcher, requests } = manualFetcher();
        const { user } = renderForm({}, { fetcher });
        await fillValid(user);
        await user.click(field.submit());
        await settle(() => requests[0]?.resolve(created()));
        await user.click(screen.getByRole('button', { name: 'Add another child' }));
        expect((field.firstName() as HTMLInputElement).value).toBe('');
        expect(document.activeElement).toBe(field.firstName());
        expect(field.firstName().getAttribute('aria-invalid')).toBeNull();
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
        expect(screen.getByRole('link', { name: /parental consent/ })).toBeTruthy();
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
        'a conflict (208: the adult already has children)',
        () => json({ status: 'failure', entity: null }, 208),
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
        expect(within(alert).getByText(message)).toBeTruthy();
        if (reference) expect(within(alert).getByText(reference)).toBeTruthy();
        expect((field.firstName() as HTMLInputElement).value).toBe('Lucía');
        expect((field.parentEmail() as HTMLInputElement).value).toBe('ana@example.com');
        await user.click(within(alert).getByRole('button', { name: 'Try again' }));
        expect(requests).toHaveLength(2);
        expect(requests[1]?.body).toEqual(requests[0]?.body);
      },
    );

    it('says the account may have been created when the connection was lost, without retrying by itself', async () => {
      const { fetcher, requests } = manualFetcher();
      const { user } = renderForm({}, { fetcher });
      await fillValid(user);
      await user.click(field.submit());
      await settle(() => requests[0]?.reject(new TypeError('Failed to fetch')));
      expect(
        within(screen.getByRole('alert')).getByText(/may have been created: check before trying again/),
      ).toBeTruthy();
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
      expect(await screen.findByText(/may have been created/)).toBeTruthy();
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
      expect(within(alert).getByText('Too many attempts. Please try again in 30 seconds.')).toBeTruthy();
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
      expect(
        within(alert).getByText('You are offline. We will let you retry when the connection is back.'),
      ).toBeTruthy();
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
      expect(
        within(screen.getByRole('alert')).getByText(
          "Parent's email: Enter an email address like name@example.com.",
        ),
      ).toBeTruthy();
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
