// Screenshots of every page at desktop width, phone width (375 px) and 200 % zoom, for a
// person to look at (`make screenshots`). Not part of `make test`: it asserts nothing
// beyond the pages loading.
import { test, expect, type Page } from '@playwright/test';
import { logInAs, logOut, typeKeyFromCard, startServer } from './fixtures';

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
    // About 85 page loads, 75 full-page screenshots and 8 logins per viewport.
    test.setTimeout(450_000);
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
    await page.goto('/ovelse/afslut');
    await shoot(page, 'end-confirm', v.name);
    await page.goto('/ovelse/nulstil');
    await shoot(page, 'reset-confirm', v.name);
    await page.getByRole('button', { name: 'Ja, nulstil øvelsen' }).click();
    await expect(page.getByRole('status')).toBeVisible();
    await shoot(page, 'world-after-reset', v.name);
    // NemID: persona page, card, print, login steps, refusal, min side, lockout.
    await page.goto('/ovelse/person/karen');
    await shoot(page, 'persona', v.name);
    await page.goto('/ovelse/person/karen/noeglekort');
    await shoot(page, 'key-card', v.name);
    await page.goto('/ovelse/noeglekort/udskriv?person=karen');
    await shoot(page, 'print-card', v.name);
    await page.emulateMedia({ media: 'print' });
    await shoot(page, 'print-card-as-printed', v.name);
    await page.emulateMedia({ media: 'screen' });
    await page.goto('/log-paa?bruger=318204657');
    await shoot(page, 'login-step1', v.name);
    await page.goto('/log-paa/glemt-adgangskode');
    await shoot(page, 'login-forgot', v.name);
    await page.goto('/log-paa?bruger=318204657');
    await page.getByLabel('Adgangskode').fill('0000');
    await page.getByRole('button', { name: 'Næste' }).click();
    await shoot(page, 'login-wrong-password', v.name);
    await page.getByLabel('Adgangskode').fill('7913');
    await page.getByRole('button', { name: 'Næste' }).click();
    await shoot(page, 'login-key-step', v.name);
    await page.getByText('Find nøglen', { exact: true }).click();
    await shoot(page, 'login-find-key', v.name);
    const number = (await page.getByText(/Nøglenummer\s+\d{4}/).textContent())!.match(/\d{4}/)![0];
    const entry = page.getByRole('list', { name: 'Nøgler på nøglekortet' }).getByRole('listitem').filter({ hasText: new RegExp(`^\\s*${number}\\s`) });
    const key = (await entry.textContent())!.match(/(\d{6})/)![1];
    await page.getByLabel('Nøgle', { exact: true }).fill(key);
    await page.getByRole('button', { name: 'Log på', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Velkommen, Karen Jensen' })).toBeVisible();
    await shoot(page, 'min-side', v.name);
    await page.getByRole('link', { name: 'Digital Post' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Digital Post' })).toBeVisible();
    await shoot(page, 'post-inbox', v.name);
    await page.goto('/post/indstillinger');
    await page.getByLabel('Mobilnummer').fill('1234');
    await page.getByRole('button', { name: 'Gem' }).click();
    await shoot(page, 'post-settings-refused', v.name);
    await page.goto('/post');
    // "Flyt" with a letter ticked and no folder chosen: refused at "Flyt til".
    await page.getByRole('checkbox', { name: /Årsopgørelse|Vælg/ }).first().check();
    await page.getByRole('button', { name: 'Flyt', exact: true }).click();
    await page.waitForLoadState('load');
    await shoot(page, 'post-move-no-folder', v.name);
    await page.goto('/post');
    await page.getByRole('button', { name: 'Indkaldelse til ambulant undersøgelse i Hjertemedicinsk Ambulatorium' }).click();
    await page.waitForLoadState('load');
    await shoot(page, 'post-letter', v.name);
    await page.emulateMedia({ media: 'print' });
    await shoot(page, 'post-letter-printed', v.name);
    await page.emulateMedia({ media: 'screen' });
    await page.getByRole('link', { name: 'Fuldskærm' }).click();
    await page.getByRole('link', { name: 'Zoom ind' }).click();
    await shoot(page, 'post-letter-fullscreen', v.name);
    await page.getByRole('link', { name: 'Luk fuldskærm' }).click();
    // "Slet": back to Indbakke with what happened and "Fortryd".
    await page.getByRole('button', { name: 'Slet', exact: true }).click();
    await page.waitForLoadState('load');
    await shoot(page, 'post-trashed-notice', v.name);
    await page.getByRole('button', { name: 'Fortryd' }).click();
    await page.waitForLoadState('load');
    await page.goto('/post/skriv');
    await shoot(page, 'post-choose-authority', v.name);
    await page.getByRole('link', { name: 'Skattestyrelsen', exact: true }).click();
    await page.waitForLoadState('load');
    await shoot(page, 'post-write', v.name);
    await page.getByLabel('Emne').fill('Spørgsmål om fradrag');
    await page.getByLabel('Besked').fill('Hej. Kan jeg få fradrag for min transport til hospitalet?');
    await page.getByRole('button', { name: 'Send' }).click();
    await page.waitForLoadState('load');
    await shoot(page, 'post-sent', v.name);
    await page.goto('/post/skriv?til=skattestyrelsen');
    await page.getByLabel('Besked').fill('En besked uden emne');
    await page.getByLabel('Emne').fill(' ');
    await page.getByRole('button', { name: 'Send' }).click();
    await page.waitForLoadState('load');
    await shoot(page, 'post-write-refused', v.name);
    // "Kladder": a saved draft, opened again, and "Slet kladde" asking first.
    await page.goto('/post/skriv?til=skattestyrelsen');
    await page.getByLabel('Emne').fill('Kørselsfradrag');
    await page.getByRole('button', { name: 'Gem som kladde' }).click();
    await page.waitForLoadState('load');
    await shoot(page, 'post-drafts', v.name);
    await page.getByRole('link', { name: 'Kørselsfradrag' }).click();
    await page.waitForLoadState('load');
    await shoot(page, 'post-draft-open', v.name);
    await page.getByRole('button', { name: 'Slet kladde' }).click();
    await page.waitForLoadState('load');
    await shoot(page, 'post-draft-delete-ask', v.name);
    await page.goto('/post');
    await shoot(page, 'post-inbox-with-drafts', v.name);
    await page.goto('/post/aktivitetslog');
    await shoot(page, 'post-activity', v.name);
    // Læseadgang: overview, give, sign, and the helper's view.
    const loaded = async () => { await page.waitForLoadState('load'); };
    await page.goto('/post/adgang');
    await shoot(page, 'access-overview-empty', v.name);
    await page.goto('/post/adgang/giv');
    await page.getByLabel('Fulde navn').fill('Mette Jensen Holm');
    await page.getByLabel('CPR-nummer').fill('010190-1234');
    await page.getByRole('button', { name: 'Næste' }).click();
    await loaded();
    await shoot(page, 'access-give-refused', v.name);
    await page.getByLabel('CPR-nummer').fill('551077-2344');
    await page.getByRole('radio', { name: 'Udvalgte mapper' }).check();
    await page.getByRole('checkbox', { name: 'Indbakke' }).check();
    await page.getByRole('button', { name: 'Næste' }).click();
    await loaded();
    await shoot(page, 'access-sign', v.name);
    await typeKeyFromCard(page);
    await page.getByRole('button', { name: 'Underskriv' }).click();
    await loaded();
    await shoot(page, 'access-overview-given', v.name);
    await logOut(page, loaded);
    await logInAs(page, loaded, 'Mette Jensen Holm');
    await page.goto('/post/adgang/anmod');
    await shoot(page, 'access-request', v.name);
    await page.goto('/post');
    await page.getByLabel('Skift postkasse').selectOption({ label: 'Karen Jensen' });
    await page.getByRole('button', { name: 'Skift' }).click();
    await loaded();
    await shoot(page, 'post-helper-view', v.name);
    // Digital fuldmagt and the self-services.
    await page.goto('/fuldmagt/anmod');
    await page.getByLabel('Fulde navn').fill('Karen Jensen');
    await page.getByLabel('CPR-nummer').fill('420348-1236');
    await page.getByRole('button', { name: 'Næste' }).click();
    await loaded();
    await shoot(page, 'fuldmagt-request-refused', v.name);
    await page.getByRole('checkbox', { name: 'Skift læge' }).check();
    await page.getByRole('button', { name: 'Næste' }).click();
    await loaded();
    await shoot(page, 'fuldmagt-request-sign', v.name);
    await typeKeyFromCard(page);
    await page.getByRole('button', { name: 'Underskriv' }).click();
    await loaded();
    await shoot(page, 'fuldmagt-overview-holder', v.name);
    await page.getByText('Hvad er forskellen på en digital fuldmagt og en generalfuldmagt?').click();
    await shoot(page, 'fuldmagt-help-open', v.name);
    await page.goto('/selvbetjening/flytning');
    await shoot(page, 'self-service-move', v.name);
    await logOut(page, loaded);
    await logInAs(page, loaded, 'Karen Jensen');
    await page.goto('/fuldmagt');
    await shoot(page, 'fuldmagt-overview-giver', v.name);
    await page.getByRole('button', { name: 'Godkend' }).click();
    await loaded();
    await shoot(page, 'fuldmagt-sign', v.name);
    await typeKeyFromCard(page);
    await page.getByRole('button', { name: 'Underskriv' }).click();
    await loaded();
    // "Slet fuldmagt" asks first (answered "Nej" here).
    await page.getByRole('button', { name: 'Slet fuldmagt' }).first().click();
    await loaded();
    await shoot(page, 'fuldmagt-delete-question', v.name);
    await page.goto('/fuldmagt/giv');
    await shoot(page, 'fuldmagt-give', v.name);
    await page.goto('/min-side');
    await shoot(page, 'min-side-with-services', v.name);
    await logOut(page, loaded);
    await logInAs(page, loaded, 'Mette Jensen Holm');
    await page.goto('/selvbetjening/skift-laege');
    await shoot(page, 'self-service-doctor', v.name);
    await page.goto('/fuldmagt/anmod');
    await page.getByLabel('Fulde navn').fill('Erna Holm');
    await page.getByLabel('CPR-nummer').fill('450235-0462');
    await page.getByRole('checkbox', { name: 'Se journal og laboratoriesvar (sundhed.dk)' }).check();
    await page.getByRole('button', { name: 'Næste' }).click();
    await loaded();
    await typeKeyFromCard(page);
    await page.getByRole('button', { name: 'Underskriv' }).click();
    await page.waitForLoadState('load');
    await logOut(page, loaded);
    await logInAs(page, loaded, 'Lone Madsen');
    await page.goto('/fuldmagt');
    await shoot(page, 'fuldmagt-trusted-employee', v.name);
    const paper = page.getByRole('link', { name: 'Udskriv blanket til underskrift på papir' }).first();
    if (await paper.count()) {
      await paper.click();
      await shoot(page, 'fuldmagt-paper', v.name);
      await page.emulateMedia({ media: 'print' });
      await shoot(page, 'fuldmagt-paper-printed', v.name);
      await page.emulateMedia({ media: 'screen' });
    }
    await logOut(page, loaded);
    await logInAs(page, loaded, 'Karen Jensen');
    await page.goto('/post?mappe=indbakke');
    await page.getByLabel('Navn på mappen').fill('Indbakke');
    await page.getByRole('button', { name: 'Opret mappe' }).click();
    await page.waitForLoadState('load');
    await shoot(page, 'post-refused-folder', v.name);
    await page.getByRole('banner').getByRole('button', { name: 'Log af' }).click();
    await page.goto('/log-paa?bruger=627481930');
    for (let i = 0; i < 5; i++) {
      await page.getByLabel('Adgangskode').fill('0000');
      await page.getByRole('button', { name: 'Næste' }).click();
      await page.waitForLoadState('load');
    }
    await expect(page.getByRole('heading', { level: 1, name: 'Dit NemID er spærret' })).toBeVisible();
    await shoot(page, 'locked', v.name);
    await page.goto('/ovelse/person/poul');
    await shoot(page, 'persona-with-letter', v.name);
    // Guided exercises: catalogue, the panel with a hint, the result and the certificate.
    await page.goto('/ovelser');
    await shoot(page, 'exercises-catalogue', v.name);
    await page.getByRole('button', { name: 'Start Log altid af, når du er færdig' }).click();
    await loaded();
    await page.getByRole('button', { name: 'Vis hint' }).click();
    await loaded();
    await shoot(page, 'exercise-panel', v.name);
    await page.getByRole('button', { name: 'Skjul vejledning' }).click();
    await loaded();
    await shoot(page, 'exercise-panel-folded', v.name);
    await page.getByRole('button', { name: 'Vis vejledning' }).click();
    await loaded();
    await logInAs(page, loaded, 'Amina Abdi Yusuf');
    await logOut(page, loaded);
    await shoot(page, 'exercise-panel-finished', v.name);
    await page.goto('/ovelser/faerdig');
    await shoot(page, 'exercise-result', v.name);
    await page.goto('/ovelser/kursusbevis?navn=Solsort');
    await shoot(page, 'exercise-certificate', v.name);
    await page.emulateMedia({ media: 'print' });
    await shoot(page, 'exercise-certificate-printed', v.name);
    await page.emulateMedia({ media: 'screen' });
    await page.goto('/findes-ikke');
    await shoot(page, 'not-found', v.name);
    await page.goto('/pkg/findes-ikke.js');
    await shoot(page, 'error-404-static', v.name);
    // An address that takes only a form post, typed into the address bar: 405.
    await page.goto('/ovelse/start');
    await shoot(page, 'error-405', v.name);
    await context.close();
  });
}

// "Din øvelse slutter om … minutter": a server of its own with 1-minute worlds, whose
// warning comes 15 s before the end, so it can be seen without waiting two hours: in the
// page with JavaScript, and the page of its own without.
test('the warning before an unused world ends', async ({ browser }) => {
  test.setTimeout(180_000);
  const server = await startServer(3919, ['--idle-minutes', '1']);
  try {
    // Every viewport's world starts at once, so the minute is waited for only once.
    const pages = [];
    for (const v of views) {
      for (const js of [true, false]) {
        const context = await browser.newContext({ viewport: v.viewport, deviceScaleFactor: v.deviceScaleFactor, javaScriptEnabled: js });
        const page = await context.newPage();
        await page.goto(`${server.base}/`);
        await page.getByRole('button', { name: 'Start øvelse' }).click();
        await expect(page.getByRole('heading', { level: 1, name: 'Din øvelse' })).toBeVisible();
        pages.push({ v, js, page, context });
      }
    }
    await pages[0].page.waitForTimeout(46_000);
    for (const { v, js, page, context } of pages) {
      if (js) {
        await expect(page.getByRole('alert').filter({ hasText: 'Din øvelse slutter om' })).toBeVisible();
        await page.screenshot({ path: `screenshots/ending-soon-in-page-${v.name}.png` });
      } else {
        await page.goto(`${server.base}/ovelse/slutter-snart?tilbage=%2Fovelse`);
        await shoot(page, 'ending-soon', v.name);
      }
      await context.close();
    }
  } finally {
    server.stop();
  }
});
