// Screenshots of every page at the sizes the issues ask for, in both languages.
// Usage: tsx scripts/screenshots.ts [baseUrl] [outDir] [filter]
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.ts';

const base = process.argv[2] ?? 'http://127.0.0.1:4173/';
const out = process.argv[3] ?? 'docs/screenshots';
const only = process.argv[4];
const SIZES = [
  { name: '1920', width: 1920, height: 1080 },
  { name: '1280', width: 1280, height: 800 },
  { name: '390', width: 390, height: 844 }
];
const PAGES = ['overview', 'branches', 'projects', 'radar', 'werft', 'map'];
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
for (const lang of ['de', 'en']) {
  for (const size of SIZES) {
    const page = await browser.newPage({ viewport: { width: size.width, height: size.height }, deviceScaleFactor: 1 });
    for (const view of PAGES) {
      const name = `${view}-${lang}-${size.name}`;
      if (only && !name.includes(only)) continue;
      const q = new URLSearchParams();
      if (lang !== 'de') q.set('lang', lang);
      if (view !== 'overview') q.set('v', view);
      await page.goto(`${base}?${q}`, { waitUntil: 'networkidle' });
      await page.waitForSelector('main#main', { timeout: 10000 });
      await page.waitForTimeout(300);
      await page.screenshot({ path: `${out}/${name}.png`, fullPage: view === 'overview' && size.width < 800 ? false : true });
      console.log('wrote', `${out}/${name}.png`);
    }
    await page.close();
  }
}
await browser.close();
