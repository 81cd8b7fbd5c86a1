// Exports of the branch model and the map at 2× (PNG) and as SVG into docs/screenshots/export/,
// made through the views' export control in Chromium. Usage: tsx scripts/export-screenshots.ts <url> [dir]
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.ts';

const [base = 'http://127.0.0.1:4173/', dir = 'docs/screenshots/export'] = process.argv.slice(2);
const SHOTS = [
  { view: 'branches', query: 'v=branches&i=onko' },
  { view: 'map', query: 'v=map' }
];

mkdirSync(dir, { recursive: true });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
for (const { view, query } of SHOTS) {
  await page.goto(`${base}?${query}`);
  const menu = page.locator(`section[data-view="${view}"] details.export`);
  await page.locator(`section[data-view="${view}"] svg[data-figure]`).first().waitFor();
  await menu.locator('summary').click();
  for (const kind of ['png2x', 'svg']) {
    const [file] = await Promise.all([page.waitForEvent('download'), menu.locator(`[data-export-kind="${kind}"]`).click()]);
    const out = resolve(dir, file.suggestedFilename());
    await file.saveAs(out);
    console.log(out);
  }
}
await browser.close();
