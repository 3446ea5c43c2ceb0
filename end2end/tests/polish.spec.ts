// What a learner on a phone, at 200 % zoom or with a printer meets (issue 19): the folding
// guide panel, "Find nøglen", focus where the learner is, the letter's toolbar and "Udskriv",
// the inbox with its letters first on a phone, alert icons.
import type { Page } from '@playwright/test';
import { test, expect, startWorld, axeClean, logInAs, logOut, startServer } from './fixtures';

type Ready = (p?: Page) => Promise<void>;

async function click(page: Page, ready: Ready, name: string, role: 'button' | 'link' = 'button') {
  await page.getByRole(role, { name, exact: true }).first().click();
  await page.waitForLoadState('load');
  await ready();
}

/** Makes window.print() count its calls instead of opening the dialog (JS on only). */
async function countPrints(page: Page) {
  await page.addInitScript(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed += 1;
    };
  });
}

async function printed(page: Page) {
  return page.evaluate(() => (window as unknown as { printed: number }).printed);
}

test('the guide panel folds to one line, stays folded on the next page, opens again; the Kursusbevis has "Udskriv"', async ({ page, ready, jsOn }) => {
  test.slow();
  if (jsOn) await countPrints(page);
  await page.goto('/ovelser');
  await ready();
  await click(page, ready, 'Start Log altid af, når du er færdig');
  await expect(page.getByRole('button', { name: 'Vis hint' })).toBeVisible();
  await click(page, ready, 'Skjul vejledning');
  // Folded: where the learner is, and the way back; no hints or step text.
  await expect(page.getByRole('button', { name: 'Vis hint' })).toHaveCount(0);
  await expect(page.getByRole('complementary').getByText(/Trin 1 af \d+/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Vis vejledning' })).toBeVisible();
  // Remembered on another page of the world.
  await page.goto('/log-paa');
  await ready();
  await expect(page.getByRole('button', { name: 'Vis vejledning' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Spring trin over' })).toHaveCount(0);
  await axeClean(page, jsOn);
  await click(page, ready, 'Vis vejledning');
  await expect(page.getByRole('button', { name: 'Spring trin over' })).toBeVisible();
  await expect(page).toHaveURL(/\/log-paa$/);
  // Finish the exercise; the certificate can be printed from a button (or says how).
  await logInAs(page, ready, 'Amina Abdi Yusuf');
  await logOut(page, ready);
  await page.goto('/ovelser/kursusbevis?navn=Solsort');
  await ready();
  await expect(page.getByRole('heading', { level: 1, name: 'Kursusbevis' })).toBeVisible();
  if (jsOn) {
    await page.getByRole('button', { name: 'Udskriv', exact: true }).click();
    expect(await printed(page)).toBe(1);
    await expect(page.getByText('Udskriv med browserens menu: Ctrl+P (Cmd+P på Mac).')).toBeHidden();
  } else {
    await expect(page.getByText('Udskriv med browserens menu: Ctrl+P (Cmd+P på Mac).')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Udskriv', exact: true })).toHaveCount(0);
  }
});

test('login: focus on "Bruger-id", an error with its icon, the key field names the nøglenummer, "Find nøglen" marks it on the card, focus on Min side\'s heading', async ({ page, ready, jsOn }) => {
  test.slow();
  await startWorld(page, ready);
  await page.goto('/log-paa');
  await ready();
  await expect(page.getByLabel('Bruger-id', { exact: true })).toBeFocused();
  await page.getByLabel('Bruger-id', { exact: true }).fill('318204657');
  await page.getByLabel('Adgangskode').fill('forkert');
  await click(page, ready, 'Næste');
  // The refusal is not colour alone: the alert carries the DKFDS error icon.
  await expect(page.getByRole('alert').locator('svg.alert-icon')).toBeVisible();
  await page.getByLabel('Adgangskode').fill('7913');
  await click(page, ready, 'Næste');
  const number = (await page.getByText(/Nøglenummer\s+\d{4}/).textContent())!.match(/\d{4}/)![0];
  const field = page.getByLabel('Nøgle', { exact: true });
  await expect(field).toBeFocused();
  await expect(page.getByText(`Nøglen ved nøglenummer ${number}: 6 cifre fra dit nøglekort`)).toBeVisible();
  // The card is open beside the field; "Find nøglen" shows its part around the asked number.
  await expect(page.getByRole('list', { name: 'Nøgler på nøglekortet' })).toBeVisible();
  await page.getByText('Find nøglen', { exact: true }).click();
  const excerpt = page.getByRole('list', { name: 'Find nøglen' });
  // Two keys on each side of the asked one (fewer at the card's first or last keys).
  await expect(excerpt.getByRole('listitem').first()).toBeVisible();
  const shown = await excerpt.getByRole('listitem').count();
  expect(shown >= 3 && shown <= 5, `${shown} keys shown`).toBe(true);
  const asked = excerpt.getByRole('listitem').filter({ hasText: 'den, der spørges efter' });
  await expect(asked).toHaveCount(1);
  await expect(asked).toContainText(number);
  const key = (await asked.textContent())!.match(/(\d{6})/)![1];
  const onCard = page
    .getByRole('list', { name: 'Nøgler på nøglekortet' })
    .getByRole('listitem')
    .filter({ hasText: new RegExp(`^\\s*${number}\\s`) });
  expect((await onCard.textContent())!).toContain(key);
  await axeClean(page, jsOn);
  await field.fill(key);
  await click(page, ready, 'Log på');
  await expect(page.getByRole('heading', { level: 1, name: 'Velkommen, Karen Jensen' })).toBeFocused();
});

test('a letter has its toolbar above it, and "Udskriv" prints it (or says how without JS)', async ({ page, ready, jsOn }) => {
  test.slow();
  if (jsOn) await countPrints(page);
  await startWorld(page, ready);
  await logInAs(page, ready, 'Karen Jensen');
  await click(page, ready, 'Digital Post', 'link');
  await click(page, ready, 'Indkaldelse til ambulant undersøgelse i Hjertemedicinsk Ambulatorium');
  const heading = page.getByRole('heading', { level: 1 });
  const toolbar = page.getByRole('region', { name: 'Handlinger' });
  const above = (await toolbar.boundingBox())!.y < (await heading.boundingBox())!.y;
  expect(above, 'the toolbar comes before the letter').toBe(true);
  for (const name of ['Besvar']) await expect(toolbar.getByRole('link', { name })).toBeVisible();
  for (const name of ['Markér som ulæst', 'Slet', 'Videresend']) {
    await expect(toolbar.getByRole('button', { name, exact: true })).toBeVisible();
  }
  if (jsOn) {
    await toolbar.getByRole('button', { name: 'Udskriv', exact: true }).click();
    expect(await printed(page)).toBe(1);
  } else {
    await expect(toolbar.getByText('Udskriv med browserens menu: Ctrl+P (Cmd+P på Mac).')).toBeVisible();
  }
  // Printed, the letter stands alone: no toolbar, banner or header.
  await page.emulateMedia({ media: 'print' });
  await expect(toolbar).toBeHidden();
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(heading).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
  // "Fuldskærm": the letter alone (the ØVEMILJØ banner stays), its text zoomed in steps.
  await click(page, ready, 'Fuldskærm', 'link');
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('note', { name: 'ØVEMILJØ' })).toBeVisible();
  const text = page.locator('.post-letter-text p').first();
  const size = async () => Number((await text.evaluate((e) => getComputedStyle(e).fontSize)).replace('px', ''));
  const before = await size();
  await click(page, ready, 'Zoom ind', 'link');
  await click(page, ready, 'Zoom ind', 'link');
  expect(await size()).toBeGreaterThan(before * 1.5);
  await axeClean(page, jsOn);
  await click(page, ready, 'Zoom ud', 'link');
  await click(page, ready, 'Luk fuldskærm', 'link');
  await expect(page.getByRole('region', { name: 'Handlinger' })).toBeVisible();
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 667 } });

  test('the inbox shows its letters on the first screen and "Mapper" leads to the folders', async ({ page, ready, jsOn }) => {
    test.slow();
    await startWorld(page, ready);
    // The banner is one short line.
    await expect(page.getByText('Alt er opdigtet. Skriv aldrig dine rigtige koder her.')).toBeVisible();
    await expect(page.getByText(/Alt her er opdigtet: personer/)).toBeHidden();
    await logInAs(page, ready, 'Karen Jensen');
    await click(page, ready, 'Digital Post', 'link');
    const first = page.getByRole('row').filter({ hasText: 'Indkaldelse til ambulant' });
    const box = (await first.boundingBox())!;
    expect(box.y, 'the first letter starts on the first screen').toBeLessThan(667);
    await expect(page.getByRole('link', { name: 'Skriv ny besked' })).toHaveCount(1);
    await expect(page.getByRole('navigation', { name: 'Mapper' })).not.toBeInViewport();
    await page.getByRole('link', { name: 'Mapper', exact: true }).click();
    await expect(page.getByRole('navigation', { name: 'Mapper' })).toBeInViewport();
    await axeClean(page, jsOn);
  });
});

test('an unused world warns 1 minute before it ends (in the page with JS, a page of its own without); "Fortsæt øvelsen" keeps it', async ({ browser, jsOn }) => {
  // A server with 36-second worlds: the warning comes a quarter before the end, after 27 s
  // unused (the shortest wait that leaves the test 9 s to answer it).
  test.setTimeout(150_000);
  const server = await startServer(jsOn ? 3921 : 3922, ['--idle-minutes', '0.6']);
  const context = await browser.newContext({ javaScriptEnabled: jsOn });
  try {
    const page = await context.newPage();
    await page.goto(`${server.base}/`);
    await page.getByRole('button', { name: 'Start øvelse' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Din øvelse' })).toBeVisible();
    if (jsOn) {
      await expect(page.locator('body')).toHaveAttribute('data-hydrated', 'true');
      await expect(page.getByRole('alert')).toHaveCount(0);
      const warning = page.getByRole('alert').filter({ hasText: 'Din øvelse slutter om 1 minut' });
      await expect(warning).toBeVisible({ timeout: 40_000 });
      await warning.getByRole('link', { name: 'Fortsæt øvelsen' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Din øvelse' })).toBeVisible();
      await expect(page.getByRole('alert')).toHaveCount(0);
    } else {
      // Without JavaScript the page's refresh opens this address (this emulated JS-off
      // browser does not run <noscript>, so the test opens it as the refresh would).
      await page.waitForTimeout(28_000);
      await page.goto(`${server.base}/ovelse/slutter-snart?tilbage=%2Fovelse`);
      await expect(page.getByRole('heading', { level: 1, name: 'Din øvelse slutter om 1 minut' })).toBeVisible();
      await page.getByRole('link', { name: 'Fortsæt øvelsen' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Din øvelse' })).toBeVisible();
    }
    // Kept: the world is still there (its personas), not the page for an ended world.
    await expect(page.getByRole('heading', { level: 2, name: 'Personer i øvelsen' })).toBeVisible();
  } finally {
    await context.close();
    server.stop();
  }
});

test('help texts: who can be exempted from Digital Post, and a digital fuldmagt against a generalfuldmagt', async ({ page, ready }) => {
  await startWorld(page, ready);
  await logInAs(page, ready, 'Karen Jensen');
  await click(page, ready, 'Digital Post', 'link');
  await page.getByText('Kan man blive fritaget for Digital Post?').click();
  await expect(page.getByText(/møder selv op i Borgerservice med legitimation/)).toBeVisible();
  await page.goto('/fuldmagt');
  await ready();
  await page.getByText('Hvad er forskellen på en digital fuldmagt og en generalfuldmagt?').click();
  await expect(page.getByText(/advokat eller to vitterlighedsvidner/)).toBeVisible();
});

test('"Husk bruger-id" fills it in next time; "Glemt adgangskode?" orders a temporary password that arrives in Fysisk post', async ({ page, ready, jsOn }) => {
  test.slow();
  await startWorld(page, ready);
  await page.goto('/log-paa');
  await ready();
  await page.getByLabel('Bruger-id', { exact: true }).fill('318204657');
  await page.getByLabel('Adgangskode').fill('7913');
  await page.getByLabel('Husk bruger-id').check();
  await click(page, ready, 'Næste');
  await click(page, ready, 'Afbryd');
  await page.goto('/log-paa');
  await ready();
  await expect(page.getByLabel('Bruger-id', { exact: true })).toHaveValue('318204657');
  await expect(page.getByLabel('Husk bruger-id')).toBeChecked();
  await click(page, ready, 'Glemt adgangskode?', 'link');
  await expect(page.getByRole('heading', { level: 1, name: 'Glemt adgangskode' })).toBeVisible();
  await axeClean(page, jsOn);
  await page.getByLabel('Bruger-id', { exact: true }).fill('318204657');
  await page.getByLabel('Nøglekortnummer').fill('1111 222 333');
  await click(page, ready, 'Bestil midlertidig adgangskode');
  await expect(page.getByRole('alert')).toContainText('Bruger-id og nøglekortnummer passer ikke sammen');
  await expect(page.getByLabel('Nøglekortnummer')).toHaveValue('1111 222 333');
  // The card's number, as printed on Karen's card.
  const card = await (await page.context().newPage());
  await card.goto('/ovelse/person/karen/noeglekort');
  const number = (await card.getByText(/Nøglekort nr\. \d{4} \d{3} \d{3}/).first().textContent())!.match(/\d{4} \d{3} \d{3}/)![0];
  await card.close();
  await page.getByLabel('Nøglekortnummer').fill(number);
  await click(page, ready, 'Bestil midlertidig adgangskode');
  await expect(page.getByText('Den midlertidige adgangskode er sendt med posten')).toBeVisible();
  await click(page, ready, 'Se brevet i Fysisk post', 'link');
  await expect(page.getByText('Din midlertidige adgangskode til NemID').first()).toBeVisible();
});

test('"Besked om ny post": a wrong number is refused at its field, the settings are saved, and new post sends a message', async ({ page, ready, jsOn }) => {
  test.slow();
  await startWorld(page, ready);
  await logInAs(page, ready, 'Karen Jensen');
  await click(page, ready, 'Digital Post', 'link');
  await click(page, ready, 'Besked om ny post', 'link');
  await expect(page.getByRole('heading', { level: 1, name: 'Besked om ny post' })).toBeVisible();
  await page.getByLabel('E-mailadresse').fill('karen@eksempel.dk');
  await page.getByLabel('Mobilnummer').fill('1234');
  await click(page, ready, 'Gem');
  await expect(page.getByText('Et dansk mobilnummer har 8 cifre').first()).toBeVisible();
  await expect(page.getByLabel('E-mailadresse')).toHaveValue('karen@eksempel.dk');
  await page.getByLabel('Mobilnummer').fill('12345678');
  await click(page, ready, 'Gem');
  await expect(page.getByText('Dine indstillinger er gemt.')).toBeVisible();
  await expect(page.getByLabel('Mobilnummer')).toHaveValue('12 34 56 78');
  await axeClean(page, jsOn);
  // New post: "Skriv ny besked" brings a receipt at once.
  await page.goto('/post/skriv?til=skattestyrelsen');
  await ready();
  await page.getByLabel('Emne').fill('Et spørgsmål');
  await page.getByLabel('Besked').fill('Hej');
  await click(page, ready, 'Send');
  await page.goto('/post/indstillinger');
  await ready();
  await expect(page.getByText('SMS til 12 34 56 78').first()).toBeVisible();
  await expect(page.getByText('Du har fået ny post i Digital Post fra Skattestyrelsen.').first()).toBeVisible();
});
