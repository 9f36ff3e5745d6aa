// `kinship-kit/server`: credential-adding proxies for the host's backend (Web-standard Request →
// Response), a node:http adapter, and the HTTP sandbox server. See docs/server.md. Listed by name:
// this list is the semver contract (docs/api.md; test/api.test.ts keeps them in step).
export { type ConsentStore, createMemoryConsentStore } from '../core/consent.js';
export { type ConomyProxyOptions, createConomyProxy } from './conomy.js';
export { createNodeHandler, type FetchHandler, type NodeHandler, toNodeHandler } from './node.js';
export { createPrivoProxy, type PrivoProxyOptions } from './privo.js';
export type {
  Authorize,
  AuthorizeContext,
  CommonProxyOptions,
  ProxyEvent,
  ProxyFetch,
  ProxyHandler,
  ProxyOperation,
} from './proxy.js';
export {
  createSandboxHandler,
  SANDBOX_CREDENTIALS,
  type SandboxHandler,
  type SandboxHandlerOptions,
  type SandboxServer,
  type SandboxServerWebhook,
  type StartSandboxServerOptions,
  startSandboxServer,
} from './sandbox-server.js';
export {
  createPrivoWebhookHandler,
  type PrivoWebhookEvent,
  type PrivoWebhookHandlerOptions,
} from './webhook.js';
