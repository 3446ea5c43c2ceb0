// Screenshots of every page at desktop width, phone width (375 px) and 200 % zoom, for a
// person to look at (`make screenshots`). Not part of `make test`: it asserts nothing
// beyond the pages loading.
import { test, expect, type Page } from '@playwright/test';

const views = [
  { name: 'desktop', viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 },
  { name: 'phone', viewport: { width: 375, height: 740 }, deviceScaleFactor: 2 },
  // 200 % zoom on a 1280 px screen: CSS sees a 640 px viewport at twice the pixel density.
  { name: 'zoom200', viewport: { width: 640, height: 450 }, deviceScaleFactor: 2 },
];

async function shoot(page: Page, name: string, view: string) {
  await page.waitForLoadState('load');
  await page.screenshot({ path: `screenshots/${name}-${view}.png`, fullPage: true });
}

for (const v of views) {
  test(`pages at ${v.name}`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: v.viewport, deviceScaleFactor: v.deviceScaleFactor });
    const page = await context.newPage();
    await page.goto('/');
    await shoot(page, 'landing', v.name);
    await page.goto('/om');
    await shoot(page, 'om', v.name);
    await page.goto('/ovelse');
    await shoot(page, 'no-world', v.name);
    await page.goto('/');
    await page.getByRole('button', { name: 'Start øvelse' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Din øvelse' })).toBeVisible();
    await shoot(page, 'world', v.name);
    await page.goto('/ovelse/nulstil');
    await shoot(page, 'reset-confirm', v.name);
    await page.getByRole('button', { name: 'Ja, nulstil øvelsen' }).click();
    await expect(page.getByRole('status')).toBeVisible();
    await shoot(page, 'world-after-reset', v.name);
    await page.goto('/findes-ikke');
    await shoot(page, 'not-found', v.name);
    await page.goto('/pkg/findes-ikke.js');
    await shoot(page, 'error-404-static', v.name);
    await context.close();
  });
}
