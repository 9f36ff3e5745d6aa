/**
 * What every story runs on: a fresh in-memory sandbox (both backends, with its request log),
 * handed to a `KinshipProvider` with the toolbar's locale, plus the toolbar's direction and theme.
 * Stories tune it through `parameters.kinship` and read it back in play functions via `loaded.kinship`.
 */
import type { Decorator, Loader, StoryContext } from '@storybook/react-vite';
import {
  createContext,
  type ReactNode,
  useContext,
  useEffect,
  useLayoutEffect,
  useMemo,
  useReducer,
} from 'react';
import { SHIPPED_LOCALES } from '../src/i18n/locales.js';
import {
  type Catalogue,
  createTranslator,
  KinshipProvider,
  type KinshipTheme,
  type Translator,
} from '../src/index.js';
import {
  createSandbox,
  type Sandbox,
  type SandboxOptions,
  type SandboxRequest,
} from '../src/sandbox/index.js';

/** The locales of the toolbar: English and every shipped language (`SHIPPED_LOCALES`, one list). */
export const STORY_LOCALES = ['en', ...SHIPPED_LOCALES] as const;

// Every entry point `kinship-kit/locales/<tag>` (src/locales/<tag>.ts), each exporting one catalogue.
const localeModules = import.meta.glob<Record<string, Catalogue>>('../src/locales/*.ts', { eager: true });

/**
 * The catalogues the toolbar's languages need, as a host imports them (`kinship-kit/locales/es`,
 * `kinship-kit/locales/ar`, …); English is built in. A shipped tag without its entry fails loudly.
 */
export const STORY_CATALOGUES: readonly Catalogue[] = SHIPPED_LOCALES.map((tag) => {
  const catalogue = Object.values(localeModules[`../src/locales/${tag}.ts`] ?? {})[0];
  if (!catalogue) throw new Error(`SHIPPED_LOCALES lists "${tag}" but src/locales/${tag}.ts is missing`);
  return catalogue;
});

/** What the toolbar calls a locale, in its own language (`Español`, `العربية`, `日本語`). */
export function localeTitle(tag: string): string {
  const name = new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? tag;
  return name.charAt(0).toLocaleUpperCase(tag) + name.slice(1);
}

/** The writing direction of a locale (Arabic and Hebrew: right to left). */
export function localeDirection(tag: string): 'ltr' | 'rtl' {
  return ['ar', 'he', 'fa', 'ur'].includes(tag.split('-')[0] ?? '') ? 'rtl' : 'ltr';
}

/**
 * The locale a story renders in, exactly as the decorator hands it to `KinshipProvider`: the story's
 * `parameters.kinship.locale`, else the toolbar's `globals.locale` (which a story can pin with
 * `globals`), else English.
 */
export function storyLocale(context: Pick<StoryContext, 'parameters' | 'globals'>): string {
  const parameters = context.parameters.kinship as KinshipStoryParameters | undefined;
  return parameters?.locale ?? (context.globals.locale as string | undefined) ?? 'en';
}

/**
 * The kit's own translator for the locale the story renders in, so a play function finds elements
 * and checks texts in whatever language the toolbar (or the story) chose:
 * `play: async ({ canvas, globals, parameters }) => { const { t } = storyMessages({ globals, parameters }); … }`.
 */
export function storyMessages(context: Pick<StoryContext, 'parameters' | 'globals'>): Translator {
  return createTranslator(storyLocale(context), {}, STORY_CATALOGUES);
}

/** `parameters.kinship`: per-story (or per-file) settings of the sandbox and provider. */
export interface KinshipStoryParameters {
  /** Delay of every sandbox answer, in milliseconds. @default 400 (60 while running as a test) */
  latencyMs?: number;
  /** More options for `createSandbox` (failure triggers, error rate, seed…). */
  sandboxOptions?: SandboxOptions;
  /** Forces a locale, whatever the toolbar says. */
  locale?: string;
  /** Base routes the provider's configs use. @default { conomy: '/api/conomy', privo: '/api/privo' } */
  baseUrls?: { conomy?: string; privo?: string };
  /** `timeoutMs` of both service configs (so the timeout state is reachable without waiting 30 s). */
  timeoutMs?: number;
  /** `retry` of both service configs (only Conomy's idempotent calls retry). */
  retry?: number;
  /**
   * The story is a partner's page (stories/HostPage.stories.tsx): the frame sets no theme, direction
   * aside, so the kit shows what a host gets from its own page and the provider's `theme` alone.
   */
  hostPage?: boolean;
  /** `theme` of the story's `KinshipProvider`. @default undefined (the kit's default: light) */
  theme?: KinshipTheme;
}

/** The story's backend, as `loaded.kinship` in play functions and `useStoryKinship()` in renders. */
export interface StoryKinship {
  /** The story's own sandbox (seeded identities and adults, `failNext`, `reset`…). */
  sandbox: Sandbox;
  /** Every request the sandbox received so far, oldest first (method, url, parsed body, status…). */
  readonly requests: readonly SandboxRequest[];
}

/** Creates the story's sandbox. */
export function createStoryKinship(parameters: KinshipStoryParameters = {}, isTest = false): StoryKinship {
  const latencyMs = parameters.latencyMs ?? (isTest ? 60 : 400);
  const sandbox = createSandbox({ latencyMs, ...parameters.sandboxOptions });
  return {
    sandbox,
    get requests() {
      return sandbox.requests;
    },
  };
}

function isVitestRun(): boolean {
  // The Vitest addon runs stories through Vitest's browser mode, which sets this global.
  return typeof globalThis === 'object' && '__vitest_browser__' in globalThis;
}

/** Creates the story's sandbox before it renders, so render and play share it. */
export const kinshipLoader: Loader = async ({ parameters }) => ({
  kinship: createStoryKinship(parameters.kinship as KinshipStoryParameters | undefined, isVitestRun()),
});

const StoryKinshipContext = createContext<StoryKinship | null>(null);

/** The story's sandbox and request log, inside a story's render. */
export function useStoryKinship(): StoryKinship {
  const value = useContext(StoryKinshipContext);
  if (!value) throw new Error('useStoryKinship: the story was not rendered through .storybook/preview.tsx');
  return value;
}

/** The number of requests sent so far and the last one, re-rendering on every sandbox change. */
export function useRecordedRequests(): { count: number; last: SandboxRequest | undefined } {
  const { sandbox } = useStoryKinship();
  const [, rerender] = useReducer((version: number) => version + 1, 0);
  useEffect(() => sandbox.subscribe(rerender), [sandbox]);
  const { requests } = sandbox;
  return { count: requests.length, last: requests.at(-1) };
}

/** Reads `loaded.kinship` in a play function, with its type. */
export function storyKinship(context: { loaded: Record<string, unknown> }): StoryKinship {
  const value = context.loaded.kinship as StoryKinship | undefined;
  if (!value) throw new Error('storyKinship: the story has no kinship loader result');
  return value;
}

interface StoryFrameProps {
  direction: 'ltr' | 'rtl';
  /** `null` on a host page: no theme attribute anywhere, the page and the provider decide. */
  theme: 'light' | 'dark' | 'system' | null;
  locale: string;
  children: ReactNode;
}

function StoryFrame({ direction, theme, locale, children }: StoryFrameProps) {
  // Portalled content (the dialog) renders under <body>: it reads direction, theme and language from <html>.
  useLayoutEffect(() => {
    const root = document.documentElement;
    root.setAttribute('dir', direction);
    if (theme) root.setAttribute('data-kinship-theme', theme);
    else root.removeAttribute('data-kinship-theme');
    root.setAttribute('lang', locale);
  }, [direction, theme, locale]);
  return (
    <div
      className={theme ? 'story-frame' : 'story-frame story-frame--host'}
      dir={direction}
      lang={locale}
      {...(theme ? { 'data-kinship-theme': theme } : {})}
    >
      {children}
    </div>
  );
}

function StoryProviders({
  kinship,
  locale,
  parameters,
  children,
}: {
  kinship: StoryKinship;
  locale: string;
  parameters: KinshipStoryParameters;
  children: ReactNode;
}) {
  const conomyBaseUrl = parameters.baseUrls?.conomy ?? '/api/conomy';
  const privoBaseUrl = parameters.baseUrls?.privo ?? '/api/privo';
  const { timeoutMs, retry, theme } = parameters;
  const { fetcher } = kinship.sandbox;
  const conomy = useMemo(
    () => ({
      baseUrl: conomyBaseUrl,
      fetcher,
      ...(timeoutMs !== undefined ? { timeoutMs } : {}),
      ...(retry !== undefined ? { retry } : {}),
    }),
    [conomyBaseUrl, fetcher, timeoutMs, retry],
  );
  const privo = useMemo(
    () => ({ baseUrl: privoBaseUrl, fetcher, ...(timeoutMs !== undefined ? { timeoutMs } : {}) }),
    [privoBaseUrl, fetcher, timeoutMs],
  );
  return (
    <StoryKinshipContext.Provider value={kinship}>
      <KinshipProvider
        conomy={conomy}
        privo={privo}
        locale={locale}
        catalogues={STORY_CATALOGUES}
        {...(theme ? { theme } : {})}
      >
        {children}
      </KinshipProvider>
    </StoryKinshipContext.Provider>
  );
}

/** Wraps every story: sandbox + provider + direction/theme/locale from the toolbar (or the story). */
export const withKinship: Decorator = (Story, context) => {
  const parameters = (context.parameters.kinship ?? {}) as KinshipStoryParameters;
  const kinship = (context.loaded.kinship as StoryKinship | undefined) ?? createStoryKinship(parameters);
  const locale = storyLocale(context);
  const direction = context.globals.direction === 'rtl' ? 'rtl' : 'ltr';
  const theme = parameters.hostPage
    ? null
    : ((['light', 'dark', 'system'] as const).find((name) => name === context.globals.theme) ?? 'light');
  return (
    <StoryFrame direction={direction} theme={theme} locale={locale}>
      <StoryProviders kinship={kinship} locale={locale} parameters={parameters}>
        <Story />
      </StoryProviders>
    </StoryFrame>
  );
};
