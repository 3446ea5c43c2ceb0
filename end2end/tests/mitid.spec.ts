import type { Page, Locator } from '@playwright/test';
import { test, expect, startWorld, axeClean } from './fixtures';

type Ready = (p?: Page) => Promise<void>;

/** A persona's entry on the world page. */
function personaEntry(page: Page, name: string): Locator {
  return page.getByRole('listitem').filter({ has: page.getByRole('heading', { name, level: 3 }) });
}

/** Reads a MitID fact (e.g. "Adgangskode") off the persona's card, as a learner would. */
async function mitidFact(entry: Locator, label: string) {
  return (await entry.locator(`.mitid-facts dt:text-is("${label}") + dd`).textContent())!.trim();
}

/** From the world page: "Log på med MitID" for `name`, then FORTSÆT with the bruger-ID filled in. */
async function startMitId(page: Page, ready: Ready, name: string) {
  const entry = personaEntry(page, name);
  const facts = {
    userId: await mitidFact(entry, 'Bruger-ID'),
    password: await mitidFact(entry, 'Adgangskode'),
    pin: (await entry.locator('.mitid-facts dt:text-is("PIN-kode (MitID app)") + dd').count())
      ? await mitidFact(entry, 'PIN-kode (MitID app)')
      : '',
  };
  await entry.getByRole('link', { name: 'Log på med MitID' }).click();
  await ready();
  await expect(page.getByRole('heading', { level: 1, name: 'Log på med MitID' })).toBeVisible();
  await expect(page.getByText('Log på hos Demoborger')).toBeVisible();
  await expect(page.getByLabel('Bruger-ID')).toHaveValue(facts.userId);
  await page.getByRole('button', { name: 'Fortsæt' }).click();
  await ready();
  return facts;
}

async function chooseAuthenticator(page: Page, ready: Ready, label: string) {
  await page.getByText('Skift MitID identifikationsmiddel').click();
  await page.getByRole('button', { name: label, exact: true }).click();
  await ready();
}

/** Presses the device's button and reads the code off its display. */
async function pressAndRead(page: Page, ready: Ready, button = 'Tryk på knappen') {
  await page.getByRole('button', { name: button }).click();
  await ready();
  return (await page.locator('.device-code').textContent())!.trim();
}

async function expectMyPage(page: Page, name: string) {
  await expect(page.getByRole('heading', { level: 1, name: `Velkommen, ${name}` })).toBeVisible({
    timeout: 5_000,
  });
}

test('MitID app: log in on the PC, approve on the learner\'s own phone (QR, 375 px) with PIN and swipe', async ({
  page,
  ready,
  jsOn,
  otherLearner,
}) => {
  await startWorld(page, ready);
  const facts = await startMitId(page, ready, 'Karen Jensen');
  // Karen's kodeviser comes first; she switches to the app.
  await expect(page.getByRole('button', { name: 'Tryk på knappen' })).toBeVisible();
  await chooseAuthenticator(page, ready, 'MitID app');
  await expect(page.getByRole('heading', { name: 'Åbn MitID app og godkend' })).toBeVisible();
  const code = (await page.locator('.mitid-code-value').textContent())!.trim();
  expect(code).toMatch(/^\d{4}$/);
  await axeClean(page, jsOn);
  // Each showing of the box makes a fresh address (the older one stops working): the one
  // on the screen is the one to scan.
  await page.reload();
  await ready();
  // "Brug din egen telefon": a QR code and the address it carries.
  await page.getByText('Brug din egen telefon som øvetelefon').click();
  await expect(page.getByRole('img', { name: 'QR-kode til øvetelefonen' })).toBeVisible();
  const address = (await page.locator('.mitid-pair-address .nowrap').textContent())!.trim();
  expect(address).toMatch(/\/telefon\/par\/[0-9a-f]{32}$/);

  // The phone: another browser (no cookie of the world), at phone size, opens the address.
  const phone = await otherLearner();
  await phone.setViewportSize({ width: 375, height: 740 });
  await phone.goto(address);
  await ready(phone);
  await expect(phone.getByText('Din egen telefon er nu øvetelefon.')).toBeVisible();
  await expect(phone.getByRole('heading', { level: 1, name: 'Karen Jensens øvetelefon' })).toBeVisible();
  await expect(phone.getByRole('region', { name: 'Karen Jensens øvetelefon' }).getByText('ØVEMILJØ', { exact: true })).toBeVisible();
  const request = phone.getByRole('article').filter({ hasText: 'Log på hos Demoborger' });
  await expect(request.getByText(code, { exact: true })).toBeVisible();
  await axeClean(phone, jsOn);
  // A wrong PIN is refused next to the field, with the tries left.
  await request.getByLabel('PIN-kode').fill('000000');
  await request.getByRole('button', { name: 'Godkend' }).click();
  await ready(phone);
  await expect(phone.getByText('Forkert PIN-kode. Du har 2 forsøg tilbage.')).toBeVisible();
  const again = phone.getByRole('article').filter({ hasText: 'Log på hos Demoborger' });
  await again.getByLabel('PIN-kode').fill(facts.pin);
  if (jsOn) {
    // The swipe: a slider the keyboard moves too; at the end it approves.
    const slider = again.getByRole('slider', { name: 'Stryg for at godkende' });
    await slider.focus();
    await slider.press('End');
  } else {
    await expect(again.getByRole('slider')).toBeHidden();
    await again.getByRole('button', { name: 'Godkend' }).click();
  }
  await ready(phone);
  await expect(phone.getByText('Godkendt. Gå tilbage til computeren.')).toBeVisible();
  expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);

  // The PC moves on by itself with JS; without, "Jeg har godkendt".
  if (!jsOn) await page.getByRole('button', { name: 'Jeg har godkendt' }).click();
  await expectMyPage(page, 'Karen Jensen');
});

test('MitID kodeviser: a fresh code, then the password; three wrong codes block MitID', async ({
  page,
  ready,
  jsOn,
}) => {
  await startWorld(page, ready);
  const facts = await startMitId(page, ready, 'Poul Nielsen');
  await expect(page.getByText('Skærmen er tom')).toBeVisible();
  await axeClean(page, jsOn);
  const code = await pressAndRead(page, ready);
  expect(code).toMatch(/^\d{6}$/);
  await page.getByLabel('Engangskode').fill(code);
  await page.getByRole('button', { name: 'Fortsæt' }).click();
  await ready();
  await page.getByLabel('Adgangskode').fill(facts.password.toLowerCase());
  await page.getByRole('button', { name: 'Fortsæt' }).click();
  await ready();
  await expect(page.getByText('Forkert adgangskode. Du har 2 forsøg tilbage')).toBeVisible();
  await page.getByLabel('Adgangskode').fill(facts.password);
  await page.getByRole('button', { name: 'Fortsæt' }).click();
  await ready();
  await expectMyPage(page, 'Poul Nielsen');

  // Log af, and three wrong codes.
  await page.getByRole('banner').getByRole('button', { name: 'Log af' }).click();
  await ready();
  await page.goto('/ovelse');
  await ready();
  await startMitId(page, ready, 'Poul Nielsen');
  const right = await pressAndRead(page, ready);
  const wrong = right === '000000' ? '111111' : '000000';
  for (const left of ['2', '1']) {
    await page.getByLabel('Engangskode').fill(wrong);
    await page.getByRole('button', { name: 'Fortsæt' }).click();
    await ready();
    await expect(page.getByText(`Forkert kode. Du har ${left} forsøg tilbage`)).toBeVisible();
    await expect(page.getByLabel('Engangskode')).toHaveValue('');
  }
  await page.getByLabel('Engangskode').fill(wrong);
  await page.getByRole('button', { name: 'Fortsæt' }).click();
  await ready();
  await expect(page.getByText(/Dit MitID er midlertidigt spærret efter 3 forkerte forsøg\. Prøv igen efter kl\. \d\d\.\d\d\./)).toBeVisible();
  await expect(page.getByLabel('Bruger-ID')).toBeVisible();
  await page.goto('/ovelse');
  await expect(personaEntry(page, 'Poul Nielsen').getByText('MitID midlertidigt spærret')).toBeVisible();
});

test('MitID app: Afvis on the phone ends the login with a clear message on the PC', async ({
  page,
  ready,
  jsOn,
}) => {
  await startWorld(page, ready);
  await startMitId(page, ready, 'Mette Jensen Holm');
  await expect(page.getByRole('heading', { name: 'Åbn MitID app og godkend' })).toBeVisible();
  const phone = await page.context().newPage();
  await phone.goto((await page.getByRole('link', { name: 'Åbn telefon' }).getAttribute('href'))!);
  await ready(phone);
  await phone.getByRole('button', { name: 'Afvis' }).click();
  await ready(phone);
  await expect(phone.getByText('Afvist. Ingen er logget på med din MitID.')).toBeVisible();
  await expect(phone.getByText('Ingen anmodninger lige nu.')).toBeVisible();
  // With JS the PC page moves on by itself; without, the learner presses the button.
  if (!jsOn) await page.getByRole('button', { name: 'Jeg har godkendt' }).click();
  await expect(page.getByText('Du har afvist anmodningen i MitID app. Du er ikke logget på.')).toBeVisible({
    timeout: 5_000,
  });
  await expect(page.getByLabel('Bruger-ID')).toBeVisible();
});

test('MitID kodeoplæser: the code is shown and read aloud (audio), and Gentag plays it again', async ({
  page,
  ready,
  jsOn,
}) => {
  await startWorld(page, ready);
  const facts = await startMitId(page, ready, 'Erna Holm');
  await expect(page.getByRole('figure', { name: 'MitID kodeoplæser' })).toBeVisible();
  const code = await pressAndRead(page, ready, 'Tryk på den røde knap');
  // Opus, and MP3 for browsers without Opus (older Safari).
  const sources = page.locator('audio#kode-lyd source');
  await expect(sources).toHaveCount(2);
  for (const [i, type] of [[0, 'audio/ogg'], [1, 'audio/mpeg']] as const) {
    const response = await page.request.get((await sources.nth(i).getAttribute('src'))!);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain(type);
    expect((await response.body()).length).toBeGreaterThan(1000);
    expect(response.headers()['cache-control']).toBe('no-store');
  }
  await expect(page.getByRole('button', { name: 'Gentag' })).toBeVisible({ visible: jsOn });
  await axeClean(page, jsOn);
  await page.getByLabel('Engangskode').fill(code);
  await page.getByRole('button', { name: 'Fortsæt' }).click();
  await ready();
  await page.getByLabel('Adgangskode').fill(facts.password);
  await page.getByRole('button', { name: 'Fortsæt' }).click();
  await ready();
  await expectMyPage(page, 'Erna Holm');
});

test('a læseadgang is signed with MitID instead of a key from the card', async ({ page, ready, jsOn }) => {
  test.setTimeout(90_000);
  await startWorld(page, ready);
  // Poul logs in with MitID (kodeviser) and gives Karen læseadgang to his whole mailbox.
  const facts = await startMitId(page, ready, 'Poul Nielsen');
  await page.getByLabel('Engangskode').fill(await pressAndRead(page, ready));
  await page.getByRole('button', { name: 'Fortsæt' }).click();
  await ready();
  await page.getByLabel('Adgangskode').fill(facts.password);
  await page.getByRole('button', { name: 'Fortsæt' }).click();
  await ready();
  await expectMyPage(page, 'Poul Nielsen');
  await page.goto('/post/adgang/giv');
  await ready();
  await page.getByLabel('Fulde navn').fill('Karen Jensen');
  await page.getByLabel('CPR-nummer').fill('420348-1236');
  await page.getByRole('radio', { name: 'Læseadgang', exact: true }).check();
  await page.getByRole('button', { name: 'Næste' }).click();
  await ready();
  await page.getByRole('button', { name: 'Underskriv med MitID' }).click();
  await ready();
  await expect(page.getByRole('heading', { level: 1, name: 'Underskriv med MitID' })).toBeVisible();
  await expect(page.getByText('Underskriv hos Demoborger')).toBeVisible();
  await expect(page.locator('.mitid-signing')).toContainText('Karen Jensen');
  await axeClean(page, jsOn);
  // Afbryd goes back to the signature, still waiting; then MitID again.
  await page.getByRole('button', { name: 'Afbryd' }).click();
  await ready();
  await page.getByRole('button', { name: 'Underskriv med MitID' }).click();
  await ready();
  await page.getByLabel('Engangskode').fill(await pressAndRead(page, ready));
  await page.getByRole('button', { name: 'Fortsæt' }).click();
  await ready();
  await page.getByLabel('Adgangskode').fill(facts.password);
  await page.getByRole('button', { name: 'Fortsæt' }).click();
  await ready();
  await expect(page.getByRole('status')).toContainText('Adgangen er givet.');
  await expect(page.getByRole('row').filter({ hasText: 'Karen Jensen' })).toBeVisible();
});
