// What the browser transfers on a first visit (fresh context, empty cache), counted with the
// Chrome DevTools protocol: `Network.loadingFinished.encodedDataLength` is the number of
// bytes that came over the wire for a response (headers plus the body as sent, so a gzip or
// brotli body counts compressed), the "Transferred" column of DevTools.
//
//   node measure/first-visit.mjs http://127.0.0.1:3931 [out.json]
//
// Pages, JavaScript on (the wasm is fetched on requestIdleCallback after load, so each
// page is measured until no request has been pending for QUIET_MS, default 1000 ms):
//   1. "/"       from a fresh context.
//   2. "/ovelse" from a fresh context whose only prior request was "Start øvelse"
//      (POST /ovelse/start, made outside the page so that it leaves the cache empty):
//      every response of the /ovelse navigation and its subresources.
//   3. The learner's way in, in the context of 1: click "Start øvelse" on "/" (the form
//      post, its redirect and /ovelse, with what "/" left in the cache); reported with the
//      total including "/".
// Exit status: 0 when measured (a page over the target is reported, not an error), 1 on
// errors (server down, a page not as expected), 2 on bad usage.
import { writeFileSync } from 'node:fs';
import { launch, baseFromArgs } from './browser.mjs';

const base = baseFromArgs('node measure/first-visit.mjs http://127.0.0.1:PORT [out.json]');
const outJson = process.argv[3];
const QUIET_MS = Number(process.env.QUIET_MS ?? 1000);
const IDLE_TIMEOUT_MS = Number(process.env.IDLE_TIMEOUT_MS ?? 60_000);
const TARGET_KB = 300;
const KB = 1024;

const kb = (bytes) => (bytes / KB).toFixed(1);

function header(headers, name) {
  for (const [k, v] of Object.entries(headers ?? {})) if (k.toLowerCase() === name) return v;
  return undefined;
}

/** Records every request of one page between start() and take(), through CDP. */
class Recorder {
  constructor(cdp) {
    this.cdp = cdp;
    this.entries = new Map(); // requestId -> current entry (redirect hops are moved to done)
    this.done = [];
    this.recording = false;
    this.lastActivity = Date.now();
    const touch = () => { this.lastActivity = Date.now(); };
    cdp.on('Network.requestWillBeSent', (e) => {
      if (!this.recording) return;
      touch();
      if (e.request.url.startsWith('data:')) return;
      const prev = this.entries.get(e.requestId);
      if (prev && e.redirectResponse) {
        // A redirect hop (e.g. the 303 after "Start øvelse"): its own response and bytes.
        prev.status = e.redirectResponse.status;
        prev.encoding = header(e.redirectResponse.headers, 'content-encoding') ?? '-';
        prev.transferred = e.redirectResponse.encodedDataLength ?? 0;
        prev.finished = true;
        this.done.push(prev);
      }
      this.entries.set(e.requestId, {
        url: e.request.url, method: e.request.method, type: e.type ?? '', status: 0,
        encoding: '-', transferred: 0, body: 0, decoded: 0, finished: false, failed: '', cache: '',
      });
    });
    cdp.on('Network.requestServedFromCache', (e) => {
      const entry = this.entries.get(e.requestId);
      if (entry) entry.cache = 'memory/disk cache';
    });
    cdp.on('Network.responseReceived', (e) => {
      const entry = this.entries.get(e.requestId);
      if (!entry) return;
      touch();
      entry.status = e.response.status;
      entry.encoding = header(e.response.headers, 'content-encoding') ?? '-';
      if (e.response.fromDiskCache) entry.cache = 'disk cache';
      if (e.response.fromServiceWorker) entry.cache = 'service worker';
    });
    cdp.on('Network.dataReceived', (e) => {
      const entry = this.entries.get(e.requestId);
      if (!entry) return;
      touch();
      entry.decoded += e.dataLength;
      entry.body += e.encodedDataLength;
    });
    cdp.on('Network.loadingFinished', (e) => {
      const entry = this.entries.get(e.requestId);
      if (!entry) return;
      touch();
      entry.transferred = e.encodedDataLength;
      entry.finished = true;
    });
    cdp.on('Network.loadingFailed', (e) => {
      const entry = this.entries.get(e.requestId);
      if (!entry) return;
      touch();
      entry.transferred = entry.body; // what arrived before it failed
      entry.failed = e.canceled ? 'canceled' : e.errorText;
      entry.finished = true;
    });
  }

  start() {
    this.entries.clear();
    this.done = [];
    this.recording = true;
    this.lastActivity = Date.now();
  }

  pending() {
    return [...this.entries.values()].filter((e) => !e.finished);
  }

  /** After "load": until nothing has been pending for QUIET_MS. */
  async idle(page) {
    await page.waitForLoadState('load', { timeout: IDLE_TIMEOUT_MS });
    const deadline = Date.now() + IDLE_TIMEOUT_MS;
    for (;;) {
      const quiet = Date.now() - this.lastActivity;
      if (this.pending().length === 0 && quiet >= QUIET_MS) return;
      if (Date.now() > deadline) {
        const left = this.pending().map((e) => e.url).join(', ');
        throw new Error(`the network did not go idle within ${IDLE_TIMEOUT_MS} ms; pending: ${left}`);
      }
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  take() {
    this.recording = false;
    const all = [...this.done, ...this.entries.values()];
    this.entries.clear();
    this.done = [];
    return all;
  }
}

async function openPage(context) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const recorder = new Recorder(cdp);
  await cdp.send('Network.enable');
  page.on('pageerror', (e) => console.error(`  page error on ${page.url()}: ${e.message}`));
  return { page, recorder };
}

/** Waits for the page to go idle; if the app marks hydration, waits for that too. */
async function settle(page, recorder) {
  await recorder.idle(page);
  const marked = async () => page.evaluate(() => document.body?.dataset.hydrated === 'true').catch(() => false);
  if (!(await marked())) {
    await page.waitForFunction(() => document.body?.dataset.hydrated === 'true', null, { timeout: 5_000 }).catch(() => {});
    await recorder.idle(page);
  }
  return marked();
}

function short(url) {
  return url.startsWith(base) ? url.slice(base.length) || '/' : url;
}

function report(title, entries, hydrated) {
  const total = entries.reduce((s, e) => s + e.transferred, 0);
  const decoded = entries.reduce((s, e) => s + e.decoded, 0);
  console.log(`\n== ${title}`);
  console.log(`  ${'status'.padEnd(6)} ${'encoding'.padEnd(8)} ${'transferred'.padStart(12)} ${'decoded'.padStart(10)}  url`);
  for (const e of entries) {
    const note = [e.method !== 'GET' ? e.method : '', e.cache, e.failed ? `FAILED ${e.failed}` : '']
      .filter(Boolean).join(', ');
    console.log(
      `  ${String(e.status || '-').padEnd(6)} ${String(e.encoding).padEnd(8)} ${`${kb(e.transferred)} KB`.padStart(12)} ${`${kb(e.decoded)} KB`.padStart(10)}  ${short(e.url)}${note ? `  (${note})` : ''}`,
    );
  }
  console.log(`  total: ${kb(total)} KB transferred in ${entries.length} responses (${kb(decoded)} KB decoded)` +
    (hydrated === undefined ? '' : `; hydrated: ${hydrated ? 'yes' : 'no'}`));
  return { title, total, decoded, hydrated, entries };
}

async function expectHeading(page, name) {
  const h1 = page.getByRole('heading', { level: 1, name, exact: true });
  if ((await h1.count()) === 0) {
    const seen = await page.locator('h1').allTextContents().catch(() => []);
    throw new Error(`${page.url()}: expected the heading "${name}", found ${JSON.stringify(seen)}`);
  }
}

const browser = await launch();
let failed = false;
try {
  console.log(`first visit, ${base}, JavaScript on, quiet window ${QUIET_MS} ms (1 KB = ${KB} bytes)`);

  // 1. "/" from a fresh context.
  const landingContext = await browser.newContext({ locale: 'da-DK' });
  const landing = await openPage(landingContext);
  landing.recorder.start();
  const response = await landing.page.goto(`${base}/`);
  if (!response || response.status() !== 200) throw new Error(`GET / answered ${response?.status()}`);
  const landingHydrated = await settle(landing.page, landing.recorder);
  const first = report('first visit / (fresh context, empty cache)', landing.recorder.take(), landingHydrated);

  // 2. "/ovelse" from a fresh context whose only prior request was the start post.
  const worldContext = await browser.newContext({ locale: 'da-DK' });
  const started = await worldContext.request.post(`${base}/ovelse/start`, {
    headers: {
      'Sec-Fetch-Site': 'same-origin',
      Origin: base,
      'Content-Type': 'application/x-www-form-urlencoded',
    },
    data: '',
    maxRedirects: 0,
  });
  if (started.status() !== 303 && started.status() !== 302) {
    throw new Error(`POST /ovelse/start answered ${started.status()}, expected a redirect`);
  }
  const cookies = (await worldContext.cookies()).filter((c) => c.name.includes('demoborger'));
  if (cookies.length !== 1) throw new Error(`POST /ovelse/start set ${cookies.length} session cookies`);
  const world = await openPage(worldContext);
  world.recorder.start();
  await world.page.goto(`${base}/ovelse`);
  const worldHydrated = await settle(world.page, world.recorder);
  await expectHeading(world.page, 'Din øvelse');
  const second = report(
    'first visit /ovelse (fresh context, empty cache; only prior request: POST /ovelse/start)',
    world.recorder.take(), worldHydrated,
  );

  // 3. The learner's way in: "Start øvelse" on the "/" of step 1.
  landing.recorder.start();
  await landing.page.getByRole('button', { name: 'Start øvelse' }).click();
  await landing.page.waitForURL(/\/ovelse$/, { timeout: IDLE_TIMEOUT_MS });
  const journeyHydrated = await settle(landing.page, landing.recorder);
  await expectHeading(landing.page, 'Din øvelse');
  const third = report('"Start øvelse" on / → /ovelse (same context as /, cache warm from /)',
    landing.recorder.take(), journeyHydrated);

  const journey = first.total + third.total;
  console.log(`\n/ then "Start øvelse" → /ovelse, in all: ${kb(journey)} KB (/ ${kb(first.total)} KB + start and /ovelse ${kb(third.total)} KB)`);
  for (const [name, r] of [['/', first], ['/ovelse', second]]) {
    if (r.total > TARGET_KB * KB) console.log(`note: first visit ${name} is over the target by ${kb(r.total - TARGET_KB * KB)} KB`);
  }
  console.log(`first visit /: ${kb(first.total)} KB; first visit /ovelse: ${kb(second.total)} KB (target ≤ ${TARGET_KB} KB each)`);

  if (outJson) {
    writeFileSync(outJson, JSON.stringify({ base, kbBytes: KB, quietMs: QUIET_MS, targetKb: TARGET_KB,
      firstVisitLanding: first, firstVisitWorld: second, startFromLanding: third, journeyTotal: journey }, null, 2));
  }
  await landingContext.close();
  await worldContext.close();
} catch (e) {
  failed = true;
  console.error(`first-visit: ${e instanceof Error ? e.message : e}`);
} finally {
  await browser.close();
}
process.exit(failed ? 1 : 0);
