import { chromium } from 'playwright-core';
import { startHostApp } from './examples/host-app/server.mjs';
import { chromiumArgs, findChromium } from './scripts/chromium.mjs';
const app = await startHostApp({ port: 0, sandboxPort: 0 });
const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs, headless: true });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(app.url);
  await page.getByRole('heading', { name: 'Family', exact: true, level: 1 }).waitFor();
  const family = page.locator('#your-family');
  await family.getByText('No children are linked').waitFor();
  await page.screenshot({ path: '/tmp/e2e-shots/0-empty.png', fullPage: true });
  // link two via the card
  const search = page.getByRole('combobox', { name: 'Children to link' });
  for (const [q, n] of [['jose.nunez@example.com', /José Antonio/], ['joao.araujo@example.com', /João Pedro/]]) {
    await search.fill(q); await page.getByRole('option', { name: n }).click();
  }
  await search.press('Escape');
  await page.getByRole('button', { name: 'Link 2 children' }).click();
  await family.getByRole('button', { name: 'Unlink José Antonio' }).waitFor();
  await page.getByRole('textbox', { name: 'First name' }).fill('Mateo');
  await page.getByRole('textbox', { name: 'Username' }).fill('mateo_2016');
  await page.getByRole('textbox', { name: 'Month' }).fill('4');
  await page.getByRole('textbox', { name: 'Day' }).fill('12');
  await page.getByRole('textbox', { name: 'Year' }).fill('2016');
  await page.getByRole('button', { name: 'Add child' }).click();
  await family.getByText('Consent pending').waitFor();
  await page.screenshot({ path: '/tmp/e2e-shots/1-pending-light.png', fullPage: true });
  await page.getByRole('button', { name: "Approve Mateo's account as the parent" }).click();
  await family.getByText('Consent approved', { exact: true }).waitFor();
  await page.screenshot({ path: '/tmp/e2e-shots/2-approved-light.png', fullPage: true });
  await page.getByRole('radio', { name: 'Dark' }).check();
  await page.screenshot({ path: '/tmp/e2e-shots/3-approved-dark.png', fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: '/tmp/e2e-shots/4-dark-390.png', fullPage: true });
  await page.getByRole('radio', { name: 'Light' }).check();
  await page.screenshot({ path: '/tmp/e2e-shots/5-light-390.png', fullPage: true });
} finally {
  await browser.close();
  await app.close();
}
