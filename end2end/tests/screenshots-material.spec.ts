// Screenshots of "Eget materiale" (the form, a refusal next to its field, a refused file,
// the preview) at desktop width, phone width and 200 % zoom (`make screenshots`).
import { readFileSync } from 'node:fs';
import { test, type Page } from '@playwright/test';

const views = [
  { name: 'desktop', viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 },
  { name: 'phone', viewport: { width: 375, height: 740 }, deviceScaleFactor: 2 },
  { name: 'zoom200', viewport: { width: 640, height: 450 }, deviceScaleFactor: 2 },
];

async function shoot(page: Page, name: string, view: string) {
  await page.waitForLoadState('load');
  await page.screenshot({ path: `screenshots/${name}-${view}.png`, fullPage: true });
}

for (const v of views) {
  test(`material pages at ${v.name}`, async ({ browser }) => {
    test.setTimeout(120_000);
    const context = await browser.newContext({ viewport: v.viewport, deviceScaleFactor: v.deviceScaleFactor });
    const page = await context.newPage();
    await page.goto('/underviser');
    await page.getByLabel('Holdets navn (valgfrit)').fill('Bydelsmødrene');
    await page.getByRole('button', { name: 'Opret hold' }).click();
    await page.waitForLoadState('load');
    await page.getByRole('link', { name: 'Eget materiale' }).click();
    await shoot(page, 'material-form', v.name);
    await page.getByLabel('Navn på materialet').fill('Forældremøde');
    await page.getByLabel('Den nye afsenders navn').fill('Bakkeskolen');
    await page.getByLabel('Emne', { exact: true }).fill('Forældremøde i 3.B');
    await page.getByLabel('Brevets tekst').fill('Kom til møde.');
    await page.getByRole('button', { name: 'Vis forhåndsvisning' }).click();
    await page.waitForLoadState('load');
    await page.getByText('Brevets tekst har').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `screenshots/material-refused-${v.name}.png` });
    const pack = readFileSync('../scenarios/examples/skole.toml', 'utf8');
    await page.getByLabel('Fil med eget materiale (.toml)').setInputFiles({
      name: 'brudt.toml', mimeType: 'text/plain', buffer: Buffer.from(pack.replace('to = "amina"', 'to = "dronningen"')),
    });
    await page.getByRole('button', { name: 'Upload' }).click();
    await page.waitForLoadState('load');
    await page.getByLabel('Fil med eget materiale (.toml)').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `screenshots/material-file-refused-${v.name}.png` });
    await page.getByLabel('Fil med eget materiale (.toml)').setInputFiles({
      name: 'skole.toml', mimeType: 'text/plain', buffer: Buffer.from(pack),
    });
    await page.getByRole('button', { name: 'Upload' }).click();
    await page.waitForLoadState('load');
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.locator('.material-preview').screenshot({ path: `screenshots/material-preview-${v.name}.png` });
    await context.close();
  });
}
