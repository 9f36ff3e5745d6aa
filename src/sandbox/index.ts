/**
 * `kinship-kit/sandbox`: an in-memory, credential-free emulation of the Conomy identity API and the
 * PRIVO account API behind a fetch-compatible function, for Storybook, demos and partners' own
 * tests. Depends on the core types only; runs in browsers and Node. See docs/sandbox.md.
 * Listed by name: this list is the semver contract (docs/api.md; test/api.test.ts keeps them in step).
 */

export { SANDBOX_EMAILS, SANDBOX_IDS, SANDBOX_ROLES } from './fixtures.js';
export { generateIdentities } from './generate.js';
export type { SandboxCountry } from './names.js';
export type {
  SandboxAccountField,
  SandboxAdult,
  SandboxChildAccount,
  SandboxConsentStatus,
} from './privo.js';
export {
  createSandbox,
  type FailNextOptions,
  type Sandbox,
  type SandboxFetcher,
  type SandboxOptions,
  type SandboxRequest,
  type SandboxWebhook,
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
