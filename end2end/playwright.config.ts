import { defineConfig } from '@playwright/test';

// The release server built by scripts/build.sh, on its own port so a running `make run`
// does not interfere. Browser: Debian's chromium-headless-shell (no Playwright browser
// download): the same Blink as Debian's chromium without the desktop browser around it, as
// Playwright itself runs headless tests; on 2 cores the suite takes 4.7 minutes instead of
// 7.4 with the full browser. To watch a test: CHROMIUM=/usr/bin/chromium ... --headed.
const PORT = Number(process.env.E2E_PORT ?? 3917);

export default defineConfig({
  testDir: './tests',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  workers: 2,
  // Tests, not files, are shared out between the workers: every test starts its own world
  // in its own browser context, so none depends on another, and the last long file no
  // longer runs alone on one worker at the end.
  fullyParallel: true,
  retries: 0,
  forbidOnly: true,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: 'da-DK',
    launchOptions: {
      executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium-headless-shell',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    { name: 'js-on', use: { javaScriptEnabled: true }, testIgnore: /screenshots/ },
    { name: 'js-off', use: { javaScriptEnabled: false }, testIgnore: /screenshots/ },
    { name: 'screenshots', testMatch: /screenshots/ },
  ],
  webServer: {
    // A short reply delay, so the tests can watch the authority answer.
    command: `../target/serve/demoborger --port ${PORT} --site-root ../target/site --scenario-dir ../scenarios/default --reply-delay-secs 3`,
    url: `http://127.0.0.1:${PORT}/health`,
    reuseExistingServer: false,
    timeout: 30_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
