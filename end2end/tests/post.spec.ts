import type { Page } from '@playwright/test';
import { test, expect, startWorld, axeClean, logInAs } from './fixtures';

type Ready = (p?: Page) => Promise<void>;


/** Starts a world, logs in as `name`, opens Digital Post. */
async function openPost(page: Page, ready: Ready, name: string) {
  await startWorld(page, ready);
  await logInAs(page, ready, name);
  await page.getByRole('link', { name: 'Digital Post' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Digital Post' })).toBeVisible();
  await ready();
}

async function submitAndWait(page: Page, ready: Ready, name: string) {
  await page.getByRole('button', { name, exact: true }).click();
  await page.waitForLoadState('load');
  await ready();
}

test('the inbox lists the letters; opening one marks it read; "Markér som ulæst" undoes it', async ({ page, ready, jsOn }) => {
  // A login, 9 page loads and 2 axe runs: 90 s (three times the default) for a loaded 2-core
  // machine.
  test.slow();
  await openPost(page, ready, 'Karen Jensen');
  await expect(page.getByRole('heading', { level: 2, name: 'Indbakke' })).toBeVisible();
  await expect(page.getByText(/\d+ ulæste breve i Indbakke/)).toBeVisible();
  const before = Number((await page.getByText(/\d+ ulæste breve i Indbakke/).textContent())!.match(/(\d+) ulæste/)![1]);
  await axeClean(page, jsOn);
  const subject = 'Indkaldelse til ambulant undersøgelse i Hjertemedicinsk Ambulatorium';
  await expect(page.getByRole('row').filter({ hasText: subject })).toContainText('Ulæst');
  await submitAndWait(page, ready, subject);
  await expect(page.getByRole('heading', { level: 1, name: subject })).toBeVisible();
  await expect(page.getByText('Odense Universitetshospital').first()).toBeVisible();
  await axeClean(page, jsOn);
  await submitAndWait(page, ready, 'Markér som ulæst');
  await expect(page.getByText(`${before} ulæste breve i Indbakke`)).toBeVisible();
});

test('folders: create, refuse a duplicate, move letters, refuse deleting a non-empty folder, rename, delete', async ({ page, ready, jsOn }) => {
  // A login and 17 page loads: 90 s (three times the default) for a loaded 2-core machine.
  test.slow();
  await openPost(page, ready, 'Karen Jensen');
  await page.getByLabel('Navn på mappen').fill('Sundhed');
  await submitAndWait(page, ready, 'Opret mappe');
  await expect(page.getByRole('heading', { level: 2, name: 'Sundhed' })).toBeVisible();
  await page.getByLabel('Navn på mappen').fill(' sundhed ');
  await submitAndWait(page, ready, 'Opret mappe');
  await expect(page.getByRole('alert')).toContainText('Der findes allerede en mappe med det navn.');
  await expect(page.getByLabel('Navn på mappen')).toHaveValue(' sundhed ');

  await page.getByRole('navigation', { name: 'Mapper' }).getByRole('link', { name: /^Indbakke/ }).click();
  await ready();
  await page.getByRole('checkbox', { name: /Vælg Indkaldelse til ambulant/ }).check();
  await page.getByRole('checkbox', { name: /Vælg Tilbud om gratis influenzavaccination/ }).check();
  await page.getByLabel('Flyt til').selectOption({ label: 'Sundhed' });
  await submitAndWait(page, ready, 'Flyt');
  await expect(page.getByRole('heading', { level: 2, name: 'Sundhed' })).toBeVisible();
  await expect(page.getByRole('row')).toHaveCount(3); // header + 2 letters
  await axeClean(page, jsOn);

  await submitAndWait(page, ready, 'Slet mappe');
  await expect(page.getByRole('alert')).toContainText('Mappen er ikke tom – flyt eller slet brevene først.');

  await page.getByLabel('Nyt navn').fill('Helbred');
  await submitAndWait(page, ready, 'Omdøb mappe');
  await expect(page.getByRole('heading', { level: 2, name: 'Helbred' })).toBeVisible();

  await page.getByRole('checkbox', { name: /Vælg Indkaldelse/ }).check();
  await page.getByRole('checkbox', { name: /Vælg Tilbud/ }).check();
  await page.getByLabel('Flyt til').selectOption({ label: 'Indbakke' });
  await submitAndWait(page, ready, 'Flyt');
  await page.getByRole('navigation', { name: 'Mapper' }).getByRole('link', { name: 'Helbred' }).click();
  await ready();
  await expect(page.getByText('Der er ingen breve i mappen.')).toBeVisible();
  await submitAndWait(page, ready, 'Slet mappe');
  await expect(page.getByRole('navigation', { name: 'Mapper' }).getByRole('link', { name: 'Helbred' })).toHaveCount(0);
});

test('"Slet" moves to Papirkurv, "Gendan" brings it back, and search finds across folders', async ({ page, ready }) => {
  // A login and 13 page loads: 90 s (three times the default) for a loaded 2-core machine.
  test.slow();
  await openPost(page, ready, 'Karen Jensen');
  const subject = 'Din forskudsopgørelse for 2027 er klar';
  await submitAndWait(page, ready, subject);
  await submitAndWait(page, ready, 'Slet');
  await page.getByRole('navigation', { name: 'Mapper' }).getByRole('link', { name: /^Papirkurv/ }).click();
  await ready();
  await expect(page.getByRole('button', { name: subject })).toBeVisible();

  await page.getByLabel('Søg i din post').fill('forskudsopgørelse');
  await submitAndWait(page, ready, 'Søg');
  await expect(page.getByRole('heading', { level: 2, name: /Søgeresultat/ })).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: subject })).toContainText('Papirkurv');

  await submitAndWait(page, ready, subject);
  await submitAndWait(page, ready, 'Gendan');
  await expect(page.getByRole('heading', { level: 2, name: 'Indbakke' })).toBeVisible();
  await expect(page.getByRole('button', { name: subject })).toBeVisible();
});

test('the 15-year-old finds the call-up to Forsvarets Dag', async ({ page, ready }) => {
  await openPost(page, ready, 'Ahmed Abdi Yusuf');
  await submitAndWait(page, ready, 'Indkaldelse til Forsvarets Dag');
  await expect(page.getByRole('heading', { level: 1, name: 'Indkaldelse til Forsvarets Dag' })).toBeVisible();
  await expect(page.getByText('Forsvarsministeriets Personalestyrelse').first()).toBeVisible();
  await expect(page.getByText('Du kan ikke besvare dette brev.')).toBeVisible();
});

test('a letter lists its documents, and the attachment opens as a PDF in the browser', async ({ page, ready }) => {
  await openPost(page, ready, 'Karen Jensen');
  await submitAndWait(page, ready, 'Indkaldelse til ambulant undersøgelse i Hjertemedicinsk Ambulatorium');
  const documents = page.getByRole('list').filter({ has: page.getByRole('link', { name: /\.pdf$/ }) });
  await expect(documents.getByRole('link')).toHaveCount(2);
  const attachment = page.getByRole('link', { name: 'Indkaldelse og praktisk information.pdf' });
  await expect(attachment).toBeVisible();
  const response = await page.request.get((await attachment.getAttribute('href'))!);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('application/pdf');
  expect(response.headers()['content-disposition']).toMatch(/^inline; filename=/);
  const pdf = await response.body();
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  expect(pdf.length).toBeGreaterThan(1000);
});

/** A tiny real PNG (1×1 pixel). */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

test('"Skriv ny besked": choose an authority, write, attach a file, send; Sendt, the receipt and the reply', async ({ page, ready, jsOn }) => {
  // A login, 15 page loads, 2 axe runs and the wait for the reply: 90 s (three times the default)
  // for a loaded 2-core machine.
  test.slow();
  await openPost(page, ready, 'Karen Jensen');
  await page.getByRole('link', { name: 'Skriv ny besked' }).click();
  await ready();
  await expect(page.getByRole('heading', { level: 2, name: 'Vælg myndighed' })).toBeVisible();
  for (const group of ['Staten', 'Regioner', 'Kommuner', 'Andre']) {
    await expect(page.getByRole('heading', { level: 3, name: group })).toBeVisible();
  }
  await axeClean(page, jsOn);
  await page.getByRole('link', { name: 'Skattestyrelsen', exact: true }).click();
  await ready();
  await expect(page.getByText('Skattestyrelsen', { exact: true })).toBeVisible();
  // A refusal keeps what was typed.
  await page.getByLabel('Emne').fill('Spørgsmål om min forskudsopgørelse');
  await submitAndWait(page, ready, 'Send');
  // The browser's own check (no script needed) stops an empty message before it is sent.
  await expect(page.getByLabel('Emne')).toHaveValue('Spørgsmål om min forskudsopgørelse');
  expect(await page.getByLabel('Besked').evaluate((e: HTMLTextAreaElement) => e.validity.valueMissing)).toBe(true);
  await page.getByLabel('Besked').fill('Hej. Jeg har fået en ny pension. Skal jeg ændre min forskudsopgørelse?');
  await page.getByLabel('Vedhæft fil').setInputFiles({ name: 'pensionsbrev.png', mimeType: 'image/png', buffer: PNG });
  await axeClean(page, jsOn);
  await submitAndWait(page, ready, 'Send');
  await expect(page.getByRole('status')).toContainText('Din besked er sendt.');
  await expect(page.getByRole('heading', { level: 2, name: 'Sendt' })).toBeVisible();
  await submitAndWait(page, ready, 'Spørgsmål om min forskudsopgørelse');
  await expect(page.getByRole('link', { name: 'pensionsbrev.png' })).toBeVisible();
  const image = await page.request.get((await page.getByRole('link', { name: 'pensionsbrev.png' }).getAttribute('href'))!);
  expect(image.headers()['content-type']).toBe('image/png');

  await page.getByRole('link', { name: /^Tilbage til Sendt/ }).click();
  await ready();
  await page.getByRole('navigation', { name: 'Mapper' }).getByRole('link', { name: /^Indbakke/ }).click();
  await ready();
  await expect(page.getByRole('button', { name: 'Kvittering: Spørgsmål om min forskudsopgørelse' })).toBeVisible();
  // The answer comes a few seconds later (3 s in the tests, a minute by default). Reload
  // until it is there; each reload can take seconds on a loaded machine, so allow 30 s.
  await expect(async () => {
    await page.reload();
    await expect(page.getByRole('button', { name: 'Svar: Spørgsmål om min forskudsopgørelse' })).toBeVisible({ timeout: 500 });
  }).toPass({ timeout: 30_000 });
  await ready();
  await submitAndWait(page, ready, 'Svar: Spørgsmål om min forskudsopgørelse');
  await expect(page.getByRole('link', { name: 'Besvar' })).toBeVisible();
});

test('"Besvar" shows only on letters that can be answered, and the answer lands in Sendt', async ({ page, ready }) => {
  // A login and 12 page loads: 90 s (three times the default) for a loaded 2-core machine.
  test.slow();
  await openPost(page, ready, 'Karen Jensen');
  await submitAndWait(page, ready, 'Din forskudsopgørelse for 2027 er klar');
  await expect(page.getByRole('link', { name: 'Besvar' })).toHaveCount(0);
  await expect(page.getByText('Du kan ikke besvare dette brev.')).toBeVisible();
  await expect(page.getByRole('article').getByRole('link', { name: 'Skriv ny besked' })).toBeVisible();

  await page.getByRole('link', { name: /^Tilbage til Indbakke/ }).click();
  await ready();
  await submitAndWait(page, ready, 'Tilbud om gratis influenzavaccination');
  await page.getByRole('link', { name: 'Besvar' }).click();
  await ready();
  await expect(page.getByRole('heading', { level: 1, name: 'Besvar' })).toBeVisible();
  await expect(page.getByLabel('Emne')).toHaveValue('Sv: Tilbud om gratis influenzavaccination');
  await page.getByLabel('Besked').fill('Tak. Jeg kommer gerne tirsdag formiddag.');
  await submitAndWait(page, ready, 'Send');
  await expect(page.getByRole('heading', { level: 2, name: 'Sendt' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sv: Tilbud om gratis influenzavaccination' })).toBeVisible();
});

test('"Videresend" sends a copy to another person, and the activity log shows what happened', async ({ page, ready, jsOn }) => {
  // A login, 13 page loads and an axe run: 90 s (three times the default) for a loaded 2-core
  // machine.
  test.slow();
  await openPost(page, ready, 'Karen Jensen');
  await submitAndWait(page, ready, 'Afgørelse om boligydelse fra 1. januar 2027');
  await page.getByLabel('Videresend til').selectOption({ label: 'Mette Jensen Holm' });
  await submitAndWait(page, ready, 'Videresend');
  await expect(page.getByRole('status')).toContainText('Brevet er videresendt.');
  await page.getByRole('link', { name: /^Tilbage til Indbakke/ }).click();
  await ready();
  await page.getByRole('navigation', { name: 'Mapper' }).getByRole('link', { name: 'Sendt' }).click();
  await ready();
  await expect(page.getByRole('button', { name: 'Videresendt: Afgørelse om boligydelse fra 1. januar 2027' })).toBeVisible();

  await page.getByRole('link', { name: 'Aktivitetslog' }).click();
  await ready();
  await expect(page.getByRole('heading', { level: 1, name: 'Aktivitetslog' })).toBeVisible();
  const rows = page.getByRole('row');
  await expect(rows.nth(1)).toContainText('er videresendt til Mette Jensen Holm');
  await expect(rows.nth(1)).toContainText('Karen Jensen');
  await axeClean(page, jsOn);
});

test('"Gem som kladde": a half-written message waits in Kladder, is written on, sent or deleted', async ({ page, ready, jsOn }) => {
  // A login, ~16 page loads and 2 axe runs: 90 s (three times the default) for a loaded
  // 2-core machine.
  test.slow();
  await openPost(page, ready, 'Karen Jensen');
  await page.goto('/post/skriv?til=skattestyrelsen');
  await ready();
  // Nothing written: nothing to keep, said at once and nothing lost.
  await submitAndWait(page, ready, 'Gem som kladde');
  await expect(page.getByText('Kladden er tom.')).toBeVisible();
  // Half written (no message yet): the browser does not stop a draft.
  await page.getByLabel('Emne').fill('Kørselsfradrag');
  await submitAndWait(page, ready, 'Gem som kladde');
  await expect(page.getByRole('heading', { level: 1, name: 'Kladder' })).toBeVisible();
  await expect(page.getByRole('status')).toContainText('Kladden er gemt i Kladder. Den er ikke sendt endnu.');
  await expect(page.getByText('Skattestyrelsen')).toBeVisible();
  await axeClean(page, jsOn);
  // The mailbox's folder list leads there, with the count.
  await page.getByRole('link', { name: /^Tilbage til Indbakke/ }).click();
  await ready();
  await page.getByRole('navigation', { name: 'Mapper' }).getByRole('link', { name: 'Kladder (1)' }).click();
  await ready();
  // Written on and saved again: still one draft, with the new text.
  await page.getByRole('link', { name: 'Kørselsfradrag' }).click();
  await ready();
  await expect(page.getByLabel('Emne')).toHaveValue('Kørselsfradrag');
  await page.getByLabel('Besked').fill('Jeg kører 40 km til arbejde hver dag.');
  await submitAndWait(page, ready, 'Gem som kladde');
  await expect(page.getByRole('link', { name: 'Kørselsfradrag' })).toHaveCount(1);
  await page.getByRole('link', { name: 'Kørselsfradrag' }).click();
  await ready();
  await expect(page.getByLabel('Besked')).toHaveValue('Jeg kører 40 km til arbejde hver dag.');
  await axeClean(page, jsOn);
  // Sent from the draft: it is in Sendt and no longer a draft.
  await submitAndWait(page, ready, 'Send');
  await expect(page.getByRole('heading', { level: 2, name: 'Sendt' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Kørselsfradrag' })).toBeVisible();
  await page.goto('/post/kladder');
  await ready();
  await expect(page.getByText('Du har ingen kladder.')).toBeVisible();

  // "Slet kladde" asks first; "Nej, behold den" keeps it.
  await page.goto('/post/skriv?til=skattestyrelsen');
  await ready();
  await page.getByLabel('Besked').fill('Udkast uden emne');
  await submitAndWait(page, ready, 'Gem som kladde');
  await submitAndWait(page, ready, 'Slet kladde');
  await expect(page.getByText('Vil du slette kladden?')).toBeVisible();
  await page.getByRole('link', { name: 'Nej, behold den' }).click();
  await ready();
  await expect(page.getByRole('link', { name: '(uden emne)' })).toBeVisible();
  await page.getByRole('link', { name: '(uden emne)' }).click();
  await ready();
  await submitAndWait(page, ready, 'Slet kladde');
  await submitAndWait(page, ready, 'Ja, slet kladden');
  await expect(page.getByRole('status')).toContainText('Kladden er slettet.');
  await expect(page.getByText('Du har ingen kladder.')).toBeVisible();
});
