import type { Meta, StoryObj } from '@storybook/react-vite';
import { useMemo } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { storyKinship, useStoryKinship } from '../.storybook/kinship.js';
import {
  ChildPicker,
  type ChildPickerProps,
  type Identity,
  type IdentitySearchQuery,
  searchIdentities,
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

/** Server mode: every keystroke asks the sandbox's `GET /identities?q=…` (debounced, aborted). */
function ServerSearchPicker(props: Omit<ChildPickerProps, 'candidates' | 'loadCandidates'>) {
  const { conomy } = useKinshipConfig();
  const loadCandidates = useMemo(
    () =>
      conomy
        ? (text: string, options: { signal: AbortSignal }) =>
            searchIdentities(conomy, { text, limit: 20 } satisfies IdentitySearchQuery, options).then(
              (page) => page.data,
            )
        : undefined,
    [conomy],
  );
  return <ChildPicker {...props} {...(loadCandidates ? { loadCandidates } : {})} />;
}

const combobox = (canvas: Canvas, name = 'Children to link') => canvas.getByRole('combobox', { name });

/** Types like a user, then picks the first match with the keyboard. */
async function pickFirstMatch(canvas: Canvas, text: string, name?: string) {
  const input = combobox(canvas, name);
  await userEvent.click(input);
  await userEvent.clear(input);
  await userEvent.type(input, text);
  await waitFor(() => expect(canvas.getAllByRole('option').length).toBeGreaterThan(0));
  await userEvent.keyboard('{ArrowDown}');
  await expect(input.getAttribute('aria-activedescendant')).toBe(canvas.getAllByRole('option')[0]?.id);
  await userEvent.keyboard('{Enter}');
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
  play: async ({ canvas }) => {
    await userEvent.click(combobox(canvas));
    await expect(canvas.queryByRole('option', { name: /Lucía Fernández Rojas/ })).toBeNull();
    await userEvent.type(combobox(canvas), 'jose antonio');
    const options = canvas.getAllByRole('option');
    await expect(options).toHaveLength(1);
    await expect(options[0]).toHaveTextContent('José Antonio Núñez Castillo');
    await expect(canvas.getByRole('button', { name: 'Link children' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
  },
};

/** Two children picked with the keyboard and linked: the outcome is announced. */
export const Success: Story = {
  play: async ({ canvas, loaded }) => {
    const { requests } = storyKinship({ loaded });
    await pickFirstMatch(canvas, 'valentina');
    await pickFirstMatch(canvas, 'camila');
    await expect(canvas.getByRole('button', { name: 'Remove Valentina Peña' })).toBeInTheDocument();
    await userEvent.click(canvas.getByRole('button', { name: 'Link 2 children' }));
    const status = canvas.getByRole('status');
    await waitFor(() =>
      expect(status).toHaveTextContent(
        'Linked Valentina Peña and Camila Muñoz Riquelme. Lucía Fernández Rojas is now: Active.',
      ),
    );
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
  play: async ({ canvas }) => {
    const submit = canvas.getByRole('button', { name: 'Link 1 child' });
    await userEvent.click(submit);
    await waitFor(() => expect(submit).toHaveAttribute('aria-busy', 'true'));
    await expect(submit).toHaveAttribute('aria-disabled', 'true');
    await expect(
      canvas.getByRole('button', { name: 'Remove José Antonio Núñez Castillo' }),
    ).toBeInTheDocument();
  },
};

/** A failure of each kind: picking the sandbox's trigger identity makes the link fail that way. */
function errorStory(childId: string, message: string, extra: Partial<Story> = {}): Story {
  return {
    ...extra,
    args: { defaultValue: [childId], ...extra.args },
    parameters: {
      kinship: { retry: 0, timeoutMs: 1500, sandboxOptions: { includeTriggerIdentities: true } },
      ...extra.parameters,
    },
    play: async ({ canvas }) => {
      await userEvent.click(canvas.getByRole('button', { name: 'Link 1 child' }));
      const alert = await canvas.findByRole('alert', {}, { timeout: 5000 });
      await expect(alert).toHaveTextContent(message);
      await expect(within(alert).getByRole('button', { name: 'Try again' })).toBeInTheDocument();
      // The selection is kept for the retry.
      await expect(canvas.getByRole('list', { name: 'Selected' })).toBeInTheDocument();
    },
  };
}

/** 422 from Conomy: the parent is not ACTIVE. */
export const ErrorValidation: Story = errorStory(
  SANDBOX_IDS.linkableChildren[0],
  'Some details need fixing before we can continue.',
  { args: { identityId: SANDBOX_IDS.pendingParent } },
);
/** 401 from the host's backend. */
export const ErrorUnauthorized: Story = errorStory(
  CONOMY_TRIGGER_IDS.unauthorized,
  'You are not allowed to do this. Sign in again or ask an administrator.',
);
/** 404: a child Conomy does not know. */
export const ErrorNotFound: Story = errorStory(
  SANDBOX_IDS.unknown,
  'We could not find that person or account.',
  {
    parameters: {
      kinship: { retry: 0 },
      picker: {
        extra: [
          { id: SANDBOX_IDS.unknown, type: 'USER', name: 'Nadie', lastname: 'Desconocido', children: [] },
        ],
      },
    },
  },
);
/** 409: the child is already linked elsewhere. */
export const ErrorConflict: Story = errorStory(
  CONOMY_TRIGGER_IDS.conflict,
  'This was already done, or the details are already in use.',
);
/** 429 with Retry-After: the message says how long to wait. */
export const ErrorRateLimited: Story = errorStory(
  CONOMY_TRIGGER_IDS.rateLimited,
  'Too many attempts. Please try again in 3 seconds.',
);
/** 500 from Conomy. */
export const ErrorServer: Story = errorStory(
  CONOMY_TRIGGER_IDS.serverError,
  'The service is having trouble. Please try again.',
);
/** The fetch itself failed (offline, DNS, CORS). */
export const ErrorNetwork: Story = errorStory(
  CONOMY_TRIGGER_IDS.networkError,
  'We could not reach the service. Check your connection and try again.',
);
/** No answer within `timeoutMs` (1.5 s here). */
export const ErrorTimeout: Story = errorStory(
  CONOMY_TRIGGER_IDS.timeout,
  'The service took too long to answer. Please try again.',
);
/** A 200 whose body is not an identity. */
export const ErrorInvalidResponse: Story = errorStory(
  CONOMY_TRIGGER_IDS.invalidResponse,
  'The service sent an answer we could not read. Please try again.',
);

/** Nobody to offer. */
export const EmptyCandidates: Story = {
  parameters: { picker: { source: 'none' } },
  play: async ({ canvas }) => {
    await userEvent.click(combobox(canvas));
    await expect(canvas.getByText('There is nobody to link yet.')).toBeVisible();
    await expect(canvas.queryAllByRole('option')).toHaveLength(0);
  },
};

/** Ricardo already has two children: they show as linked and the keyboard skips them. */
export const AlreadyLinked: Story = {
  args: { identityId: SANDBOX_IDS.parentWithChildren, linkedChildIds: [...SANDBOX_IDS.linkedChildren] },
  play: async ({ canvas }) => {
    await userEvent.type(combobox(canvas), 'martinez luna');
    const options = canvas.getAllByRole('option');
    await expect(options).toHaveLength(2);
    for (const option of options) {
      await expect(option).toHaveAttribute('aria-disabled', 'true');
      await expect(option).toHaveTextContent('Already linked');
    }
    await userEvent.keyboard('{ArrowDown}');
    await expect(combobox(canvas)).not.toHaveAttribute('aria-activedescendant');
  },
};

/** 1,000 generated identities, long names included: rows keep one height, text is cut with an ellipsis. */
export const LongList: Story = {
  parameters: { picker: { source: 'long' } },
  play: async ({ canvas }) => {
    await userEvent.click(combobox(canvas));
    const options = canvas.getAllByRole('option');
    await expect(options[0]).toHaveAttribute('aria-setsize', '1000');
    await expect(options.length).toBeLessThan(30);
    await userEvent.keyboard('{End}');
    const active = document.getElementById(combobox(canvas).getAttribute('aria-activedescendant') ?? '');
    await expect(active).toHaveAttribute('aria-posinset', '1000');
  },
};

/** 100,000 identities searched in the browser: only the rows in view exist in the DOM. */
export const HugeList: Story = {
  parameters: { picker: { source: 'huge' } },
  play: async ({ canvas }) => {
    const target = generatedIdentities(100_000)[54_321] as Identity;
    const text = `${target.name ?? ''}`.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().slice(0, 6);
    await userEvent.type(combobox(canvas), text);
    await waitFor(() => expect(canvas.getAllByRole('option')[0]).toHaveAttribute('aria-setsize'));
    const size = Number(canvas.getAllByRole('option')[0]?.getAttribute('aria-setsize'));
    await expect(size).toBeGreaterThan(0);
    await expect(canvas.getAllByRole('option').length).toBeLessThan(30);
    await userEvent.keyboard('{ArrowDown}{ArrowDown}{Enter}');
    await expect(canvas.getByRole('button', { name: 'Link 1 child' })).toBeInTheDocument();
  },
};

/** Organisations too big to load: `loadCandidates` asks the sandbox (100,000 identities) as the user types. */
export const ServerSearch: Story = {
  render: (args) => <ServerSearchPicker {...args} />,
  parameters: { kinship: { sandboxOptions: { identityCount: 100_000 } } },
  play: async ({ canvas, loaded }) => {
    const { requests } = storyKinship({ loaded });
    const input = combobox(canvas);
    await userEvent.type(input, 'valentina pena');
    // The seeded Valentina Peña comes first; the generated identities hold namesakes.
    await waitFor(
      () =>
        expect(canvas.getAllByRole('option')[0]).toHaveTextContent(
          'Valentina PeñaPersonvalentina.pena@example.com',
        ),
      { timeout: 5000 },
    );
    const searches = requests.filter((request) => request.path === '/identities');
    // Debounced: far fewer requests than keystrokes, the last one for the whole text.
    await expect(searches.length).toBeLessThan(8);
    await expect(searches.at(-1)?.query.q).toBe('valentina pena');
    await userEvent.keyboard('{ArrowDown}{Enter}');
    await userEvent.click(canvas.getByRole('button', { name: 'Link 1 child' }));
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent('Linked Valentina Peña.'));
  },
};

/** The dark theme (`data-kinship-theme="dark"`). */
export const Dark: Story = {
  globals: { theme: 'dark' },
  args: { defaultValue: [SANDBOX_IDS.linkableChildren[1]] },
  play: async ({ canvas }) => {
    await userEvent.click(combobox(canvas));
    await expect(canvas.getByRole('listbox')).toBeVisible();
  },
};

/** Right to left: the chips, the toggle and the option rows mirror. */
export const RightToLeft: Story = {
  globals: { direction: 'rtl' },
  args: { defaultValue: [SANDBOX_IDS.linkableChildren[1]] },
  play: async ({ canvas }) => {
    await userEvent.click(combobox(canvas));
    await expect(canvas.getByRole('listbox')).toBeVisible();
  },
};

/** Spanish: every string from the `es` catalogue, plurals included. */
export const Spanish: Story = {
  globals: { locale: 'es' },
  parameters: { kinship: { locale: 'es' } },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('button', { name: 'Vincular hijos' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    await pickFirstMatch(canvas, 'valentina', 'Hijos para vincular');
    await pickFirstMatch(canvas, 'camila', 'Hijos para vincular');
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
  play: async ({ canvas }) => {
    await pickFirstMatch(canvas, 'joao', 'Filhos para vincular');
    await expect(canvas.getByRole('button', { name: 'Vincular 1 filho' })).toBeInTheDocument();
    await pickFirstMatch(canvas, 'sebastian', 'Filhos para vincular');
    await expect(canvas.getByRole('button', { name: 'Vincular 2 filhos' })).toBeInTheDocument();
    await expect(canvas.getByRole('button', { name: 'Remover João Pedro Araújo Lima' })).toBeInTheDocument();
  },
};
