import type { Page } from '@playwright/test';
import { test, expect, startWorld, axeClean, logInAs, logOut, typeKeyFromCard } from './fixtures';

type Ready = (p?: Page) => Promise<void>;

async function click(page: Page, ready: Ready, name: string | RegExp, role: 'button' | 'link' = 'button') {
  await page.getByRole(role, { name, exact: typeof name === 'string' }).first().click();
  await page.waitForLoadState('load');
  await ready();
}

test('the daughter asks for "Skift læge", the mother signs, the daughter changes the doctor; Flytning is not allowed; deleting ends it', async ({ page, ready, jsOn }) => {
  // Six logins, about 45 page loads and 3 axe runs: about 3 s a step on a loaded 2-core
  // machine.
  test.setTimeout(180_000);
  await startWorld(page, ready);

  await logInAs(page, ready, 'Mette Jensen Holm');
  await click(page, ready, 'Digital fuldmagt', 'link');
  await click(page, ready, 'Anmod om fuldmagt', 'link');
  await page.getByLabel('Fulde navn').fill('Karen Jensen');
  await page.getByLabel('CPR-nummer').fill('420348-1236');
  await page.getByRole('checkbox', { name: 'Skift læge' }).check();
  await page.getByRole('radio', { name: 'Indtil den slettes' }).check();
  await axeClean(page, jsOn);
  await click(page, ready, 'Næste');
  // The requester signs the request, as on the real site.
  await expect(page.getByText('En anmodning om fuldmagt.')).toBeVisible();
  await expect(page.getByText('Karen Jensen', { exact: true })).toBeVisible();
  await typeKeyFromCard(page);
  await click(page, ready, 'Underskriv');
  await expect(page.getByRole('status')).toContainText('Din anmodning er sendt.');
  await logOut(page, ready);

  await logInAs(page, ready, 'Karen Jensen');
  await click(page, ready, 'Digital fuldmagt', 'link');
  await expect(page.getByRole('heading', { level: 2, name: 'Anmodninger om fuldmagt til dig' })).toBeVisible();
  await axeClean(page, jsOn);
  await click(page, ready, 'Godkend');
  await expect(page.getByText('Skift læge', { exact: true })).toBeVisible();
  await typeKeyFromCard(page);
  await click(page, ready, 'Underskriv');
  await expect(page.getByRole('status')).toContainText('Fuldmagten er givet.');
  await logOut(page, ready);

  await logInAs(page, ready, 'Mette Jensen Holm');
  await click(page, ready, 'Skift læge', 'link');
  await page.getByRole('radio', { name: /^Karen Jensen/ }).check();
  await page.getByLabel('Vælg ny læge').selectOption({ label: 'Lægerne i Vollsmose' });
  await axeClean(page, jsOn);
  await click(page, ready, 'Skift læge');
  await expect(page.getByRole('status')).toContainText('Lægen er skiftet.');
  await expect(page.getByRole('radio', { name: /^Karen Jensen – Nuværende læge: Lægerne i Vollsmose/ })).toBeVisible();
  // "Flytning" was not part of the fuldmagt: only "Mig selv" is offered.
  await page.goto('/selvbetjening/flytning');
  await ready();
  await expect(page.getByRole('radio', { name: /^Karen Jensen/ })).toHaveCount(0);
  await expect(page.getByRole('radio', { name: /^Mig selv/ })).toBeVisible();
  await logOut(page, ready);

  // The mother sees the receipt, and deletes the fuldmagt.
  await logInAs(page, ready, 'Karen Jensen');
  await click(page, ready, 'Digital Post', 'link');
  await expect(page.getByRole('button', { name: 'Kvittering: Du har skiftet læge' })).toBeVisible();
  await page.goto('/fuldmagt');
  await ready();
  await click(page, ready, 'Slet fuldmagt');
  // It asks first.
  await expect(page.getByText('Vil du slette fuldmagten?')).toBeVisible();
  await click(page, ready, 'Ja, slet fuldmagten');
  await expect(page.getByRole('status')).toContainText('Fuldmagten er slettet.');
  await logOut(page, ready);
  await logInAs(page, ready, 'Mette Jensen Holm');
  await click(page, ready, 'Skift læge', 'link');
  await expect(page.getByRole('radio', { name: /^Karen Jensen/ })).toHaveCount(0);
});

test('the betroet medarbejder approves a request for a citizen who cannot answer digitally', async ({ page, ready, jsOn }) => {
  test.setTimeout(90_000);
  await startWorld(page, ready);
  await logInAs(page, ready, 'Mette Jensen Holm');
  await page.goto('/fuldmagt/anmod');
  await ready();
  await page.getByLabel('Fulde navn').fill('Erna Holm');
  await page.getByLabel('CPR-nummer').fill('450235-0462');
  await page.getByRole('checkbox', { name: 'Se journal og laboratoriesvar (sundhed.dk)' }).check();
  await click(page, ready, 'Næste');
  await typeKeyFromCard(page);
  await click(page, ready, 'Underskriv');
  // Erna cannot use NemID: the request is printed as a blanket she signs by hand.
  await click(page, ready, 'Udskriv blanket til underskrift på papir', 'link');
  const sheet = page.getByRole('article', { name: 'Fuldmagt – underskrift på papir' });
  await expect(sheet).toContainText('Erna Holm (CPR-nummer 450235-0462)');
  await expect(sheet).toContainText('Fuldmagtsgivers underskrift:');
  await axeClean(page, jsOn);
  await page.emulateMedia({ media: 'print' });
  await expect(sheet).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Anmodning om fuldmagt på papir' })).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  await logOut(page, ready);

  await logInAs(page, ready, 'Lone Madsen');
  await click(page, ready, 'Digital fuldmagt', 'link');
  await expect(page.getByRole('heading', { level: 2, name: /Sager/ })).toBeVisible();
  await axeClean(page, jsOn);
  await click(page, ready, 'Godkend');
  await expect(page.getByRole('alert')).toContainText('kontrolleret borgerens identitet');
  await page.getByRole('checkbox', { name: /Jeg har kontrolleret borgerens identitet \(Erna Holm\)/ }).check();
  await click(page, ready, 'Godkend');
  await expect(page.getByRole('status')).toContainText('Fuldmagten er givet.');
  await expect(page.getByText('Der er ingen sager lige nu.')).toBeVisible();
});
