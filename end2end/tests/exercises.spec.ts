import type { Page } from '@playwright/test';
import { test, expect, axeClean, logInAs, logOut } from './fixtures';

type Ready = (p?: Page) => Promise<void>;

async function click(page: Page, ready: Ready, name: string | RegExp, role: 'button' | 'link' = 'button') {
  await page.getByRole(role, { name, exact: typeof name === 'string' }).first().click();
  await page.waitForLoadState('load');
  await ready();
}

const panel = (page: Page) => page.getByRole('complementary', { name: /./ }).filter({ has: page.locator('.guide-step') });

async function startExercise(page: Page, ready: Ready, title: string) {
  await page.goto('/ovelser');
  await ready();
  await click(page, ready, `Start ${title}`);
  await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible();
}

test('the catalogue is grouped by theme and clean for axe, in Danish and English', async ({ page, ready, jsOn }) => {
  await page.goto('/ovelser');
  await ready();
  await expect(page.getByRole('heading', { level: 1, name: 'Øvelser' })).toBeVisible();
  for (const theme of ['NemID og MitID', 'Digital Post', 'Hjælp til andre', 'Sikkerhed']) {
    await expect(page.getByRole('heading', { level: 2, name: theme })).toBeVisible();
  }
  await axeClean(page, jsOn);
  await click(page, ready, 'English', 'link');
  await expect(page.getByRole('heading', { level: 1, name: 'Exercises' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Helping others' })).toBeVisible();
});

test('"Lav en mappe og flyt et brev" with hints, through to the Kursusbevis', async ({ page, ready, jsOn }) => {
  test.setTimeout(90_000);
  await startExercise(page, ready, 'Lav en mappe og flyt et brev');
  await expect(panel(page)).toContainText('Trin 1 af 3');
  await click(page, ready, 'Vis hint');
  await expect(panel(page).getByRole('listitem')).toHaveCount(1);
  await expect(panel(page)).toContainText('Gå til siden Din øvelse.');
  await click(page, ready, 'Vis hint');
  await expect(panel(page).getByRole('listitem')).toHaveCount(2);
  await axeClean(page, jsOn);
  await logInAs(page, ready, 'Karen Jensen');
  await expect(panel(page)).toContainText('Trin 2 af 3');
  await click(page, ready, 'Digital Post', 'link');
  await page.getByLabel('Navn på mappen').fill('Sundhed');
  await click(page, ready, 'Opret mappe');
  await expect(panel(page)).toContainText('Trin 3 af 3');
  await page.getByRole('navigation', { name: 'Mapper' }).getByRole('link', { name: /^Indbakke/ }).click();
  await ready();
  await page.getByRole('checkbox', { name: /Vælg Indkaldelse til ambulant/ }).check();
  await page.getByLabel('Flyt til').selectOption({ label: 'Sundhed' });
  await click(page, ready, 'Flyt');
  await expect(page.getByText('Du har klaret alle trinene.')).toBeVisible();
  await click(page, ready, 'Se dit resultat', 'link');
  await expect(page.getByRole('heading', { level: 1, name: 'Godt gået!' })).toBeVisible();
  await expect(page.getByText('Trin klaret uden hjælp: 2 af 3')).toBeVisible();
  await axeClean(page, jsOn);
  await page.getByLabel('Kaldenavn (valgfrit)').fill('Solsort');
  await click(page, ready, 'Lav kursusbevis');
  await expect(page.getByRole('heading', { level: 1, name: 'Kursusbevis' })).toBeVisible();
  await expect(page.getByText('Solsort')).toBeVisible();
  await expect(page.getByRole('article').getByText('Lav en mappe og flyt et brev')).toBeVisible();
});

test('"Find brevet, der ikke må overses": the 15-year-old finds the call-up, no hints', async ({ page, ready }) => {
  await startExercise(page, ready, 'Find brevet, der ikke må overses');
  await logInAs(page, ready, 'Ahmed Abdi Yusuf');
  await expect(panel(page)).toContainText('Trin 2 af 2');
  await click(page, ready, 'Digital Post', 'link');
  await click(page, ready, 'Indkaldelse til Forsvarets Dag');
  await expect(page.getByText('Du har klaret alle trinene.')).toBeVisible();
  await click(page, ready, 'Se dit resultat', 'link');
  await expect(page.getByText('Trin klaret uden hjælp: 2 af 2')).toBeVisible();
});

test('"Log altid af": skip a step, switch the guide to English, and stop', async ({ page, ready }) => {
  await startExercise(page, ready, 'Log altid af, når du er færdig');
  await logInAs(page, ready, 'Amina Abdi Yusuf');
  await expect(panel(page)).toContainText('Trin 2 af 2');
  // The panel's chooser: every language in its own script, a draft marked as one.
  const chooser = panel(page).getByLabel('Sprog');
  await expect(chooser.locator('optgroup[label="oversat maskinelt – ikke gennemlæst"] option', { hasText: 'العربية' })).toHaveCount(1);
  await chooser.selectOption('en');
  await click(page, ready, 'Skift sprog');
  await expect(panel(page)).toContainText('Step 2 of 2');
  await expect(panel(page).getByLabel('Language')).toHaveValue('en');
  await logOut(page, ready);
  await expect(page.getByText('You have done all the steps.')).toBeVisible();
  await click(page, ready, 'Stop the exercise');
  await expect(page.getByRole('heading', { level: 1, name: 'Øvelser' })).toBeVisible();
});

test('العربية: the guide reads right to left in Arabic through to the Kursusbevis, the service stays Danish, and axe finds nothing', async ({ page, ready, jsOn }) => {
  test.setTimeout(90_000);
  // Chosen on the landing page, where every language is named in its own script: the
  // landing page itself turns Arabic, right to left, inside the Danish page.
  await page.goto('/');
  await ready();
  await page.getByRole('navigation', { name: 'Vejledning på dit sprog' }).getByRole('link', { name: 'العربية' }).click();
  await page.waitForLoadState('load');
  await ready();
  await expect(page.getByRole('heading', { level: 1, name: 'تدرّب على الخدمات الرقمية العامة' })).toBeVisible();
  await expect(page.locator('main div[lang="ar"][dir="rtl"]')).toContainText('ابدأ التمرين');
  await expect(page.locator('html')).toHaveAttribute('lang', 'da');
  await axeClean(page, jsOn);
  await page.getByRole('link', { name: 'اختر تمرينًا موجَّهًا' }).click();
  await page.waitForLoadState('load');
  await ready();
  await expect(page.getByRole('heading', { level: 1, name: 'التمارين' })).toBeVisible();
  const guide = page.locator('main div[lang="ar"][dir="rtl"]');
  await expect(guide).toBeVisible();
  await expect(page.getByText('oversat maskinelt – ikke gennemlæst').first()).toBeVisible();
  await axeClean(page, jsOn);
  await click(page, ready, 'ابدأ أنشئ مجلدًا وانقل إليه رسالة');
  const aside = panel(page);
  await expect(aside).toHaveAttribute('dir', 'rtl');
  await expect(aside).toHaveAttribute('lang', 'ar');
  // Numbers inside right-to-left text come isolated (FSI … PDI), as Fluent writes them.
  await expect(aside).toContainText('الخطوة \u20681\u2069 من \u20683\u2069');
  await click(page, ready, 'أظهر تلميحًا');
  // A label of the service inside the Arabic hint: Danish, bold, isolated for direction.
  const label = aside.locator('.guide-hints bdi[lang="da"][dir="ltr"] strong', { hasText: 'Din øvelse' });
  await expect(label).toBeVisible();
  // "Læs op" in Arabic: the instruction's audio made on the server (read-aloud.spec.ts
  // presses the button and plays it).
  const audio = aside.locator('details.read-aloud audio source').first();
  const heard = await page.request.get((await audio.getAttribute('src'))!);
  expect(heard.headers()['content-type']).toMatch(/^audio\//);
  expect((await heard.body()).length).toBeGreaterThan(1000);
  // The Ordliste from the panel: the Danish words as on screen, explained in Arabic.
  const glossaryTitle = (await aside.locator('.guide-glossary a').textContent())!;
  await aside.locator('.guide-glossary a').click();
  await page.waitForLoadState('load');
  await expect(page.getByRole('heading', { level: 1, name: glossaryTitle })).toBeVisible();
  await expect(page.locator('div[lang="ar"][dir="rtl"] dl dt bdi[lang="da"]', { hasText: 'læseadgang' })).toBeVisible();
  await axeClean(page, jsOn);
  await page.goBack();
  await page.waitForLoadState('load');
  await ready();
  // The service around the panel stays Danish, left to right.
  await expect(page.locator('html')).toHaveAttribute('lang', 'da');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(page.getByRole('heading', { level: 1, name: 'Din øvelse' })).toBeVisible();
  await axeClean(page, jsOn);
  // Through to the end: the result and the Kursusbevis speak Arabic, right to left.
  await logInAs(page, ready, 'Karen Jensen');
  await click(page, ready, 'Digital Post', 'link');
  await page.getByLabel('Navn på mappen').fill('Sundhed');
  await click(page, ready, 'Opret mappe');
  await page.getByRole('navigation', { name: 'Mapper' }).getByRole('link', { name: /^Indbakke/ }).click();
  await ready();
  await page.getByRole('checkbox', { name: /Vælg Indkaldelse til ambulant/ }).check();
  await page.getByLabel('Flyt til').selectOption({ label: 'Sundhed' });
  await click(page, ready, 'Flyt');
  await expect(page.getByText('لقد أنجزت كل الخطوات.')).toBeVisible();
  await click(page, ready, 'شاهد نتيجتك', 'link');
  await expect(page.getByRole('heading', { level: 1, name: 'أحسنت!' })).toBeVisible();
  await axeClean(page, jsOn);
  await page.getByLabel('اسم مستعار (اختياري)').fill('Solsort');
  await click(page, ready, 'أنشئ شهادة الدورة');
  await expect(page.getByRole('heading', { level: 1, name: 'شهادة الدورة' })).toBeVisible();
  await expect(page.locator('div[lang="ar"][dir="rtl"]').getByRole('article')).toContainText('أنشئ مجلدًا وانقل إليه رسالة');
  await expect(page.getByRole('article')).toContainText('Solsort');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
});

test('Let dansk and Українська: the catalogue and a hint in the chosen language', async ({ page, ready }) => {
  for (const [name, heading, start, title, hint, hintText] of [
    ['Let dansk', 'Øvelser', 'Start', 'Lav en mappe, og flyt et brev', 'Vis et tip', 'Der kan du se alle personerne.'],
    ['Українська', 'Вправи', 'Почати', 'Створіть папку і перемістіть у неї лист', 'Показати підказку', 'Там є всі люди.'],
  ]) {
    await page.goto('/ovelser');
    await ready();
    await click(page, ready, name, 'link');
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await click(page, ready, `${start} ${title}`);
    await click(page, ready, hint);
    await expect(panel(page).locator('.guide-hints')).toContainText(hintText);
  }
});

test("a browser that asks for Ukrainian gets the catalogue in Ukrainian first", async ({ browser, jsOn }, testInfo) => {
  const context = await browser.newContext({ locale: 'uk-UA', javaScriptEnabled: jsOn, baseURL: testInfo.project.use.baseURL });
  try {
    const page = await context.newPage();
    await page.goto('/ovelser');
    await expect(page.getByRole('heading', { level: 1, name: 'Вправи' })).toBeVisible();
    await page.getByRole('link', { name: 'Dansk', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Øvelser' })).toBeVisible();
  } finally {
    await context.close();
  }
});

test('Fakta-ark: from the catalogue in Arabic, a theme on one A4 page, the screen words in Danish', async ({ page, ready, jsOn }) => {
  await page.goto('/ovelser?sprog=ar');
  await ready();
  const link = page.locator('main a[href^="/faktaark?sprog=ar"]');
  const title = (await link.textContent())!;
  await link.click();
  await page.waitForLoadState('load');
  await ready();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const themes = page.locator('.handout-list a');
  await expect(themes).toHaveCount(5);
  await themes.first().click();
  await page.waitForLoadState('load');
  await ready();
  const sheet = page.locator('div[lang="ar"][dir="rtl"] article.handout');
  await expect(sheet.locator('bdi[lang="da"] strong', { hasText: 'nøglekort' }).first()).toBeVisible();
  await axeClean(page, jsOn);
  const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
  expect(pdf.match(/\/Type\s*\/Page[^s]/g)?.length, 'one A4 page').toBe(1);
});

test('Fakta-ark: every theme in every language fits one A4 page', async ({ page }) => {
  test.setTimeout(120_000);
  for (const lang of ['da', 'da-let', 'en', 'ar', 'tr', 'fa', 'so', 'ur', 'uk']) {
    for (const theme of ['nemid', 'mitid', 'post', 'help', 'safety']) {
      await page.goto(`/faktaark?sprog=${lang}&emne=${theme}`);
      await expect(page.locator('article.handout li')).not.toHaveCount(0);
      await page.evaluate(() => document.fonts.ready);
      const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
      expect(pdf.match(/\/Type\s*\/Page[^s]/g)?.length, `${lang} ${theme}: one A4 page`).toBe(1);
    }
  }
});

test('العربية on every page of the service: the panel stays right to left beside the Danish service, and axe finds nothing', async ({ page, ready, jsOn }) => {
  // A login, 21 page loads and 20 axe runs on a shared 2-core machine.
  test.setTimeout(180_000);
  await page.goto('/ovelser?sprog=ar');
  await ready();
  await page.getByRole('button', { name: /^ابدأ / }).first().click();
  await page.waitForLoadState('load');
  await ready();
  await logInAs(page, ready, 'Karen Jensen');
  for (const path of [
    '/ovelse',
    '/min-side',
    '/post',
    '/post/skriv',
    '/post/kladder',
    '/post/aktivitetslog',
    '/post/indstillinger',
    '/post/adgang',
    '/post/adgang/giv',
    '/post/adgang/anmod',
    '/fuldmagt',
    '/fuldmagt/giv',
    '/fuldmagt/anmod',
    '/selvbetjening/skift-laege',
    '/selvbetjening/flytning',
    '/telefon/karen',
    '/telefon/karen?app=beskeder',
    '/ovelse/sammen',
  ]) {
    await page.goto(path);
    await ready();
    const aside = page.locator('aside.guide-panel');
    await expect(aside, path).toHaveAttribute('dir', 'rtl');
    await expect(aside, path).toHaveAttribute('lang', 'ar');
    // The service itself stays Danish.
    await expect(page.locator('html'), path).toHaveAttribute('lang', 'da');
    await axeClean(page, jsOn);
  }
  // A letter, opened from the inbox.
  await page.goto('/post');
  await ready();
  const subject = 'Indkaldelse til ambulant undersøgelse i Hjertemedicinsk Ambulatorium';
  await page.getByRole('button', { name: subject, exact: true }).click();
  await page.waitForLoadState('load');
  await ready();
  await expect(page.getByRole('heading', { level: 1, name: subject })).toBeVisible();
  await expect(page.locator('aside.guide-panel')).toHaveAttribute('dir', 'rtl');
  await axeClean(page, jsOn);
});
