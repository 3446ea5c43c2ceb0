// Screenshots of kiosk mode (`make screenshots`): the start page, "Er du her stadig?" in the
// page (JavaScript) and as a page of its own (without), at desktop width, phone width
// (375 px) and 200 % zoom.
import { test, expect } from '@playwright/test';
import { startServer } from './fixtures';

const views = [
  { name: 'desktop', viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 },
  { name: 'phone', viewport: { width: 375, height: 740 }, deviceScaleFactor: 2 },
  { name: 'zoom200', viewport: { width: 640, height: 450 }, deviceScaleFactor: 2 },
];

test('kiosk mode', async ({ browser }) => {
  test.setTimeout(120_000);
  const server = await startServer(3928, ['--kiosk', '--kiosk-idle-minutes', '0.1', '--kiosk-countdown-secs', '60']);
  try {
    for (const v of views) {
      const context = await browser.newContext({ viewport: v.viewport, deviceScaleFactor: v.deviceScaleFactor });
      const page = await context.newPage();
      await page.goto(`${server.base}/`);
      await page.screenshot({ path: `screenshots/kiosk-start-${v.name}.png`, fullPage: true });
      await page.getByRole('button', { name: 'Start øvelse' }).click();
      await expect(page.getByRole('alert').filter({ hasText: 'Er du her stadig?' })).toBeVisible({ timeout: 15_000 });
      await page.screenshot({ path: `screenshots/kiosk-question-${v.name}.png` });
      await page.goto(`${server.base}/ovelse/slutter-snart?tilbage=%2Fovelse`);
      await page.screenshot({ path: `screenshots/kiosk-question-page-${v.name}.png`, fullPage: true });
      // In a guide language (Arabic, right to left): the start page's note, and the question
      // in the learner's language.
      await page.goto(`${server.base}/?sprog=ar&afsluttet=1`);
      await page.screenshot({ path: `screenshots/kiosk-start-ar-${v.name}.png`, fullPage: true });
      await page.goto(`${server.base}/ovelser?sprog=ar`);
      await page.locator('form[action="/ovelser/start"] button').first().click();
      await expect(page.getByRole('alert').filter({ hasText: 'هل ما زلت هنا؟' })).toBeVisible({ timeout: 15_000 });
      await page.screenshot({ path: `screenshots/kiosk-question-ar-${v.name}.png` });
      await context.close();
    }
  } finally {
    server.stop();
  }
});
