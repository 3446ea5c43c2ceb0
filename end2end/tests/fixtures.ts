import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page, type BrowserContext, type Browser } from '@playwright/test';

type Fixtures = {
  /** Console errors and page errors seen so far; the test fails if any remain at its end. */
  consoleErrors: string[];
  /** True in the js-on project. */
  jsOn: boolean;
  /** Waits until the page is usable: hydrated with JS on, loaded with JS off. */
  ready: (page?: Page) => Promise<void>;
  /** A second, separate browser context (another learner), checked for console errors too. */
  otherLearner: () => Promise<Page>;
};

function watchConsole(page: Page, errors: string[]) {
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`${page.url()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
}


export const test = base.extend<Fixtures>({
  consoleErrors: async ({}, use) => {
    const errors: string[] = [];
    await use(errors);
    expect(errors, 'no console errors (hydration works, no CSP violation)').toEqual([]);
  },
  jsOn: async ({ javaScriptEnabled }, use) => {
    await use(javaScriptEnabled !== false);
  },
  page: async ({ page, consoleErrors: errors }, use) => {
    watchConsole(page, errors);
    await use(page);
  },
  ready: async ({ page, jsOn, consoleErrors: errors }, use) => {
    await use(async (p = page) => {
      await p.waitForLoadState('load');
      if (!jsOn) return;
      try {
        await expect(p.locator('body')).toHaveAttribute('data-hydrated', 'true');
      } catch (e) {
        // Say why the islands did not run: what the page loaded, and any console errors.
        const loaded = await p
          .evaluate(() =>
            performance
              .getEntriesByType('resource')
              .map((r) => `${r.name.split('/').pop()} ${(r as PerformanceResourceTiming).responseStatus} ${Math.round(r.duration)} ms`)
              .join(', '),
          )
          .catch((x) => `(not readable: ${x})`);
        throw new Error(`${(e as Error).message}\nloaded: ${loaded || 'nothing'}\nconsole errors: ${errors.join(' | ') || 'none'}`);
      }
    });
  },
  otherLearner: async ({ browser, jsOn, consoleErrors: errors }, use) => {
    const contexts: BrowserContext[] = [];
    await use(async () => {
      const context = await (browser as Browser).newContext({ javaScriptEnabled: jsOn });
      contexts.push(context);
      const page = await context.newPage();
      watchConsole(page, errors);
      return page;
    });
    for (const c of contexts) await c.close();
  },
});

export { expect };

/** Starts a practice world from the landing page and waits for the world page. */
export async function startWorld(page: Page, ready: (p?: Page) => Promise<void>) {
  await page.goto('/');
  await ready(page);
  await page.getByRole('button', { name: 'Start øvelse' }).click();
  await expect(page).toHaveURL(/\/ovelse$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Din øvelse' })).toBeVisible();
  await ready(page);
}

export async function sessionCookies(context: BrowserContext) {
  return (await context.cookies()).filter((c) => c.name.includes('demoborger'));
}

/**
 * axe WCAG 2.1 AA on the page as it is now. axe runs as a page script, so with JS off the
 * same address is opened, with the same cookies, in a browser whose scripts run but whose
 * app bundle is blocked: the server-rendered markup a JS-off learner gets. `disabled`:
 * rules a page meets otherwise, each named with its reason where it is called.
 */
export async function axeClean(page: Page, jsOn: boolean, disabled: string[] = []) {
  const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
  if (jsOn) {
    const result = await new AxeBuilder({ page }).withTags(tags).disableRules(disabled).analyze();
    expect(result.violations, page.url()).toEqual([]);
    return;
  }
  const browser = page.context().browser()!;
  const context = await browser.newContext({ javaScriptEnabled: true });
  try {
    // Only the script and the wasm: the stylesheets (also under /pkg/) stay, so axe judges
    // the page as a JS-off learner sees it.
    await context.route(/\/pkg\/.*\.(js|wasm)$/, (route) => route.abort());
    await context.addCookies(await page.context().cookies());
    const copy = await context.newPage();
    await copy.goto(page.url());
    const result = await new AxeBuilder({ page: copy }).withTags(tags).disableRules(disabled).analyze();
    expect(result.violations, `${page.url()} (JS off)`).toEqual([]);
  } finally {
    await context.close();
  }
}

type Ready = (p?: Page) => Promise<void>;

/** Reads the key for the "Nøglenummer" shown off the card ("Vis nøglekort", open beside the
 * field) and types it. */
export async function typeKeyFromCard(page: Page) {
  const number = (await page.getByText(/Nøglenummer\s+\d{4}/).textContent())!.match(/\d{4}/)![0];
  const card = page.getByRole('list', { name: 'Nøgler på nøglekortet' });
  if (!(await card.isVisible())) await page.getByText('Vis nøglekort', { exact: true }).click();
  const entry = card
    .getByRole('listitem')
    .filter({ hasText: new RegExp(`^\\s*${number}\\s`) });
  await page.getByLabel('Nøgle', { exact: true }).fill((await entry.textContent())!.match(/(\d{6})/)![1]);
}

/** From the world page: logs in as `name` with the password shown and a key off the card. */
export async function logInAs(page: Page, ready: Ready, name: string) {
  await page.goto('/ovelse');
  await ready();
  const persona = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name }) });
  const password = (await persona.locator('.nemid-facts dt:has-text("Adgangskode") + dd').textContent())!.trim();
  await persona.getByRole('link', { name: `Log på som ${name}` }).click();
  await ready();
  await page.getByLabel('Adgangskode').fill(password);
  await page.getByRole('button', { name: 'Næste' }).click();
  await ready();
  await typeKeyFromCard(page);
  await page.getByRole('button', { name: 'Log på', exact: true }).click();
  await ready();
  await expect(page.getByRole('heading', { level: 1, name: `Velkommen, ${name}` })).toBeVisible();
}

/** "Log af" in the page header. */
export async function logOut(page: Page, ready: Ready) {
  await page.getByRole('banner').getByRole('button', { name: 'Log af' }).click();
  await page.waitForLoadState('load');
  await ready();
}

/**
 * A server of the test's own on `port` with `args` (e.g. 1-minute worlds), started from the
 * same release binary and stopped by `stop()`.
 */
export async function startServer(port: number, args: string[]) {
  const { spawn } = await import('node:child_process');
  const server = spawn('../target/serve/demoborger', [
    '--port', String(port), '--site-root', '../target/site', '--scenario-dir', '../scenarios/default',
    ...args,
  ], { stdio: 'ignore' });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    if (await fetch(`${base}/health`).then((r) => r.ok, () => false)) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return { base, stop: () => server.kill() };
}
