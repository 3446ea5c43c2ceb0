// One exercise from the catalogue to the Kursusbevis with the keyboard only (Tab to a
// control, Enter or typing; no mouse), in Danish and in Arabic, at 1280 px, at 200 % zoom
// of 1280 px and at 375 px: on every page on the way nothing scrolls sideways.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

/** The accessible name of the focused element, as a learner hears it. */
async function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return '';
    const input = el as HTMLInputElement;
    const label = el.getAttribute('aria-label') ?? input.labels?.[0]?.textContent ?? el.textContent ?? '';
    return label.replace(/\s+/g, ' ').trim();
  });
}

/** Presses Tab until the control named `name` has the focus. */
async function tabTo(page: Page, name: string) {
  for (let i = 0; i < 200; i++) {
    await page.keyboard.press('Tab');
    if ((await focusedName(page)) === name) return;
  }
  throw new Error(`no control named ${JSON.stringify(name)} reached with Tab`);
}

/** Tabs to `name` and presses Enter, which opens another page. */
async function press(page: Page, name: string, ready: () => Promise<void>) {
  await tabTo(page, name);
  await Promise.all([page.waitForEvent('framenavigated'), page.keyboard.press('Enter')]);
  await page.waitForLoadState('load');
  await ready();
  await noSidewaysScroll(page);
}

async function noSidewaysScroll(page: Page) {
  const [scroll, width] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  expect(scroll, `${page.url()} scrolls sideways`).toBeLessThanOrEqual(width);
}

const views = [
  { name: '1280 px', viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 },
  { name: '200 % zoom', viewport: { width: 640, height: 450 }, deviceScaleFactor: 2 },
  { name: '375 px', viewport: { width: 375, height: 740 }, deviceScaleFactor: 2 },
];

const languages = [
  { code: 'da', start: 'Start Log altid af, når du er færdig', result: 'Se dit resultat', nickname: 'Kaldenavn (valgfrit)', make: 'Lav kursusbevis', certificate: 'Kursusbevis' },
  { code: 'ar', start: 'ابدأ سجّل الخروج دائمًا عندما تنتهي', result: 'شاهد نتيجتك', nickname: 'اسم مستعار (اختياري)', make: 'أنشئ شهادة الدورة', certificate: 'شهادة الدورة' },
];

for (const v of views) {
  for (const l of languages) {
    test(`with the keyboard only, ${l.code}, ${v.name}: from the catalogue to the Kursusbevis`, async ({ browser, jsOn }, testInfo) => {
      test.setTimeout(60_000);
      const context = await browser.newContext({ viewport: v.viewport, deviceScaleFactor: v.deviceScaleFactor, javaScriptEnabled: jsOn, baseURL: testInfo.project.use.baseURL });
      try {
        const page = await context.newPage();
        const ready = async () => {
          if (jsOn) await expect(page.locator('body')).toHaveAttribute('data-hydrated', 'true');
        };
        await page.goto(`/ovelser?sprog=${l.code}`);
        await ready();
        await noSidewaysScroll(page);
        await press(page, l.start, ready);
        await expect(page.getByRole('heading', { level: 1, name: 'Din øvelse' })).toBeVisible();
        // Step 1: log in as Amina with the password on her card and a key off the key card.
        const persona = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Amina Abdi Yusuf' }) });
        const password = (await persona.locator('.nemid-facts dt:has-text("Adgangskode") + dd').textContent())!.trim();
        await press(page, 'Log på som Amina Abdi Yusuf', ready);
        await tabTo(page, 'Adgangskode');
        await page.keyboard.type(password);
        await press(page, 'Næste', ready);
        // The key card is open beside the field ("Vis nøglekort"): read the key off it.
        await expect(page.getByRole('list', { name: 'Nøgler på nøglekortet' })).toBeVisible();
        const number = (await page.getByText(/Nøglenummer\s+\d{4}/).textContent())!.match(/\d{4}/)![0];
        const entry = page.getByRole('list', { name: 'Nøgler på nøglekortet' }).getByRole('listitem').filter({ hasText: new RegExp(`^\\s*${number}\\s`) });
        const key = (await entry.textContent())!.match(/(\d{6})/)![1];
        await tabTo(page, 'Nøgle');
        await page.keyboard.type(key);
        await press(page, 'Log på', ready);
        await expect(page.getByRole('heading', { level: 1, name: 'Velkommen, Amina Abdi Yusuf' })).toBeVisible();
        // Step 2: log out.
        await press(page, 'Log af', ready);
        await press(page, l.result, ready);
        await tabTo(page, l.nickname);
        await page.keyboard.type('Solsort');
        await press(page, l.make, ready);
        await expect(page.getByRole('heading', { level: 1, name: l.certificate })).toBeVisible();
        await expect(page.getByRole('article')).toContainText('Solsort');
      } finally {
        await context.close();
      }
    });
  }
}
