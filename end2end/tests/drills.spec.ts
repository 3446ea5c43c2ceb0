import type { Page } from '@playwright/test';
import { test, expect, axeClean, logInAs, logOut } from './fixtures';

type Ready = (p?: Page) => Promise<void>;

const TITLE = 'Genkend en falsk SMS fra "Skat"';

/** Starts the drill's exercise and opens Karen's phone at "Beskeder", as a learner would. */
/** Starts the exercise `title` and opens Karen's practice phone at the tab `tab`. */
async function openPhone(page: Page, ready: Ready, title: string, tab: string | RegExp) {
  await page.goto('/ovelser');
  await ready();
  await page.getByRole('button', { name: `Start ${title}` }).click();
  await ready();
  await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible();
  const karen = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Karen Jensen' }) });
  await karen.getByRole('link', { name: 'Åbn telefon' }).click();
  await ready();
  await page.getByRole('link', { name: tab }).click();
  await ready();
}

async function openMessages(page: Page, ready: Ready) {
  await openPhone(page, ready, TITLE, /^Beskeder/);
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

const CALL = 'Nogen ringer og beder dig godkende i MitID-appen';

/** Starts the call drill's exercise and opens Karen's phone at "Opkald". */
async function openCall(page: Page, ready: Ready) {
  await openPhone(page, ready, CALL, 'Opkald (1)');
  const call = page.getByRole('article', { name: '+45 71 99 32 10' });
  await expect(call.getByText('Igangværende opkald')).toBeVisible();
  await expect(call).toContainText('Michael fra Borgerservice');
}

test('the "Borgerservice" call, spotted: Læg på, Afvis in the MitID app, and the result and debrief say Klaret', async ({
  page,
  ready,
  jsOn,
}) => {
  await openCall(page, ready);
  await axeClean(page, jsOn);
  await page.getByRole('button', { name: 'Læg på' }).click();
  await ready();
  await expect(page.getByText('Du har lagt på.')).toBeVisible();
  await expect(page.getByRole('article', { name: '+45 71 99 32 10' })).toHaveCount(0);
  // Hanging up is not all: the request the caller started still waits in the app.
  await page.getByRole('link', { name: 'MitID app', exact: true }).first().click();
  await ready();
  const request = page.getByRole('article').filter({ hasText: 'Log på hos Demoborger' });
  await request.getByRole('button', { name: 'Afvis' }).click();
  await ready();
  await expect(page.getByText('Afvist. Ingen er logget på med din MitID.')).toBeVisible();
  // The exercise is done; its result says Klaret and leads to the debrief.
  await page.goto('/ovelser/faerdig');
  await ready();
  await expect(page.getByText('Klaret: du lod dig ikke snyde.')).toBeVisible();
  await axeClean(page, jsOn);
  await page.getByRole('link', { name: 'Se, hvad der afslørede den' }).click();
  await ready();
  await expect(page.getByRole('heading', { level: 1, name: 'Hvad skete der?' })).toBeVisible();
  await expect(page.getByText('Godt set! Du afviste anmodningen i MitID-appen.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Opkaldet, du fik' })).toBeVisible();
  await expect(page.getByText('Læg på. Godkend aldrig noget i MitID-appen')).toBeVisible();
  await expect(page.getByRole('list').filter({ hasText: 'Et nummer, du ikke kender' }).getByRole('listitem')).toHaveCount(4);
  await axeClean(page, jsOn);
});

test('the "Borgerservice" call, fallen for: approving the request is Snydt, explained kindly in the guide\'s language', async ({
  page,
  ready,
  jsOn,
}) => {
  await openCall(page, ready);
  await page.getByRole('link', { name: 'MitID app', exact: true }).first().click();
  await ready();
  const request = page.getByRole('article').filter({ hasText: 'Log på hos Demoborger' });
  await request.getByLabel('PIN-kode').fill('258147');
  if (jsOn) {
    const slider = request.getByRole('slider', { name: 'Stryg for at godkende' });
    await slider.focus();
    await slider.press('End');
  } else {
    await request.getByRole('button', { name: 'Godkend' }).click();
  }
  await ready();
  await expect(page.getByText('Godkendt. Gå tilbage til computeren.')).toBeVisible();
  // The guide in English: the result and the debrief, never shaming.
  await page.goto('/ovelser/faerdig');
  await ready();
  await page.getByLabel('Sprog').selectOption('en');
  await page.getByRole('button', { name: 'Skift sprog' }).click();
  await ready();
  await expect(page.locator('p', { hasText: 'it happens to many people.' })).toBeVisible();
  await page.getByRole('link', { name: 'See what gave it away' }).click();
  await ready();
  await expect(page.getByRole('heading', { level: 1, name: 'What happened?' })).toBeVisible();
  await expect(page.getByText('You approved the request.')).toBeVisible();
  await expect(page.getByText('This happens to many people. Here are the signs.')).toBeVisible();
});

const KIG_VAEK = 'Kig væk, når hun skriver sine koder';

test('Kig væk: a login watched is seen and explained; looking away first, Karen logs in alone and the guide names læseadgang and fuldmagt', async ({
  page,
  ready,
  jsOn,
}) => {
  await page.goto('/ovelser');
  await ready();
  await page.getByRole('button', { name: `Start ${KIG_VAEK}` }).click();
  await ready();
  const watch = page.getByRole('region', { name: 'Kig væk' });
  await expect(watch.getByText('Kig væk, før hun skriver.')).toBeVisible();
  await axeClean(page, jsOn);
  // Watching while Karen types: seen.
  await logInAs(page, ready, 'Karen Jensen');
  await expect(watch.getByText('Du kiggede med, da hun skrev en kode.')).toBeVisible();
  await logOut(page, ready);
  await watch.getByRole('button', { name: 'Jeg kigger væk' }).click();
  await ready();
  await expect(watch.getByText('Du kigger væk.')).toBeVisible();
  await expect(watch.getByRole('button', { name: 'Jeg kigger igen' })).toBeVisible();
  await logInAs(page, ready, 'Karen Jensen');
  await expect(watch.getByText('Godt. Hun loggede på, og du så ikke hendes koder.')).toBeVisible();
  await expect(watch.getByText(/læseadgang eller en fuldmagt den rigtige vej/)).toBeVisible();
  await page.getByRole('link', { name: 'Se dit resultat' }).click();
  await ready();
  // The result page says it too (the panel's box is beside it).
  await expect(page.locator('.alert-success', { hasText: 'læseadgang eller en fuldmagt den rigtige vej' })).toBeVisible();
  await axeClean(page, jsOn);
});

test('the teacher\'s board marks each learner\'s drill: Klaret for the one who hung up and rejected, Snydt for the one who approved', async ({
  page,
  ready,
  browser,
}) => {
  await page.goto('/underviser');
  await ready();
  await page.getByLabel(new RegExp(CALL)).check();
  await page.getByRole('button', { name: 'Opret hold' }).click();
  await ready();
  const code = (await page.locator('.board-code-value').textContent())!.trim();
  const board = page.url();
  for (const [name, approve] of [['Hodan', false], ['Nur', true]] as const) {
    const learner = await (await browser.newContext()).newPage();
    await learner.goto(`/hold/${code}`);
    await learner.getByLabel('Dit navn').fill(name);
    await learner.getByRole('button', { name: 'Deltag' }).click();
    await learner.goto('/telefon/karen');
    await ready(learner);
    const request = learner.getByRole('article').filter({ hasText: 'Log på hos Demoborger' });
    if (approve) {
      await request.getByLabel('PIN-kode').fill('258147');
      const slider = request.getByRole('slider', { name: 'Stryg for at godkende' });
      if (await slider.isVisible()) {
        await slider.focus();
        await slider.press('End');
      } else {
        await request.getByRole('button', { name: 'Godkend' }).click();
      }
    } else {
      await request.getByRole('button', { name: 'Afvis' }).click();
    }
    await expect(learner.getByText(approve ? 'Godkendt.' : 'Afvist.')).toBeVisible();
    await learner.context().close();
  }
  // Ayan joins and leaves the call alone.
  const ayan = await (await browser.newContext()).newPage();
  await ayan.goto(`/hold/${code}`);
  await ayan.getByLabel('Dit navn').fill('Ayan');
  await ayan.getByRole('button', { name: 'Deltag' }).click();
  await expect(ayan.getByRole('heading', { level: 2, name: CALL })).toBeVisible();
  await page.goto(board);
  await ready();
  await expect(page.getByRole('row').filter({ hasText: 'Hodan' })).toContainText('Fidus: Klaret');
  await expect(page.getByRole('row').filter({ hasText: 'Nur' })).toContainText('Fidus: Snydt');
  await expect(page.getByRole('row').filter({ hasText: 'Ayan' })).not.toContainText('Fidus');
  // A day later nothing came of the call Ayan ignored: Klaret too.
  await page.goto(`${board}/handlinger`);
  await ready();
  await page.getByLabel('Hvor langt frem').selectOption({ label: '1 dag' });
  await page.getByRole('button', { name: 'Spol tiden frem' }).click();
  await ready();
  await page.goto(board);
  await ready();
  await expect(page.getByRole('row').filter({ hasText: 'Ayan' })).toContainText('Fidus: Klaret');
  await ayan.goto('/fidus/opkald-borgerservice/forklaring');
  await expect(ayan.getByText('Du godkendte ikke anmodningen. Den udløb, og ingen blev logget på som dig.')).toBeVisible();
  await ayan.context().close();
});

test('the fake Skat SMS, reported: "Rapportér som svindel" removes it and the debrief says Klaret', async ({
  page,
  ready,
  jsOn,
}) => {
  const sms = await openMessages(page, ready);
  await sms.getByRole('button', { name: 'Rapportér som svindel' }).click();
  await ready();
  await expect(page.getByText('Beskeden er rapporteret som svindel og slettet.')).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'SKAT-DK' })).toHaveCount(0);
  await axeClean(page, jsOn);
  await page.getByRole('link', { name: 'Se, hvad der afslørede den' }).click();
  await ready();
  await expect(page.getByText('Godt set! Du rapporterede beskeden som svindel uden at skrive noget.')).toBeVisible();
});

test('the fake "Digital Post er fuld" e-mail, fallen for: its look-alike page, a typed bruger-id, and the debrief; nothing typed comes back', async ({
  page,
  ready,
  jsOn,
}) => {
  await page.goto('/ovelser');
  await ready();
  await page.getByRole('button', { name: 'Start Genkend en falsk e-mail om, at Digital Post er fuld' }).click();
  await ready();
  await page.goto('/telefon/mette?app=email');
  await ready();
  await page.getByRole('link', { name: 'digitalpost-dk.net/udvid' }).click();
  await ready();
  await expect(page.getByRole('heading', { level: 1, name: 'Digital Post – udvid postkasse' })).toBeVisible();
  await expect(page.getByText('https://digitalpost-dk.net/udvid')).toBeVisible();
  await axeClean(page, jsOn);
  await page.getByLabel('Bruger-ID').fill('mette-hemmelig-77');
  await page.getByRole('button', { name: 'Udvid postkasse' }).click();
  await ready();
  await expect(page.getByText('Du skrev noget på den falske side.')).toBeVisible();
  await expect(page.getByText('Digital Post kan ikke blive fuld.')).toBeVisible();
  expect(await page.content()).not.toContain('mette-hemmelig-77');
  await page.goto('/ovelser/faerdig');
  await ready();
  await expect(page.getByText('Snydt: det sker for mange.')).toBeVisible();
});
