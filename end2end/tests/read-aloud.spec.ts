import type { Page } from '@playwright/test';
import { test, expect, axeClean } from './fixtures';

// "Læs op" in Arabic: with JavaScript the button reads the text with the browser's own voice
// for the language when the browser has one (the service's Danish labels with a Danish
// voice), and plays the server's audio when it has none; without JavaScript the plain
// player offers Opus and MP3. A browser's voices cannot be chosen on a test machine, so
// where a test needs a voice it stands in for the browser's speech API before the page runs.

const READ_ALOUD = 'قراءة بصوت عالٍ';

async function startArabic(page: Page, ready: (p?: Page) => Promise<void>) {
  await page.goto('/ovelser?sprog=ar');
  await ready();
  await page.getByRole('button', { name: 'ابدأ أنشئ مجلدًا وانقل إليه رسالة' }).click();
  await page.waitForLoadState('load');
  await ready();
}

const aside = (page: Page) => page.getByRole('complementary').filter({ has: page.locator('.guide-step') });

/** The browser's speech API with the given voices; what it is asked to say is recorded. */
async function voices(page: Page, langs: string[]) {
  await page.addInitScript((langs: string[]) => {
    class SpeechSynthesisVoice {
      lang: string; name: string;
      constructor(lang: string) { this.lang = lang; this.name = `Stemme ${lang}`; }
    }
    class SpeechSynthesisUtterance {
      text: string; lang = ''; voice: SpeechSynthesisVoice | null = null;
      constructor(text: string) { this.text = text; }
    }
    const said: { text: string; lang: string; voice: string }[] = [];
    const list = langs.map((l) => new SpeechSynthesisVoice(l));
    Object.assign(window, { SpeechSynthesisVoice, SpeechSynthesisUtterance, said });
    Object.defineProperty(window, 'speechSynthesis', {
      value: {
        getVoices: () => list,
        cancel: () => {},
        speak: (u: SpeechSynthesisUtterance) => said.push({ text: u.text, lang: u.lang, voice: u.voice?.lang ?? '' }),
      },
    });
  }, langs);
}

test('Læs op without a voice in the browser: the server\'s audio (Opus or MP3) in a plain player, JS on and off', async ({ page, ready, jsOn }) => {
  if (jsOn) await voices(page, ['en-US']);
  await startArabic(page, ready);
  const panel = aside(page);
  const heard = page.waitForRequest((r) => r.url().includes('/ovelser/lyd?sprog=ar&ovelse=post-mappe-sundhed&trin=1&del=0'));
  if (jsOn) {
    // One button; the player appears, open, and plays when the browser has no Arabic voice.
    await expect(panel.locator('summary', { hasText: READ_ALOUD })).toBeHidden();
    await panel.getByRole('button', { name: new RegExp(`^${READ_ALOUD}`) }).first().click();
  } else {
    await panel.locator('summary', { hasText: READ_ALOUD }).first().click();
    await panel.locator('details[open] audio').first().evaluate((a: HTMLAudioElement) => a.play().catch(() => {}));
  }
  const player = panel.locator('details[open] audio').first();
  await expect(player).toBeVisible();
  const request = await heard;
  const response = await request.response();
  expect(response!.headers()['content-type']).toMatch(/^audio\//);
  // Both formats: Opus first, MP3 for browsers without Opus; each answers a byte range.
  const sources = player.locator('source');
  await expect(sources).toHaveCount(2);
  for (const [i, type] of [[0, 'audio/ogg'], [1, 'audio/mpeg']] as const) {
    const src = (await sources.nth(i).getAttribute('src'))!;
    const whole = await page.request.get(src);
    expect(whole.headers()['content-type']).toContain(type);
    expect((await whole.body()).length).toBeGreaterThan(1000);
    const range = await page.request.get(src, { headers: { Range: 'bytes=0-1' } });
    expect(range.status()).toBe(206);
    expect((await range.body()).length).toBe(2);
  }
  await axeClean(page, jsOn);
});

test('Læs op with a voice in the browser: read there, the Danish labels with the Danish voice, no audio fetched', async ({ page, ready, jsOn }) => {
  await voices(page, ['en-US', 'ar-SA', 'da-DK']);
  await startArabic(page, ready);
  const panel = aside(page);
  if (!jsOn) {
    // Without JavaScript there is no speech API to use: the plain player is the way.
    await expect(panel.getByRole('button', { name: new RegExp(`^${READ_ALOUD}`) })).toHaveCount(0);
    await expect(panel.locator('summary', { hasText: READ_ALOUD }).first()).toBeVisible();
    return;
  }
  let fetched = false;
  page.on('request', (r) => { if (r.url().includes('/ovelser/lyd')) fetched = true; });
  await panel.getByRole('button', { name: new RegExp(`^${READ_ALOUD}`) }).first().click();
  const said = await page.waitForFunction(() => (window as any).said.length > 0).then(() => page.evaluate(() => (window as any).said));
  // "سجّل الدخول باسم Karen Jensen باستخدام "NemID" و"nøglekort" (بطاقة المفاتيح)."
  expect(said[0]).toMatchObject({ lang: 'ar-SA', voice: 'ar-SA' });
  expect(said[0].text).toContain('سجّل الدخول');
  expect(said).toContainEqual({ text: 'NemID', lang: 'da-DK', voice: 'da-DK' });
  expect(said).toContainEqual({ text: 'nøglekort', lang: 'da-DK', voice: 'da-DK' });
  await expect(panel.locator('details.read-aloud').first()).toBeHidden();
  expect(fetched).toBe(false);
});
