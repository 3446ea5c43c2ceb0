import type { Page } from '@playwright/test';
import { test, expect, axeClean } from './fixtures';

type Ready = (p?: Page) => Promise<void>;

const TITLE = 'Genkend en falsk SMS fra "Skat"';

/** Starts the drill's exercise and opens Karen's phone at "Beskeder", as a learner would. */
async function openMessages(page: Page, ready: Ready) {
  await page.goto('/ovelser');
  await ready();
  await page.getByRole('button', { name: `Start ${TITLE}` }).click();
  await ready();
  await expect(page.getByRole('heading', { level: 2, name: TITLE })).toBeVisible();
  const karen = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Karen Jensen' }) });
  await karen.getByRole('link', { name: 'Åbn telefon' }).click();
  await ready();
  await page.getByRole('link', { name: /^Beskeder/ }).click();
  await ready();
  const sms = page.getByRole('listitem').filter({ hasText: 'SKAT-DK' });
  await expect(sms).toContainText('Bekraeft din identitet inden 24 timer');
  return sms;
}

test('the fake Skat SMS, spotted: "Slet" on the phone, and the debrief says Klaret with its signs', async ({
  page,
  ready,
  jsOn,
}) => {
  const sms = await openMessages(page, ready);
  await axeClean(page, jsOn);
  await sms.getByRole('button', { name: 'Slet' }).click();
  await ready();
  await expect(page.getByText('Beskeden er slettet.')).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'SKAT-DK' })).toHaveCount(0);
  await page.getByRole('link', { name: 'Se, hvad der afslørede den' }).click();
  await ready();
  await expect(page.getByRole('heading', { level: 1, name: 'Hvad skete der?' })).toBeVisible();
  await expect(page.getByText('Det sker for mange. Her er tegnene.')).toBeVisible();
  await expect(page.getByText('Godt set! Du slettede beskeden uden at skrive noget.')).toBeVisible();
  await expect(page.getByRole('list').filter({ hasText: 'Linket går ikke til skat.dk' }).getByRole('listitem')).toHaveCount(4);
  await axeClean(page, jsOn);
  // The exercise is done.
  await page.getByRole('link', { name: 'Tilbage til øvelsen' }).click();
  await ready();
  await expect(page.getByText('Du har klaret alle trinene.')).toBeVisible();
});

test('the fake Skat SMS, fallen for: the link, a typed password, and the debrief says what happened; nothing typed comes back', async ({
  page,
  ready,
  jsOn,
}) => {
  const sms = await openMessages(page, ready);
  await sms.getByRole('link', { name: 'skat-refusion-dk.info/krav' }).click();
  await ready();
  await expect(page.getByRole('heading', { level: 1, name: 'Skat refusion' })).toBeVisible();
  await expect(page.getByText('https://skat-refusion-dk.info/krav')).toBeVisible();
  // Still the practice site: the ØVEMILJØ banner stays on top.
  await expect(page.getByText('ØVEMILJØ').first()).toBeVisible();
  await axeClean(page, jsOn);
  const form = page.locator('form.fake-form');
  expect(new URL((await form.getAttribute('action'))!, page.url()).origin).toBe(new URL(page.url()).origin);
  await page.getByLabel('Bruger-ID').fill('karen1948');
  await page.getByLabel('Adgangskode').fill('Hemmelig-Rosenhave12');
  await page.getByRole('button', { name: 'Modtag beløb' }).click();
  await ready();
  await expect(page.getByRole('heading', { level: 1, name: 'Hvad skete der?' })).toBeVisible();
  await expect(page.getByText('Du skrev noget på den falske side.')).toBeVisible();
  expect(await page.content()).not.toContain('Hemmelig-Rosenhave12');
  // The exercise is done either way; the message is still there to delete.
  await page.getByRole('link', { name: 'Tilbage til øvelsen' }).click();
  await ready();
  await expect(page.getByText('Du har klaret alle trinene.')).toBeVisible();
});

test('the fake "Digital Post er fuld" e-mail on Mette\'s phone: deleted, Klaret; a genuine Skat letter is an exercise too', async ({
  page,
  ready,
  jsOn,
}) => {
  await page.goto('/ovelser');
  await ready();
  await expect(page.getByRole('button', { name: 'Start Et ægte brev fra Skattestyrelsen' })).toBeVisible();
  await page.getByRole('button', { name: 'Start Genkend en falsk e-mail om, at Digital Post er fuld' }).click();
  await ready();
  const mette = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Mette Jensen Holm' }) });
  await mette.getByRole('link', { name: 'Åbn telefon' }).click();
  await ready();
  await page.getByRole('link', { name: /^E-mail \(1\)/ }).click();
  await ready();
  const mail = page.getByRole('listitem').filter({ hasText: 'Din digitale postkasse er fuld!' });
  await expect(mail).toContainText('besked@digitalpost-dk.net');
  await axeClean(page, jsOn);
  await mail.getByRole('button', { name: 'Slet' }).click();
  await ready();
  await page.getByRole('link', { name: 'Se, hvad der afslørede den' }).click();
  await ready();
  await expect(page.getByText('Godt set! Du slettede beskeden uden at skrive noget.')).toBeVisible();
  await expect(page.getByText('Digital Post kan ikke blive fuld.')).toBeVisible();
});
