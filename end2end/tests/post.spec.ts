import type { Page } from '@playwright/test';
import { test, expect, startWorld, axeClean } from './fixtures';

type Ready = (p?: Page) => Promise<void>;


/** Starts a world, logs in as `name` with the key read off "Vis nøglekort", opens Digital Post. */
async function openPost(page: Page, ready: Ready, name: string) {
  await startWorld(page, ready);
  const persona = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name }) });
  const password = (await persona.locator('dt:has-text("Adgangskode") + dd').textContent())!.trim();
  await persona.getByRole('link', { name: `Log på som ${name}` }).click();
  await ready();
  await page.getByLabel('Adgangskode').fill(password);
  await page.getByRole('button', { name: 'Næste' }).click();
  await ready();
  const number = (await page.getByText(/Nøglenummer\s+\d{4}/).textContent())!.match(/\d{4}/)![0];
  await page.getByText('Vis nøglekort', { exact: true }).click();
  const entry = page.getByRole('list', { name: 'Nøgler på nøglekortet' }).getByRole('listitem').filter({ hasText: new RegExp(`^\\s*${number}\\s`) });
  await page.getByLabel('Nøgle', { exact: true }).fill((await entry.textContent())!.match(/(\d{6})/)![1]);
  await page.getByRole('button', { name: 'Log på', exact: true }).click();
  await ready();
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
