// Screenshots of every step of the presentation (German) at 1920×1080 and 1024×768, into
// docs/screenshots/present/. Usage: npx tsx scripts/present-screenshots.ts <base url> [dir] [extra query]
import { chromium } from 'playwright-core';
import { mkdirSync, readFileSync } from 'node:fs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.ts';
import { flattenStory, parseStory } from '../src/lib/present/story.ts';

const base = process.argv[2] ?? 'http://127.0.0.1:4173/';
const dir = process.argv[3] ?? 'docs/screenshots/present';
const extra = process.argv[4] ?? '';
const steps = flattenStory(parseStory(JSON.parse(readFileSync('data/story.json', 'utf8'))));
mkdirSync(dir, { recursive: true });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
for (const [w, h] of [[1920, 1080], [1024, 768]]) {
  const page = await browser.newPage({ viewport: { width: w, height: h } });
  for (const s of steps) {
    await page.goto(`${base}?mode=present&step=${s.n}${extra}`);
    await page.locator(`.slide[data-step="${s.n}"]`).waitFor();
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: `${dir}/step-${String(s.n).padStart(2, '0')}-${s.id}-de-${w}${extra ? '-hc' : ''}.png` });
  }
  await page.close();
}
await browser.close();
