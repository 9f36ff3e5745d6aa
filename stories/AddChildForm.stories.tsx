import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { storyKinship } from '../.storybook/kinship.js';
import { AddChildForm, type AddChildFormProps } from '../src/index.js';
import { PRIVO_TRIGGER_EMAILS, SANDBOX_EMAILS } from '../src/sandbox/index.js';

type Canvas = ReturnType<typeof within>;

/** Accessible names per locale (the catalogue's defaults), so play functions read like a user. */
const NAMES = {
  en: {
    firstName: 'First name',
    userName: 'Username',
    day: 'Day',
    month: 'Month',
    year: 'Year',
    parentEmail: "Parent's email",
    submit: 'Add child',
  },
  es: {
    firstName: 'Nombre',
    userName: 'Nombre de usuario',
    day: 'Día',
    month: 'Mes',
    year: 'Año',
    parentEmail: 'Correo del padre o la madre',
    submit: 'Añadir menor',
  },
  'pt-BR': {
    firstName: 'Nome',
    userName: 'Nome de usuário',
    day: 'Dia',
    month: 'Mês',
    year: 'Ano',
    parentEmail: 'E-mail do responsável',
    submit: 'Adicionar criança',
  },
} as const;

interface Child {
  firstName?: string;
  userName?: string;
  day?: string;
  month?: string;
  year?: string;
  /** `null`: the story gives `parentEmail` as a prop, so there is no field. */
  parentEmail?: string | null;
}

/** Types a child's details like a user, field by field. */
async function fillChild(canvas: Canvas, child: Child = {}, locale: keyof typeof NAMES = 'en') {
  const names = NAMES[locale];
  const {
    firstName = 'Lucia',
    userName = 'lucia_2015',
    day = '7',
    month = '3',
    year = '2015',
    parentEmail = SANDBOX_EMAILS.adultWithoutChild,
  } = child;
  await userEvent.type(canvas.getByRole('textbox', { name: names.firstName }), firstName);
  await userEvent.type(canvas.getByRole('textbox', { name: names.userName }), userName);
  await userEvent.type(canvas.getByRole('textbox', { name: names.day }), day);
  await userEvent.type(canvas.getByRole('textbox', { name: names.month }), month);
  await userEvent.type(canvas.getByRole('textbox', { name: names.year }), year);
  if (parentEmail !== null) {
    await userEvent.type(canvas.getByRole('textbox', { name: names.parentEmail }), parentEmail);
  }
}

async function submit(canvas: Canvas, locale: keyof typeof NAMES = 'en') {
  await userEvent.click(canvas.getByRole('button', { name: NAMES[locale].submit }));
}

/** Fills the form with a parent email that makes the sandbox fail, submits, and returns the alert. */
async function submitExpectingAlert(canvas: Canvas, parentEmail: string, message: RegExp | string) {
  await fillChild(canvas, { parentEmail });
  await submit(canvas);
  const alert = canvas.getByRole('alert');
  await waitFor(() => expect(alert).toHaveTextContent(message), { timeout: 5000 });
  // Nothing typed is lost.
  await expect(canvas.getByRole('textbox', { name: 'First name' })).toHaveValue('Lucia');
  await expect(canvas.getByRole('textbox', { name: "Parent's email" })).toHaveValue(parentEmail);
  return alert;
}

const meta = {
  title: 'Components/AddChildForm',
  component: AddChildForm,
  parameters: {
    docs: {
      description: {
        component:
          'Creates a child account at PRIVO: a neutral age screen, only the fields the partner enabled, errors on their fields, then the consent hand-off. Runs on the in-memory sandbox; see docs/form.md.',
      },
    },
  },
  args: {},
} satisfies Meta<typeof AddChildForm>;

export default meta;
type Story = StoryObj<typeof meta>;

/** What a partner gets with no props: first name, username, date of birth, optional gender and email, parent's email. */
export const Default: Story = {
  play: async ({ canvas }) => {
    const date = canvas.getByRole('group', { name: 'Date of birth' });
    const parts = within(date).getAllByRole('textbox');
    // en writes month/day/year; free entry, no select of years.
    await expect(parts.map((input) => input.getAttribute('name'))).toEqual([
      'birthMonth',
      'birthDay',
      'birthYear',
    ]);
    await expect(within(date).queryByRole('combobox')).toBeNull();
    await expect(canvas.getByRole('combobox', { name: 'Gender' })).toHaveValue('');
    await expect(canvas.queryByRole('textbox', { name: 'Last name' })).toBeNull();
    await expect(canvas.queryAllByRole('checkbox')).toHaveLength(0);
  },
};

/** The host knows the parent: the email is sent, not asked. */
export const ParentEmailGiven: Story = {
  args: { parentEmail: SANDBOX_EMAILS.adultWithoutChild },
  play: async ({ canvas, loaded }) => {
    await expect(canvas.queryByRole('textbox', { name: "Parent's email" })).toBeNull();
    await fillChild(canvas, { parentEmail: null });
    await submit(canvas);
    await canvas.findByRole('heading', { name: /a parent needs to give consent/ }, { timeout: 5000 });
    const { requests } = storyKinship({ loaded });
    await expect(requests.at(-1)?.body).toMatchObject({ parentEmail: SANDBOX_EMAILS.adultWithoutChild });
  },
};

/** Partners configured by role instead of birth date: a radio group, nothing chosen. */
export const RoleInput: Story = {
  args: {
    ageInput: 'role',
    roles: [
      { identifier: 'childRole', label: 'Child account' },
      { identifier: 'teenRole', label: 'Teen account' },
    ],
  },
  play: async ({ canvas, loaded }) => {
    const group = canvas.getByRole('radiogroup', { name: 'Age group' });
    await expect(canvas.queryByRole('group', { name: 'Date of birth' })).toBeNull();
    await userEvent.type(canvas.getByRole('textbox', { name: 'First name' }), 'Lucia');
    await userEvent.type(canvas.getByRole('textbox', { name: 'Username' }), 'lucia_2015');
    await userEvent.type(
      canvas.getByRole('textbox', { name: "Parent's email" }),
      SANDBOX_EMAILS.adultWithoutChild,
    );
    await submit(canvas);
    await expect(group).toHaveAttribute('aria-invalid', 'true');
    await expect(canvas.getByRole('radio', { name: 'Child account' })).toHaveFocus();
    await userEvent.click(canvas.getByRole('radio', { name: 'Teen account' }));
    await submit(canvas);
    await canvas.findByRole('link', { name: /parental consent page/ }, { timeout: 5000 });
    const { requests } = storyKinship({ loaded });
    await expect(requests.at(-1)?.body).toMatchObject({ roleIdentifier: 'teenRole' });
    await expect(requests.at(-1)?.body).not.toHaveProperty('birthDate_YYYYMMDD');
  },
};

const allRequired: AddChildFormProps['fields'] = {
  firstName: 'required',
  userName: 'required',
  lastName: 'required',
  email: 'required',
  gender: 'required',
};

/** Every optional attribute enabled and required; submitting empty shows every error and focuses the first. */
export const AllFieldsRequired: Story = {
  args: { fields: allRequired },
  play: async ({ canvas, loaded }) => {
    await submit(canvas);
    const firstName = canvas.getByRole('textbox', { name: 'First name' });
    await expect(firstName).toHaveFocus();
    for (const name of ['First name', 'Last name', 'Username', "Child's email", "Parent's email"]) {
      await expect(canvas.getByRole('textbox', { name })).toHaveAttribute('aria-invalid', 'true');
    }
    await expect(canvas.getByRole('combobox', { name: 'Gender' })).toHaveAccessibleDescription(
      'This field is required.',
    );
    await expect(storyKinship({ loaded }).requests).toHaveLength(0);
  },
};

/** Errors show when a field is left, and go away as the user fixes them. */
export const ValidationWhenLeavingAField: Story = {
  play: async ({ canvas }) => {
    const userName = canvas.getByRole('textbox', { name: 'Username' });
    await userEvent.type(userName, 'al');
    await userEvent.tab();
    await expect(userName).toHaveAttribute('aria-invalid', 'true');
    await expect(userName).toHaveAccessibleDescription('Use 3 to 20 letters, numbers or underscores.');
    // Moving between month, day and year is not leaving the date; leaving the year (Tab) is.
    await userEvent.type(canvas.getByRole('textbox', { name: 'Month' }), '2');
    await userEvent.type(canvas.getByRole('textbox', { name: 'Day' }), '31');
    await expect(canvas.getByRole('textbox', { name: 'Month' })).not.toHaveAttribute('aria-invalid');
    await userEvent.type(canvas.getByRole('textbox', { name: 'Year' }), '2015');
    await userEvent.tab();
    await expect(canvas.getByRole('textbox', { name: 'Month' })).toHaveAccessibleDescription(
      'Enter a real date.',
    );
  },
};

/** A slow backend: the button is busy and inert, the values stay, one request goes out. */
export const Pending: Story = {
  parameters: { kinship: { latencyMs: 600_000 } },
  play: async ({ canvas, loaded }) => {
    await fillChild(canvas);
    const button = canvas.getByRole('button', { name: 'Add child' });
    await userEvent.dblClick(button);
    await expect(button).toHaveAttribute('aria-busy', 'true');
    await expect(button).toHaveAttribute('aria-disabled', 'true');
    await expect(canvas.getByRole('status')).toHaveTextContent('Adding the child…');
    await userEvent.keyboard('{Enter}');
    await expect(storyKinship({ loaded }).requests).toHaveLength(1);
  },
};

/** Created: the consent hand-off with a link, copy and QR code; focus on its heading. */
export const SuccessWithConsentLink: Story = {
  play: async ({ canvas }) => {
    await fillChild(canvas);
    await submit(canvas);
    const heading = await canvas.findByRole('heading', { name: /Lucia/ }, { timeout: 5000 });
    await expect(heading).toHaveFocus();
    const link = canvas.getByRole('link', { name: 'Open the parental consent page (opens in a new tab)' });
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    await expect(link.getAttribute('href')).toMatch(/^https:\/\//);
    await expect(canvas.getByRole('img', { name: 'QR code of the consent link' })).toBeVisible();
  },
};

/** After creating, the parent did not get the email: resend it (rate-limited), then wait. */
export const SuccessThenResend: Story = {
  play: async ({ canvas, loaded }) => {
    await fillChild(canvas);
    await submit(canvas);
    const resend = await canvas.findByRole('button', { name: 'Resend to parent' }, { timeout: 5000 });
    await userEvent.click(resend);
    await canvas.findByText('We asked for the consent email to be sent again.', {}, { timeout: 5000 });
    await expect(resend).toHaveAttribute('aria-disabled', 'true');
    await expect(storyKinship({ loaded }).requests.at(-1)?.path).toBe('/api/consent/resend');
  },
};

/** PRIVO sent a `javascript:` consent URL: no link, no QR; the parent is told to expect an email. */
export const SuccessWithoutSafeLink: Story = {
  play: async ({ canvas }) => {
    await fillChild(canvas, { parentEmail: PRIVO_TRIGGER_EMAILS.unsafeConsentUrl });
    await submit(canvas);
    await canvas.findByRole('heading', { name: /Lucia/ }, { timeout: 5000 });
    await expect(canvas.queryByRole('link')).toBeNull();
    await expect(canvas.queryByRole('img')).toBeNull();
    await expect(canvas.getByText(PRIVO_TRIGGER_EMAILS.unsafeConsentUrl)).toBeVisible();
  },
};

/** PRIVO sent no consent URL at all. */
export const SuccessWithoutConsentUrl: Story = {
  play: async ({ canvas }) => {
    await fillChild(canvas, { parentEmail: PRIVO_TRIGGER_EMAILS.noConsentUrl });
    await submit(canvas);
    await canvas.findByRole('heading', { name: /Lucia/ }, { timeout: 5000 });
    await expect(canvas.queryByRole('link')).toBeNull();
  },
};

/** The server rejects the username: the message sits on the field, focus moves there, no alert. */
export const FieldErrorsFromServer: Story = {
  play: async ({ canvas }) => {
    await fillChild(canvas, { userName: SANDBOX_EMAILS.takenUserName });
    await submit(canvas);
    const userName = canvas.getByRole('textbox', { name: 'Username' });
    await waitFor(() => expect(userName).toHaveAttribute('aria-invalid', 'true'), { timeout: 5000 });
    await expect(userName).toHaveAccessibleDescription('This is already in use. Try another one.');
    await expect(userName).toHaveFocus();
    await expect(userName).toHaveValue(SANDBOX_EMAILS.takenUserName);
    await expect(canvas.getByRole('alert')).toHaveTextContent('');
  },
};

/** Server-side validation of input the kit accepts (first name and username). */
export const FieldErrorsFromServerValidation: Story = {
  play: async ({ canvas }) => {
    await fillChild(canvas, { parentEmail: PRIVO_TRIGGER_EMAILS.invalidFields });
    await submit(canvas);
    const firstName = canvas.getByRole('textbox', { name: 'First name' });
    await waitFor(() => expect(firstName).toHaveAttribute('aria-invalid', 'true'), { timeout: 5000 });
    await expect(firstName).toHaveFocus();
  },
};

/** The birth date is outside every child role of the partner: the error sits on the date fieldset. */
export const FieldErrorOnTheDate: Story = {
  play: async ({ canvas }) => {
    await fillChild(canvas, { year: '1990' });
    await submit(canvas);
    const month = canvas.getByRole('textbox', { name: 'Month' });
    await waitFor(() => expect(month).toHaveAttribute('aria-invalid', 'true'), { timeout: 5000 });
    await expect(month).toHaveFocus();
  },
};

export const ErrorUnauthorized: Story = {
  play: async ({ canvas }) => {
    const alert = await submitExpectingAlert(
      canvas,
      PRIVO_TRIGGER_EMAILS.unauthorized,
      /not allowed to do this/,
    );
    await expect(within(alert).getByRole('button', { name: 'Try again' })).toBeVisible();
  },
};

export const ErrorForbidden: Story = {
  play: async ({ canvas }) => {
    await submitExpectingAlert(canvas, PRIVO_TRIGGER_EMAILS.forbidden, /not allowed to do this/);
  },
};

export const ErrorNotFound: Story = {
  play: async ({ canvas }) => {
    await submitExpectingAlert(
      canvas,
      SANDBOX_EMAILS.unknownAdult,
      'We could not find that person or account.',
    );
  },
};

/** PRIVO's 208: this adult already has a child. */
export const ErrorConflict: Story = {
  play: async ({ canvas }) => {
    await submitExpectingAlert(
      canvas,
      SANDBOX_EMAILS.adultWithChild,
      /already done, or the details are already in use/,
    );
  },
};

/** A host-given parent email that is not an email: no field to show it on, so the alert lists it. */
export const ErrorValidationOfHostValue: Story = {
  args: { parentEmail: 'not-an-email' },
  play: async ({ canvas, loaded }) => {
    await fillChild(canvas, { parentEmail: null });
    await submit(canvas);
    const alert = canvas.getByRole('alert');
    await expect(alert).toHaveTextContent('Some details need fixing before we can continue.');
    await expect(alert).toHaveTextContent("Parent's email: Enter an email address like name@example.com.");
    await expect(storyKinship({ loaded }).requests).toHaveLength(0);
  },
};

/** 429 with `Retry-After: 3`: the wait is shown and "Try again" waits too. */
export const ErrorRateLimited: Story = {
  play: async ({ canvas, loaded }) => {
    const alert = await submitExpectingAlert(
      canvas,
      PRIVO_TRIGGER_EMAILS.rateLimited,
      /try again in 3 seconds/,
    );
    const retry = within(alert).getByRole('button', { name: 'Try again' });
    await expect(retry).toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(retry);
    await expect(storyKinship({ loaded }).requests).toHaveLength(1);
  },
};

export const ErrorServer: Story = {
  play: async ({ canvas, loaded }) => {
    const alert = await submitExpectingAlert(canvas, PRIVO_TRIGGER_EMAILS.serverError, /having trouble/);
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    const { requests } = storyKinship({ loaded });
    await waitFor(() => expect(requests).toHaveLength(2));
    await expect(requests[1]?.body).toEqual(requests[0]?.body);
  },
};

export const ErrorServiceUnavailable: Story = {
  play: async ({ canvas }) => {
    await submitExpectingAlert(canvas, PRIVO_TRIGGER_EMAILS.unavailable, /having trouble/);
  },
};

/** A gateway's HTML error page instead of JSON. */
export const ErrorBadGateway: Story = {
  play: async ({ canvas }) => {
    await submitExpectingAlert(canvas, PRIVO_TRIGGER_EMAILS.badGateway, /having trouble/);
  },
};

/** A truncated JSON body on a 200. */
export const ErrorInvalidResponse: Story = {
  play: async ({ canvas }) => {
    await submitExpectingAlert(canvas, PRIVO_TRIGGER_EMAILS.invalidResponse, /could not read/);
  },
};

/** The connection dropped: the account may exist, so the user is told to check first. */
export const ErrorNetworkMayHaveSucceeded: Story = {
  play: async ({ canvas, loaded }) => {
    await submitExpectingAlert(canvas, PRIVO_TRIGGER_EMAILS.networkError, /may have been created/);
    await expect(storyKinship({ loaded }).requests).toHaveLength(1);
  },
};

/** No answer in time: the account may exist; nothing is retried silently. */
export const ErrorTimeout: Story = {
  // The sandbox never answers this trigger; a short timeout keeps the story quick.
  parameters: { kinship: { timeoutMs: 1500 } },
  play: async ({ canvas, loaded }) => {
    await submitExpectingAlert(canvas, PRIVO_TRIGGER_EMAILS.timeout, /may have been created/);
    await expect(storyKinship({ loaded }).requests).toHaveLength(1);
  },
};

function setOnline(isOnline: boolean) {
  if (isOnline) {
    // Back to the prototype's real getter.
    Reflect.deleteProperty(navigator, 'onLine');
    window.dispatchEvent(new Event('online'));
  } else {
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    window.dispatchEvent(new Event('offline'));
  }
}

/** Offline: nothing is sent; "Try again" stays unavailable (aria-disabled) until the connection is back. */
export const Offline: Story = {
  play: async ({ canvas, loaded }) => {
    setOnline(false);
    try {
      await fillChild(canvas);
      await submit(canvas);
      const alert = canvas.getByRole('alert');
      await expect(alert).toHaveTextContent('You are offline.');
      const retry = within(alert).getByRole('button', { name: 'Try again' });
      await expect(retry).toHaveAttribute('aria-disabled', 'true');
      await userEvent.click(retry);
      await expect(storyKinship({ loaded }).requests).toHaveLength(0);
    } finally {
      setOnline(true);
    }
    await waitFor(() =>
      expect(
        within(canvas.getByRole('alert')).getByRole('button', { name: 'Try again' }),
      ).not.toHaveAttribute('aria-disabled'),
    );
  },
};

async function showRequiredErrors(canvas: Canvas, locale: keyof typeof NAMES) {
  await submit(canvas, locale);
  await expect(canvas.getByRole('textbox', { name: NAMES[locale].firstName })).toHaveFocus();
}

export const Dark: Story = {
  globals: { theme: 'dark' },
  play: async ({ canvas }) => {
    await showRequiredErrors(canvas, 'en');
  },
};

export const RightToLeft: Story = {
  globals: { direction: 'rtl' },
  play: async ({ canvas }) => {
    await showRequiredErrors(canvas, 'en');
  },
};

export const Spanish: Story = {
  globals: { locale: 'es' },
  play: async ({ canvas }) => {
    const date = canvas.getByRole('group', { name: 'Fecha de nacimiento' });
    await expect(
      within(date)
        .getAllByRole('textbox')
        .map((input) => input.getAttribute('name')),
    ).toEqual(['birthDay', 'birthMonth', 'birthYear']);
    await showRequiredErrors(canvas, 'es');
    await expect(canvas.getByRole('textbox', { name: 'Nombre' })).toHaveAccessibleDescription(
      'Este campo es obligatorio.',
    );
  },
};

export const Portuguese: Story = {
  globals: { locale: 'pt-BR' },
  play: async ({ canvas }) => {
    await fillChild(canvas, {}, 'pt-BR');
    await submit(canvas, 'pt-BR');
    await canvas.findByRole('heading', { name: /Lucia/ }, { timeout: 5000 });
    await expect(canvas.getByRole('link', { name: /consentimento do responsável/ })).toBeVisible();
  },
};
