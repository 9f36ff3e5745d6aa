import type { ConsentStore } from '../../src/server/index.js';

/** Options of `startHostApp`. */
export interface HostAppOptions {
  /** Port of the host app (API and pages); 0 picks a free one. @default 5173 */
  port?: number;
  /** Port of the HTTP sandbox; 0 picks a free one. @default 4010 */
  sandboxPort?: number;
  /** Interface of both servers. @default '127.0.0.1' */
  host?: string;
  /** Delay the sandbox adds to each answer, in ms. @default 0 */
  latencyMs?: number;
  /** Vite's log level. @default 'warn' */
  logLevel?: 'info' | 'warn' | 'error' | 'silent';
}

/** A running example: the app's URL, the sandbox's URL, and a way to stop both. */
export interface HostApp {
  url: string;
  sandboxUrl: string;
  /** The store the host's webhook handler fills and its PRIVO proxy's consent-status route reads. */
  consentStore: ConsentStore;
  close(): Promise<void>;
}

/** Starts the HTTP sandbox, the host server with both proxies, and the Vite app. */
export function startHostApp(options?: HostAppOptions): Promise<HostApp>;
