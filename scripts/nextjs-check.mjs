// The kit in a real Next.js 16 App Router app (examples/nextjs), as a partner installs it:
//   1. builds the package and packs the tarball; checks every "use client" directive in it,
//   2. installs the example from its own lockfile (`npm ci`), then the tarball with `--no-save`
//      (the lockfile never names a tarball path, so a clean clone installs the same way),
//   3. `next build` (Server Components import the kit's components with no wrapper),
//   4. starts the HTTP sandbox (`kinship-sandbox` from the tarball) and `next start` on 127.0.0.1,
//   5. walks both flows in headless Chromium: link two children in the picker, create a child
//      account (consent link shown); no credential or token in any request, response or the page
//      source; a CSP header with a nonce, and no CSP violation.
// Prints the time of each stage (~4 min on 2 cores, up to 9 when busy; most of it npm ci and next build). `--keep` leaves node_modules and .next in place afterwards.
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from './chromium.mjs';
import { directiveMismatches, hasUseClientDirective } from './client-directives.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const app = join(root, 'examples/nextjs');
const scratch = mkdtempSync(join(tmpdir(), 'kinship-nextjs-'));
const env = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: '1',
  npm_config_audit: 'false',
  npm_config_fund: 'false',
};
const timings = [];
const children = [];

async function stage(name, work) {
  const started = Date.now();
  console.log(`▶ ${name}`);
  const result = await work();
  const seconds = (Date.now() - started) / 1000;
  timings.push([name, seconds]);
  console.log(`  ${name}: ${seconds.toFixed(1)} s`);
  return result;
}

function run(command, args, cwd) {
  execFileSync(command, args, { cwd, env, stdio: ['ignore', 'inherit', 'inherit'] });
}

/** A free TCP port on 127.0.0.1. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts a child process; resolves with its handle once `ready(output)` returns a value. */
function start(command, args, options, ready, timeoutMs = 60_000) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    children.push(child);
    let output = '';
    const timer = setTimeout(() => reject(new Error(`${command} did not start:\n${output}`)), timeoutMs);
    const read = (chunk) => {
      output += chunk;
      const value = ready(output);
      if (value !== undefined) {
        clearTimeout(timer);
        resolve(value);
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${command} exited (${code}) before it was ready:\n${output}`));
    });
  });
}

async function main() {
  const tarball = await stage('build and pack kinship-kit', () => {
    run(process.execPath, ['scripts/build.mjs'], root);
    const name = execFileSync('npm', ['pack', '--silent', '--pack-destination', scratch], {
      cwd: root,
      encoding: 'utf8',
    })
      .trim()
      .split('\n')
      .pop();
    const packed = join(scratch, name);
    // What the tarball carries is what Next.js sees: each built module keeps its source's directive.
    const unpacked = join(scratch, 'unpacked');
    rmSync(unpacked, { recursive: true, force: true });
    mkdirSync(unpacked, { recursive: true });
    execFileSync('tar', ['-xzf', packed, '-C', unpacked]);
    const dist = join(unpacked, 'package/dist');
    const { mismatches, clientModules } = directiveMismatches(join(root, 'src'), dist);
    assert.deepEqual(mismatches, [], '"use client" lost or added in the tarball');
    for (const entry of ['index.js', 'headless.js', 'server/index.js', 'sandbox/index.js', 'core/index.js']) {
      assert.equal(hasUseClientDirective(readFileSync(join(dist, entry), 'utf8')), false, entry);
    }
    assert.ok(clientModules >= 10, `only ${clientModules} client modules in the tarball`);
    console.log(`  tarball ${name}: ${clientModules} modules start with "use client", entry points none`);
    return packed;
  });

  await stage('install examples/nextjs (npm ci, then the tarball --no-save)', () => {
    const lock = readFileSync(join(app, 'package-lock.json'), 'utf8');
    const manifest = readFileSync(join(app, 'package.json'), 'utf8');
    rmSync(join(app, '.next'), { recursive: true, force: true });
    run('npm', ['ci', '--prefer-offline', '--ignore-scripts'], app);
    run('npm', ['install', '--no-save', '--prefer-offline', '--ignore-scripts', tarball], app);
    assert.equal(readFileSync(join(app, 'package-lock.json'), 'utf8'), lock, 'the lockfile must not change');
    assert.equal(readFileSync(join(app, 'package.json'), 'utf8'), manifest, 'package.json must not change');
  });

  await stage('next build', () => run(process.execPath, ['node_modules/next/dist/bin/next', 'build'], app));

  const { sandboxUrl, appUrl } = await stage('start the HTTP sandbox and next start', async () => {
    const sandboxUrl = await start(
      process.execPath,
      ['node_modules/kinship-kit/dist/server/cli.js', '--port', '0', '--host', '127.0.0.1'],
      { cwd: app, env },
      (output) => output.match(/listening on (http:\/\/127\.0\.0\.1:\d+)/)?.[1],
    );
    const port = await freePort();
    const appUrl = await start(
      process.execPath,
      ['node_modules/next/dist/bin/next', 'start', '--hostname', '127.0.0.1', '--port', String(port)],
      {
        cwd: app,
        env: { ...env, KINSHIP_SANDBOX_URL: sandboxUrl, SESSION_SECRET: crypto.randomUUID() },
      },
      (output) => (/Ready in|✓ Ready/.test(output) ? `http://127.0.0.1:${port}` : undefined),
    );
    return { sandboxUrl, appUrl };
  });
  console.log(`  sandbox ${sandboxUrl}, app ${appUrl}`);

  await stage('both flows in Chromium', () => walkFlows(appUrl));
}

async function walkFlows(appUrl) {
  const { SANDBOX_CREDENTIALS } = await import(join(app, 'node_modules/kinship-kit/dist/server/index.js'));
  const { SANDBOX_EMAILS, SANDBOX_IDS } = await import(
    join(app, 'node_modules/kinship-kit/dist/sandbox/index.js')
  );
  const secrets = [
    SANDBOX_CREDENTIALS.conomy.apiKey,
    SANDBOX_CREDENTIALS.conomy.clientId,
    SANDBOX_CREDENTIALS.conomy.clientSecret,
    SANDBOX_CREDENTIALS.privo.clientId,
    SANDBOX_CREDENTIALS.privo.clientSecret,
  ];
  const tokenPattern = /sandbox-(?:conomy|privo)-[0-9a-f-]{36}/;

  const executablePath = findChromium();
  if (!executablePath)
    throw new Error('Chromium not found: apt-get install -y chromium, or set CHROMIUM_PATH.');
  const browser = await chromium.launch({ executablePath, args: chromiumArgs, headless: true });
  try {
    const context = await browser.newContext({ locale: 'en-US', colorScheme: 'light' });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    const seen = [];
    const apiRequests = [];
    const pending = [];
    const problems = [];
    page.on('request', (request) => {
      seen.push(request.url(), JSON.stringify(request.headers()), request.postData() ?? '');
      if (new URL(request.url()).pathname.startsWith('/api/')) {
        apiRequests.push({ method: request.method(), url: request.url(), headers: request.headers() });
      }
    });
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`HTTP ${response.status()} ${response.url()}`);
      pending.push(
        (async () => {
          seen.push(JSON.stringify(await response.allHeaders()));
          seen.push(await response.text().catch(() => ''));
        })(),
      );
    });
    page.on('console', (message) => {
      if (message.type() === 'error' || /Content.Security.Policy/i.test(message.text())) {
        problems.push(`${message.type()}: ${message.text()}`);
      }
    });
    page.on('pageerror', (error) => problems.push(`pageerror: ${String(error)}`));
    await page.addInitScript(() => {
      window.__violations = [];
      document.addEventListener('securitypolicyviolation', (event) => {
        window.__violations.push(`${event.effectiveDirective} ${event.blockedURI} ${event.sample}`);
      });
    });

    const response = await page.goto(appUrl);
    assert.equal(response?.status(), 200);
    const policy = response.headers()['content-security-policy'] ?? '';
    const nonce = policy.match(/'nonce-([A-Za-z0-9+/=]+)'/)?.[1];
    assert.ok(nonce, `CSP header with a nonce: ${policy}`);
    assert.doesNotMatch(policy, /unsafe-inline|unsafe-eval/);
    await page.getByRole('heading', { name: 'Acme Family' }).waitFor();
    // Hydrated: the form's button reacts (a server-only render would not validate).
    await page.waitForFunction(() => document.querySelectorAll('script[nonce]').length > 0);

    // Flow 1: link two children in the picker (candidates loaded in the Server Component).
    const search = page.getByRole('combobox', { name: 'Children to link' });
    for (const [query, name] of [
      ['Núñez', /José Antonio Núñez Castillo/],
      ['Araújo', /João Pedro Araújo Lima/],
    ]) {
      await search.fill(query);
      await page.getByRole('option', { name }).click();
    }
    await search.press('Escape');
    await page.getByRole('button', { name: 'Link 2 children' }).click();
    const linked = page.getByRole('status').filter({ hasText: /Linked/ });
    await linked.waitFor();
    assert.match(await linked.textContent(), /José Antonio.*João Pedro|João Pedro.*José Antonio/);
    const posted = apiRequests.filter(
      (request) => request.method === 'POST' && request.url.includes('/children'),
    );
    assert.deepEqual(
      posted.map((request) => new URL(request.url).pathname),
      [`/api/conomy/identities/${SANDBOX_IDS.parentUser}/children`],
    );
    console.log('  picker: two children linked through /api/conomy');

    // Flow 2: create a child account → consent link and QR code.
    const form = page.getByRole('region', { name: 'Create a child account' });
    await form.getByRole('textbox', { name: 'First name' }).fill('Mateo');
    await form.getByRole('textbox', { name: 'Username' }).fill('mateo_2016');
    await form.getByRole('textbox', { name: 'Month' }).fill('4');
    await form.getByRole('textbox', { name: 'Day' }).fill('12');
    await form.getByRole('textbox', { name: 'Year' }).fill('2016');
    await form.getByRole('button', { name: 'Add child' }).click();
    await page.getByRole('heading', { name: /the parent needs to give consent/ }).waitFor();
    const consentLink = page.getByRole('link', { name: /Open the consent page/ });
    assert.match((await consentLink.getAttribute('href')) ?? '', /^https:\/\//);
    await page.getByRole('img', { name: 'QR code of the consent link' }).waitFor();
    assert.ok(
      apiRequests.some(
        (request) => request.method === 'POST' && request.url.endsWith('/api/privo/api/account'),
      ),
    );
    console.log('  form: child account created through /api/privo, consent link shown');

    // The dialog (rendered by the Server Component too) opens and closes under the policy.
    const dialogSection = page.getByRole('region', { name: 'Or in a dialog' });
    await dialogSection.getByRole('button').first().click();
    await page.getByRole('dialog').waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    console.log('  dialog: opens and closes');

    // The partner's client module (functions as props): server search through /api/conomy.
    await page.getByRole('region', { name: 'Link in a dialog' }).getByRole('button').first().click();
    const linkDialog = page.getByRole('dialog');
    // Conomy has no name search: the picker sends an email (or document, phone) as a documented filter.
    await linkDialog.getByRole('combobox').fill('jose.nunez@example.com');
    await linkDialog.getByRole('option', { name: /José Antonio Núñez Castillo/ }).waitFor();
    assert.ok(
      apiRequests.some(
        (request) =>
          request.method === 'GET' &&
          request.url.includes('/api/conomy/identities') &&
          request.url.includes('email=jose.nunez%40example.com'),
      ),
    );
    while (await linkDialog.isVisible()) await page.keyboard.press('Escape');
    console.log('  link dialog (client module with loadCandidates): searches through /api/conomy');

    await page.screenshot({ path: join(tmpdir(), 'kinship-nextjs.png'), fullPage: true });
    console.log(`  screenshot: ${join(tmpdir(), 'kinship-nextjs.png')}`);

    await Promise.all(pending);
    const everything = [...seen, await page.content()].join('\n');
    assert.ok(seen.length > 10);
    for (const secret of secrets) assert.ok(!everything.includes(secret), 'a credential reached the browser');
    assert.doesNotMatch(everything, tokenPattern, 'a token reached the browser');
    assert.ok(everything.includes(SANDBOX_EMAILS.adultWithoutChild));
    for (const request of apiRequests) {
      assert.equal(request.headers.authorization, undefined);
      assert.equal(request.headers['x-api-key'], undefined);
    }
    console.log(`  no credential or token in ${apiRequests.length} API calls, responses or the page source`);

    const violations = await page.evaluate(() => window.__violations);
    assert.deepEqual(violations, [], 'CSP violations');
    assert.deepEqual(problems, [], 'console errors');
    console.log('  CSP: nonce in the header, no violation, no console error');
  } finally {
    await browser.close();
  }
}

let failed = false;
try {
  await main();
} catch (error) {
  failed = true;
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
} finally {
  for (const child of children) child.kill('SIGTERM');
  rmSync(scratch, { recursive: true, force: true });
  if (!process.argv.includes('--keep')) {
    rmSync(join(app, 'node_modules'), { recursive: true, force: true });
    rmSync(join(app, '.next'), { recursive: true, force: true });
  }
  const total = timings.reduce((sum, [, seconds]) => sum + seconds, 0);
  console.log(`\nNext.js check ${failed ? 'FAILED' : 'passed'} in ${total.toFixed(0)} s:`);
  for (const [name, seconds] of timings) console.log(`  ${seconds.toFixed(1).padStart(6)} s  ${name}`);
}
process.exit(failed ? 1 : 0);
