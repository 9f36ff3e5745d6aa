import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { storyKinship, storyMessages } from '../.storybook/kinship.js';
import { AddChildForm, type AddChildFormProps, type Translator } from '../src/index.js';
import { PRIVO_TRIGGER_EMAILS, SANDBOX_EMAILS } from '../src/sandbox/index.js';

type Canvas = ReturnType<typeof within>;
type T = Translator['t'];

/**
 * How each language of the kit writes a date, so the age screen's inputs follow it (a story in a
 * locale missing here fails, naming it).
 */
const DMY = ['birthDay', 'birthMonth', 'birthYear'];
const YMD = ['birthYear', 'birthMonth', 'birthDay'];
const DATE_ORDER: Record<string, string[]> = {
  en: ['birthMonth', 'birthDay', 'birthYear'],
  es: DMY,
  'pt-BR': DMY,
  fr: DMY,
  de: DMY,
  it: DMY,
  nl: DMY,
  pl: DMY,
  ja: YMD,
  'zh-CN': YMD,
  ar: DMY,
  he: DMY,
};

interface Child {
  firstName?: string;
  userName?: string;
  day?: string;
  month?: string;
  year?: string;
  /** `null`: the story gives `parentEmail` as a prop, so there is no field. */
  parentEmail?: string | null;
}

/** Types a child's details like a user, field by field, finding each by its name in the story's locale. */
async function fillChild(canvas: Canvas, t: T, child: Child = {}) {
  const {
    firstName = 'Lucia',
    userName = 'lucia_2015',
    day = '7',
    month = '3',
    year = '2015',
    parentEmail = SANDBOX_EMAILS.adultWithoutChild,
  } = child;
  await userEvent.type(canvas.getByRole('textbox', { name: t('form.firstName') }), firstName);
  await userEvent.type(canvas.getByRole('textbox', { name: t('form.userName') }), userName);
  await userEvent.type(canvas.getByRole('textbox', { name: t('form.birthDay') }), day);
  await userEvent.type(canvas.getByRole('textbox', { name: t('form.birthMonth') }), month);
  await userEvent.type(canvas.getByRole('textbox', { name: t('form.birthYear') }), year);
  if (parentEmail !== null) {
    await userEvent.type(canvas.getByRole('textbox', { name: t('form.parentEmail') }), parentEmail);
  }
}

async function submit(canvas: Canvas, t: T) {
  await userEvent.click(canvas.getByRole('button', { name: t('form.submit') }));
}

/** Fills the form with a parent email that makes the sandbox fail, submits, and returns the alert. */
async function submitExpectingAlert(canvas: Canvas, t: T, parentEmail: string, message: string) {
  await fillChild(canvas, t, { parentEmail });
  await submit(canvas, t);
  const alert = canvas.getByRole('alert');
  await waitFor(() => expect(alert).toHaveTextContent(message), { timeout: 5000 });
  // Nothing typed is lost.
  await expect(canvas.getByRole('textbox', { name: t('form.firstName') })).toHaveValue('Lucia');
  await expect(canvas.getByRole('textbox', { name: t('form.parentEmail') })).toHaveValue(parentEmail);
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
  play: async ({ canvas, globals, parameters }) => {
    const { t, locale } = storyMessages({ globals, parameters });
    const date = canvas.getByRole('group', { name: t('form.birthDate') });
    const parts = within(date).getAllByRole('textbox');
    // In the order the locale writes dates (en: month/day/year); free entry, no select of years.
    await expect(parts.map((input) => input.getAttribute('name'))).toEqual(DATE_ORDER[locale]);
    await expect(within(date).queryByRole('combobox')).toBeNull();
    await expect(canvas.getByRole('combobox', { name: t('form.gender') })).toHaveValue('');
    await expect(canvas.queryByRole('textbox', { name: t('form.lastName') })).toBeNull();
    await expect(canvas.queryAllByRole('checkbox')).toHaveLength(0);
  },
};

/** The host knows the parent: the email is sent, not asked. */
export const ParentEmailGiven: Story = {
  args: { parentEmail: SANDBOX_EMAILS.adultWithoutChild },
  play: async ({ canvas, loaded, globals, parameters }) => {
    const { t } = storyMessages({ globals, parameters });
    await expect(canvas.queryByRole('textbox', { name: t('form.parentEmail') })).toBeNull();
    await fillChild(canvas, t, { parentEmail: null });
    await submit(canvas, t);
    await canvas.findByRole(
      'heading',
      { name: t('consent.heading.named', { name: 'Lucia' }) },
      { timeout: 5000 },
    );
    const { requests } = storyKinship({ loaded });
    await expect(requests.at(-1)?.body).toMatchObject({ parentEmail: SANDBOX_EMAILS.adultWithoutChild });
    // This parent now has a child: PRIVO would answer 208 to another, so no new form is offered,
    // only where the parent adds further children.
    await expect(canvas.getByText(t('form.nextChild'))).toBeVisible();
    await expect(canvas.queryByRole('button', { name: t('form.addForAnotherParent') })).toBeNull();
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
  play: async ({ canvas, loaded, globals, parameters }) => {
    const { t } = storyMessages({ globals, parameters });
    const group = canvas.getByRole('radiogroup', { name: t('form.role') });
    await expect(canvas.queryByRole('group', { name: t('form.birthDate') })).toBeNull();
    await userEvent.type(canvas.getByRole('textbox', { name: t('form.firstName') }), 'Lucia');
    await userEvent.type(canvas.getByRole('textbox', { name: t('form.userName') }), 'lucia_2015');
    await userEvent.type(
      canvas.getByRole('textbox', { name: t('form.parentEmail') }),
      SANDBOX_EMAILS.adultWithoutChild,
    );
    await submit(canvas, t);
    await expect(group).toHaveAttribute('aria-invalid', 'true');
    await expect(canvas.getByRole('radio', { name: 'Child account' })).toHaveFocus();
    await userEvent.click(canvas.getByRole('radio', { name: 'Teen account' }));
    await submit(canvas, t);
    await canvas.findByRole('link', { name: t('consent.link') }, { timeout: 5000 });
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
  play: async ({ canvas, loaded, globals, parameters }) => {
    const { t } = storyMessages({ globals, parameters });
    await submit(canvas, t);
    const firstName = canvas.getByRole('textbox', { name: t('form.firstName') });
    await expect(firstName).toHaveFocus();
    for (const key of [
      'form.firstName',
      'form.lastName',
      'form.userName',
      'form.email',
      'form.parentEmail',
    ] as const) {
      await expect(canvas.getByRole('textbox', { name: t(key) })).toHaveAttribute('aria-invalid', 'true');
    }
    await expect(canvas.getByRole('combobox', { name: t('form.gender') })).toHaveAccessibleDescription(
      t('fieldError.required'),
    );
    await expect(storyKinship({ loaded }).requests).toHaveLength(0);
  },
};

/** Errors show when a field is left, and go away as the user fixes them. */
export const ValidationWhenLeavingAField: Story = {
  play: async ({ canvas, globals, parameters }) => {
    const { t } = storyMessages({ globals, parameters });
    const userName = canvas.getByRole('textbox', { name: t('form.userName') });
    await userEvent.type(userName, 'al');
    await userEvent.tab();
    await expect(userName).toHaveAttribute('aria-invalid', 'true');
    await expect(userName).toHaveAccessibleDescription(t('fieldError.invalid-user-name'));
    // Moving between month, day and year is not leaving the date; leaving the year (Tab) is.
    const month = canvas.getByRole('textbox', { name: t('form.birthMonth') });
    await userEvent.type(month, '2');
    await userEvent.type(canvas.getByRole('textbox', { name: t('form.birthDay') }), '31');
    await expect(month).not.toHaveAttribute('aria-invalid');
    await userEvent.type(canvas.getByRole('textbox', { name: t('form.birthYear') }), '2015');
    await userEvent.tab();
    await expect(month).toHaveAccessibleDescription(t('fieldError.invalid-birth-date'));
  },
};

/** A slow backend: the button is busy and inert, the values stay, one request goes out. */
export const Pending: Story = {
  parameters: { kinship: { latencyMs: 600_000 } },
  play: async ({ canvas, loaded, globals, parameters }) => {
    const { t } = storyMessages({ globals, parameters });
    await fillChild(canvas, t);
    const button = canvas.getByRole('button', { name: t('form.submit') });
    await userEvent.dblClick(button);
    await expect(button).toHaveAttribute('aria-busy', 'true');
    await expect(button).toHaveAttribute('aria-disabled', 'true');
    await expect(canvas.getByRole('status')).toHaveTextContent(t('form.pending'));
    await userEvent.keyboard('{Enter}');
    await expect(storyKinship({ loaded }).requests).toHaveLength(1);
  },
};

/** Created: the consent hand-off with a link, copy and QR code; focus on its heading. */
export const SuccessWithConsentLink: Story = {
  play: async ({ canvas, globals, parameters }) => {
    const { t } = storyMessages({ globals, parameters });
    await fillChild(canvas, t);
    await submit(canvas, t);
    const heading = await canvas.findByRole('heading', { name: /Lucia/ }, { timeout: 5000 });
    await expect(heading).toHaveFocus();
    const link = canvas.getByRole('link', { name: t('consent.link') });
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    await expect(link.getAttribute('href')).toMatch(/^https:\/\//);
    await expect(await canvas.findByRole('img', { name: t('consent.qr') })).toBeVisible();
  },
};

/** After creating, the parent did not get the email: resend it (rate-limited), then wait. */
export const SuccessThenResend: Story = {
  play: async ({ canvas, loaded, globals, parameters }) => {
    const { t } = storyMessages({ globals, parameters });
    await fillChild(canvas, t);
    await submit(canvas, t);
    const resend = await canvas.findByRole('button', { name: t('consent.resend') }, { timeout: 5000 });
    await userEvent.click(resend);
    await canvas.findByText(t('consent.resent'), {}, { timeout: 5000 });
    await expect(resend).toHaveAttribute('aria-disabled', 'true');
    const sent = storyKinship({ loaded }).requests.at(-1);
    await expect(sent?.path).toBe('/api/consent/resend');
    // PRIVO needs the child and the parent: the child's serviceId with the parent's email.
    await expect(sent?.status).toBe(200);
    await expect(sent?.query).toEqual({
      requesterServiceId: expect.any(String),
      email: SANDBOX_EMAILS.adultWithoutChild,
    });
  },
};

/** After creating, a child for another parent: a fresh form, the parent's email asked again. */
export const SuccessThenAnotherParent: Story = {
  play: async ({ canvas, globals, parameters }) => {
    const { t } = storyMessages({ globals, parameters });
    await fillChild(canvas, t);
    await submit(canvas, t);
    await canvas.findByRole('heading', { name: /Lucia/ }, { timeout: 5000 });
    await expect(canvas.getByText(t('form.nextChild'))).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: t('form.addForAnotherParent') }));
    await expect(canvas.getByRole('textbox', { name: t('form.firstName') })).toHaveFocus();
    await expect(canvas.getByRole('textbox', { name: t('form.parentEmail') })).toHaveValue('');
    // Another adult without children: PRIVO accepts this one.
    await fillChild(canvas, t, { userName: 'mateo_2016', parentEmail: SANDBOX_EMAILS.adultsWithoutChild[1] });
    await submit(canvas, t);
    await canvas.findByRole('heading', { name: /Lucia/ }, { timeout: 5000 });
  },
};

/** PRIVO sent a `javascript:` consent URL: no link, no QR; the parent is told to expect an email. */
export const SuccessWithoutSafeLink: Story = {
  play: async ({ canvas, globals, parameters }) => {
    const { t } = storyMessages({ globals, parameters });
    await fillChild(canvas, t, { parentEmail: PRIVO_TRIGGER_EMAILS.unsafeConsentUrl });
    await submit(canvas, t);
    await canvas.findByRole('heading', { name: /Lucia/ }, { timeout: 5000 });
    await expect(canvas.queryByRole('link')).toBeNull();
    await expect(canvas.queryByRole('img')).toBeNull();
    await expect(canvas.getByText(PRIVO_TRIGGER_EMAILS.unsafeConsentUrl)).toBeVisible();
  },
};

/** PRIVO sent no consent URL at all. */
export const SuccessWithoutConsentUrl: Story = {
  play: async ({ canvas, globals, parameters }) => {
    const { t } = storyMessages({ globals, parameters });
    await fillChild(canvas, t, { parentEmail: PRIVO_TRIGGER_EMAILS.noConsentUrl });
    await submit(canvas, t);
    await canvas.findByRole('heading', { name: /Lucia/ }, { timeout: 5000 });
    await expect(canvas.queryByRole('link')).toBeNull();
  },
};

/** The server rejects the username: the message sits on the field, focus moves there, no alert. */
export const FieldErrorsFromServer: Story = {
  play: async ({ canvas, globals, parameters }) => {
    const { t } = storyMessages({ globals, parameters });
    await fillChild(canvas, t, { userName: SANDBOX_EMAILS.takenUserName });
    await submit(canvas, t);
    const userName = canvas.getByRole('textbox', { name: t('form.userName') });
    await waitFor(() => expect(userName).toHaveAttribute('aria-invalid', 'true'), { timeout: 5000 });
    await expect(userName).toHaveAccessibleDescription(t('fieldError.taken'));
    await expect(userName).toHaveFocus();
    await expect(userName).toHaveValue(SANDBOX_EMAILS.takenUserName);
    await expect(canvas.getByRole('alert')).toHaveTextContent('');
  },
};

/** Server-side validation of input the kit accepts (first name and username). */
export const FieldErrorsFromServerValidation: Story = {
  play: async ({ canvas, globals, parameters }) => {
    const { t } = storyMessages({ globals, parameters });
    await fillChild(canvas, t, { parentEmail: PRIVO_TRIGGER_EMAILS.invalidFields });
    await submit(canvas, t);
    const firstName = canvas.getByRole('textbox', { name: t('form.firstName') });
    await waitFor(() => expect(firstName).toHaveAttribute('aria-invalid', 'true'), { timeout: 5000 });
    await expect(firstName).toHaveFocus();
  },
};

/** The birth date is outside every child role of the partner: the error sits on the date fieldset. */
export const FieldErrorOnTheDate: Story = {
  play: async ({ canvas, globals, parameters }) => {
    const { t } = storyMessages({ globals, parameters });
    await fillChild(canvas, t, { year: '1990' });
    await submit(canvas, t);
    // Focus goes to the date's first input, which depends on how the locale writes dates.
    const date = canvas.getByRole('group', { name: t('form.birthDate') });
    const [first] = within(date).getAllByRole('textbox');
    await waitFor(() => expect(first).toHaveAttribute('aria-invalid', 'true'), { timeout: 5000 });
    await expect(first).toHaveFocus();
  },
};

export const ErrorUnauthorized: Story = {
  play: async ({ canvas, globals, parameters }) => {
    const { t } = storyMessages({ globals, parameters });
    const alert = await submitExpectingAlert(
      canvas,
      t,
      PRIVO_TRIGGER_EMAILS.unauthorized,
      t('error.unauthorized'),
    );
    await expect(within(alert).getByRole('button', { name: t('error.retry') })).toBeVisible();
  },
};

export const ErrorForbidden: Story = {
  play: async ({ canvas, globals, parameters }) => {
    const { t } = storyMessages({ globals, parameters });
    await submitExpectingAlert(canvas, t, PRIVO_TRIGGER_EMAILS.forbidden, t('error.unauthorized'));
  },
};

export const ErrorNotFound: Story = {
  play: async ({ canvas, globals, parameters }) => {
    const { t } = storyMessages({ globals, parameters });
    await submitExpectingAlert(canvas, t, SANDBOX_EMAILS.unknownAdult, t('error.not-found'));
  },
};

/**
 * PRIVO's 208: this adult already has a child. `/api/account` only serves an adult without
 * children, so the alert says where the parent adds further children (their PRIVO account, linked
 * through `parentAccountUrl`) and offers no retry, which could never succeed.
 */
export const ParentAlreadyHasAChild: Story = {
  args: { parentAccountUrl: 'https://sandbox.privo.example/account' },
  play: async ({ canvas, loaded, globals, parameters }) => {
    const { t } = storyMessages({ globals, parameters });
    const alert = await submitExpectingAlert(
      canvas,
      t,
      SANDBOX_EMAILS.adultWithChild,
      t('error.adult-has-children'),
    );
    await expect(alert).toHaveAttribute('data-reason', 'adult-has-children');
    const link = within(alert).getByRole('link', { name: t('form.parentAccountLink') });
    await expect(link).toHaveAttribute('href', 'https://sandbox.privo.example/account');
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(within(alert).queryByRole('button')).toBeNull();
    await expect(storyKinship({ loaded }).requests).toHaveLength(1);
  },
};

/** 412: the child's email belongs to another account; the error sits on that field. */
export const ErrorEmailInUse: Story = {
  play: async ({ canvas, globals, parameters }) => {
    const { t } = storyMessages({ globals, parameters });
    await fillChild(canvas, t);
    const email = canvas.getByRole('textbox', { name: t('form.email') });
    await userEvent.type(email, SANDBOX_EMAILS.takenChildEmail);
    await submit(canvas, t);
    await waitFor(() => expect(email).toHaveAttribute('aria-invalid', 'true'), { timeout: 5000 });
    await expect(email).toHaveAccessibleDescription(`${t('form.optional')} ${t('fieldError.taken')}`);
    await expect(email).toHaveFocus();
    await expect(canvas.getByRole('alert')).toHaveTextContent('');
  },
};

/** A host-given parent email that is not an email: no field to show it on, so the alert lists it. */
export const ErrorValidationOfHostValue: Story = {
  args: { parentEmail: 'not-an-email' },
  play: async ({ canvas, loaded, globals, parameters }) => {
    const { t } = storyMessages({ globals, parameters });
    await fillChild(canvas, t, { parentEmail: null });
    await submit(canvas, t);
    const alert = canvas.getByRole('alert');
    await expect(alert).toHaveTextContent(t('error.validation'));
    await expect(alert).toHaveTextContent(
      t('form.errorIn', { field: t('form.parentEmail'), message: t('fieldError.invalid-email') }),
    );
    await expect(storyKinship({ loaded }).requests).toHaveLength(0);
  },
};

/** 429 with `Retry-After: 3`: the wait is shown and "Try again" waits too. */
export const ErrorRateLimited: Story = {
  play: async ({ canvas, loaded, globals, parameters }) => {
    const { t } = storyMessages({ globals, parameters });
    const alert = await submitExpectingAlert(
      canvas,
      t,
      PRIVO_TRIGGER_EMAILS.rateLimited,
      t('error.rate-limited.wait', { seconds: 3 }),
    );
    const retry = within(alert).getByRole('button', { name: t('error.retry') });
    await expect(retry).toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(retry);
    await expect(storyKinship({ loaded }).requests).toHaveLength(1);
  },
};

export const ErrorServer: Story = {
  play: async ({ canvas, loaded, globals, parameters }) => {
    const { t } = storyMessages({ globals, parameters });
    const alert = await submitExpectingAlert(canvas, t, PRIVO_TRIGGER_EMAILS.serverError, t('error.server'));
    await userEvent.click(within(alert).getByRole('button', { name: t('error.retry') }));
    const { requests } = storyKinship({ loaded });
    await waitFor(() => expect(requests).toHaveLength(2));
    await expect(requests[1]?.body).toEqual(requests[0]?.body);
  },
};

export const ErrorServiceUnavailable: Story = {
  play: async ({ canvas, globals, parameters }) => {
    const { t } = storyMessages({ globals, parameters });
    await submitExpectingAlert(canvas, t, PRIVO_TRIGGER_EMAILS.unavailable, t('error.server'));
  },
};

/** A gateway's HTML error page instead of JSON. */
export const ErrorBadGateway: Story = {
  play: async ({ canvas, globals, parameters }) => {
    const { t } = storyMessages({ globals, parameters });
    await submitExpectingAlert(canvas, t, PRIVO_TRIGGER_EMAILS.badGateway, t('error.server'));
  },
};

/** A truncated JSON body on a 200. */
export const ErrorInvalidResponse: Story = {
  play: async ({ canvas, globals, parameters }) => {
    const { t } = storyMessages({ globals, parameters });
    await submitExpectingAlert(canvas, t, PRIVO_TRIGGER_EMAILS.invalidResponse, t('error.invalid-response'));
  },
};

/** The connection dropped: the account may exist, so the user is told to check first. */
export const ErrorNetworkMayHaveSucceeded: Story = {
  play: async ({ canvas, loaded, globals, parameters }) => {
    const { t } = storyMessages({ globals, parameters });
    await submitExpectingAlert(canvas, t, PRIVO_TRIGGER_EMAILS.networkError, t('error.may-have-succeeded'));
    await expect(storyKinship({ loaded }).requests).toHaveLength(1);
  },
};

/** No answer in time: the account may exist; nothing is retried silently. */
export const ErrorTimeout: Story = {
  // The sandbox never answers this trigger; a short timeout keeps the story quick.
  parameters: { kinship: { timeoutMs: 1500 } },
  play: async ({ canvas, loaded, globals, parameters }) => {
    const { t } = storyMessages({ globals, parameters });
    await submitExpectingAlert(canvas, t, PRIVO_TRIGGER_EMAILS.timeout, t('error.may-have-succeeded'));
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
  play: async ({ canvas, loaded, globals, parameters }) => {
    const { t } = storyMessages({ globals, parameters });
    setOnline(false);
    try {
      await fillChild(canvas, t);
      await submit(canvas, t);
      const alert = canvas.getByRole('alert');
      await expect(alert).toHaveTextContent(t('error.offline'));
      const retry = within(alert).getByRole('button', { name: t('error.retry') });
      await expect(retry).toHaveAttribute('aria-disabled', 'true');
      await userEvent.click(retry);
      await expect(storyKinship({ loaded }).requests).toHaveLength(0);
    } finally {
      setOnline(true);
    }
    await waitFor(() =>
      expect(
        within(canvas.getByRole('alert')).getByRole('button', { name: t('error.retry') }),
      ).not.toHaveAttribute('aria-disabled'),
    );
  },
};

async function showRequiredErrors(canvas: Canvas, t: T) {
  await submit(canvas, t);
  await expect(canvas.getByRole('textbox', { name: t('form.firstName') })).toHaveFocus();
}

export const Dark: Story = {
  globals: { theme: 'dark' },
  play: async ({ canvas, globals, parameters }) => {
    const { t } = storyMessages({ globals, parameters });
    await showRequiredErrors(canvas, t);
  },
};

export const RightToLeft: Story = {
  globals: { direction: 'rtl' },
  play: async ({ canvas, globals, parameters }) => {
    const { t } = storyMessages({ globals, parameters });
    await showRequiredErrors(canvas, t);
  },
};

export const Spanish: Story = {
  globals: { locale: 'es' },
  play: async ({ canvas, globals, parameters }) => {
    const { t } = storyMessages({ globals, parameters });
    const date = canvas.getByRole('group', { name: 'Fecha de nacimiento' });
    await expect(
      within(date)
        .getAllByRole('textbox')
        .map((input) => input.getAttribute('name')),
    ).toEqual(['birthDay', 'birthMonth', 'birthYear']);
    await showRequiredErrors(canvas, t);
    await expect(canvas.getByRole('textbox', { name: 'Nombre' })).toHaveAccessibleDescription(
      'Este campo es obligatorio.',
    );
  },
};

export const Portuguese: Story = {
  globals: { locale: 'pt-BR' },
  play: async ({ canvas, globals, parameters }) => {
    const { t } = storyMessages({ globals, parameters });
    await fillChild(canvas, t);
    await submit(canvas, t);
    await canvas.findByRole('heading', { name: /Lucia/ }, { timeout: 5000 });
    await expect(canvas.getByRole('link', { name: /página de consentimento/ })).toBeVisible();
  },
};
