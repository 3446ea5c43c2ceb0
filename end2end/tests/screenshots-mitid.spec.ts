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
    // The Borgerservice call: "Opkald" on the phone, after "Læg på", the result, the debrief
    // (in Arabic, right to left).
    await page.goto('/ovelser');
    await page.getByRole('button', { name: 'Start Nogen ringer og beder dig godkende i MitID-appen' }).click();
    await page.goto('/telefon/karen?app=opkald');
    await shot(page, `drill-call-${v.name}`);
    await page.getByRole('button', { name: 'Læg på' }).click();
    await shot(page, `drill-call-hung-up-${v.name}`);
    await page.goto('/telefon/karen');
    await page.getByRole('button', { name: 'Afvis' }).click();
    await page.goto('/ovelser/faerdig');
    await shot(page, `drill-call-result-${v.name}`);
    await page.getByLabel('Sprog').selectOption('ar');
    await page.getByRole('button', { name: 'Skift sprog' }).click();
    await page.goto('/fidus/opkald-borgerservice/forklaring');
    await shot(page, `drill-call-debrief-ar-${v.name}`);
    // "Kig væk": the box under the step, asking; after a login watched; done.
    await page.goto('/ovelser');
    await page.getByRole('button', { name: /^Start Kig væk/ }).click();
    await shot(page, `watch-ask-${v.name}`);
    await page.goto('/ovelse');
    const karen = page.locator('li.persona').filter({ hasText: 'Karen Jensen' });
    const password = (await karen.locator('.nemid-facts dt:has-text("Adgangskode") + dd').textContent())!.trim();
    const user = (await karen.locator('.nemid-facts dt:has-text("Bruger-id") + dd').textContent())!.trim();
    await page.goto(`/log-paa?bruger=${user}`);
    await page.getByLabel('Adgangskode').fill(password);
    await page.getByRole('button', { name: 'Næste' }).click();
    await shot(page, `watch-saw-${v.name}`);
    await page.getByRole('button', { name: 'Afbryd', exact: true }).click();
    await page.getByRole('button', { name: 'Jeg kigger væk' }).click();
    await shot(page, `watch-away-${v.name}`);
    await context.close();
  });
}
