/**
 * `kinship-kit/sandbox`: an in-memory, credential-free emulation of the Conomy identity API and the
 * PRIVO account API behind a fetch-compatible function, for Storybook, demos and partners' own
 * tests. Depends on the core types only; runs in browsers and Node. See docs/sandbox.md.
 */

export { DEFAULT_PAGE_SIZE, identityToWire, MAX_PAGE_SIZE } from './conomy.js';
export { SANDBOX_CONSENT_ORIGIN, SANDBOX_EMAILS, SANDBOX_IDS, SANDBOX_ROLES } from './fixtures.js';
export { DEFAULT_SEED, generateIdentities, MAX_GENERATED } from './generate.js';
export { SANDBOX_COUNTRIES, type SandboxCountry } from './names.js';
export type { SandboxAccountField, SandboxAdult, SandboxChildAccount } from './privo.js';
export { RETRY_AFTER_SECONDS } from './responses.js';
export {
  createSandbox,
  DEFAULT_LATENCY_MS,
  DEFAULT_RESEND_COOLDOWN_MS,
  type FailNextOptions,
  type Sandbox,
  type SandboxFetcher,
  type SandboxOptions,
  type SandboxRequest,
  sandboxTriggerIdentities,
} from './sandbox.js';
export {
  CONOMY_TRIGGER_IDS,
  PRIVO_TRIGGER_EMAILS,
  SANDBOX_FAILURES,
  SANDBOX_TRIGGERS,
  type SandboxApi,
  type SandboxFailure,
  type SandboxTrigger,
} from './triggers.js';
