import type { Cookie, Page } from '@playwright/test';
import { test, expect, startWorld, sessionCookies, axeClean } from './fixtures';

/** A browser carrying `cookie` (an old session id) finds no world behind it. */
async function expectCookieDead(browserPage: Page, cookie: Cookie) {
  await browserPage.context().addCookies([{ name: cookie.name, value: cookie.value, domain: cookie.domain, path: '/' }]);
  await browserPage.goto('/ovelse');
  await expect(browserPage.getByRole('heading', { level: 1, name: 'Din øvelse er udløbet' })).toBeVisible();
  await expect(browserPage.getByRole('heading', { name: 'Karen Jensen' })).toHaveCount(0);
}

test('the landing page shows the practice banner and sets no cookie', async ({ page, context, ready }) => {
  const response = await page.goto('/');
  await ready();
  expect(response?.status()).toBe(200);
  expect(await page.locator('html').getAttribute('lang')).toBe('da');
  const banner = page.getByRole('note', { name: 'ØVEMILJØ' });
  await expect(banner).toContainText('ØVEMILJØ');
  await expect(banner).toContainText('opdigtet');
  await expect(banner).toContainText('aldrig dine rigtige koder');
  await expect(page.getByRole('banner').getByRole('link', { name: 'Demoborger' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Start øvelse' })).toBeVisible();
  await expect(page.getByRole('contentinfo')).toContainText('én nødvendig cookie');
  await expect(page.getByRole('contentinfo').getByRole('link', { name: 'Om øvemiljøet' })).toBeVisible();
  expect(await context.cookies()).toEqual([]);
});

test('"Om øvemiljøet" explains the practice site', async ({ page, ready }) => {
  await page.goto('/');
  await ready();
  await page.getByRole('link', { name: 'Om øvemiljøet' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Om øvemiljøet' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('ubrugt i 2 timer, når den er 8 timer gammel');
  await expect(page.getByRole('note', { name: 'ØVEMILJØ' })).toBeVisible();
});

test('"Start øvelse" creates a world with fictitious personas and one session cookie', async ({ page, context, ready }) => {
  await startWorld(page, ready);
  const cookies = await sessionCookies(context);
  expect(cookies).toHaveLength(1);
  expect(await context.cookies()).toHaveLength(1);
  const [cookie] = cookies;
  expect(cookie.httpOnly).toBe(true);
  expect(cookie.sameSite).toBe('Lax');
  expect(cookie.path).toBe('/');
  expect(cookie.expires).toBe(-1); // a session cookie: no Max-Age
  expect(cookie.value).toMatch(/^[0-9a-f]{32}$/);

  const personas = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3 }) });
  expect(await personas.count()).toBeGreaterThanOrEqual(6);
  const karen = personas.filter({ has: page.getByRole('heading', { name: 'Karen Jensen' }) });
  await expect(karen).toContainText('Fiktiv person');
  for (const term of ['Alder', 'CPR-nummer', 'Adresse']) {
    await expect(karen.locator('.persona-facts dt', { hasText: term }).first()).toBeVisible();
  }
  // Her NemID under its own heading (not over her age and address), with the nøgleapp.
  await expect(karen.getByRole('heading', { name: 'NemID', exact: true })).toBeVisible();
  for (const term of ['Bruger-id', 'Adgangskode', 'Nøgleapp']) {
    await expect(karen.locator('.nemid-facts dt', { hasText: term })).toBeVisible();
  }
  // Her MitID beside her NemID: bruger-ID, password, the app's PIN, and her two means.
  await expect(karen.getByRole('heading', { name: 'MitID', exact: true })).toBeVisible();
  await expect(karen.locator('.mitid-facts dt:text-is("Bruger-ID") + dd')).toHaveText('karen1948');
  await expect(karen.locator('.mitid-facts dt:text-is("Identifikationsmidler") + dd')).toHaveText('MitID kodeviser, MitID app');
  await expect(karen.getByRole('link', { name: 'Åbn telefon' })).toBeVisible();
  await expect(karen.locator('dt:has-text("CPR-nummer") + dd')).toHaveText('420348-1236');
  await expect(karen.locator('.nemid-facts dt:has-text("Adgangskode") + dd')).toHaveText('7913');
  await expect(karen.locator('dt:has-text("Alder") + dd')).toHaveText('78 år');
  await expect(page.getByText('Betroet medarbejder').first()).toBeVisible();
  // every CPR number shown is fictitious: day of month 32-60
  const cprs = await page.locator('dt:has-text("CPR-nummer") + dd').allTextContents();
  expect(cprs.length).toBeGreaterThanOrEqual(6);
  for (const cpr of cprs) {
    const day = Number(cpr.slice(0, 2));
    expect(day >= 32 && day <= 60, `${cpr} has day 32-60`).toBe(true);
  }
});

test('"Nulstil øvelse" asks first, then gives a fresh world under a new id', async ({ page, context, ready, otherLearner }) => {
  await startWorld(page, ready);
  const [before] = await sessionCookies(context);

  await page.getByRole('link', { name: 'Nulstil øvelse' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nulstil øvelse' })).toBeVisible();
  await ready();
  // Going back changes nothing.
  await page.getByRole('link', { name: 'Nej, tilbage til øvelsen' }).click();
  await expect(page.getByRole('heading', { level: 3, name: 'Karen Jensen' })).toBeVisible();
  expect((await sessionCookies(context))[0].value).toBe(before.value);

  await page.getByRole('link', { name: 'Nulstil øvelse' }).click();
  await ready();
  await page.getByRole('button', { name: 'Ja, nulstil øvelsen' }).click();
  await expect(page.getByRole('status')).toContainText('Øvelsen er nulstillet');
  await expect(page.getByRole('heading', { level: 3, name: 'Karen Jensen' })).toBeVisible();
  const after = await sessionCookies(context);
  expect(after).toHaveLength(1);
  expect(after[0].value).not.toBe(before.value);

  // The old id no longer opens anything.
  await expectCookieDead(await otherLearner(), before);
});

test('"Afslut øvelse" deletes the world and returns to the front page', async ({ page, context, ready, otherLearner }) => {
  await startWorld(page, ready);
  const [cookie] = await sessionCookies(context);
  // It asks first: the world is still there until the learner says yes.
  await page.getByRole('link', { name: 'Afslut øvelse' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Afslut øvelse' })).toBeVisible();
  await expect(page.getByText('Vil du afslutte øvelsen?')).toBeVisible();
  expect(await sessionCookies(context)).toHaveLength(1);
  await page.getByRole('button', { name: 'Ja, afslut øvelsen' }).click();
  await expect(page).toHaveURL(/\/\?afsluttet=1$/);
  await expect(page.getByRole('status')).toContainText('Din øvelse er afsluttet');
  await expect(page.getByRole('button', { name: 'Start øvelse' })).toBeVisible();
  expect(await sessionCookies(context)).toHaveLength(0);

  await page.goto('/ovelse');
  await expect(page.getByRole('heading', { level: 1, name: 'Du har ikke startet en øvelse' })).toBeVisible();

  // Replaying the old cookie does not bring the world back.
  await expectCookieDead(await otherLearner(), cookie);
});

test('two learners get separate worlds; ending one leaves the other untouched', async ({ page, context, ready, otherLearner }) => {
  await startWorld(page, ready);
  const other = await otherLearner();
  await startWorld(other, ready);
  const [mine] = await sessionCookies(context);
  const [theirs] = await sessionCookies(other.context());
  expect(mine.value).not.toBe(theirs.value);

  await page.getByRole('link', { name: 'Afslut øvelse' }).click();
  await page.getByRole('button', { name: 'Ja, afslut øvelsen' }).click();
  await expect(page.getByRole('status')).toContainText('Din øvelse er afsluttet');

  await other.reload();
  await ready(other);
  await expect(other.getByRole('heading', { level: 1, name: 'Din øvelse' })).toBeVisible();
  await expect(other.getByRole('heading', { level: 3, name: 'Karen Jensen' })).toBeVisible();
});

test('a forged or expired cookie gets a friendly page and is never adopted', async ({ page, context, ready, baseURL }) => {
  const forged = 'ab'.repeat(16);
  await context.addCookies([{ name: 'demoborger', value: forged, url: baseURL! }]);
  const response = await page.goto('/ovelse');
  await ready();
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1, name: 'Din øvelse er udløbet' })).toBeVisible();
  await page.getByRole('button', { name: 'Start øvelse' }).click();
  await expect(page.getByRole('heading', { level: 3, name: 'Karen Jensen' })).toBeVisible();
  const cookies = await sessionCookies(context);
  expect(cookies).toHaveLength(1);
  expect(cookies[0].value).not.toBe(forged);
});

test('an unknown address gets a friendly Danish 404 page', async ({ page, consoleErrors }) => {
  // A static page without scripts: nothing on it needs hydration.
  const response = await page.goto('/findes-ikke');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Siden findes ikke' })).toBeVisible();
  await expect(page.getByRole('note', { name: 'ØVEMILJØ' })).toBeVisible();
  // Chromium logs the 404 of the document itself; that one is the point of this test.
  const expected = /findes-ikke: Failed to load resource: .*404/;
  expect(consoleErrors.filter((e) => expected.test(e))).toHaveLength(1);
  consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter((e) => !expected.test(e)));
});

test('no WCAG 2.1 AA violations on the landing page and the world page', async ({ page, ready, jsOn }) => {
  // 4 page loads and 3 axe runs (with JS off each opens its own context): 90 s (three times the
  // default) for a loaded 2-core machine.
  test.slow();
  await page.goto('/');
  await ready();
  await axeClean(page, jsOn);
  await startWorld(page, ready);
  await axeClean(page, jsOn);
  await page.getByRole('link', { name: 'Nulstil øvelse' }).click();
  await ready();
  await axeClean(page, jsOn);
});
