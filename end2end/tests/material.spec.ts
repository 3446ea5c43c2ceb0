// "Eget materiale": a teacher writes a letter and a two-step exercise in the form, sees the
// preview, sends it to the hold, and a learner gets the letter and completes the exercise;
// the material is downloaded and uploaded into a new hold, which then has the same.
import { readFileSync } from 'node:fs';
import { test, expect, axeClean, logInAs, type Page } from './fixtures';

type Ready = (p?: Page) => Promise<void>;

const BODY = `Kære Amina

Vi holder forældremøde i 3.B torsdag den 10. december kl. 17.00 i klasselokalet. Vi taler om klassens trivsel, om lektier og om lejrskolen til foråret. Der er kaffe og kage.

Skriv gerne, om du kommer, og om du har brug for en tolk. Så bestiller vi en.

Har du spørgsmål, kan du ringe til skolens kontor.

Med venlig hilsen
Klasselæreren i 3.B, Bakkeskolen`;

async function click(page: Page, ready: Ready, name: string, role: 'button' | 'link' = 'button') {
  await page.getByRole(role, { name, exact: true }).first().click();
  await page.waitForLoadState('load');
  await ready();
}

/** "Opret hold" with "Fri øvelse": the board's address. */
async function newHold(page: Page, ready: Ready, name: string) {
  await page.goto('/underviser');
  await ready();
  await page.getByLabel('Holdets navn (valgfrit)').fill(name);
  await click(page, ready, 'Opret hold');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Tavle: ${name}`);
  return page.url();
}

test('a teacher writes a letter and a two-step exercise, sends it, and a learner does it', async ({ page, ready, jsOn, otherLearner }) => {
  test.setTimeout(150_000);
  const board = await newHold(page, ready, 'Forældrene');
  const code = (await page.locator('.board-code-value').textContent())!.trim();
  await click(page, ready, 'Eget materiale', 'link');
  await expect(page.getByRole('heading', { level: 1, name: 'Eget materiale' })).toBeVisible();

  await page.getByLabel('Navn på materialet').fill('Forældremøde');
  await page.getByLabel('Afsender', { exact: true }).selectOption({ label: 'En ny afsender (skriv navnet nedenfor)' });
  await page.getByLabel('Den nye afsenders navn').fill('Bakkeskolen');
  await page.getByLabel('Til', { exact: true }).selectOption({ label: 'Amina Abdi Yusuf' });
  await page.getByLabel('Emne', { exact: true }).fill('Forældremøde i 3.B');
  await page.getByLabel('Brevets tekst').fill('Kom til møde.');
  await expect(page.getByLabel('Brevet kan besvares (knappen "Besvar")')).toBeChecked();
  await page.getByLabel('Øvelsens titel', { exact: true }).fill('Svar på et skolebrev');
  await page.getByLabel('Kort beskrivelse', { exact: true }).fill('Læs brevet fra skolen og svar.');
  await page.getByLabel('Historien', { exact: true }).fill('Amina har fået et brev fra skolen om et forældremøde.');
  const step = (n: number) => page.getByRole('group', { name: `Trin ${n}` });
  await step(1).getByLabel('Hvad skal deltageren gøre?').selectOption({ label: 'Åbn brevet' });
  await step(1).getByLabel('Opgaven, som deltageren ser').fill('Log på som Amina, og åbn brevet fra skolen.');
  await step(2).getByLabel('Hvad skal deltageren gøre?').selectOption({ label: 'Svar på brevet' });
  await step(2).getByLabel('Opgaven, som deltageren ser').fill('Svar skolen, at du kommer.');
  // With JavaScript the letter is drawn beside the form as it is typed.
  const live = page.getByRole('region', { name: 'Sådan ser det ud lige nu' });
  if (jsOn) {
    await expect(live.getByText('Forældremøde i 3.B')).toBeVisible();
    await expect(live.getByText('Bakkeskolen')).toBeVisible();
    await expect(live.getByRole('listitem')).toHaveText(['Log på som Amina, og åbn brevet fra skolen.', 'Svar skolen, at du kommer.']);
  } else {
    await expect(live).toBeHidden();
  }
  await step(2).getByText('Hints (valgfrit)').click();
  await step(2).getByLabel('Hint 1').fill('Der er en knap i brevet.');

  // The exercise in Arabic too (the hints stay Danish).
  await page.getByText('Øvelsen på et andet sprog (valgfrit)').click();
  await page.getByLabel('Sprog', { exact: true }).selectOption('ar');
  await page.getByLabel('Øvelsens titel på sproget').fill('رد على رسالة من المدرسة');
  await page.getByLabel('Kort beskrivelse på sproget').fill('اقرئي الرسالة وردي عليها.');
  await page.getByLabel('Historien på sproget').fill('أمينة تلقت رسالة من المدرسة.');
  await page.getByLabel('Opgaven i trin 1 på sproget').fill('افتحي الرسالة من المدرسة.');
  await page.getByLabel('Opgaven i trin 2 på sproget').fill('ردي على المدرسة.');
  // A letter of four words is refused next to its field, and nothing typed is lost.
  await click(page, ready, 'Vis forhåndsvisning');
  const text = page.getByLabel('Brevets tekst');
  await expect(text).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Brevets tekst har 3 ord; et brev har 60–400 ord')).toBeVisible();
  await expect(page.getByLabel('Emne', { exact: true })).toHaveValue('Forældremøde i 3.B');
  await expect(step(2).getByLabel('Hint 1')).toHaveValue('Der er en knap i brevet.');
  await axeClean(page, jsOn);
  await text.fill(BODY);
  await click(page, ready, 'Vis forhåndsvisning');

  // The preview: the letter and the exercise as learners will meet them.
  const preview = page.getByRole('region', { name: 'Forhåndsvisning: Forældremøde' });
  await expect(preview.getByText('Forældremøde i 3.B', { exact: true })).toBeVisible();
  await expect(preview.getByText('Bakkeskolen', { exact: true })).toBeVisible();
  await expect(preview.getByRole('heading', { name: 'Øvelse: Svar på et skolebrev' })).toBeVisible();
  await expect(preview.getByText('Svar skolen, at du kommer.')).toBeVisible();
  await expect(preview.getByRole('heading', { name: /^Også på / })).toBeVisible();
  await expect(preview.locator('[lang="ar"][dir="rtl"]')).toContainText('رد على رسالة من المدرسة');
  await expect(page.getByLabel('Emne', { exact: true })).toHaveValue('Forældremøde i 3.B');
  await axeClean(page, jsOn);
  await click(page, ready, 'Send til holdet');
  await expect(page.getByText('Dit eget materiale er sendt til holdet.')).toBeVisible();

  // A learner joins: the exercise is hers, the letter in Amina's Digital Post.
  const learner = await otherLearner();
  await learner.goto('/hold');
  await learner.getByLabel('Holdkode').fill(code);
  await learner.getByLabel('Dit navn').fill('Hodan');
  await learner.getByRole('button', { name: 'Deltag' }).click();
  await learner.waitForLoadState('load');
  await expect(learner.getByRole('heading', { level: 2, name: 'Svar på et skolebrev' })).toBeVisible();
  const panel = learner.getByRole('complementary', { name: /./ }).filter({ has: learner.locator('.guide-step') });
  await expect(panel).toContainText('Trin 1 af 2');
  const learnerReady = (p: Page = learner) => ready(p);
  await logInAs(learner, learnerReady, 'Amina Abdi Yusuf');
  await click(learner, learnerReady, 'Digital Post', 'link');
  await click(learner, learnerReady, 'Forældremøde i 3.B');
  await expect(panel).toContainText('Trin 2 af 2');
  await expect(learner.getByText('Bakkeskolen').first()).toBeVisible();
  await click(learner, learnerReady, 'Besvar', 'link');
  await learner.getByLabel('Besked').fill('Tak. Jeg kommer.');
  await click(learner, learnerReady, 'Send');
  await expect(learner.getByText('Du har klaret alle trinene.')).toBeVisible();
  await page.goto(board);
  await ready();
  await expect(page.getByRole('row').filter({ hasText: 'Hodan' })).toContainText('Svar på et skolebrev');
});

test('the material downloads as a file, and uploading it into a new hold gives the same', async ({ page, ready, jsOn }) => {
  test.setTimeout(90_000);
  await newHold(page, ready, 'Mandag');
  await click(page, ready, 'Eget materiale', 'link');
  // The example file first: offered for download, then uploaded.
  const example = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Hent et eksempel på en fil' }).click();
  const examplePath = await (await example).path();
  await page.getByLabel('Fil med eget materiale (.toml)').setInputFiles(examplePath);
  await click(page, ready, 'Upload');
  await expect(page.getByRole('heading', { name: 'Forhåndsvisning: Skole-hjem-samtale' })).toBeVisible();
  await expect(page.getByText('Materialet kom fra en fil.')).toBeVisible();
  const first = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download' }).click();
  const saved = await (await first).path();

  // A broken file is refused with its line and field, next to the file input.
  const broken = readFileSync(saved, 'utf8').replace('to = "amina"', 'to = "dronningen"');
  await page.getByLabel('Fil med eget materiale (.toml)').setInputFiles({ name: 'brudt.toml', mimeType: 'text/plain', buffer: Buffer.from(broken) });
  await click(page, ready, 'Upload');
  await expect(page.getByLabel('Fil med eget materiale (.toml)')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText(/Linje \d+, feltet to: der er ingen person "dronningen"/)).toBeVisible();
  await axeClean(page, jsOn);

  await newHold(page, ready, 'Tirsdag');
  await click(page, ready, 'Eget materiale', 'link');
  await page.getByLabel('Fil med eget materiale (.toml)').setInputFiles(saved);
  await click(page, ready, 'Upload');
  await expect(page.getByRole('heading', { name: 'Forhåndsvisning: Skole-hjem-samtale' })).toBeVisible();
  const second = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download' }).click();
  expect(readFileSync(await (await second).path(), 'utf8')).toBe(readFileSync(saved, 'utf8'));
});
