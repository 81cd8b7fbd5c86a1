// Screenshots of every page at the sizes the issues ask for, in both languages, taken once the page has
// settled: data loaded, fonts ready, no transition, animation or map glide running, views below the fold
// drawn, and the DOM unchanged for a few frames. Reduced motion is emulated as well, so nothing is caught
// half-way. Usage: npm run screenshots -- [baseUrl] [outDir] [filter]  (serve the build first, e.g. npm start)
import { chromium, type Page } from 'playwright-core';
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

/** Resolves once nothing moves: fonts loaded, no animation or glide, and three quiet frames in a row. */
const quiet = () =>
  new Promise<void>((resolve) => {
    let changed = false, calm = 0;
    const mo = new MutationObserver(() => (changed = true));
    mo.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    const frame = () => {
      const moving = document.getAnimations().some((a) => a.playState === 'running') || !!document.querySelector('[data-gliding="true"]');
      calm = changed || moving ? 0 : calm + 1;
      changed = false;
      if (calm >= 3) {
        mo.disconnect();
        resolve();
      } else requestAnimationFrame(frame);
    };
    document.fonts.ready.then(() => requestAnimationFrame(frame));
  });

/** Waits until the page has settled; on the overview, scrolls through it first so every view is drawn. */
async function settle(page: Page, scroll: boolean) {
  await page.evaluate(quiet);
  if (!scroll) return;
  for (let i = 0; i < 40; i++) {
    const end = await page.evaluate(() => {
      window.scrollBy(0, window.innerHeight);
      return window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 1;
    });
    await page.evaluate(quiet);
    if (end) break;
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.evaluate(quiet);
}
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
for (const lang of ['de', 'en']) {
  for (const size of SIZES) {
    const page = await browser.newPage({ viewport: { width: size.width, height: size.height }, deviceScaleFactor: 1, reducedMotion: 'reduce' });
    // tsx names the functions it compiles (__name); the page needs that name too
    await page.addInitScript('window.__name = (f) => f');
    for (const view of PAGES) {
      const name = `${view}-${lang}-${size.name}`;
      if (only && !name.includes(only)) continue;
      const q = new URLSearchParams();
      if (lang !== 'de') q.set('lang', lang);
      if (view !== 'overview') q.set('v', view);
      await page.goto(`${base}?${q}`, { waitUntil: 'networkidle' });
      await page.waitForSelector('main#main', { timeout: 30000 });
      await settle(page, view === 'overview');
      await page.screenshot({ path: `${out}/${name}.png`, fullPage: view === 'overview' && size.width < 800 ? false : true });
      console.log('wrote', `${out}/${name}.png`);
    }
    await page.close();
  }
}
await browser.close();
