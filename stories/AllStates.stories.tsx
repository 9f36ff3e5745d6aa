import type { Meta, StoryObj } from '@storybook/react-vite';
import { type ReactNode, useId, useMemo, useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { storyMessages } from '../.storybook/kinship.js';
import {
  AddChildDialog,
  AddChildForm,
  ChildPicker,
  ConsentHandoff,
  FamilyPanel,
  IdentityStatusBadge,
  KinshipProvider,
  type Translator,
  useKinshipConfig,
} from '../src/index.js';
import {
  createSandbox,
  PRIVO_TRIGGER_EMAILS,
  SANDBOX_EMAILS,
  SANDBOX_IDS,
  type Sandbox,
  type SandboxOptions,
} from '../src/sandbox/index.js';

/*
 * Every component state side by side, for visual review (run it in light, dark, RTL and each
 * locale from the toolbar). Each cell has its own sandbox; the play function drives the cells that
 * need a user (typing, submitting, picking) to reach their state.
 */

/**
 * The longest delay a browser timer takes (2^31 − 1 ms, about 24.8 days); a longer one, or
 * `Infinity`, overflows and fires at once.
 */
const LONGEST_TIMER_MS = 2 ** 31 - 1;

/** A backend that never answers: the request stays out until the page goes away. */
const neverAnswers = (): Promise<Response> => new Promise<Response>(() => undefined);

interface CellProps {
  title: string;
  /** Sandbox answer delay for this cell. @default 50 */
  latencyMs?: number;
  /**
   * The cell's requests get no answer and no timeout, so it stays pending for as long as anyone looks.
   * (A long latency alone is not enough: the operation's timeout, 30 s by default, would turn the
   * cell into an error.) @default false
   */
  isNeverAnswering?: boolean;
  sandboxOptions?: SandboxOptions;
  /** Runs once on the cell's fresh sandbox (e.g. `failNext`). */
  prepare?: (sandbox: Sandbox) => void;
  /** Spans two grid columns. */
  wide?: boolean;
  children: (sandbox: Sandbox) => ReactNode;
}

/** One state: its own sandbox and provider (the toolbar's locale), under a heading. */
function Cell({
  title,
  latencyMs = 50,
  isNeverAnswering = false,
  sandboxOptions,
  prepare,
  wide = false,
  children,
}: CellProps) {
  const headingId = useId();
  const { locale, catalogues } = useKinshipConfig();
  const [sandbox] = useState(() => {
    const created = createSandbox({ latencyMs, ...sandboxOptions });
    prepare?.(created);
    return created;
  });
  const conomy = useMemo(
    () =>
      isNeverAnswering
        ? { baseUrl: '/api/conomy', fetcher: neverAnswers, timeoutMs: LONGEST_TIMER_MS, retry: 0 }
        : { baseUrl: '/api/conomy', fetcher: sandbox.fetcher, retry: 0 },
    [sandbox, isNeverAnswering],
  );
  const privo = useMemo(
    () =>
      isNeverAnswering
        ? { baseUrl: '/api/privo', fetcher: neverAnswers, timeoutMs: LONGEST_TIMER_MS }
        : { baseUrl: '/api/privo', fetcher: sandbox.fetcher },
    [sandbox, isNeverAnswering],
  );
  return (
    <section
      aria-labelledby={headingId}
      style={{
        // All the columns there are: `span 2` would add a column a narrow screen has no room for.
        gridColumn: wide ? '1 / -1' : undefined,
        display: 'grid',
        alignContent: 'start',
        gap: 'var(--kinship-space-2)',
        padding: 'var(--kinship-space-3)',
        border: '1px dashed var(--kinship-color-border)',
        borderRadius: 'var(--kinship-radius)',
        minInlineSize: 0,
      }}
    >
      <h2 id={headingId} style={{ margin: 0, fontSize: '0.875rem', color: 'var(--kinship-color-muted)' }}>
        {title}
      </h2>
      <KinshipProvider conomy={conomy} privo={privo} locale={locale} catalogues={catalogues}>
        {children(sandbox)}
      </KinshipProvider>
    </section>
  );
}

function Picker({ sandbox }: { sandbox: Sandbox }) {
  const [candidates] = useState(() => sandbox.identities);
  return <ChildPicker identityId={SANDBOX_IDS.parentUser} candidates={candidates} />;
}

function PickerWithLinked({ sandbox }: { sandbox: Sandbox }) {
  const [candidates] = useState(() => sandbox.identities);
  const parent = sandbox.getIdentity(SANDBOX_IDS.parentWithChildren);
  return (
    <ChildPicker
      identityId={SANDBOX_IDS.parentWithChildren}
      candidates={candidates}
      linkedChildIds={parent?.children.map((child) => child.id) ?? []}
    />
  );
}

const CONSENT_URL = 'https://sandbox.privo.example/consent?requester=5a33c1&token=8f2e7d1c9b0a';
/** Where a host's parent manages their PRIVO account (an example address: the sandbox has no such page). */
const PARENT_ACCOUNT_URL = 'https://sandbox.privo.example/account';

function AllStatesGrid() {
  return (
    <div
      style={{
        display: 'grid',
        gap: 'var(--kinship-space-4)',
        gridTemplateColumns: 'repeat(auto-fill, minmax(22rem, 1fr))',
        alignItems: 'start',
      }}
    >
      <Cell title="IdentityStatusBadge · every status" wide>
        {() => (
          <div style={{ display: 'flex', flexWrap: 'wrap', gap: 'var(--kinship-space-2)' }}>
            {[
              'ACTIVE',
              'PENDING',
              'PENDING_EMAIL_VALIDATION',
              'PENDING_PHONE_VALIDATION',
              'SCREENING',
              'PENDING_2FA',
              'PENDING_VERIFICATION',
              'FAILED_VERIFICATION',
              'BLOCKED',
              'INACTIVE',
              'UNDER_REVIEW',
            ].map((status) => (
              <IdentityStatusBadge key={status} status={status} />
            ))}
            {(['pending', 'approved', 'denied', 'expired', 'postponed'] as const).map((status) => (
              <IdentityStatusBadge key={status} consentStatus={status} />
            ))}
          </div>
        )}
      </Cell>
      <Cell title="AddChildForm · empty">{() => <AddChildForm />}</Cell>
      <Cell title="AddChildForm · field errors">{() => <AddChildForm />}</Cell>
      <Cell title="AddChildForm · pending" isNeverAnswering>
        {() => <AddChildForm parentEmail={SANDBOX_EMAILS.adultWithoutChild} />}
      </Cell>
      <Cell title="AddChildForm · server field error">
        {() => <AddChildForm parentEmail={SANDBOX_EMAILS.adultWithoutChild} />}
      </Cell>
      <Cell title="AddChildForm · server error">
        {() => <AddChildForm parentEmail={PRIVO_TRIGGER_EMAILS.serverError} />}
      </Cell>
      <Cell title="AddChildForm · success">
        {() => <AddChildForm parentEmail={SANDBOX_EMAILS.adultWithoutChild} />}
      </Cell>
      <Cell title="AddChildForm · parent already has a child">
        {() => (
          <AddChildForm parentEmail={SANDBOX_EMAILS.adultWithChild} parentAccountUrl={PARENT_ACCOUNT_URL} />
        )}
      </Cell>
      <Cell title="ConsentHandoff · consent link">
        {() => (
          <ConsentHandoff
            consentUrl={CONSENT_URL}
            childName="Valentina"
            parentEmail={SANDBOX_EMAILS.adultWithoutChild}
            headingLevel={3}
            onResend={() => undefined}
          />
        )}
      </Cell>
      <Cell title="ConsentHandoff · no safe link">
        {() => (
          <ConsentHandoff
            consentUrl={null}
            childName="Mateo"
            parentEmail={SANDBOX_EMAILS.adultWithoutChild}
            headingLevel={3}
          />
        )}
      </Cell>
      <Cell title="ConsentHandoff · approved">
        {() => (
          <ConsentHandoff consentUrl={CONSENT_URL} childName="Sofía" status="approved" headingLevel={3} />
        )}
      </Cell>
      <Cell title="ConsentHandoff · denied">
        {() => <ConsentHandoff consentUrl={CONSENT_URL} childName="Diego" status="denied" headingLevel={3} />}
      </Cell>
      <Cell title="ChildPicker · empty">{(sandbox) => <Picker sandbox={sandbox} />}</Cell>
      <Cell title="ChildPicker · already linked children">
        {(sandbox) => <PickerWithLinked sandbox={sandbox} />}
      </Cell>
      <Cell title="ChildPicker · two selected">{(sandbox) => <Picker sandbox={sandbox} />}</Cell>
      <Cell title="ChildPicker · linked">{(sandbox) => <Picker sandbox={sandbox} />}</Cell>
      <Cell title="AddChildDialog · triggers (open one: Components/AddChildDialog)">
        {(sandbox) => (
          <div style={{ display: 'flex', flexWrap: 'wrap', gap: 'var(--kinship-space-2)' }}>
            <AddChildDialog flow="account" />
            <AddChildDialog flow="link" identityId={SANDBOX_IDS.parentUser} candidates={sandbox.identities} />
          </div>
        )}
      </Cell>
      <Cell title="ChildPicker · error" prepare={(sandbox) => sandbox.failNext('conflict')}>
        {(sandbox) => <Picker sandbox={sandbox} />}
      </Cell>
      <Cell title="FamilyPanel · linked children and a child account" wide>
        {(sandbox) => (
          <FamilyPanel
            identityId={SANDBOX_IDS.parentWithChildren}
            accounts={sandbox.childAccounts.map((child) => ({
              serviceId: child.serviceId,
              firstName: child.entity.firstName ?? null,
              parentEmail: child.parentEmail,
            }))}
          />
        )}
      </Cell>
      {/* One panel only: two would be landmarks with the same names (its empty, error and offline
          states are in Components/FamilyPanel). */}
    </div>
  );
}

type Canvas = ReturnType<typeof within>;
type T = Translator['t'];

function cell(canvas: Canvas, title: string): Canvas {
  return within(canvas.getByRole('region', { name: title }));
}

async function typeChild(form: Canvas, t: T, withParentEmail: boolean, userName = 'lucia_2015') {
  await userEvent.type(form.getByRole('textbox', { name: t('form.firstName') }), 'Lucia');
  await userEvent.type(form.getByRole('textbox', { name: t('form.userName') }), userName);
  await userEvent.type(form.getByRole('textbox', { name: t('form.birthMonth') }), '3');
  await userEvent.type(form.getByRole('textbox', { name: t('form.birthDay') }), '7');
  await userEvent.type(form.getByRole('textbox', { name: t('form.birthYear') }), '2015');
  if (withParentEmail) {
    await userEvent.type(
      form.getByRole('textbox', { name: t('form.parentEmail') }),
      SANDBOX_EMAILS.adultWithoutChild,
    );
  }
}

async function pick(picker: Canvas, t: T, names: RegExp[]) {
  const combobox = picker.getByRole('combobox', { name: t('picker.label') });
  for (const name of names) {
    await userEvent.click(combobox);
    await userEvent.clear(combobox);
    await userEvent.type(combobox, name.source.split(' ')[0] ?? '');
    await userEvent.click(await picker.findByRole('option', { name }));
  }
  await userEvent.keyboard('{Escape}');
}

const meta = {
  title: 'All states',
  parameters: {
    layout: 'fullscreen',
    // The visual tests check its layout in every mode but take no screenshot: each cell is another
    // story's state, shot there, and the grid is several screens tall.
    visual: { screenshot: false },
  },
  decorators: [
    (Story) => (
      <div style={{ padding: 'var(--kinship-space-4)' }}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

/** Every component in every state, driven into place by the play function. */
export const AllStates: Story = {
  render: () => <AllStatesGrid />,
  play: async ({ canvas, step, globals, parameters }) => {
    // The cells' providers take the story's locale: names and texts come from the same catalogue.
    const { t } = storyMessages({ globals, parameters });
    await step('form: submit empty, so every rule error shows', async () => {
      const form = cell(canvas, 'AddChildForm · field errors');
      await userEvent.click(form.getByRole('button', { name: t('form.submit') }));
      await expect(form.getByRole('textbox', { name: t('form.firstName') })).toHaveAttribute(
        'aria-invalid',
        'true',
      );
    });
    await step('form: submit to a backend that never answers', async () => {
      const form = cell(canvas, 'AddChildForm · pending');
      await typeChild(form, t, false);
      await userEvent.click(form.getByRole('button', { name: t('form.submit') }));
      await expect(form.getByRole('button', { name: t('form.submit') })).toHaveAttribute('aria-busy', 'true');
    });
    await step('form: a username that is taken', async () => {
      const form = cell(canvas, 'AddChildForm · server field error');
      await typeChild(form, t, false, SANDBOX_EMAILS.takenUserName);
      await userEvent.click(form.getByRole('button', { name: t('form.submit') }));
      await waitFor(() =>
        expect(form.getByRole('textbox', { name: t('form.userName') })).toHaveAttribute(
          'aria-invalid',
          'true',
        ),
      );
    });
    await step('form: a server error in the alert', async () => {
      const form = cell(canvas, 'AddChildForm · server error');
      await typeChild(form, t, false);
      await userEvent.click(form.getByRole('button', { name: t('form.submit') }));
      await waitFor(() => expect(form.getByRole('alert')).toHaveTextContent(t('error.server')));
    });
    await step('form: success hands over to the consent step', async () => {
      const form = cell(canvas, 'AddChildForm · success');
      await typeChild(form, t, false);
      await userEvent.click(form.getByRole('button', { name: t('form.submit') }));
      await form.findByRole('link', { name: t('consent.link') }, { timeout: 5000 });
    });
    await step('form: PRIVO 208, the parent adds further children from their PRIVO account', async () => {
      const form = cell(canvas, 'AddChildForm · parent already has a child');
      await typeChild(form, t, false);
      await userEvent.click(form.getByRole('button', { name: t('form.submit') }));
      const alert = form.getByRole('alert');
      await waitFor(() => expect(alert).toHaveTextContent(t('error.adult-has-children')));
      await expect(within(alert).getByRole('link', { name: t('form.parentAccountLink') })).toBeVisible();
      await expect(within(alert).queryByRole('button')).toBeNull();
    });
    await step('picker: two children chosen', async () => {
      const picker = cell(canvas, 'ChildPicker · two selected');
      await pick(picker, t, [/José Antonio/, /João Pedro/]);
      await expect(picker.getByRole('button', { name: t('picker.submit', { count: 2 }) })).toBeVisible();
    });
    await step('picker: linked', async () => {
      const picker = cell(canvas, 'ChildPicker · linked');
      await pick(picker, t, [/Camila/]);
      await userEvent.click(picker.getByRole('button', { name: t('picker.submit', { count: 1 }) }));
      const linked = t('picker.success', { count: 1, names: 'Camila Muñoz Riquelme' });
      await waitFor(() => expect(picker.getByRole('status')).toHaveTextContent(linked));
    });
    await step('picker: the link fails', async () => {
      const picker = cell(canvas, 'ChildPicker · error');
      await pick(picker, t, [/Valentina/]);
      await userEvent.click(picker.getByRole('button', { name: t('picker.submit', { count: 1 }) }));
      await waitFor(() => expect(picker.getByRole('alert')).toHaveTextContent(t('error.conflict')));
    });
    await step('family panel: the linked children load', async () => {
      const panel = cell(canvas, 'FamilyPanel · linked children and a child account');
      await panel.findByRole('button', { name: t('familyPanel.linked.unlinkNamed', { name: 'Sofía' }) });
    });
    // Leave focus nowhere in particular for the screenshot.
    (document.activeElement as HTMLElement | null)?.blur();
  },
};

export const AllStatesDark: Story = { ...AllStates, globals: { theme: 'dark' } };

export const AllStatesRightToLeft: Story = { ...AllStates, globals: { direction: 'rtl' } };
