// Screenshots of MitID (`make screenshots`): the box at each step (Bruger-ID, kodeviser with
// a code, the app waiting, kodeoplæser), the practice phone's MitID app with a request, and
// the world page's MitID facts, the NemID nøgleapp, the teacher's choice of login, at desktop width, phone width (375 px) and 200 % zoom.
import { test, expect, type Page } from '@playwright/test';

const views = [
  { name: 'desktop', viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 },
  { name: 'phone', viewport: { width: 375, height: 740 }, deviceScaleFactor: 2 },
  { name: 'zoom200', viewport: { width: 640, height: 450 }, deviceScaleFactor: 2 },
];

async function start(page: Page) {
  await page.goto('/');
  await page.getByRole('button', { name: /Start/ }).first().click();
  await page.waitForURL('**/ovelse');
}

async function shot(page: Page, name: string) {
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: `screenshots/mitid-${name}.png`, fullPage: true });
}

for (const v of views) {
  test(`MitID at ${v.name}`, async ({ browser }) => {
    test.setTimeout(120_000);
    const context = await browser.newContext({ viewport: v.viewport, deviceScaleFactor: v.deviceScaleFactor });
    const page = await context.newPage();
    await start(page);
    await page.locator('.mitid-facts').first().scrollIntoViewIfNeeded();
    await page.locator('li.persona').first().screenshot({ path: `screenshots/mitid-world-card-${v.name}.png` });
    await page.goto('/mitid?bruger=poulnielsen');
    await shot(page, `box-userid-${v.name}`);
    await page.getByRole('button', { name: 'Fortsæt' }).click();
    await page.getByRole('button', { name: 'Tryk på knappen' }).click();
    await expect(page.locator('.device-code')).toBeVisible();
    await shot(page, `box-kodeviser-${v.name}`);
    await page.getByLabel('Engangskode').fill('000000');
    await page.getByRole('button', { name: 'Fortsæt' }).click();
    await shot(page, `box-wrong-code-${v.name}`);
    await page.goto('/mitid');
    await page.getByRole('button', { name: 'Afbryd' }).click();
    await page.goto('/mitid?bruger=mettejh77');
    await page.getByRole('button', { name: 'Fortsæt' }).click();
    await page.getByText('Skift MitID identifikationsmiddel').click();
    await shot(page, `box-app-${v.name}`);
    await page.goto('/telefon/mette');
    await shot(page, `phone-app-${v.name}`);
    await page.goto('/mitid');
    await page.getByRole('button', { name: 'Afbryd' }).click();
    await page.goto('/mitid?bruger=ernaholm');
    await page.getByRole('button', { name: 'Fortsæt' }).click();
    await page.getByRole('button', { name: 'Tryk på den røde knap' }).click();
    await shot(page, `box-kodeoplaeser-${v.name}`);
    await page.goto('/mitid');
    await page.getByRole('button', { name: 'Afbryd' }).click();
    // NemID nøgleapp: the offer at the key step, the box waiting, the phone's app.
    await page.goto('/log-paa?bruger=318204657');
    await page.getByLabel('Adgangskode').fill('7913');
    await page.getByRole('button', { name: 'Næste' }).click();
    await shot(page, `nemid-key-offer-${v.name}`);
    await page.getByRole('button', { name: 'Send anmodning til nøgleapp' }).click();
    await shot(page, `nemid-keyapp-wait-${v.name}`);
    await page.goto('/telefon/karen?app=noegleapp');
    await shot(page, `phone-keyapp-${v.name}`);
    // The teacher's choice of the default login.
    await page.goto('/underviser');
    await page.getByRole('group', { name: 'Hvordan logger deltagerne på?' }).scrollIntoViewIfNeeded();
    await shot(page, `teacher-login-choice-${v.name}`);
    // A safety drill (issue 15): the fake SMS on the phone, the fake page, the debrief.
    await page.goto('/ovelser');
    await page.getByRole('button', { name: 'Start Genkend en falsk SMS fra "Skat"' }).click();
    await page.goto('/telefon/karen?app=beskeder');
    await shot(page, `drill-sms-${v.name}`);
    await page.getByRole('link', { name: 'skat-refusion-dk.info/krav' }).click();
    await shot(page, `drill-fake-page-${v.name}`);
    await page.getByLabel('Adgangskode').fill('x');
    await page.getByRole('button', { name: 'Modtag beløb' }).click();
    await shot(page, `drill-debrief-${v.name}`);
    await context.close();
  });
}
