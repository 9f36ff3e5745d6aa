import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type HostApp, startHostApp } from '../../examples/host-app/server.mjs';
// @ts-expect-error: plain ESM helper script without types
import { chromiumArgs, findChromium } from '../../scripts/chromium.mjs';
import { SANDBOX_EMAILS, SANDBOX_IDS } from '../../src/sandbox/index.js';
import { SANDBOX_CREDENTIALS } from '../../src/server/index.js';

/** Everything that must never reach the browser: the server's credentials and the tokens they buy. */
const SECRETS = [
  SANDBOX_CREDENTIALS.conomy.apiKey,
  SANDBOX_CREDENTIALS.conomy.clientId,
  SANDBOX_CREDENTIALS.conomy.clientSecret,
  SANDBOX_CREDENTIALS.privo.clientId,
  SANDBOX_CREDENTIALS.privo.clientSecret,
];
const TOKEN_PATTERN = /sandbox-(?:conomy|privo)-[0-9a-f-]{36}/;

/** What the browser saw: every request (URL, headers, body) and response (headers, body). */
const seen: string[] = [];
const apiRequests: Array<{ method: string; url: string; headers: Record<string, string> }> = [];
const pendingBodies: Array<Promise<void>> = [];

let app: HostApp;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  app = await startHostApp({ port: 0, sandboxPort: 0 });
  const executablePath: string | null = findChromium();
  if (!executablePath)
    throw new Error('Chromium not found: install it (apt-get install -y chromium) or set CHROMIUM_PATH.');
  browser = await chromium.launch({ executablePath, args: chromiumArgs, headless: true });
  context = await browser.newContext({ locale: 'en-US' });
  page = await context.newPage();
  page.on('request', (request) => {
    seen.push(request.url(), JSON.stringify(request.headers()), request.postData() ?? '');
    if (new URL(request.url()).pathname.startsWith('/api/')) {
      apiRequests.push({ method: request.method(), url: request.url(), headers: request.headers() });
    }
  });
  // Bodies are read once the request finished: the panel's polls may be aborted mid-answer (a
  // remount, the page hidden), and the body of an aborted answer never arrives.
  page.on('requestfinished', (request) => {
    pendingBodies.push(
      (async () => {
        const response = await request.response();
        if (!response) return;
        seen.push(JSON.stringify(await response.allHeaders()));
        seen.push(await response.text().catch(() => ''));
      })(),
    );
  });
  await page.goto(app.url);
  await page.getByRole('heading', { name: 'Family', exact: true, level: 1 }).waitFor();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('given a parent signed in to the example host app', () => {
  describe('when they link two identities as their children', () => {
    it('shows them linked, through the Conomy proxy and the HTTP sandbox', async () => {
      const search = page.getByRole('combobox', { name: 'Children to link' });
      for (const [query, name] of [
        ['jose.nunez@example.com', /José Antonio Núñez Castillo/],
        ['joao.araujo@example.com', /João Pedro Araújo Lima/],
      ] as const) {
        await search.fill(query);
        await page.getByRole('option', { name }).click();
      }
      // Close the list (it covers the button), as a parent would.
      await search.press('Escape');
      await page.getByRole('button', { name: 'Link 2 children' }).click();

      const status = page.getByRole('status').filter({ hasText: /Linked/ });
      await status.waitFor({ timeout: 10_000 });
      expect(await status.textContent()).toMatch(/José Antonio.*João Pedro|João Pedro.*José Antonio/);
      const posted = apiRequests.filter(
        (request) => request.method === 'POST' && request.url.includes('/children'),
      );
      expect(posted.map((request) => new URL(request.url).pathname)).toEqual([
        `/api/conomy/identities/${SANDBOX_IDS.parentUser}/children`,
      ]);
    }, 30_000);
  });

  describe('when they create a child account', () => {
    it('shows the consent link and its QR code', async () => {
      await page.getByRole('textbox', { name: 'First name' }).fill('Mateo');
      await page.getByRole('textbox', { name: 'Username' }).fill('mateo_2016');
      await page.getByRole('textbox', { name: 'Month' }).fill('4');
      await page.getByRole('textbox', { name: 'Day' }).fill('12');
      await page.getByRole('textbox', { name: 'Year' }).fill('2016');
      await page.getByRole('button', { name: 'Add child' }).click();

      await page
        .getByRole('heading', { name: /the parent needs to give consent/ })
        .waitFor({ timeout: 10_000 });
      const consentLink = page.getByRole('link', { name: /consent page/ });
      expect(await consentLink.getAttribute('href')).toMatch(/^https:\/\//);
      await expect
        .poll(() => page.getByRole('img', { name: 'QR code of the consent link' }).isVisible())
        .toBe(true);
      const account = apiRequests.find((request) => request.url.endsWith('/api/privo/api/account'));
      expect(account?.method).toBe('POST');
    }, 30_000);
  });

  describe('when the sandbox plays the parent who approves the new child account', () => {
    it('the family panel shows it pending, then approved without a reload, and announces it', async () => {
      const family = page.locator('#your-family');
      const mateo = family.getByRole('listitem').filter({ hasText: 'Mateo' });
      await expect.poll(() => mateo.getAttribute('data-consent-status'), { timeout: 15_000 }).toBe('pending');
      expect(await mateo.textContent()).toContain('Consent pending');
      const serviceId = (await mateo.getAttribute('data-service-id')) ?? '';
      expect(serviceId).not.toBe('');
      // A mark on this document: a reload would drop it.
      await page.evaluate(() => Object.assign(window, { hostAppMark: 'same document' }));

      await page.getByRole('button', { name: "Approve Mateo's account as the parent" }).click();

      // The sandbox's control route → its webhook POST (Bearer secret) → the host's handler and store
      // → the PRIVO proxy's consent-status → the panel's next poll.
      await mateo.getByText('Consent approved').waitFor({ timeout: 30_000 });
      expect(await mateo.getAttribute('data-consent-status')).toBe('approved');
      expect((await app.consentStore.get(serviceId))?.status).toBe('approved');
      await family
        .getByRole('status')
        .filter({ hasText: 'Mateo: Consent approved' })
        .waitFor({ state: 'attached', timeout: 10_000 });
      expect(await page.evaluate(() => (window as { hostAppMark?: string }).hostAppMark)).toBe(
        'same document',
      );
      const polled = apiRequests.filter((request) =>
        request.url.endsWith(`/api/privo/consent-status/${serviceId}`),
      );
      expect(polled.length).toBeGreaterThan(0);
    }, 60_000);
  });

  describe("when they link a child in the family panel, then unlink her through the panel's confirmation", () => {
    it('the panel lists the child after the link and drops her after the unlink', async () => {
      const family = page.locator('#your-family');
      const linked = family.locator('[data-section="linked"]');
      // The two children linked in the first flow are there.
      await linked.getByRole('button', { name: 'Unlink José Antonio' }).waitFor({ timeout: 15_000 });

      await family.getByRole('button', { name: 'Link children' }).click();
      const dialog = page.getByRole('dialog');
      const search = dialog.getByRole('combobox', { name: 'Children to link' });
      await search.fill('sebastian.ibanez@example.com');
      await dialog.getByRole('option', { name: /Sebastián Ibáñez Quispe/ }).click();
      // Keyboard, not a click: the list may still cover the button.
      await dialog.getByRole('button', { name: 'Link 1 child' }).press('Enter');
      await dialog
        .getByRole('status')
        .filter({ hasText: /Linked/ })
        .waitFor({ timeout: 15_000 });
      await dialog.getByRole('button', { name: 'Close' }).click();
      await dialog.waitFor({ state: 'hidden' });

      const unlink = linked.getByRole('button', { name: 'Unlink Sebastián' });
      await unlink.waitFor({ timeout: 10_000 });
      await unlink.click();
      const confirmation = page.getByRole('alertdialog', { name: 'Unlink Sebastián?' });
      await confirmation.waitFor();
      await confirmation.getByRole('button', { name: 'Unlink', exact: true }).click();
      await confirmation.waitFor({ state: 'hidden', timeout: 15_000 });
      await unlink.waitFor({ state: 'detached', timeout: 10_000 });
      await family
        .getByRole('status')
        .filter({ hasText: 'Sebastián is no longer linked.' })
        .waitFor({ state: 'attached' });
      expect(await linked.getByRole('button', { name: /^Unlink / }).count()).toBe(2);

      const removed = apiRequests.filter(
        (request) => request.method === 'DELETE' && request.url.includes('/children'),
      );
      expect(removed.map((request) => new URL(request.url).pathname)).toEqual([
        `/api/conomy/identities/${SANDBOX_IDS.parentUser}/children`,
      ]);
    }, 60_000);
  });

  describe('after every flow', () => {
    it('never let a credential or token reach the browser: requests, responses or page source', async () => {
      await Promise.all(pendingBodies);
      const everything = [...seen, await page.content()].join('\n');
      expect(seen.length).toBeGreaterThan(10);
      for (const secret of SECRETS) expect(everything).not.toContain(secret);
      expect(everything).not.toMatch(TOKEN_PATTERN);
      expect(everything).toContain(SANDBOX_EMAILS.adultWithoutChild);
      for (const request of apiRequests) {
        expect(request.headers).not.toHaveProperty('authorization');
        expect(request.headers).not.toHaveProperty('x-api-key');
      }
    });
  });
});

describe('given the host page around the kit', () => {
  describe('when it is shown, and its theme switch is set to dark', () => {
    it("the kit uses the page's font, and turns dark with the page", async () => {
      const fonts = await page.evaluate(() =>
        [
          document.documentElement,
          document.querySelector('[role="combobox"]'),
          document.querySelector('.kinship-ChildPicker button'),
        ].map((element) => (element ? getComputedStyle(element).fontFamily : 'missing')),
      );
      expect(fonts[0]).toMatch(/^"Avenir Next"/);
      expect(fonts).toEqual([fonts[0], fonts[0], fonts[0]]);

      const picker = page.locator('.kinship-ChildPicker').first();
      expect(await picker.getAttribute('data-kinship-theme')).toBe('light');
      await page.getByRole('radio', { name: 'Dark' }).check();
      await expect.poll(() => picker.getAttribute('data-kinship-theme')).toBe('dark');
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
      await page.getByRole('radio', { name: 'Light' }).check();
      await expect.poll(() => picker.getAttribute('data-kinship-theme')).toBe('light');
    });
  });
});
