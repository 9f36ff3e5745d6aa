import type { Meta, StoryContext, StoryObj } from '@storybook/react-vite';
import { type FormEvent, type ReactNode, useEffect, useId, useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { storyKinship, useRecordedRequests } from '../.storybook/kinship.js';
import {
  type AddChildAccountInput,
  type KinshipError,
  type MessageKey,
  useAddChildAccount,
  useAddChildren,
  useTranslator,
} from '../src/index.js';
import {
  CONOMY_TRIGGER_IDS as C,
  SANDBOX_IDS as I,
  PRIVO_TRIGGER_EMAILS as P,
  SANDBOX_EMAILS,
} from '../src/sandbox/index.js';

/*
 * Plain-markup demos of the two headless hooks on the sandbox: no kit components, no kit CSS.
 * Every state is one click away (a button per sandbox trigger) and each has a story whose play
 * function clicks it and checks the outcome and the request that went out.
 */

// ——— shared markup ———

const box = {
  display: 'grid',
  gap: '0.75rem',
  maxInlineSize: '52rem',
  fontFamily: 'var(--kinship-font-family)',
} as const;

function Field({ name, children }: { name: string; children: ReactNode }) {
  return (
    <div style={{ display: 'grid', gridTemplateColumns: '11rem 1fr', gap: '0.5rem' }}>
      {/* Long keys (`data.entity.serviceId`) wrap instead of running into the value. */}
      <dt style={{ fontWeight: 600, overflowWrap: 'anywhere' }}>{name}</dt>
      <dd style={{ margin: 0, overflowWrap: 'anywhere' }}>{children}</dd>
    </div>
  );
}

function ErrorDetails({ error }: { error: KinshipError }) {
  const { t, has } = useTranslator();
  const key = `error.${error.kind}`;
  return (
    <>
      <Field name="error.kind">{error.kind}</Field>
      <Field name="message for the user">{has(key) ? t(key as MessageKey) : error.message}</Field>
      <Field name="error.message">{error.message}</Field>
      {error.status !== undefined ? <Field name="error.status">{error.status}</Field> : null}
      {error.code !== undefined ? <Field name="error.code">{error.code}</Field> : null}
      {error.type !== undefined ? <Field name="error.type">{error.type}</Field> : null}
      {error.traceId !== undefined ? <Field name="error.traceId">{error.traceId}</Field> : null}
      {error.retryAfterMs !== undefined ? (
        <Field name="error.retryAfterMs">{error.retryAfterMs}</Field>
      ) : null}
      {error.mayHaveSucceeded !== undefined ? (
        <Field name="error.mayHaveSucceeded">{String(error.mayHaveSucceeded)}</Field>
      ) : null}
      {error.fieldErrors ? (
        <Field name="error.fieldErrors">
          <ul style={{ margin: 0, paddingInlineStart: '1.25rem' }}>
            {Object.entries(error.fieldErrors).map(([field, messages]) => (
              <li key={field}>
                <code>{field}</code>:{' '}
                {messages
                  .map((message) =>
                    has(`fieldError.${message}`)
                      ? `${message} (“${t(`fieldError.${message}` as MessageKey)}”)`
                      : message,
                  )
                  .join('; ')}
              </li>
            ))}
          </ul>
        </Field>
      ) : null}
    </>
  );
}

function RequestLog() {
  const { count, last } = useRecordedRequests();
  return (
    <>
      <Field name="requests sent">{count}</Field>
      {last ? (
        <Field name="last request">
          <code>
            {last.method} {last.url}
          </code>
          {last.body !== undefined ? (
            <pre style={{ margin: '0.25rem 0 0', whiteSpace: 'pre-wrap' }}>{JSON.stringify(last.body)}</pre>
          ) : null}
        </Field>
      ) : null}
    </>
  );
}

interface Scenario<TFill> {
  /** Button text. */
  label: string;
  fill: TFill;
}

function ScenarioButtons<TFill>({
  heading,
  scenarios,
  onRun,
}: {
  heading: string;
  scenarios: Scenario<TFill>[];
  onRun: (fill: TFill) => void;
}) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId} style={{ margin: '0 0 0.5rem', fontSize: '1em' }}>
        {heading}
      </h3>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem' }}>
        {scenarios.map((scenario) => (
          <button key={scenario.label} type="button" onClick={() => onRun(scenario.fill)}>
            {scenario.label}
          </button>
        ))}
      </div>
    </section>
  );
}

// ——— useAddChildren ———

interface LinkFill {
  identityId: string;
  children: string[];
}

const LINK_SCENARIOS: Scenario<LinkFill>[] = [
  {
    label: 'success',
    fill: { identityId: I.parentUser, children: [I.linkableChildren[0], I.linkableChildren[1]] },
  },
  {
    label: 'validation: own child (refused, not sent)',
    fill: { identityId: I.parentUser, children: [I.parentUser] },
  },
  {
    label: 'validation: parent not ACTIVE (422)',
    fill: { identityId: I.pendingParent, children: [I.linkableChildren[0]] },
  },
  { label: 'not-found (404)', fill: { identityId: I.parentUser, children: [I.unknown] } },
  { label: 'conflict (409)', fill: { identityId: I.parentUser, children: [I.linkedChildren[0]] } },
  { label: 'unauthorized (401)', fill: { identityId: I.parentUser, children: [C.unauthorized] } },
  { label: 'unauthorized (403 gateway)', fill: { identityId: I.parentUser, children: [C.forbidden] } },
  { label: 'rate-limited (429)', fill: { identityId: I.parentUser, children: [C.rateLimited] } },
  { label: 'server (500)', fill: { identityId: I.parentUser, children: [C.serverError] } },
  { label: 'server (502 HTML page)', fill: { identityId: I.parentUser, children: [C.badGateway] } },
  { label: 'network', fill: { identityId: I.parentUser, children: [C.networkError] } },
  { label: 'timeout', fill: { identityId: I.parentUser, children: [C.timeout] } },
  { label: 'invalid-response', fill: { identityId: I.parentUser, children: [C.invalidResponse] } },
];

function splitIds(text: string): string[] {
  return text.split(/[\s,]+/).filter((id) => id !== '');
}

function AddChildrenDemo() {
  const [identityId, setIdentityId] = useState<string>(I.parentUser);
  const [childrenText, setChildrenText] = useState<string>(I.linkableChildren[0]);
  const [queued, setQueued] = useState<string[] | null>(null);
  const result = useAddChildren({ identityId });
  const { addChildren, reset } = result;

  // A scenario changes the parent id, so it submits after the render that applies it.
  useEffect(() => {
    if (queued) {
      setQueued(null);
      addChildren(queued);
    }
  }, [queued, addChildren]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    addChildren(splitIds(childrenText));
  };

  return (
    <div style={box}>
      <form onSubmit={submit} style={{ display: 'grid', gap: '0.5rem' }} aria-label="useAddChildren demo">
        <label style={{ display: 'grid' }}>
          Parent identity id
          <input value={identityId} onChange={(event) => setIdentityId(event.currentTarget.value)} />
        </label>
        <label style={{ display: 'grid' }}>
          Child identity ids (comma separated)
          <input value={childrenText} onChange={(event) => setChildrenText(event.currentTarget.value)} />
        </label>
        <div style={{ display: 'flex', gap: '0.5rem' }}>
          <button type="submit" aria-busy={result.isPending || undefined}>
            addChildren()
          </button>
          <button type="button" onClick={reset}>
            reset()
          </button>
        </div>
      </form>
      <ScenarioButtons
        heading="Sandbox scenarios (fill and submit)"
        scenarios={LINK_SCENARIOS}
        onRun={(fill) => {
          reset();
          setIdentityId(fill.identityId);
          setChildrenText(fill.children.join(', '));
          setQueued(fill.children);
        }}
      />
      <section aria-label="useAddChildren result">
        <dl style={{ display: 'grid', gap: '0.25rem', margin: 0 }}>
          <Field name="status">
            <span aria-live="polite">{result.status}</span>
          </Field>
          <Field name="flags">
            {(['isIdle', 'isPending', 'isSuccess', 'isError'] as const)
              .filter((flag) => result[flag])
              .join(', ')}
          </Field>
          {result.status === 'success' ? (
            <>
              <Field name="data.id">{result.data.id}</Field>
              <Field name="data.status">{result.data.status}</Field>
              <Field name="data.children">
                <ul style={{ margin: 0, paddingInlineStart: '1.25rem' }}>
                  {result.data.children.map((child) => (
                    <li key={child.id}>
                      <bdi>{child.name ?? child.id}</bdi> <code>{child.id}</code>
                    </li>
                  ))}
                </ul>
              </Field>
            </>
          ) : null}
          {result.status === 'error' ? <ErrorDetails error={result.error} /> : null}
          <RequestLog />
        </dl>
      </section>
    </div>
  );
}

// ——— useAddChildAccount ———

const ACCOUNT_FIELDS = [
  'parentEmail',
  'firstName',
  'lastName',
  'userName',
  'birthDate_YYYYMMDD',
  'roleIdentifier',
  'gender',
  'email',
] as const;

type AccountValues = Record<(typeof ACCOUNT_FIELDS)[number], string>;

const VALID_ACCOUNT: AccountValues = {
  parentEmail: SANDBOX_EMAILS.adultWithoutChild,
  firstName: 'Sofía',
  lastName: '',
  userName: 'sofi_2015',
  birthDate_YYYYMMDD: '20150614',
  roleIdentifier: '',
  gender: '',
  email: '',
};

const ACCOUNT_SCENARIOS: Scenario<Partial<AccountValues>>[] = [
  { label: 'success with consent link', fill: {} },
  { label: 'success, unsafe consent URL (null)', fill: { parentEmail: P.unsafeConsentUrl } },
  { label: 'success, no consent URL', fill: { parentEmail: P.noConsentUrl } },
  { label: 'validation: impossible date (refused, not sent)', fill: { birthDate_YYYYMMDD: '20150230' } },
  { label: 'validation: server field errors (400)', fill: { parentEmail: P.invalidFields } },
  { label: 'validation: adult birth date (400)', fill: { birthDate_YYYYMMDD: '19900101' } },
  { label: 'not-found: unknown parent (404)', fill: { parentEmail: SANDBOX_EMAILS.unknownAdult } },
  { label: 'conflict: parent has a child (208)', fill: { parentEmail: SANDBOX_EMAILS.adultWithChild } },
  { label: 'conflict: username taken (412)', fill: { userName: SANDBOX_EMAILS.takenUserName } },
  { label: 'unauthorized (401)', fill: { parentEmail: P.unauthorized } },
  { label: 'unauthorized (403)', fill: { parentEmail: P.forbidden } },
  { label: 'rate-limited (429)', fill: { parentEmail: P.rateLimited } },
  { label: 'server (500)', fill: { parentEmail: P.serverError } },
  { label: 'server (502 HTML page)', fill: { parentEmail: P.badGateway } },
  { label: 'network', fill: { parentEmail: P.networkError } },
  { label: 'timeout', fill: { parentEmail: P.timeout } },
  { label: 'invalid-response', fill: { parentEmail: P.invalidResponse } },
];

function toInput(values: AccountValues): AddChildAccountInput {
  const input: AddChildAccountInput = { parentEmail: values.parentEmail };
  for (const field of ACCOUNT_FIELDS) {
    if (field !== 'parentEmail' && values[field] !== '') input[field] = values[field];
  }
  return input;
}

function AddChildAccountDemo() {
  const [values, setValues] = useState<AccountValues>(VALID_ACCOUNT);
  const result = useAddChildAccount();
  const { addChildAccount, reset } = result;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    addChildAccount(toInput(values));
  };

  return (
    <div style={box}>
      <form onSubmit={submit} style={{ display: 'grid', gap: '0.5rem' }} aria-label="useAddChildAccount demo">
        <div
          style={{
            display: 'grid',
            gridTemplateColumns: 'repeat(auto-fill, minmax(14rem, 1fr))',
            gap: '0.5rem',
          }}
        >
          {ACCOUNT_FIELDS.map((field) => (
            <label key={field} style={{ display: 'grid' }}>
              {field}
              <input
                value={values[field]}
                onChange={(event) => {
                  const value = event.currentTarget.value;
                  setValues((current) => ({ ...current, [field]: value }));
                }}
              />
            </label>
          ))}
        </div>
        <div style={{ display: 'flex', gap: '0.5rem' }}>
          <button type="submit" aria-busy={result.isPending || undefined}>
            addChildAccount()
          </button>
          <button type="button" onClick={reset}>
            reset()
          </button>
        </div>
      </form>
      <ScenarioButtons
        heading="Sandbox scenarios (fill and submit)"
        scenarios={ACCOUNT_SCENARIOS}
        onRun={(fill) => {
          const next = { ...VALID_ACCOUNT, ...fill };
          reset();
          setValues(next);
          addChildAccount(toInput(next));
        }}
      />
      <section aria-label="useAddChildAccount result">
        <dl style={{ display: 'grid', gap: '0.25rem', margin: 0 }}>
          <Field name="status">
            <span aria-live="polite">{result.status}</span>
          </Field>
          <Field name="flags">
            {(['isIdle', 'isPending', 'isSuccess', 'isError'] as const)
              .filter((flag) => result[flag])
              .join(', ')}
          </Field>
          {result.status === 'success' ? (
            <>
              <Field name="data.status">{result.data.status}</Field>
              <Field name="data.consentUrl">{result.data.consentUrl ?? 'null'}</Field>
              <Field name="data.entity.serviceId">{result.data.entity.serviceId}</Field>
              <Field name="data.entity.firstName">
                <bdi>{result.data.entity.firstName}</bdi>
              </Field>
              <Field name="data.entity (JSON)">
                <details>
                  <summary>Show the whole entity</summary>
                  <pre style={{ margin: 0, whiteSpace: 'pre-wrap' }}>
                    {JSON.stringify(result.data.entity, null, 2)}
                  </pre>
                </details>
              </Field>
            </>
          ) : null}
          {result.status === 'error' ? <ErrorDetails error={result.error} /> : null}
          <RequestLog />
        </dl>
      </section>
    </div>
  );
}

// ——— stories ———

const meta = {
  title: 'Hooks',
  parameters: {
    // Plain markup, no kit CSS: the theme and direction change nothing worth a screenshot.
    visual: { modes: ['light'] },
    // Timeouts and Conomy's retries made short, so every state is reached in a few seconds.
    kinship: { timeoutMs: 1500, retry: 1 },
    docs: {
      description: {
        component:
          '`useAddChildren` (Conomy) and `useAddChildAccount` (PRIVO) driven against the in-memory sandbox, in plain markup. Each "Sandbox scenarios" button fills the inputs with a sandbox trigger (docs/sandbox.md) and submits. The result list shows `status`, the derived flags, `data`, the `KinshipError` fields and the last request.',
      },
    },
  },
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

type Canvas = ReturnType<typeof within>;

/** The text of one entry of a result list. */
function entry(canvas: Canvas, list: string, name: string): HTMLElement {
  const region = canvas.getByRole('region', { name: list });
  const term = within(region).getByText(name, { selector: 'dt' });
  return term.nextElementSibling as HTMLElement;
}

async function expectValue(
  canvas: Canvas,
  list: string,
  name: string,
  text: string | RegExp,
  timeout = 8000,
) {
  await waitFor(() => expect(entry(canvas, list, name)).toHaveTextContent(text), { timeout });
}

const LINK = 'useAddChildren result';
const ACCOUNT = 'useAddChildAccount result';

/** A useAddChildren story that runs one scenario and expects one error kind. */
function linkErrorStory(
  label: string,
  kind: string,
  check?: (context: StoryContext, canvas: Canvas) => Promise<void>,
): Story {
  return {
    render: () => <AddChildrenDemo />,
    play: async (context) => {
      const { canvas } = context;
      await userEvent.click(canvas.getByRole('button', { name: label }));
      await expectValue(canvas, LINK, 'status', 'error');
      await expect(entry(canvas, LINK, 'error.kind')).toHaveTextContent(kind);
      await check?.(context, canvas);
    },
  };
}

/** A useAddChildAccount story that runs one scenario and expects one error kind. */
function accountErrorStory(
  label: string,
  kind: string,
  check?: (context: StoryContext, canvas: Canvas) => Promise<void>,
): Story {
  return {
    render: () => <AddChildAccountDemo />,
    play: async (context) => {
      const { canvas } = context;
      await userEvent.click(canvas.getByRole('button', { name: label }));
      await expectValue(canvas, ACCOUNT, 'status', 'error');
      await expect(entry(canvas, ACCOUNT, 'error.kind')).toHaveTextContent(kind);
      await check?.(context, canvas);
    },
  };
}

export const AddChildrenIdle: Story = {
  render: () => <AddChildrenDemo />,
  play: async ({ canvas, loaded }) => {
    await expect(entry(canvas, LINK, 'status')).toHaveTextContent('idle');
    await expect(entry(canvas, LINK, 'flags')).toHaveTextContent('isIdle');
    await expect(storyKinship({ loaded }).requests).toHaveLength(0);
  },
};

export const AddChildrenPending: Story = {
  parameters: { kinship: { latencyMs: 60_000, timeoutMs: 120_000 } },
  render: () => <AddChildrenDemo />,
  play: async ({ canvas, loaded }) => {
    const submit = canvas.getByRole('button', { name: 'addChildren()' });
    await userEvent.click(submit);
    await expectValue(canvas, LINK, 'status', 'pending');
    await expect(submit).toHaveAttribute('aria-busy', 'true');
    // Clicking again while pending sends nothing new.
    await userEvent.click(submit);
    await userEvent.click(submit);
    await expect(storyKinship({ loaded }).requests).toHaveLength(1);
  },
};

export const AddChildrenSuccess: Story = {
  render: () => <AddChildrenDemo />,
  play: async ({ canvas, loaded }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'success' }));
    await expectValue(canvas, LINK, 'status', 'success');
    await expect(entry(canvas, LINK, 'data.id')).toHaveTextContent(I.parentUser);
    await expect(entry(canvas, LINK, 'data.children')).toHaveTextContent(I.linkableChildren[1]);
    const [request] = storyKinship({ loaded }).requests;
    await expect(request?.method).toBe('POST');
    await expect(request?.url).toBe(`/api/conomy/identities/${I.parentUser}/children`);
    await expect(request?.body).toEqual({ children: [I.linkableChildren[0], I.linkableChildren[1]] });
  },
};

export const AddChildrenRefused = linkErrorStory(
  'validation: own child (refused, not sent)',
  'validation',
  async ({ loaded }, canvas) => {
    await expect(entry(canvas, LINK, 'error.fieldErrors')).toHaveTextContent('children');
    await expect(storyKinship({ loaded }).requests).toHaveLength(0);
  },
);
export const AddChildrenParentNotActive = linkErrorStory(
  'validation: parent not ACTIVE (422)',
  'validation',
  async (_context, canvas) => {
    await expect(entry(canvas, LINK, 'error.status')).toHaveTextContent('422');
    await expect(entry(canvas, LINK, 'error.traceId')).not.toBeEmptyDOMElement();
  },
);
export const AddChildrenNotFound = linkErrorStory('not-found (404)', 'not-found');
export const AddChildrenConflict = linkErrorStory('conflict (409)', 'conflict');
export const AddChildrenUnauthorized = linkErrorStory('unauthorized (401)', 'unauthorized');
export const AddChildrenForbidden = linkErrorStory('unauthorized (403 gateway)', 'unauthorized');
export const AddChildrenRateLimited = linkErrorStory(
  'rate-limited (429)',
  'rate-limited',
  async (_context, canvas) => {
    await expect(entry(canvas, LINK, 'error.retryAfterMs')).toHaveTextContent('3000');
  },
);
export const AddChildrenServer = linkErrorStory('server (500)', 'server', async ({ loaded }) => {
  // Linking is idempotent: the kit retried once (retry: 1) before reporting.
  await expect(storyKinship({ loaded }).requests).toHaveLength(2);
});
export const AddChildrenBadGateway = linkErrorStory('server (502 HTML page)', 'server');
export const AddChildrenNetwork = linkErrorStory('network', 'network');
export const AddChildrenTimeout = linkErrorStory('timeout', 'timeout');
export const AddChildrenInvalidResponse = linkErrorStory('invalid-response', 'invalid-response');

export const AddChildrenSpanish: Story = {
  globals: { locale: 'es' },
  render: () => <AddChildrenDemo />,
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'not-found (404)' }));
    await expectValue(canvas, LINK, 'message for the user', 'No encontramos a esa persona o cuenta.');
  },
};

export const AddChildAccountIdle: Story = {
  render: () => <AddChildAccountDemo />,
  play: async ({ canvas }) => {
    await expect(entry(canvas, ACCOUNT, 'status')).toHaveTextContent('idle');
  },
};

export const AddChildAccountPending: Story = {
  parameters: { kinship: { latencyMs: 60_000, timeoutMs: 120_000 } },
  render: () => <AddChildAccountDemo />,
  play: async ({ canvas, loaded }) => {
    const submit = canvas.getByRole('button', { name: 'addChildAccount()' });
    await userEvent.click(submit);
    await expectValue(canvas, ACCOUNT, 'status', 'pending');
    await userEvent.click(submit);
    await expect(storyKinship({ loaded }).requests).toHaveLength(1);
  },
};

export const AddChildAccountSuccess: Story = {
  render: () => <AddChildAccountDemo />,
  play: async ({ canvas, loaded }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'success with consent link' }));
    await expectValue(canvas, ACCOUNT, 'status', 'success');
    await expect(entry(canvas, ACCOUNT, 'data.consentUrl')).toHaveTextContent(/^https:\/\//);
    const [request] = storyKinship({ loaded }).requests;
    await expect(request?.url).toBe('/api/privo/api/account');
    await expect(request?.body).toEqual({
      parentEmail: SANDBOX_EMAILS.adultWithoutChild,
      firstName: 'Sofía',
      userName: 'sofi_2015',
      birthDate_YYYYMMDD: '20150614',
    });
  },
};

export const AddChildAccountUnsafeConsentUrl: Story = {
  render: () => <AddChildAccountDemo />,
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'success, unsafe consent URL (null)' }));
    await expectValue(canvas, ACCOUNT, 'status', 'success');
    await expect(entry(canvas, ACCOUNT, 'data.consentUrl')).toHaveTextContent('null');
  },
};

export const AddChildAccountNoConsentUrl: Story = {
  render: () => <AddChildAccountDemo />,
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'success, no consent URL' }));
    await expectValue(canvas, ACCOUNT, 'status', 'success');
    await expect(entry(canvas, ACCOUNT, 'data.consentUrl')).toHaveTextContent('null');
  },
};

export const AddChildAccountRefused = accountErrorStory(
  'validation: impossible date (refused, not sent)',
  'validation',
  async ({ loaded }, canvas) => {
    await expect(entry(canvas, ACCOUNT, 'error.fieldErrors')).toHaveTextContent('birthDate_YYYYMMDD');
    await expect(storyKinship({ loaded }).requests).toHaveLength(0);
  },
);
export const AddChildAccountServerFieldErrors = accountErrorStory(
  'validation: server field errors (400)',
  'validation',
  async (_context, canvas) => {
    await expect(entry(canvas, ACCOUNT, 'error.fieldErrors')).toHaveTextContent('userName');
  },
);
export const AddChildAccountAdultBirthDate = accountErrorStory(
  'validation: adult birth date (400)',
  'validation',
);
export const AddChildAccountNotFound = accountErrorStory('not-found: unknown parent (404)', 'not-found');
export const AddChildAccountParentHasChild = accountErrorStory(
  'conflict: parent has a child (208)',
  'conflict',
  async (_c, canvas) => {
    await expect(entry(canvas, ACCOUNT, 'error.status')).toHaveTextContent('208');
  },
);
export const AddChildAccountUserNameTaken = accountErrorStory('conflict: username taken (412)', 'conflict');
export const AddChildAccountUnauthorized = accountErrorStory('unauthorized (401)', 'unauthorized');
export const AddChildAccountForbidden = accountErrorStory('unauthorized (403)', 'unauthorized');
export const AddChildAccountRateLimited = accountErrorStory('rate-limited (429)', 'rate-limited');
export const AddChildAccountServer = accountErrorStory('server (500)', 'server', async ({ loaded }) => {
  // Account creation is not idempotent: never retried.
  await expect(storyKinship({ loaded }).requests).toHaveLength(1);
});
export const AddChildAccountBadGateway = accountErrorStory('server (502 HTML page)', 'server');
export const AddChildAccountNetwork = accountErrorStory('network', 'network', async (_c, canvas) => {
  await expect(entry(canvas, ACCOUNT, 'error.mayHaveSucceeded')).toHaveTextContent('true');
});
export const AddChildAccountTimeout = accountErrorStory('timeout', 'timeout', async (_c, canvas) => {
  await expect(entry(canvas, ACCOUNT, 'error.mayHaveSucceeded')).toHaveTextContent('true');
});
export const AddChildAccountInvalidResponse = accountErrorStory('invalid-response', 'invalid-response');
