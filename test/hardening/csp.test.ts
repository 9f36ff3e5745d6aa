// A strict Content-Security-Policy (no 'unsafe-inline', no 'unsafe-eval'): the production build of
// the hardening page, served with the policy header, driven through both flows in headless Chromium.
// Every `securitypolicyviolation` event and every CSP console message is a failure.
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: plain ESM helper script without types
import { chromiumArgs, findChromium } from '../../scripts/chromium.mjs';
import { REGIONS } from './page.js';
import { type HardeningPageServer, STRICT_CSP, startHardeningPage } from './support/page-server.js';

interface Violation {
  directive: string;
  blocked: string;
  sample: string;
  element: string;
}

let server: HardeningPageServer;
let browser: Browser;

beforeAll(async () => {
  server = await startHardeningPage({ mode: 'production' });
  const executablePath: string | null = findChromium();
  if (!executablePath)
    throw new Error('Chromium not found: install it (apt-get install -y chromium) or set CHROMIUM_PATH.');
  browser = await chromium.launch({ executablePath, args: chromiumArgs, headless: true });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens the page under the strict policy; violations are collected from before the first byte is parsed. */
async function openUnderPolicy(mode: 'hydrate' | 'client') {
  const context: BrowserContext = await browser.newContext({ locale: 'en-US' });
  const page: Page = await context.newPage();
  page.setDefaultTimeout(10_000);
  const consoleProblems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || /Content.Security.Policy/i.test(message.text())) {
      consoleProblems.push(`${message.type()}: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => consoleProblems.push(`pageerror: ${String(error)}`));
  await page.addInitScript(() => {
    const violations: Violation[] = [];
    (window as unknown as { __violations: Violation[] }).__violations = violations;
    document.addEventListener('securitypolicyviolation', (event) => {
      const target = event.target as Element | null;
      violations.push({
        directive: event.effectiveDirective,
        blocked: event.blockedURI,
        sample: event.sample,
        element: target && 'outerHTML' in target ? target.outerHTML.slice(0, 100) : String(target),
      });
    });
  });
  const response = await page.goto(server.url({ mode, csp: STRICT_CSP }));
  expect(response?.headers()['content-security-policy']).toBe(STRICT_CSP);
  await page.waitForSelector('html[data-kinship-ready="true"]', { state: 'attached' }).catch(async () => {
    const seen = await page.evaluate(() => (window as unknown as { __violations: Violation[] }).__violations);
    throw new Error(
      `The page did not render under the policy.\n${JSON.stringify({ seen, consoleProblems }, null, 2)}`,
    );
  });
  const violations = () =>
    page.evaluate(() => (window as unknown as { __violations: Violation[] }).__violations);
  return { context, page, consoleProblems, violations };
}

/** What happened under the policy since the last call: violations and CSP console messages. */
function newProblems(session: Awaited<ReturnType<typeof openUnderPolicy>>) {
  let seenViolations = 0;
  let seenConsole = 0;
  return async () => {
    const all = await session.violations();
    const violations = all.slice(seenViolations);
    const consoleProblems = session.consoleProblems.slice(seenConsole);
    seenViolations = all.length;
    seenConsole = session.consoleProblems.length;
    return { violations, consoleProblems };
  };
}

const NONE = { violations: [], consoleProblems: [] };

describe.each([
  ['rendered in the browser (createRoot)', 'client'],
  ['server-rendered and hydrated', 'hydrate'],
] as const)('given the page %s under a strict CSP', (_title, mode) => {
  let session: Awaited<ReturnType<typeof openUnderPolicy>>;
  let problemsSinceLastStep: ReturnType<typeof newProblems>;

  beforeAll(async () => {
    session = await openUnderPolicy(mode);
    problemsSinceLastStep = newProblems(session);
  }, 30_000);

  afterAll(async () => {
    await session?.context.close();
  });

  it('loads and renders every component without a violation', async () => {
    await session.page.getByRole('combobox', { name: 'Children to link' }).waitFor();
    expect(await problemsSinceLastStep()).toEqual(NONE);
  });

  it('when the picker opens, its list keeps its scroll box (the layout styles were applied)', async () => {
    const { page } = session;
    const search = page.getByRole('region', { name: REGIONS.picker }).getByRole('combobox');
    await search.click();
    await search.press('ArrowDown');
    // Attached, not visible: without its layout styles the list collapses to zero height.
    const listbox = page.getByRole('listbox', { name: 'Children to link', includeHidden: true });
    await listbox.getByRole('option', { includeHidden: true }).first().waitFor({ state: 'attached' });
    const layout = await listbox.evaluate((element) => ({
      overflowY: getComputedStyle(element).overflowY,
      height: element.clientHeight,
      rows: element.querySelectorAll('[role="option"]').length,
    }));
    expect(layout.overflowY).toBe('auto');
    expect(layout.height).toBeGreaterThan(100);
    // Virtualized: only the rows in view (plus overscan), not all 29 identities.
    expect(layout.rows).toBeLessThan(20);
    await search.press('Escape');
    await search.press('Escape');
    expect(await problemsSinceLastStep()).toEqual(NONE);
  }, 20_000);

  it('when a parent links two children, shows the outcome without a violation', async () => {
    const { page } = session;
    const picker = page.getByRole('region', { name: REGIONS.picker });
    const search = picker.getByRole('combobox', { name: 'Children to link' });
    for (const [query, name] of [
      ['Núñez', /José Antonio Núñez Castillo/],
      ['Araújo', /João Pedro Araújo Lima/],
    ] as const) {
      await search.fill(query);
      await picker.getByRole('option', { name }).click();
    }
    await search.press('Escape');
    await picker.getByRole('button', { name: 'Link 2 children' }).click();
    const status = picker.getByRole('status').filter({ hasText: /Linked/ });
    await status.waitFor();
    expect(await status.textContent()).toMatch(/José Antonio.*João Pedro|João Pedro.*José Antonio/);
    expect(await problemsSinceLastStep()).toEqual(NONE);
  }, 20_000);

  it('when a parent creates a child account, shows the consent link and QR code without a violation', async () => {
    const { page } = session;
    const form = page.getByRole('region', { name: REGIONS.formBirthDate });
    await form.getByRole('textbox', { name: 'First name' }).fill('Mateo');
    await form.getByRole('textbox', { name: 'Username' }).fill('mateo_2016');
    await form.getByRole('textbox', { name: 'Day' }).fill('12');
    await form.getByRole('textbox', { name: 'Month' }).fill('4');
    await form.getByRole('textbox', { name: 'Year' }).fill('2016');
    await form.getByRole('button', { name: 'Add child' }).click();
    await form.getByRole('heading', { name: /the parent needs to give consent/ }).waitFor();
    const link = form.getByRole('link', { name: /consent page/ });
    expect(await link.getAttribute('href')).toMatch(/^https:\/\/sandbox\.privo\.example\//);
    const qr = form.getByRole('img', { name: 'QR code of the consent link' });
    // The encoder is a chunk loaded on demand: under script-src 'self' it loads and draws the code.
    await qr.waitFor();
    expect(await qr.isVisible()).toBe(true);
    // The QR code is drawn at a scannable size, not blocked or collapsed.
    const box = await qr.boundingBox();
    expect(box?.width ?? 0).toBeGreaterThan(80);
    expect(await problemsSinceLastStep()).toEqual(NONE);
  }, 20_000);

  it('when the account dialog opens and closes, nothing is blocked either', async () => {
    const { page } = session;
    const trigger = page
      .getByRole('region', { name: REGIONS.dialogs })
      .getByRole('button', { name: 'Add a child' });
    await trigger.click();
    const dialog = page.getByRole('dialog', { name: 'Add a child' });
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await problemsSinceLastStep()).toEqual(NONE);
  }, 20_000);
});
