// Screenshots of the guide in other languages (`make screenshots`): the catalogue and the
// panel with hints in Arabic (right to left), Urdu (Nastaliq), Ukrainian and Let dansk, at
// desktop width, phone width (375 px) and 200 % zoom. The service around the panel stays
// Danish.
import { test, expect } from '@playwright/test';

const views = [
  { name: 'desktop', viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 },
  { name: 'phone', viewport: { width: 375, height: 740 }, deviceScaleFactor: 2 },
  { name: 'zoom200', viewport: { width: 640, height: 450 }, deviceScaleFactor: 2 },
];

for (const v of views) {
  test(`the guide in four languages at ${v.name}`, async ({ browser }) => {
    test.setTimeout(120_000);
    {
      // The landing page with its chooser of the guide's languages.
      const context = await browser.newContext({ viewport: v.viewport, deviceScaleFactor: v.deviceScaleFactor });
      const page = await context.newPage();
      await page.goto('/');
      await page.screenshot({ path: `screenshots/lang-landing-${v.name}.png`, fullPage: true });
      await context.close();
    }
    for (const lang of ['ar', 'ur', 'uk', 'da-let']) {
      {
        const context = await browser.newContext({ viewport: v.viewport, deviceScaleFactor: v.deviceScaleFactor });
        const page = await context.newPage();
        // The landing page and "Om øvemiljøet" in the language.
        await page.goto(`/?sprog=${lang}`);
        await page.evaluate(() => document.fonts.ready);
        await page.screenshot({ path: `screenshots/lang-${lang}-landing-${v.name}.png`, fullPage: true });
        await page.goto(`/om?sprog=${lang}`);
        await page.evaluate(() => document.fonts.ready);
        await page.screenshot({ path: `screenshots/lang-${lang}-about-${v.name}.png`, fullPage: true });
        await page.goto(`/ordliste?sprog=${lang}`);
        await page.evaluate(() => document.fonts.ready);
        await page.screenshot({ path: `screenshots/lang-${lang}-ordliste-${v.name}.png`, fullPage: true });
        await page.goto(`/faktaark?sprog=${lang}&emne=post`);
        await page.evaluate(() => document.fonts.ready);
        await page.screenshot({ path: `screenshots/lang-${lang}-faktaark-${v.name}.png`, fullPage: true });
        await context.close();
      }
      const context = await browser.newContext({ viewport: v.viewport, deviceScaleFactor: v.deviceScaleFactor });
      const page = await context.newPage();
      await page.goto(`/ovelser?sprog=${lang}`);
      await page.waitForLoadState('load');
      await page.evaluate(() => document.fonts.ready);
      await page.screenshot({ path: `screenshots/lang-${lang}-catalogue-${v.name}.png`, fullPage: true });
      // The first exercise of Digital Post, with two hints open.
      await page.locator('form[action="/ovelser/start"]:has(input[value="post-mappe-sundhed"]) button').click();
      await expect(page.locator('aside.guide-panel')).toBeVisible();
      for (let i = 0; i < 2; i++) {
        await page.locator('aside.guide-panel form:has(input[value="hint"]) button').click();
        await page.waitForLoadState('load');
      }
      await page.evaluate(() => document.fonts.ready);
      await page.screenshot({ path: `screenshots/lang-${lang}-panel-${v.name}.png`, fullPage: true });
      // The panel alone, to judge its text at full size.
      await page.locator('aside.guide-panel').screenshot({ path: `screenshots/lang-${lang}-panel-only-${v.name}.png` });
      await context.close();
    }
  });
}
