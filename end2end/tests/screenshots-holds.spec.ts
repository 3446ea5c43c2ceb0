// Screenshots of the hold pages (teacher, board with learners, join, printouts) at desktop
// width, phone width and 200 % zoom, for a person to look at (`make screenshots`).
import { test, expect, type Page } from '@playwright/test';

const views = [
  { name: 'desktop', viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 },
  { name: 'phone', viewport: { width: 375, height: 740 }, deviceScaleFactor: 2 },
  { name: 'zoom200', viewport: { width: 640, height: 450 }, deviceScaleFactor: 2 },
];

async function shoot(page: Page, name: string, view: string) {
  await page.waitForLoadState('load');
  await page.screenshot({ path: `screenshots/${name}-${view}.png`, fullPage: true });
}

for (const v of views) {
  test(`hold pages at ${v.name}`, async ({ browser }) => {
    test.setTimeout(120_000);
    const context = await browser.newContext({ viewport: v.viewport, deviceScaleFactor: v.deviceScaleFactor });
    const page = await context.newPage();
    await page.goto('/underviser');
    await shoot(page, 'hold-teacher', v.name);
    await page.getByLabel('Holdets navn (valgfrit)').fill('Onsdagsholdet på biblioteket');
    await page.getByLabel(/Lav en mappe og flyt et brev/).check();
    await page.getByLabel('Antal nøglekort at udskrive').fill('2');
    await page.getByRole('button', { name: 'Opret hold' }).click();
    const code = (await page.locator('.board-code-value').textContent())!.trim();
    const board = page.url();
    await shoot(page, 'hold-board-empty', v.name);
    const learner = await (await browser.newContext({ viewport: v.viewport, deviceScaleFactor: v.deviceScaleFactor })).newPage();
    await learner.goto(`/hold/${code}`);
    await shoot(learner, 'hold-join', v.name);
    for (const name of ['Fatima', 'Hodan', 'Mona']) {
      await learner.context().clearCookies();
      await learner.goto('/hold');
      await learner.getByLabel('Holdkode').fill(code);
      await learner.getByLabel('Dit navn').fill(name);
      await learner.getByRole('button', { name: 'Deltag' }).click();
    }
    await shoot(learner, 'hold-learner-world', v.name);
    for (let i = 0; i < 3; i++) {
      await learner.goto('/log-paa');
      await learner.getByLabel('Bruger-id', { exact: true }).fill('x');
      await learner.getByLabel('Adgangskode').fill('forkert');
      await learner.getByRole('button', { name: 'Næste' }).click();
    }
    await page.goto(board);
    await expect(page.getByText('Sidder fast')).toBeVisible();
    await shoot(page, 'hold-board', v.name);
    await page.goto(`${board}/handlinger`);
    await shoot(page, 'hold-actions', v.name);
    await page.goto(`${board}/bekraeft?afslut=1`);
    await shoot(page, 'hold-end-confirm', v.name);
    await page.goto(`${board}/noeglekort`);
    await shoot(page, 'hold-cards', v.name);
    await page.goto('/underviser/lektionsplan/digital-post');
    await shoot(page, 'hold-lesson-plan', v.name);
    await learner.goto('/hold');
    await learner.getByLabel('Holdkode').fill('ZZZ');
    await learner.getByLabel('Dit navn').fill('0102031234');
    await learner.getByRole('button', { name: 'Deltag' }).click();
    await shoot(learner, 'hold-join-refused', v.name);
    // "Øv sammen": the Parkode, and the partner's page.
    await learner.goto('/ovelse/sammen');
    await learner.getByRole('button', { name: 'Lav en parkode' }).click();
    await shoot(learner, 'pair-code', v.name);
    const pcode = (await learner.locator('.board-code-value').textContent())!.trim();
    const partner = await (await browser.newContext({ viewport: v.viewport, deviceScaleFactor: v.deviceScaleFactor })).newPage();
    await partner.goto('/par');
    await partner.getByLabel('Parkode').fill(pcode);
    await shoot(partner, 'pair-join', v.name);
    await partner.getByRole('radio', { name: /^Mette Jensen Holm/ }).check();
    await partner.getByRole('button', { name: 'Deltag' }).click();
    await learner.goto('/ovelse/sammen');
    await shoot(learner, 'pair-paired', v.name);
    // A hold doing the fake Skat SMS drill: the board marks "Fidus: Klaret".
    await page.goto('/underviser');
    await page.getByLabel(/Genkend en falsk SMS fra "Skat"/).check();
    await page.getByRole('button', { name: 'Opret hold' }).click();
    const drillCode = (await page.locator('.board-code-value').textContent())!.trim();
    const drillBoard = page.url();
    await learner.context().clearCookies();
    await learner.goto(`/hold/${drillCode}`);
    await learner.getByLabel('Dit navn').fill('Hodan');
    await learner.getByRole('button', { name: 'Deltag' }).click();
    await learner.goto('/telefon/karen?app=beskeder');
    await learner.getByRole('button', { name: 'Slet' }).click();
    await page.goto(drillBoard);
    await expect(page.getByText('Fidus: Klaret')).toBeVisible();
    await shoot(page, 'hold-board-drill', v.name);
  });
}
