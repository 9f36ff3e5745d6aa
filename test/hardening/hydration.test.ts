// Hydration in Chromium: the page is rendered with renderToString in Node, built with Vite (React's
// development build, which reports every mismatch) and hydrated with hydrateRoot in headless Chromium.
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: plain ESM helper script without types
import { chromiumArgs, findChromium } from '../../scripts/chromium.mjs';
import { REGIONS } from './page.js';
import { type HardeningPageServer, startHardeningPage } from './support/page-server.js';

interface Logged {
  type: string;
  text: string;
}

let server: HardeningPageServer;
let browser: Browser;
let page: Page;
const logged: Logged[] = [];
/** Elements React removed from the server's markup before the page was ready (a mismatch re-renders). */
let removedBeforeReady: string[] = [];

beforeAll(async () => {
  server = await startHardeningPage({ mode: 'development' });
  const executablePath: string | null = findChromium();
  if (!executablePath)
    throw new Error('Chromium not found: install it (apt-get install -y chromium) or set CHROMIUM_PATH.');
  browser = await chromium.launch({ executablePath, args: chromiumArgs, headless: true });
  page = await browser.newPage({ locale: 'en-US' });
  page.setDefaultTimeout(10_000);
  page.on('console', (message) => logged.push({ type: message.type(), text: message.text() }));
  page.on('pageerror', (error) => logged.push({ type: 'pageerror', text: String(error) }));
  // Runs before the markup is parsed: records every element taken out of #root until React is done.
  await page.addInitScript(() => {
    const removed: string[] = [];
    (window as unknown as { __removed: string[] }).__removed = removed;
    new MutationObserver((records) => {
      if (document.documentElement.dataset.kinshipReady) return;
      for (const record of records) {
        for (const node of record.removedNodes) {
          if (node.nodeType === Node.ELEMENT_NODE && (record.target as Element).closest?.('#root')) {
            removed.push((node as Element).outerHTML.slice(0, 120));
          }
        }
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(server.url({ mode: 'hydrate' }));
  await page.waitForSelector('html[data-kinship-ready="true"]');
  // Recoverable hydration errors are reported after the commit.
  await page.waitForTimeout(300);
  removedBeforeReady = await page.evaluate(() => (window as unknown as { __removed: string[] }).__removed);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('given the page rendered on the server with every component', () => {
  describe('when Chromium hydrates it', () => {
    it('logs no hydration mismatch, no error and no warning', () => {
      const problems = logged.filter((entry) => ['error', 'warning', 'pageerror'].includes(entry.type));
      expect(
        problems.filter((entry) => /hydrat|did not match|didn't match|mismatch/i.test(entry.text)),
      ).toEqual([]);
      expect(problems).toEqual([]);
    });

    it('keeps the server’s elements (React did not throw the markup away and render again)', () => {
      expect(removedBeforeReady).toEqual([]);
    });

    it('keeps every server-generated id (useId gives the same ids on both sides)', async () => {
      const serverIds = [...server.serverHtml.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1] as string);
      expect(serverIds.length).toBeGreaterThan(20);
      const missing = await page.evaluate(
        (ids) => ids.filter((id) => document.getElementById(id) === null),
        serverIds,
      );
      expect(missing).toEqual([]);
    });
  });

  describe('when the user then types in the picker', () => {
    it('shows matching options and picks one with the keyboard', async () => {
      const picker = page.getByRole('region', { name: REGIONS.picker });
      const combobox = picker.getByRole('combobox', { name: 'Children to link' });
      await combobox.fill('Núñez');
      const option = picker.getByRole('option', { name: /José Antonio Núñez Castillo/ });
      await option.waitFor();
      expect(await combobox.getAttribute('aria-expanded')).toBe('true');
      await combobox.press('ArrowDown');
      await combobox.press('Enter');
      await picker.getByRole('button', { name: 'Remove José Antonio Núñez Castillo' }).waitFor();
      expect(await picker.getByRole('button', { name: 'Link 1 child' }).count()).toBe(1);
    }, 20_000);
  });

  describe('when the user then leaves a required field empty in the form', () => {
    it('validates it as the client would', async () => {
      const form = page.getByRole('region', { name: REGIONS.formBirthDate });
      const firstName = form.getByRole('textbox', { name: 'First name' });
      await firstName.focus();
      await form.getByRole('textbox', { name: 'Username' }).focus();
      await expect.poll(() => firstName.getAttribute('aria-invalid')).toBe('true');
    }, 20_000);
  });

  describe('when the user then opens the account dialog', () => {
    it('opens, focuses the first field, and Escape closes it', async () => {
      const trigger = page
        .getByRole('region', { name: REGIONS.dialogs })
        .getByRole('button', { name: 'Add a child' });
      await trigger.click();
      const dialog = page.getByRole('dialog', { name: 'Add a child' });
      await dialog.waitFor();
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.getAttribute('name')))
        .toBe('firstName');
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
      await expect.poll(() => trigger.evaluate((element) => element === document.activeElement)).toBe(true);
    }, 20_000);

    it('still logs nothing after all that interaction', () => {
      expect(logged.filter((entry) => ['error', 'warning', 'pageerror'].includes(entry.type))).toEqual([]);
    });
  });
});
