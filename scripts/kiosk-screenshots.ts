// Screenshots of the kiosk — the start view, the attract loop (its lighthouse-project scene) and a
// selection (a lighthouse project tapped on the map) — in German and English at 1920×1080 and
// 1080×1920, into docs/screenshots/. Motion is off (reduced motion), the attract loop runs on
// Playwright's clock, and every shot waits for its state to be drawn. Usage: npx tsx scripts/kiosk-screenshots.ts <base url> [dir]
import { chromium, type Page } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.ts';

const base = process.argv[2] ?? 'http://127.0.0.1:4173/';
const dir = process.argv[3] ?? 'docs/screenshots';
mkdirSync(dir, { recursive: true });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });

const settle = async (page: Page) => {
  await page.evaluate(() => document.fonts.ready);
  await page.locator('.kiosk [aria-busy="true"], .kiosk [data-pending]').first().waitFor({ state: 'detached', timeout: 30_000 }).catch(() => {});
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(null)))));
};

for (const [w, h] of [[1920, 1080], [1080, 1920]] as const) {
  for (const lang of ['de', 'en'] as const) {
    const size = `${w}x${h}`;
    const context = await browser.newContext({ viewport: { width: w, height: h }, reducedMotion: 'reduce', hasTouch: true });
    const page = await context.newPage();
    const q = lang === 'en' ? '&lang=en' : '';

    await page.goto(`${base}?mode=kiosk${q}`);
    await page.locator('.kiosk main#main svg').first().waitFor();
    await settle(page);
    await page.screenshot({ path: `${dir}/kiosk-start-${lang}-${size}.png` });

    // a lighthouse project tapped on the map, as a visitor does: its partners lit, its details open
    // beside the page (landscape) or in a band below it (portrait), never over the map
    await page.goto(`${base}?mode=kiosk&v=map${q}`);
    await page.locator('[data-view="map"] svg[data-figure="map"]').waitFor();
    await settle(page);
    await page.locator('[data-view="map"] [data-item="p.inflammation"]').first().tap();
    await page.locator('aside.details').waitFor();
    // the tap's tooltip closes (the details say the same); a synthetic Escape, so no focus ring appears
    // as after a real key press: a kiosk has no keyboard
    await page.evaluate(() => (document.activeElement ?? document.body).dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    await page.locator('.tooltip').waitFor({ state: 'hidden' }).catch(() => {});
    await settle(page);
    await page.screenshot({ path: `${dir}/kiosk-selection-${lang}-${size}.png` });

    // the attract loop, its lighthouse-project scene: German in the first round, English in the second
    await page.clock.install();
    await page.goto(`${base}?mode=kiosk&idle=5`);
    await page.locator('.kiosk main#main').waitFor();
    // step the clock a second at a time until the project scene plays in this language
    const playing = () =>
      page.evaluate((l) => document.documentElement.lang === l && !!document.querySelector('[data-kiosk-attract] [data-scene="project"]'), lang);
    for (let i = 0; i < 200 && !(await playing()); i++) await page.clock.runFor(1_000);
    if (!(await playing())) throw new Error(`attract loop: no project scene in ${lang}`);
    await page.locator('[data-view="map"] svg[data-figure="map"]').waitFor();
    await settle(page);
    await page.screenshot({ path: `${dir}/kiosk-attract-${lang}-${size}.png` });
    await context.close();
  }
}
await browser.close();
