import type { Meta, StoryObj } from '@storybook/react-vite';
import { useMemo } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { storyKinship, storyMessages, useStoryKinship } from '../.storybook/kinship.js';
import {
  ChildPicker,
  type ChildPickerProps,
  createIdentitySearch,
  type Identity,
  type MessageKey,
  type Translator,
  useKinshipConfig,
} from '../src/index.js';
import { CONOMY_TRIGGER_IDS, generateIdentities, SANDBOX_IDS } from '../src/sandbox/index.js';

type Canvas = ReturnType<typeof within>;

/** Which identities the story offers: the sandbox's seeded ones, generated ones, or none. */
type CandidateSource = 'sandbox' | 'none' | 'long' | 'huge';

/** `parameters.picker`: which candidates a story offers. */
interface PickerStoryParameters {
  /** Where the candidates come from. @default 'sandbox' */
  source?: CandidateSource;
  /** Extra identities offered besides the source's. */
  extra?: Identity[];
}

type PickerStoryProps = Omit<ChildPickerProps, 'candidates'> & PickerStoryParameters;

const generated = new Map<number, Identity[]>();
/** Generated once per size and shared by stories (100,000 take a moment). */
function generatedIdentities(count: number): Identity[] {
  let list = generated.get(count);
  if (!list) {
    list = generateIdentities(count, 11);
    generated.set(count, list);
  }
  return list;
}

/** A picker over the story's own sandbox: its seeded identities (and trigger ids) as candidates. */
function SandboxPicker({ source = 'sandbox', extra, ...props }: PickerStoryProps) {
  const { sandbox } = useStoryKinship();
  const candidates = useMemo(() => {
    const base =
      source === 'none'
        ? []
        : source === 'long'
          ? generatedIdentities(1000)
          : source === 'huge'
            ? generatedIdentities(100_000)
            : sandbox.identities;
    return extra ? [...base, ...extra] : base;
  }, [source, extra, sandbox]);
  return <ChildPicker {...props} candidates={candidates} />;
}

/**
 * Server mode as Conomy documents it: `createIdentitySearch` sends an email, document number or
 * phone typed (never `q`, never a name), and follows `pagination.next` at the end of the list.
 */
function ServerSearchPicker(props: Omit<ChildPickerProps, 'candidates' | 'loadCandidates'>) {
  const { conomy } = useKinshipConfig();
  const loadCandidates = useMemo(
    () => (conomy ? createIdentitySearch(conomy, { limit: 20 }) : undefined),
    [conomy],
  );
  return <ChildPicker {...props} {...(loadCandidates ? { loadCandidates } : {})} />;
}

type T = Translator['t'];

const combobox = (canvas: Canvas, t: T) => canvas.getByRole('combobox', { name: t('picker.label') });

/** Types like a user, then picks the first match with the keyboard. */
async function pickFirstMatch(canvas: Canvas, t: T, text: string) {
  const input = combobox(canvas, t);
  await userEvent.click(input);
  await userEvent.clear(input);
  await userEvent.type(input, text);
  await waitFor(() => expect(canvas.getAllByRole('option').length).toBeGreaterThan(0));
  await userEvent.keyboard('{ArrowDown}');
  await expect(input.getAttribute('aria-activedescendant')).toBe(canvas.getAllByRole('option')[0]?.id);
  await userEvent.keyboard('{Enter}');
}

/** "Linked A and B.", as the kit announces it in the translator's locale (names joined by `Intl.ListFormat`). */
/** The hint's list of searchable fields, as the picker formats it. */
function searchFields({ t, locale }: Translator): string {
  const labels = (['email', 'documentNumber', 'phone'] as const).map((field) =>
    t(`picker.searchField.${field}`),
  );
  return new Intl.ListFormat(locale, { style: 'long', type: 'disjunction' }).format(labels);
}

function linkedMessage({ t, locale }: Translator, names: string[]): string {
  const list = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(names);
  return t('picker.success', { count: names.length, names: list });
}

const meta = {
  title: 'Components/ChildPicker',
  component: ChildPicker,
  render: (args, { parameters }) => (
    <SandboxPicker {...args} {...(parameters.picker as PickerStoryParameters)} />
  ),
  args: { identityId: SANDBOX_IDS.parentUser },
  parameters: {
    docs: {
      description: {
        component:
          'Links existing Conomy identities as children: a combobox over a virtualized multi-select listbox (fine at 100,000 identities), chips, and a "Link N children" button. Runs on the in-memory sandbox; see docs/picker.md.',
      },
    },
  },
} satisfies Meta<typeof ChildPicker>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The seeded identities; the parent (Lucía Fernández Rojas) is never offered. Search ignores accents. */
export const Default: Story = {
  play: async ({ canvas, globals, parameters }) => {
    const { t } = storyMessages({ globals, parameters });
    await userEvent.click(combobox(canvas, t));
    await expect(canvas.queryByRole('option', { name: /Lucía Fernández Rojas/ })).toBeNull();
    await userEvent.type(combobox(canvas, t), 'jose antonio');
    // The search index loads on demand: the first search may still be loading.
    await waitFor(() => expect(canvas.getAllByRole('option')).toHaveLength(1));
    const options = canvas.getAllByRole('option');
    await expect(options[0]).toHaveTextContent('José Antonio Núñez Castillo');
    await expect(canvas.getByRole('button', { name: t('picker.submitEmpty') })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
  },
};

/** Two children picked with the keyboard and linked: the outcome is announced. */
export const Success: Story = {
  play: async ({ canvas, loaded, globals, parameters }) => {
    const translator = storyMessages({ globals, parameters });
    const { t } = translator;
    const { requests } = storyKinship({ loaded });
    await pickFirstMatch(canvas, t, 'valentina');
    await pickFirstMatch(canvas, t, 'camila');
    await expect(
      canvas.getByRole('button', { name: t('picker.removeChip', { name: 'Valentina Peña' }) }),
    ).toBeInTheDocument();
    await userEvent.click(canvas.getByRole('button', { name: t('picker.submit', { count: 2 }) }));
    const status = canvas.getByRole('status');
    const linked = linkedMessage(translator, ['Valentina Peña', 'Camila Muñoz Riquelme']);
    const parentStatus = t('picker.successStatus.ACTIVE', { parent: 'Lucía Fernández Rojas' });
    await waitFor(() => expect(status).toHaveTextContent(`${linked} ${parentStatus}`));
    const post = requests.find((request) => request.method === 'POST');
    await expect(post?.body).toEqual({
      children: [SANDBOX_IDS.linkableChildren[3], SANDBOX_IDS.linkableChildren[4]],
    });
  },
};

/** While the request is out, the button is busy and inert; the selection stays visible. */
export const Pending: Story = {
  args: { defaultValue: [SANDBOX_IDS.linkableChildren[0]] },
  parameters: { kinship: { latencyMs: 600_000 } },
  play: async ({ canvas, globals, parameters }) => {
    const { t } = storyMessages({ globals, parameters });
    const submit = canvas.getByRole('button', { name: t('picker.submit', { count: 1 }) });
    await userEvent.click(submit);
    await waitFor(() => expect(submit).toHaveAttribute('aria-busy', 'true'));
    await expect(submit).toHaveAttribute('aria-disabled', 'true');
    await expect(
      canvas.getByRole('button', { name: t('picker.removeChip', { name: 'José Antonio Núñez Castillo' }) }),
    ).toBeInTheDocument();
  },
};

/** A failure of each kind: picking the sandbox's trigger identity makes the link fail that way. */
function errorStory(
  childId: string,
  message: MessageKey | ((t: T) => string),
  extra: Partial<Story> = {},
): Story {
  return {
    ...extra,
    args: { defaultValue: [childId], ...extra.args },
    parameters: {
      kinship: { retry: 0, timeoutMs: 1500, sandboxOptions: { includeTriggerIdentities: true } },
      ...extra.parameters,
    },
    play: async ({ canvas, globals, parameters }) => {
      const { t } = storyMessages({ globals, parameters });
      await userEvent.click(canvas.getByRole('button', { name: t('picker.submit', { count: 1 }) }));
      const alert = await canvas.findByRole('alert', {}, { timeout: 5000 });
      await expect(alert).toHaveTextContent(typeof message === 'function' ? message(t) : t(message));
      await expect(within(alert).getByRole('button', { name: t('error.retry') })).toBeInTheDocument();
      // The selection is kept for the retry.
      await expect(canvas.getByRole('list', { name: t('picker.selected') })).toBeInTheDocument();
    },
  };
}

/** 422 from Conomy: the parent is not ACTIVE. */
export const ErrorValidation: Story = errorStory(SANDBOX_IDS.linkableChildren[0], 'error.validation', {
  args: { identityId: SANDBOX_IDS.pendingParent },
});
/** 401 from the host's backend. */
export const ErrorUnauthorized: Story = errorStory(CONOMY_TRIGGER_IDS.unauthorized, 'error.unauthorized');
/** 404: a child Conomy does not know. */
export const ErrorNotFound: Story = errorStory(SANDBOX_IDS.unknown, 'error.not-found', {
  parameters: {
    kinship: { retry: 0 },
    picker: {
      extra: [
        { id: SANDBOX_IDS.unknown, type: 'USER', name: 'Nadie', lastname: 'Desconocido', children: [] },
      ],
    },
  },
});
/** 409: the child is already linked elsewhere. */
export const ErrorConflict: Story = errorStory(CONOMY_TRIGGER_IDS.conflict, 'error.conflict');
/** 429 with Retry-After: the message says how long to wait. */
export const ErrorRateLimited: Story = errorStory(CONOMY_TRIGGER_IDS.rateLimited, (t) =>
  t('error.rate-limited.wait', { seconds: 3 }),
);
/** 500 from Conomy. */
export const ErrorServer: Story = errorStory(CONOMY_TRIGGER_IDS.serverError, 'error.server');
/** The fetch itself failed (offline, DNS, CORS). */
export const ErrorNetwork: Story = errorStory(CONOMY_TRIGGER_IDS.networkError, 'error.network');
/** No answer within `timeoutMs` (1.5 s here). */
export const ErrorTimeout: Story = errorStory(CONOMY_TRIGGER_IDS.timeout, 'error.timeout');
/** A 200 whose body is not an identity. */
export const ErrorInvalidResponse: Story = errorStory(
  CONOMY_TRIGGER_IDS.invalidResponse,
  'error.invalid-response',
);

/** Nobody to offer. */
export const EmptyCandidates: Story = {
  parameters: { picker: { source: 'none' } },
  play: async ({ canvas, globals, parameters }) => {
    const { t } = storyMessages({ globals, parameters });
    await userEvent.click(combobox(canvas, t));
    await expect(canvas.getByText(t('picker.noCandidates'))).toBeVisible();
    await expect(canvas.queryAllByRole('option')).toHaveLength(0);
  },
};

/** Ricardo already has two children: they show as linked and the keyboard skips them. */
export const AlreadyLinked: Story = {
  args: { identityId: SANDBOX_IDS.parentWithChildren, linkedChildIds: [...SANDBOX_IDS.linkedChildren] },
  play: async ({ canvas, globals, parameters }) => {
    const { t } = storyMessages({ globals, parameters });
    await userEvent.type(combobox(canvas, t), 'martinez luna');
    const options = canvas.getAllByRole('option');
    await expect(options).toHaveLength(2);
    for (const option of options) {
      await expect(option).toHaveAttribute('aria-disabled', 'true');
      await expect(option).toHaveTextContent(t('picker.linked'));
    }
    await userEvent.keyboard('{ArrowDown}');
    await expect(combobox(canvas, t)).not.toHaveAttribute('aria-activedescendant');
  },
};

/** 1,000 generated identities, long names included: rows keep one height, text is cut with an ellipsis. */
export const LongList: Story = {
  parameters: { picker: { source: 'long' } },
  play: async ({ canvas, globals, parameters }) => {
    const { t } = storyMessages({ globals, parameters });
    await userEvent.click(combobox(canvas, t));
    const options = canvas.getAllByRole('option');
    await expect(options[0]).toHaveAttribute('aria-setsize', '1000');
    await expect(options.length).toBeLessThan(30);
    await userEvent.keyboard('{End}');
    const active = document.getElementById(combobox(canvas, t).getAttribute('aria-activedescendant') ?? '');
    await expect(active).toHaveAttribute('aria-posinset', '1000');
  },
};

/** 100,000 identities searched in the browser: only the rows in view exist in the DOM. */
export const HugeList: Story = {
  parameters: { picker: { source: 'huge' } },
  play: async ({ canvas, globals, parameters }) => {
    const { t } = storyMessages({ globals, parameters });

    const target = generatedIdentities(100_000)[54_321] as Identity;
    const text = `${target.name ?? ''}`.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().slice(0, 6);
    await userEvent.type(combobox(canvas, t), text);
    await waitFor(() => expect(canvas.getAllByRole('option')[0]).toHaveAttribute('aria-setsize'));
    const size = Number(canvas.getAllByRole('option')[0]?.getAttribute('aria-setsize'));
    await expect(size).toBeGreaterThan(0);
    await expect(canvas.getAllByRole('option').length).toBeLessThan(30);
    await userEvent.keyboard('{ArrowDown}{ArrowDown}{Enter}');
    await expect(canvas.getByRole('button', { name: t('picker.submit', { count: 1 }) })).toBeInTheDocument();
  },
};

/** Organisations too big to load: `loadCandidates` asks the sandbox (100,000 identities) for the email typed. */
export const ServerSearch: Story = {
  render: (args) => <ServerSearchPicker {...args} />,
  parameters: { kinship: { sandboxOptions: { identityCount: 100_000 } } },
  play: async ({ canvas, loaded, globals, parameters }) => {
    const translator = storyMessages({ globals, parameters });
    const { t } = translator;
    const { requests } = storyKinship({ loaded });
    const input = combobox(canvas, t);
    // The hint names what Conomy can search by.
    await expect(input).toHaveAccessibleDescription(
      t('picker.serverHint', { fields: searchFields(translator) }),
    );
    await userEvent.type(input, 'valentina.pena@example.com');
    await waitFor(
      () =>
        expect(canvas.getAllByRole('option')[0]).toHaveTextContent(
          `Valentina Peña${t('identityType.USER')}valentina.pena@example.com`,
        ),
      { timeout: 5000 },
    );
    await expect(canvas.getAllByRole('option')).toHaveLength(1);
    const searches = requests.filter((request) => request.path === '/identities');
    // Debounced: far fewer requests than keystrokes; only documented filters, the last one the email.
    await expect(searches.length).toBeLessThan(8);
    for (const search of searches) await expect(Object.keys(search.query)).not.toContain('q');
    await expect(searches.at(-1)?.query.email).toBe('valentina.pena@example.com');
    await userEvent.keyboard('{ArrowDown}{Enter}');
    await userEvent.click(canvas.getByRole('button', { name: t('picker.submit', { count: 1 }) }));
    await waitFor(() =>
      expect(canvas.getByRole('status')).toHaveTextContent(linkedMessage(translator, ['Valentina Peña'])),
    );
  },
};

/** Server mode, a name typed: Conomy cannot search names, so nothing is sent and the picker says so. */
export const ServerSearchName: Story = {
  render: (args) => <ServerSearchPicker {...args} />,
  play: async ({ canvas, loaded, globals, parameters }) => {
    const { t } = storyMessages({ globals, parameters });
    const { requests } = storyKinship({ loaded });
    await userEvent.type(combobox(canvas, t), 'Valentina');
    await waitFor(() => expect(canvas.getByText(t('picker.unsupportedQuery'))).toBeVisible(), {
      timeout: 5000,
    });
    await expect(canvas.queryAllByRole('option')).toHaveLength(0);
    const searches = requests.filter((request) => request.path === '/identities');
    for (const search of searches) await expect(Object.keys(search.query)).toEqual(['limit']);
  },
};

/** Server mode, scrolled to the end: the next page (`pagination.next`) loads, is appended and announced. */
export const ServerSearchNextPage: Story = {
  render: (args) => <ServerSearchPicker {...args} />,
  parameters: { kinship: { sandboxOptions: { identityCount: 1000 } } },
  play: async ({ canvas, loaded, globals, parameters }) => {
    const { t } = storyMessages({ globals, parameters });
    const { requests } = storyKinship({ loaded });
    await userEvent.click(combobox(canvas, t));
    const setSize = () => Number(canvas.getAllByRole('option')[0]?.getAttribute('aria-setsize'));
    // The first page (20 identities, less the parent when it is among them).
    await waitFor(() => expect(setSize()).toBeGreaterThanOrEqual(19), { timeout: 5000 });
    const first = setSize();
    const listbox = canvas.getByRole('listbox');
    listbox.scrollTop = listbox.scrollHeight;
    await waitFor(() => expect(setSize()).toBe(first + 20), { timeout: 5000 });
    await expect(canvas.getByText(t('picker.loadedMore', { count: 20 }))).toBeVisible();
    const pages = requests.filter((request) => request.path === '/identities' && request.query.next);
    await expect(pages).toHaveLength(1);
  },
};

/** The dark theme (`data-kinship-theme="dark"`). */
export const Dark: Story = {
  globals: { theme: 'dark' },
  args: { defaultValue: [SANDBOX_IDS.linkableChildren[1]] },
  play: async ({ canvas, globals, parameters }) => {
    const { t } = storyMessages({ globals, parameters });
    await userEvent.click(combobox(canvas, t));
    await expect(canvas.getByRole('listbox')).toBeVisible();
  },
};

/** Right to left: the chips, the toggle and the option rows mirror. */
export const RightToLeft: Story = {
  globals: { direction: 'rtl' },
  args: { defaultValue: [SANDBOX_IDS.linkableChildren[1]] },
  play: async ({ canvas, globals, parameters }) => {
    const { t } = storyMessages({ globals, parameters });
    await userEvent.click(combobox(canvas, t));
    await expect(canvas.getByRole('listbox')).toBeVisible();
  },
};

/** Spanish: every string from the `es` catalogue, plurals included. */
export const Spanish: Story = {
  globals: { locale: 'es' },
  parameters: { kinship: { locale: 'es' } },
  play: async ({ canvas, globals, parameters }) => {
    const { t } = storyMessages({ globals, parameters });
    await expect(canvas.getByRole('button', { name: 'Vincular hijos' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    await pickFirstMatch(canvas, t, 'valentina');
    await pickFirstMatch(canvas, t, 'camila');
    await expect(canvas.getByRole('button', { name: 'Quitar a Camila Muñoz Riquelme' })).toBeInTheDocument();
    await userEvent.click(canvas.getByRole('button', { name: 'Vincular 2 hijos' }));
    await waitFor(() =>
      expect(canvas.getByRole('status')).toHaveTextContent('Se vinculó a Valentina Peña y Camila'),
    );
  },
};

/** Brazilian Portuguese. */
export const Portuguese: Story = {
  globals: { locale: 'pt-BR' },
  parameters: { kinship: { locale: 'pt-BR' } },
  play: async ({ canvas, globals, parameters }) => {
    const { t } = storyMessages({ globals, parameters });
    await pickFirstMatch(canvas, t, 'joao');
    await expect(canvas.getByRole('button', { name: 'Vincular 1 filho' })).toBeInTheDocument();
    await pickFirstMatch(canvas, t, 'sebastian');
    await expect(canvas.getByRole('button', { name: 'Vincular 2 filhos' })).toBeInTheDocument();
    await expect(canvas.getByRole('button', { name: 'Remover João Pedro Araújo Lima' })).toBeInTheDocument();
  },
};
