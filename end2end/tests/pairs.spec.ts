// "Øv sammen": a mother and a daughter practise læseadgang in one world, each in her own
// browser with her own persona; what one does, the other sees on her next page.
import type { Page } from '@playwright/test';
import { test, expect, startWorld, axeClean, logInAs, typeKeyFromCard } from './fixtures';

type Ready = (p?: Page) => Promise<void>;

async function click(page: Page, ready: Ready, name: string | RegExp, role: 'button' | 'link' = 'button') {
  await page.getByRole(role, { name, exact: typeof name === 'string' }).first().click();
  await page.waitForLoadState('load');
  await ready(page);
}

test('two browsers share one world with a persona each, and see what the other did', async ({ page, ready, jsOn, otherLearner }) => {
  test.setTimeout(90_000);
  await startWorld(page, ready);
  await click(page, ready, 'Øv sammen', 'link');
  await click(page, ready, 'Lav en parkode');
  const code = (await page.locator('.board-code-value').textContent())!.trim();
  expect(code).toMatch(/^[A-HJKMNP-Z2-9]{6}$/);
  await axeClean(page, jsOn);

  // The daughter, in her own browser.
  const daughter = await otherLearner();
  const dReady = async () => { await daughter.waitForLoadState('load'); };
  await daughter.goto('/par');
  await dReady();
  await axeClean(daughter, jsOn);
  await daughter.getByLabel('Parkode').fill(code);
  await daughter.getByRole('radio', { name: /^Mette Jensen Holm/ }).check();
  await daughter.getByRole('button', { name: 'Deltag' }).click();
  await dReady();
  // The login, her bruger-id filled in.
  await expect(daughter.getByLabel('Bruger-id', { exact: true })).not.toHaveValue('');
  await logInAs(daughter, dReady, 'Mette Jensen Holm');
  await page.reload();
  await ready();
  await expect(page.getByText('I øver sammen: din makker er med i øvelsen.')).toBeVisible();

  // The mother logs in at her own PC; the daughter stays logged in at hers.
  await logInAs(page, ready, 'Karen Jensen');
  await daughter.goto('/min-side');
  await expect(daughter.getByRole('heading', { level: 1, name: 'Velkommen, Mette Jensen Holm' })).toBeVisible();

  // The daughter asks for access; the mother sees the request on her next page (with
  // JavaScript, her open page says at once that her partner did something).
  await daughter.goto('/post/adgang/anmod');
  await daughter.getByLabel('Fulde navn').fill('Karen Jensen');
  await daughter.getByLabel('CPR-nummer').fill('420348-1236');
  await click(daughter, dReady, 'Send anmodning');
  await expect(daughter.getByRole('status')).toContainText('Din anmodning er sendt.');
  if (jsOn) {
    await expect(page.getByText('Din makker har gjort noget i øvelsen.')).toBeVisible({ timeout: 5_000 });
  }
  await page.goto('/post/adgang');
  await ready();
  await click(page, ready, 'Godkend');
  await typeKeyFromCard(page);
  await click(page, ready, 'Underskriv');
  await expect(page.getByRole('status')).toContainText('Adgangen er givet.');
  // … and the daughter, on her next page, can open her mother's mailbox.
  await daughter.goto('/post');
  await daughter.getByLabel('Skift postkasse').selectOption({ label: 'Karen Jensen' });
  await click(daughter, dReady, 'Skift');
  await expect(daughter.getByText('Du læser Karen Jensens post som hjælper.')).toBeVisible();
});
