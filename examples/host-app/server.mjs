#!/usr/bin/env node
// The example host app's backend: a plain node:http server that
//   1. starts the HTTP sandbox (kinship-kit/server `startSandboxServer`, standing in for Conomy and PRIVO),
//   2. mounts the two credential-adding proxies under /api/conomy and /api/privo (with `toNodeHandler`),
//      each with an `authorize` rule tied to the demo session cookie,
//   3. serves the Vite + React app (middleware mode), whose KinshipProvider calls only /api/….
//   4. keeps the child accounts each parent created (in memory: a real app stores them in its database),
//   5. and, for the demo only, relays "the parent approves / denies" to the sandbox's control route.
// `npm run demo` runs it; test/server/host-app.e2e.test.ts drives it in headless Chromium.
//
// The kit is loaded from this repository's sources through Vite (no build needed). In your own app
// these are plain imports: `import { createConomyProxy, … } from 'kinship-kit/server'`.
import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync, realpathSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import react from '@vitejs/plugin-react';
import { createServer as createViteServer } from 'vite';

const appRoot = dirname(fileURLToPath(import.meta.url));
const repositoryRoot = join(appRoot, '..', '..');
const SESSION_COOKIE = 'acme_session';
const STYLES_ID = '\0kinship-kit/styles.css';

/** Maps the package's entry points to the repository's sources, as a published install would. */
function kinshipKitFromSources() {
  const entries = {
    'kinship-kit': 'src/index.ts',
    'kinship-kit/headless': 'src/headless.ts',
    'kinship-kit/locales/es': 'src/locales/es.ts',
    'kinship-kit/locales/pt-BR': 'src/locales/pt-BR.ts',
    'kinship-kit/sandbox': 'src/sandbox/index.ts',
    'kinship-kit/server': 'src/server/index.ts',
  };
  return {
    name: 'kinship-kit-from-sources',
    enforce: 'pre',
    resolveId(id) {
      if (id === 'kinship-kit/styles.css') return STYLES_ID;
      const entry = entries[id];
      return entry ? join(repositoryRoot, entry) : undefined;
    },
    load(id) {
      if (id !== STYLES_ID) return undefined;
      // What scripts/build.mjs writes to dist/styles.css: tokens first, every sheet in one layer.
      const themeDir = join(repositoryRoot, 'src/theme');
      const files = readdirSync(themeDir)
        .filter((file) => file.endsWith('.css'))
        .sort((a, b) => (a === 'tokens.css' ? -1 : b === 'tokens.css' ? 1 : a.localeCompare(b)));
      const sheets = files.map((file) => readFileSync(join(themeDir, file), 'utf8')).join('\n');
      return `@layer kinship {\n${sheets}\n}\n`;
    },
  };
}

function readCookie(header, name) {
  for (const part of (header ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
}

/**
 * Starts the sandbox, the host server with both proxies, and the app.
 * @param {{ port?: number, sandboxPort?: number, host?: string, latencyMs?: number, logLevel?: 'info' | 'warn' | 'error' | 'silent' }} [options]
 * @returns {Promise<import('./server.d.mts').HostApp>}
 */
export async function startHostApp(options = {}) {
  const { port = 5173, sandboxPort = 4010, host = '127.0.0.1', latencyMs = 0, logLevel = 'warn' } = options;
  const vite = await createViteServer({
    configFile: false,
    root: appRoot,
    appType: 'spa',
    logLevel,
    cacheDir: join(repositoryRoot, 'node_modules/.vite-host-app'),
    plugins: [react(), kinshipKitFromSources()],
    server: { middlewareMode: true, hmr: false, watch: null },
    optimizeDeps: {
      entries: ['index.html'],
      include: ['react', 'react/jsx-runtime', 'react/jsx-dev-runtime', 'react-dom', 'react-dom/client'],
    },
  });

  /** @type {typeof import('../../src/server/index.ts')} */
  const kit = await vite.ssrLoadModule('kinship-kit/server');
  /** @type {typeof import('../../src/sandbox/index.ts')} */
  const { SANDBOX_EMAILS, SANDBOX_IDS } = await vite.ssrLoadModule('kinship-kit/sandbox');

  // PRIVO's webhooks: the sandbox posts every consent change to this server's /api/privo-webhook,
  // whose handler saves it in the store the PRIVO proxy's consent-status route reads.
  const webhookSecret = `demo-${randomUUID()}`;
  /** @type {string | undefined} this server's URL, known once it listens (deliveries come later) */
  let hostUrl;
  const sandbox = await kit.startSandboxServer({
    port: sandboxPort,
    host,
    latencyMs,
    webhook: {
      secret: webhookSecret,
      handler: async (request) =>
        fetch(`${hostUrl}/api/privo-webhook`, {
          method: 'POST',
          headers: request.headers,
          body: await request.text(),
        }),
    },
  });
  const consentStore = kit.createMemoryConsentStore();
  const privoWebhook = kit.toNodeHandler(
    kit.createPrivoWebhookHandler({ secret: webhookSecret, store: consentStore }),
  );

  // The demo's "user database": every visitor is signed in as Lucía, an adult without children.
  const parent = {
    identityId: SANDBOX_IDS.parentUser,
    email: SANDBOX_EMAILS.adultWithoutChild,
    name: 'Lucía Fernández Rojas',
  };
  const sessions = new Map();
  /** The child accounts each parent created, by the parent's email (the host's own records). */
  const childAccounts = new Map();
  const sessionOf = (cookieHeader) => sessions.get(readCookie(cookieHeader, SESSION_COOKIE) ?? '');

  const conomy = kit.createConomyProxy({
    baseUrl: sandbox.url,
    basePath: '/api/conomy',
    ...kit.SANDBOX_CREDENTIALS.conomy,
    userAgent: 'AcmeFamilyDemo/1.0',
    authorize(request, { operation, identityId }) {
      const session = sessionOf(request.headers.get('cookie'));
      if (!session) return false;
      // A parent reads, links or unlinks children of their own identity only; any signed-in user may search.
      if (operation === 'addChildren' || operation === 'removeChildren' || operation === 'getIdentity')
        return identityId === session.identityId;
      return operation === 'searchIdentities';
    },
  });
  const privo = kit.createPrivoProxy({
    baseUrl: sandbox.url,
    basePath: '/api/privo',
    ...kit.SANDBOX_CREDENTIALS.privo,
    consentStore,
    async authorize(request, { operation }) {
      const session = sessionOf(request.headers.get('cookie'));
      if (!session) return false;
      // Resend and consent status: a real app also checks that the child is one of this parent's.
      if (operation !== 'addChildAccount') return true;
      // A parent creates accounts under their own email only.
      const body = await request.json().catch(() => ({}));
      return typeof body.parentEmail === 'string' && body.parentEmail.toLowerCase() === session.email;
    },
  });
  const conomyNode = kit.toNodeHandler(conomy);
  const privoNode = kit.toNodeHandler(privo);

  const sendJson = (res, status, body) => {
    res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
    res.end(JSON.stringify(body));
  };

  /** The signed-in parent's child accounts: GET lists them, POST adds one (after the kit created it). */
  async function childAccountsRoute(req, res, session) {
    const mine = childAccounts.get(session.email) ?? [];
    if (req.method === 'GET') return sendJson(res, 200, mine);
    if (req.method !== 'POST') return sendJson(res, 405, { message: 'Method Not Allowed' });
    const body = await readJson(req);
    const serviceId = typeof body?.serviceId === 'string' ? body.serviceId : '';
    if (!/^[\w-]{1,200}$/.test(serviceId)) return sendJson(res, 400, { message: 'serviceId is required' });
    if (!mine.some((account) => account.serviceId === serviceId)) {
      const firstName = typeof body.firstName === 'string' ? body.firstName.slice(0, 100) : null;
      // The parent is the signed-in one, whatever the body says.
      childAccounts.set(session.email, [...mine, { serviceId, firstName, parentEmail: session.email }]);
    }
    return sendJson(res, 200, childAccounts.get(session.email));
  }

  /**
   * Demo only, not part of the kit: "the parent answers PRIVO's consent email", relayed to the
   * sandbox's loopback control route, which changes the consent and posts PRIVO's webhook to
   * /api/privo-webhook before it answers. Only for one of the signed-in parent's own accounts.
   */
  async function sandboxConsentRoute(req, res, session) {
    if (req.method !== 'POST') return sendJson(res, 405, { message: 'Method Not Allowed' });
    const body = await readJson(req);
    const mine = childAccounts.get(session.email) ?? [];
    if (!mine.some((account) => account.serviceId === body?.serviceId)) {
      return sendJson(res, 404, { message: 'Not one of your child accounts' });
    }
    if (body.status !== 'approved' && body.status !== 'denied') {
      return sendJson(res, 400, { message: 'status must be approved or denied' });
    }
    const answer = await fetch(`${sandbox.url}/__sandbox/consent`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ serviceId: body.serviceId, status: body.status }),
    });
    return sendJson(
      res,
      answer.ok ? 200 : 502,
      answer.ok ? { status: body.status } : { message: 'Sandbox refused' },
    );
  }

  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    if (path.startsWith('/api/conomy/')) return void conomyNode(req, res);
    if (path.startsWith('/api/privo/')) return void privoNode(req, res);
    if (path === '/api/privo-webhook') return void privoWebhook(req, res);
    if (path === '/api/me') {
      const session = sessionOf(req.headers.cookie);
      return sendJson(res, session ? 200 : 401, session ?? { message: 'Not signed in' });
    }
    if (path === '/api/child-accounts' || path === '/api/sandbox-controls/consent') {
      const session = sessionOf(req.headers.cookie);
      if (!session) return sendJson(res, 401, { message: 'Not signed in' });
      const route = path === '/api/child-accounts' ? childAccountsRoute : sandboxConsentRoute;
      route(req, res, session).catch(() => sendJson(res, 500, { message: 'Internal Server Error' }));
      return;
    }
    if (path.startsWith('/api/')) {
      res.writeHead(404, { 'content-type': 'application/json' }).end('{"message":"Not found"}');
      return;
    }
    // Any page load signs the visitor in (a real app has a login here).
    if (!sessionOf(req.headers.cookie)) {
      const id = randomUUID();
      sessions.set(id, parent);
      res.setHeader('set-cookie', `${SESSION_COOKIE}=${id}; Path=/; HttpOnly; SameSite=Strict`);
    }
    vite.middlewares(req, res);
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(undefined);
    });
  });
  const address = server.address();
  const url = `http://${host}:${typeof address === 'object' && address ? address.port : port}`;
  hostUrl = url;

  return {
    url,
    sandboxUrl: sandbox.url,
    consentStore,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(() => resolve(undefined)));
      await sandbox.close();
      await vite.close();
    },
  };
}

/** The request's JSON body (at most 16 KB), or `undefined`. */
async function readJson(req) {
  let text = '';
  for await (const chunk of req) {
    text += chunk;
    if (text.length > 16_384) return undefined;
  }
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function isMainModule() {
  try {
    return pathToFileURL(realpathSync(process.argv[1] ?? '')).href === import.meta.url;
  } catch {
    return false;
  }
}

if (isMainModule()) {
  const app = await startHostApp({ latencyMs: 400, logLevel: 'info' });
  process.stdout.write(
    [
      `HTTP sandbox (Conomy + PRIVO)   ${app.sandboxUrl}`,
      `Host API (/api/conomy, /api/privo) and app   ${app.url}`,
      '',
      `Open ${app.url} — signed in as Lucía (a parent). Ctrl+C stops everything.`,
      '',
    ].join('\n'),
  );
  const stop = () => {
    app.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
