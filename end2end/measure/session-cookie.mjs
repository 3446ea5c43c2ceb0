// Starts a practice world and logs a persona in with NemID, as a learner would (password
// off the persona's card, then the key that "Vis nøglekort" shows), and prints the session
// cookie as `name=value` on stdout, for tools that take a Cookie header (scripts/size.sh
// passes it to Lighthouse). The world lives on in the server after this script ends.
//
//   node measure/session-cookie.mjs http://127.0.0.1:3931 ["Karen Jensen"]
//
// JavaScript off: every step is a plain form post, nothing waits for hydration.
import { launch, baseFromArgs } from './browser.mjs';

const base = baseFromArgs('node measure/session-cookie.mjs http://127.0.0.1:PORT ["Persona Name"]');
const name = process.argv[3] ?? 'Karen Jensen';
const TIMEOUT = 30_000;

async function visible(locator, what) {
  await locator.first().waitFor({ state: 'visible', timeout: TIMEOUT }).catch(() => {
    throw new Error(`not found: ${what}`);
  });
}

const browser = await launch();
let failed = false;
try {
  const context = await browser.newContext({ locale: 'da-DK', javaScriptEnabled: false, baseURL: base });
  context.setDefaultTimeout(TIMEOUT);
  const page = await context.newPage();

  await page.goto('/');
  await page.getByRole('button', { name: 'Start øvelse' }).click();
  await page.waitForURL(/\/ovelse$/);
  await visible(page.getByRole('heading', { level: 1, name: 'Din øvelse', exact: true }), 'the world page');

  const persona = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name, exact: true }) });
  await visible(persona, `the persona ${name}`);
  const password = (await persona.locator('dt:has-text("Adgangskode") + dd').first().textContent())?.trim();
  if (!password) throw new Error(`no password on ${name}'s card`);
  await persona.getByRole('link', { name: `Log på som ${name}` }).click();
  await page.waitForLoadState('load');
  await page.getByLabel('Adgangskode').fill(password);
  await page.getByRole('button', { name: 'Næste' }).click();
  await page.waitForLoadState('load');

  const asked = page.getByText(/Nøglenummer\s+\d{4}/);
  await visible(asked, 'the key step ("Nøglenummer")');
  const number = (await asked.first().textContent()).match(/\d{4}/)[0];
  // The card is open beside the field; open it if a narrow page shows it closed.
  const card = page.getByRole('list', { name: 'Nøgler på nøglekortet' });
  if (!(await card.isVisible())) await page.getByText('Vis nøglekort', { exact: true }).click();
  const entry = page
    .getByRole('list', { name: 'Nøgler på nøglekortet' })
    .getByRole('listitem')
    .filter({ hasText: new RegExp(`^\\s*${number}\\s`) });
  const key = (await entry.first().textContent()).match(/(\d{6})/)[1];
  await page.getByLabel('Nøgle', { exact: true }).fill(key);
  await page.getByRole('button', { name: 'Log på', exact: true }).click();
  await page.waitForLoadState('load');
  await visible(page.getByRole('heading', { level: 1, name: `Velkommen, ${name}` }), `"Velkommen, ${name}"`);

  const cookies = (await context.cookies()).filter((c) => c.name.includes('demoborger'));
  if (cookies.length !== 1) throw new Error(`expected one session cookie, found ${cookies.length}`);
  console.log(`${cookies[0].name}=${cookies[0].value}`);
  await context.close();
} catch (e) {
  failed = true;
  console.error(`session-cookie: ${e instanceof Error ? e.message : e}`);
} finally {
  await browser.close();
}
process.exit(failed ? 1 : 0);
