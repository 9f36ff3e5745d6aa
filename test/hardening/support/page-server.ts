// Builds the hardening page with Vite (like a host app would) and serves it from node:http: the
// server-rendered markup for hydration, or an empty root for a client render, with or without a
// Content-Security-Policy header. Used by the hydration and CSP tests (Node, "unit" project).
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { renderToString } from 'react-dom/server';
import { build } from 'vite';
import { createSandbox } from '../../../src/sandbox/index.js';
import { hardeningTree } from '../page.js';

/** The nonce the page gives `KinshipProvider` (the dialog's scroll lock inserts one nonced `<style>`). */
export const STYLE_NONCE = 'kinship-hardening-nonce';

/**
 * The policy the kit must live under: no inline scripts, no inline styles except the one nonced
 * `<style>` of the dialog's scroll lock, no eval, nothing off-origin.
 */
export const STRICT_CSP = `default-src 'self'; script-src 'self'; style-src 'self' 'nonce-${STYLE_NONCE}'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'`;

const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

export interface HardeningPageServer {
  /** Origin of the server, e.g. `http://127.0.0.1:41234`. */
  origin: string;
  /** The markup `renderToString` produced for the hydrated page. */
  serverHtml: string;
  /**
   * Address of a page: `mode` "hydrate" (server markup + `hydrateRoot`) or "client" (`createRoot`);
   * `csp` a Content-Security-Policy header to send with the HTML (none when omitted).
   */
  url(options: { mode: 'hydrate' | 'client'; csp?: string }): string;
  close(): Promise<void>;
}

/**
 * Builds the page (React's development build for `mode: 'development'`, so hydration warnings are
 * printed; the production build for `'production'`) into a temporary folder and serves it.
 */
export async function startHardeningPage({
  mode,
}: {
  mode: 'development' | 'production';
}): Promise<HardeningPageServer> {
  const outDir = await mkdtemp(join(tmpdir(), 'kinship-hardening-'));
  // Vitest runs with NODE_ENV=test; Vite and the React plugin pick dev or prod transforms from it.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = mode;
  await build({
    configFile: false,
    root: fixtures,
    mode,
    logLevel: 'silent',
    cacheDir: join(outDir, '.vite'),
    plugins: [react()],
    define: { 'process.env.NODE_ENV': JSON.stringify(mode) },
    build: { outDir: join(outDir, 'dist'), emptyOutDir: true, minify: mode === 'production' },
  }).finally(() => {
    process.env.NODE_ENV = nodeEnv;
  });
  const dist = join(outDir, 'dist');
  const template = await readFile(join(dist, 'index.html'), 'utf8');

  const sandbox = createSandbox({ latencyMs: 50 });
  const serverHtml = renderToString(hardeningTree({ sandbox, candidates: sandbox.identities }));
  const pages = {
    hydrate: template.replace('<!--mode-->', 'hydrate').replace('<!--app-html-->', serverHtml),
    client: template.replace('<!--mode-->', 'client').replace('<!--app-html-->', ''),
  };

  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const send = (
      status: number,
      type: string,
      body: string | Buffer,
      headers: Record<string, string> = {},
    ) => {
      response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...headers });
      response.end(body);
    };
    if (url.pathname === '/' || url.pathname === '/index.html') {
      const page = url.searchParams.get('mode') === 'client' ? pages.client : pages.hydrate;
      const csp = url.searchParams.get('csp');
      send(200, TYPES['.html'] as string, page, csp ? { 'content-security-policy': csp } : {});
      return;
    }
    const path = normalize(join(dist, decodeURIComponent(url.pathname)));
    if (!path.startsWith(dist)) return send(403, 'text/plain', 'Forbidden');
    readFile(path).then(
      (body) => send(200, TYPES[extname(path)] ?? 'application/octet-stream', body),
      () => send(404, 'text/plain', 'Not found'),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

  return {
    origin,
    serverHtml,
    url: ({ mode: pageMode, csp }) => {
      const params = new URLSearchParams({ mode: pageMode });
      if (csp) params.set('csp', csp);
      return `${origin}/?${params}`;
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await rm(outDir, { recursive: true, force: true });
    },
  };
}
