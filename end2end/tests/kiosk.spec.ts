import { test, expect, axeClean, startServer } from './fixtures';

// Kiosk mode (a library's PC): a big "Start øvelse"; a world left alone asks "Er du her
// stadig?" with a countdown; "Ja, fortsæt" keeps it; silence ends it and the start page
// returns, and the next person finds nothing. A server of the test's own with short times:
// the question after 6 s unused, then an 8-second countdown.

test('kiosk: "Er du her stadig?" counts down, "Ja, fortsæt" keeps the world, silence ends it', async ({ browser, jsOn }) => {
  test.setTimeout(120_000);
  const server = await startServer(jsOn ? 3925 : 3926, ['--kiosk', '--kiosk-idle-minutes', '0.1', '--kiosk-countdown-secs', '8']);
  const context = await browser.newContext({ javaScriptEnabled: jsOn });
  try {
    const page = await context.newPage();
    const ready = async () => {
      await page.waitForLoadState('load');
      if (jsOn) await expect(page.locator('body')).toHaveAttribute('data-hydrated', 'true');
    };
    await page.goto(`${server.base}/`);
    await ready();
    const start = page.getByRole('button', { name: 'Start øvelse' });
    await expect(start).toBeVisible();
    await expect(page.getByRole('link', { name: 'For undervisere' })).toHaveCount(0);
    await axeClean(page, jsOn);
    await start.click();
    await ready();
    await expect(page.getByRole('heading', { level: 1, name: 'Din øvelse' })).toBeVisible();

    // The question, and the answer that keeps the world.
    if (jsOn) {
      const question = page.getByRole('alert').filter({ hasText: 'Er du her stadig?' });
      await expect(question).toBeVisible({ timeout: 15_000 });
      await expect(question).toContainText(/\d+ sekunder tilbage/);
      await axeClean(page, jsOn);
      await question.getByRole('link', { name: 'Ja, fortsæt' }).click();
    } else {
      // Without JavaScript the page's refresh opens this address (this emulated JS-off
      // browser does not run <noscript>, so the test opens it as the refresh would).
      await page.waitForTimeout(6_500);
      await page.goto(`${server.base}/ovelse/slutter-snart?tilbage=%2Fovelse`);
      await expect(page.getByRole('heading', { level: 1, name: 'Er du her stadig?' })).toBeVisible();
      await expect(page.getByText(/Øvelsen slutter om \d+ sekunder\./)).toBeVisible();
      // The page refreshes itself when the countdown is over: that is its purpose, and WCAG
      // 2.2.1 is met by the warning with its simple way to extend ("Ja, fortsæt"), which
      // axe's meta-refresh rule cannot see.
      await axeClean(page, jsOn, ['meta-refresh']);
      await page.getByRole('link', { name: 'Ja, fortsæt' }).click();
    }
    await ready();
    await expect(page.getByRole('heading', { level: 2, name: 'Personer i øvelsen' })).toBeVisible();
    if (jsOn) await expect(page.getByRole('alert')).toHaveCount(0);

    // Silence: the world ends and the start page returns by itself.
    if (jsOn) {
      await expect(page.getByRole('alert').filter({ hasText: 'Er du her stadig?' })).toBeVisible({ timeout: 15_000 });
    } else {
      await page.waitForTimeout(6_500);
      await page.goto(`${server.base}/ovelse/slutter-snart?tilbage=%2Fovelse`);
      await expect(page.getByRole('heading', { level: 1, name: 'Er du her stadig?' })).toBeVisible();
      // The warning page's own refresh, when the countdown is over.
      await page.waitForTimeout(9_000);
      await page.goto(`${server.base}/ovelse/slutter-snart?tilbage=%2Fovelse`);
    }
    await expect(page.getByText('Øvelsen er slut, og alt i den er slettet.')).toBeVisible({ timeout: 15_000 });
    await expect(page.getByRole('button', { name: 'Start øvelse' })).toBeVisible();
    // The next person finds no world.
    await page.goto(`${server.base}/ovelse`);
    await expect(page.getByRole('heading', { level: 1, name: 'Du har ikke startet en øvelse' })).toBeVisible();
  } finally {
    await context.close();
    server.stop();
  }
});
