'use client';

import { setNonce } from 'get-nonce';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useRef } from 'react';
import { preloadAnswerChecks } from '../core/answerChecksLoader.js';
import type { ConomyConfig } from '../core/conomy.js';
import { emitKinshipEvent, type KinshipEvent, type KinshipEventInput } from '../core/events.js';
import type { ServiceConfig } from '../core/http.js';
// Types only: the catalogues are loaded by `useTranslator` (components), so `kinship-kit/headless`
// does not carry them.
import type { Catalogue, MessageOverrides } from '../i18n/index.js';
import { useIsomorphicLayoutEffect } from './internal/dom.js';

/** The kit's colour theme: `"system"` follows the visitor's `prefers-color-scheme`. */
export type KinshipTheme = 'light' | 'dark' | 'system';

/** Props of `KinshipProvider`. */
export interface KinshipProviderProps {
  /** How to reach Conomy through the host's backend (e.g. `{ baseUrl: '/api/conomy', fetcher }`). */
  conomy?: ConomyConfig;
  /** How to reach PRIVO through the host's backend (e.g. `{ baseUrl: '/api/privo', fetcher }`). */
  privo?: ServiceConfig;
  /**
   * BCP 47 locale. Texts come from the catalogue in `catalogues` for it (`"es-MX"` takes `es`), else
   * English; numbers and plurals always follow `locale`. @default "en"
   */
  locale?: string;
  /**
   * The languages the host shows besides English (built in), each imported from its own entry point:
   * `import { es } from 'kinship-kit/locales/es'`, `import { ptBR } from 'kinship-kit/locales/pt-BR'`.
   * A page carries only the languages it imports. @default []
   */
  catalogues?: readonly Catalogue[];
  /** Overrides for any message key of the catalogue. */
  messages?: MessageOverrides;
  /**
   * The nonce of your Content-Security-Policy's `style-src`, for the one `<style>` element the
   * dialog's scroll lock (Radix, through `react-remove-scroll`) inserts. Needed only when your
   * policy has no `'unsafe-inline'` for styles.
   */
  nonce?: string;
  /**
   * Colour theme of every kit component below (their roots, and the dialog's portalled parts, get
   * `data-kinship-theme`). Without it the kit is light, unless a `data-kinship-theme` attribute on
   * `<html>` or a wrapper says otherwise; it never follows the OS unless you choose `"system"`.
   * @default "light"
   */
  theme?: KinshipTheme;
  /**
   * Receives the kit's events, one typed stream for analytics: `children.linked`,
   * `children.unlinked`, `account.created`, `consent.resent`, `consent.status` and `error`, each
   * `{ type, at, …ids }` (never names, emails or bodies). A listener that throws is reported and
   * never breaks the flow. The latest function is called; changing it re-renders nothing.
   */
  onEvent?: (event: KinshipEvent) => void;
  children?: ReactNode;
}

/** What the provider hands to hooks and components. */
export interface KinshipContextValue {
  conomy?: ConomyConfig;
  privo?: ServiceConfig;
  /** The locale in use. */
  locale: string;
  /** The host's message overrides. */
  messages: MessageOverrides;
  /** The catalogues the host gave (English is built in). */
  catalogues: readonly Catalogue[];
  /** The theme chosen on the provider; `undefined` when none was (the CSS default, light, applies). */
  theme?: KinshipTheme;
}

const NO_MESSAGES: MessageOverrides = {};
const NO_CATALOGUES: readonly Catalogue[] = [];
const KinshipContext = createContext<KinshipContextValue>({
  locale: 'en',
  messages: NO_MESSAGES,
  catalogues: NO_CATALOGUES,
});

/** Internal: emits one event to the provider's `onEvent` (a no-op without a provider or listener). */
export type EmitKinshipEvent = (event: KinshipEventInput) => void;

const noEvents: EmitKinshipEvent = () => {};
// Apart from the configs: a new `onEvent` each render must not re-render every consumer.
const KinshipEventContext = createContext<EmitKinshipEvent>(noEvents);

/**
 * Gives every Kinship Kit hook and component below it the host's service configs (each with the
 * host's fetcher), the locale, the catalogues of the languages the host imported, message
 * overrides and the colour theme. Hooks also accept the configs directly. Once mounted in the
 * browser with a config, it starts loading the code that checks the backends' answers
 * (`preloadAnswerChecks`).
 */
export function KinshipProvider({
  conomy,
  privo,
  locale = 'en',
  catalogues,
  messages,
  nonce,
  theme,
  onEvent,
  children,
}: KinshipProviderProps) {
  const listener = useRef(onEvent);
  useIsomorphicLayoutEffect(() => {
    listener.current = onEvent;
  });
  const emit = useCallback<EmitKinshipEvent>((event) => emitKinshipEvent(listener.current, event), []);
  // In the browser only (effects never run in a server render), and only with a service to call:
  // every request waits for the answer checks, loaded on demand; started here, they are there
  // before anyone submits.
  const callsServices = conomy !== undefined || privo !== undefined;
  useEffect(() => {
    if (callsServices) void preloadAnswerChecks();
  }, [callsServices]);
  // Set before the children render: the scroll lock reads it when a dialog opens (idempotent).
  if (nonce) setNonce(nonce);
  const value = useMemo<KinshipContextValue>(
    () => ({
      ...(conomy ? { conomy } : {}),
      ...(privo ? { privo } : {}),
      locale,
      messages: messages ?? NO_MESSAGES,
      catalogues: catalogues ?? NO_CATALOGUES,
      ...(theme ? { theme } : {}),
    }),
    [conomy, privo, locale, messages, catalogues, theme],
  );
  return (
    <KinshipContext.Provider value={value}>
      <KinshipEventContext.Provider value={emit}>{children}</KinshipEventContext.Provider>
    </KinshipContext.Provider>
  );
}

/** The provider's configuration (defaults when there is no provider). */
export function useKinshipConfig(): KinshipContextValue {
  return useContext(KinshipContext);
}

/** Internal: the function hooks call to emit an event at the one place its outcome is known. */
export function useEmitKinshipEvent(): EmitKinshipEvent {
  return useContext(KinshipEventContext);
}
