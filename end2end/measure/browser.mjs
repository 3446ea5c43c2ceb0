// Shared by the measurement scripts in this folder (run by scripts/size.sh): Debian's
// chromium with the same launch arguments as playwright.config.ts. Keep the two in step.
import { chromium } from '@playwright/test';

export const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: LAUNCH_ARGS,
  });
}

/** The base address from argv[2], e.g. http://127.0.0.1:3931; only loopback addresses. */
export function baseFromArgs(usage) {
  const base = (process.argv[2] ?? '').replace(/\/+$/, '');
  if (!/^http:\/\/(127\.0\.0\.1|localhost|\[::1\]):\d+$/.test(base)) {
    console.error(`usage: ${usage}`);
    console.error('the address must be http://127.0.0.1:PORT (loopback only)');
    process.exit(2);
  }
  return base;
}
