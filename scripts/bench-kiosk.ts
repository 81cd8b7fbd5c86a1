// Soak benchmark of kiosk mode (npm run bench:kiosk; not part of npm test): random interactions —
// taps on marks, chips, tabs, language, table toggles, pinch and pan on the map — with an idle reset
// every 500 (the real idle timer, on Playwright's clock), then the attract loop ended by a tap.
// After each reset, at the settled start view with the page clock stopped: JS heap after five forced
// garbage collections (CDP) and the DOM node count. The baseline is the reset after a warm-up (every
// view in both languages, then 2,000 random interactions), so the engine's first compilations do not count.
// Budgets: heap growth baseline → last reset ≤ 1 MB, DOM nodes back to the baseline, no console error,
// no page error, no reload, no history entry added. KIOSK_SNAPSHOTS=<dir> writes heap snapshots of the
// baseline and the last reset (and of the resets in KIOSK_SNAPSHOT_AT=4,10) for a diff by constructor.
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { preview } from 'vite';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.ts';

const N = Number(process.env.KIOSK_N ?? 10_000);
const EVERY = Number(process.env.KIOSK_RESET_EVERY ?? 500);
const PORT = Number(process.env.KIOSK_PORT ?? 4462);
const IDLE_S = 5;
const MB = 1024 * 1024;

const server = await preview({ logLevel: 'silent', build: { outDir: process.env.KIOSK_DIST ?? 'dist' }, preview: { port: PORT, host: '127.0.0.1', strictPort: true } });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, hasTouch: true });
const page = await context.newPage();
const errors: string[] = [];
page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
page.on('pageerror', (e) => errors.push(String(e)));
// dist/ ships no favicon; the browser's own request for it is not the app's
await page.route('**/favicon.ico', (r) => r.fulfill({ status: 204 }));
// tsx names the functions it compiles with a helper the page lacks
await page.addInitScript('window.__name = (f) => f');
await page.clock.install();
await page.goto(`http://127.0.0.1:${PORT}/?mode=kiosk&idle=${IDLE_S}`);
await page.locator('.kiosk main#main').waitFor({ timeout: 120_000 });
await page.evaluate(() => ((window as unknown as { __soak: number }).__soak = 1));
const cdp = await context.newCDPSession(page);
const historyBefore = await page.evaluate(() => history.length);

/** `count` random interactions inside the page, one per animation frame. */
async function interact(p: Page, count: number, seed: number) {
  await p.evaluate(
    async ({ count, seed }) => {
      let s = seed >>> 0;
      const rnd = () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
      const frame = () => new Promise((r) => requestAnimationFrame(() => r(null)));
      const visible = (el: Element) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && r.height > 0;
      };
      const pointer = (el: Element, type: string, x: number, y: number, id: number) =>
        el.dispatchEvent(new PointerEvent(type, { bubbles: true, cancelable: true, clientX: x, clientY: y, pointerId: id, pointerType: 'touch', isPrimary: id === 1 }));
      for (let i = 0; i < count; i++) {
        const kind = rnd();
        const map = document.querySelector('[data-view="map"] svg');
        if (kind < 0.1 && map && visible(map)) {
          // pinch or pan on the map
          const r = map.getBoundingClientRect();
          const cx = r.left + r.width / 2, cy = r.top + r.height / 2, d = 40 + rnd() * 80;
          pointer(map, 'pointerdown', cx - d, cy, 1);
          if (kind < 0.05) pointer(map, 'pointerdown', cx + d, cy, 2);
          for (let k = 1; k <= 4; k++) {
            pointer(map, 'pointermove', cx - d - k * 10, cy + k * 5, 1);
            if (kind < 0.05) pointer(map, 'pointermove', cx + d + k * 10, cy, 2);
          }
          pointer(map, 'pointerup', cx - d - 40, cy + 20, 1);
          if (kind < 0.05) pointer(map, 'pointerup', cx + d + 40, cy, 2);
        } else {
          const targets = [...document.querySelectorAll<Element>('.kiosk button:not([disabled]), .kiosk [role="button"]')].filter(visible);
          const t = targets[Math.floor(rnd() * targets.length)];
          if (t) {
            const r = t.getBoundingClientRect();
            pointer(t, 'pointerdown', r.left + 2, r.top + 2, 1);
            pointer(t, 'pointerup', r.left + 2, r.top + 2, 1);
            t.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, clientX: r.left + 2, clientY: r.top + 2 }));
          }
        }
        await frame();
      }
    },
    { count, seed }
  );
}

async function measure() {
  for (let i = 0; i < 5; i++) await cdp.send('HeapProfiler.collectGarbage');
  const heap = (await cdp.send('Runtime.getHeapUsage')).usedSize;
  const nodes = await page.evaluate(() => document.getElementsByTagName('*').length);
  return { heap, nodes };
}

const SNAPSHOTS = process.env.KIOSK_SNAPSHOTS;
async function snapshot(file: string) {
  const chunks: string[] = [];
  const onChunk = (e: { chunk: string }) => chunks.push(e.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  writeFileSync(file, chunks.join(''));
}

/** The start view, settled: the loop ended, German, the dashboard, every view drawn (none waiting for its turn). */
const startSettled = () =>
  page.evaluate(
    () =>
      !document.querySelector('[data-kiosk-attract]') &&
      document.documentElement.lang === 'de' &&
      document.querySelector('.kiosk nav button')?.getAttribute('aria-current') === 'page' &&
      !document.querySelector('.kiosk [aria-busy="true"]') &&
      document.querySelectorAll('.kiosk main [data-view]').length > 1
  );

/**
 * The real idle reset: the idle time passes on the page's clock, the loop starts, a tap ends it. Then
 * the clock stands still and moves on in steps of 50 ms (frames and tasks run, the views are drawn in
 * turn) until the start view has settled, so neither the next idle reset nor the loop can begin before
 * the measurement, whatever the machine's load.
 */
async function idleReset() {
  await page.clock.runFor(IDLE_S * 1000 + 200);
  await page.locator('[data-kiosk-attract]').waitFor();
  await page.mouse.click(960, 540);
  await page.locator('[data-kiosk-attract]').waitFor({ state: 'detached' });
  const pageNow = () => page.evaluate(() => Date.now());
  const tapAt = await pageNow();
  // time flows on while the command travels: on a busy machine a short jump can already lie in the past
  for (const ahead of [250, 1000, 2000]) {
    try {
      await page.clock.pauseAt((await pageNow()) + ahead);
      break;
    } catch (e) {
      if (ahead === 2000) throw e;
    }
  }
  while (!(await startSettled())) {
    if ((await pageNow()) - tapAt > (IDLE_S - 0.5) * 1000) throw new Error('the start view did not settle after an idle reset');
    await page.clock.runFor(50);
  }
  if ((await pageNow()) - tapAt > (IDLE_S - 0.5) * 1000) throw new Error('the start view settled too late to be measured before the next idle reset');
}

/** Measured at the settled start view with the clock standing still; then time flows again. */
async function measureReset() {
  const m = await measure();
  if (!(await startSettled())) throw new Error('the start view changed during the measurement');
  await page.clock.resume();
  return m;
}

/** Warm-up: every view in both languages, every target on it tapped once, the map pinched and panned. */
async function warmUp() {
  await page.evaluate(async () => {
    const frame = () => new Promise((r) => requestAnimationFrame(() => r(null)));
    const visible = (el: Element) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0;
    };
    const tap = (el: Element) => {
      const r = el.getBoundingClientRect();
      const o = { bubbles: true, cancelable: true, clientX: r.left + 2, clientY: r.top + 2, pointerId: 1, pointerType: 'touch', isPrimary: true };
      el.dispatchEvent(new PointerEvent('pointerdown', o));
      el.dispatchEvent(new PointerEvent('pointerup', o));
      el.dispatchEvent(new MouseEvent('click', o));
    };
    const drawn = async () => {
      for (let i = 0; i < 600 && document.querySelector('.kiosk [aria-busy="true"]'); i++) await frame();
    };
    for (const lang of ['de', 'en']) {
      const tabs = document.querySelectorAll('.kiosk nav button').length;
      for (let v = 0; v < tabs; v++) {
        document.querySelector<HTMLButtonElement>(`.kiosk header button[lang="${lang}"]`)?.click();
        document.querySelectorAll<HTMLButtonElement>('.kiosk nav button')[v].click();
        await frame();
        await drawn();
        const targets = [...document.querySelectorAll<Element>('.kiosk main button:not([disabled]), .kiosk main [role="button"], .kiosk aside button')].filter(visible);
        for (const t of targets) {
          if (!t.isConnected || !visible(t)) continue;
          tap(t);
          await frame();
        }
        const map = document.querySelector('[data-view="map"] svg');
        if (map && visible(map)) {
          const r = map.getBoundingClientRect();
          const cx = r.left + r.width / 2, cy = r.top + r.height / 2;
          const ev = (type: string, x: number, id: number) =>
            map.dispatchEvent(new PointerEvent(type, { bubbles: true, cancelable: true, clientX: x, clientY: cy, pointerId: id, pointerType: 'touch', isPrimary: id === 1 }));
          ev('pointerdown', cx - 60, 1); ev('pointerdown', cx + 60, 2);
          for (let k = 1; k <= 4; k++) { ev('pointermove', cx - 60 - k * 10, 1); ev('pointermove', cx + 60 + k * 10, 2); }
          ev('pointerup', cx - 100, 1); ev('pointerup', cx + 100, 2);
          await frame();
        }
      }
    }
  });
  await page.clock.runFor(300);
}

const WARM_UP = process.env.KIOSK_WARM_UP !== '0';
// After the pass the engine still compiles and optimises code for about 2,000 random interactions
// (heap snapshot diffs: +1.7 MB of compiled code, +10 kB of objects); then the heap stays level.
const WARM_UP_N = WARM_UP ? Number(process.env.KIOSK_WARM_UP_N ?? 2000) : 0;
const resets: { heap: number; nodes: number }[] = [];
const t0 = Date.now();
const loadBefore = loadavg().map((l) => l.toFixed(2)).join(' ');
await idleReset();
const cold = await measureReset();
if (WARM_UP) {
  await warmUp();
  for (let k = 0; k < WARM_UP_N; k += 50) {
    await interact(page, Math.min(50, WARM_UP_N - k), 1_000_000 + k);
    await page.clock.runFor(300);
  }
  await idleReset();
  resets.push(await measureReset());
} else resets.push(cold);
process.stdout.write(`cold start: heap ${(cold.heap / MB).toFixed(2)} MB, ${cold.nodes} nodes; ${WARM_UP ? `after the warm-up (pass + ${WARM_UP_N}, baseline)` : 'baseline without warm-up'}: heap ${(resets[0].heap / MB).toFixed(2)} MB, ${resets[0].nodes} nodes\n`);
if (SNAPSHOTS) await snapshot(`${SNAPSHOTS}/first.heapsnapshot`);
for (let done = 0; done < N; done += EVERY) {
  const n = Math.min(EVERY, N - done);
  for (let k = 0; k < n; k += 50) {
    await interact(page, Math.min(50, n - k), done + k + 1);
    await page.clock.runFor(300); // the address settles, tooltips fade
  }
  await idleReset();
  resets.push(await measureReset());
  const r = resets[resets.length - 1];
  if (SNAPSHOTS && process.env.KIOSK_SNAPSHOT_AT?.split(',').includes(String(resets.length - 1))) await snapshot(`${SNAPSHOTS}/r${resets.length - 1}.heapsnapshot`);
  process.stdout.write(`${done + n} / ${N} interactions, ${resets.length - 1} resets: heap ${(r.heap / MB).toFixed(2)} MB, ${r.nodes} nodes\n`);
}
if (SNAPSHOTS) await snapshot(`${SNAPSHOTS}/last.heapsnapshot`);
const historyAfter = await page.evaluate(() => history.length);
const survived = await page.evaluate(() => (window as unknown as { __soak?: number }).__soak === 1);
await browser.close();
await server.close();

const first = resets[0], last = resets[resets.length - 1];
const growth = (last.heap - first.heap) / MB;
const nodeDiffs = resets.map((r) => r.nodes - first.nodes);
const offBaseline = nodeDiffs.filter((d) => d !== 0).length;
// least-squares slope of the heap over the resets, in MB per 1,000 interactions: the trend, not two samples
const xs = resets.map((_, i) => i * EVERY), ys = resets.map((r) => r.heap / MB);
const mx = xs.reduce((a, b) => a + b, 0) / xs.length, my = ys.reduce((a, b) => a + b, 0) / ys.length;
const sxx = xs.reduce((a, x) => a + (x - mx) ** 2, 0);
const slope = sxx ? (1000 * xs.reduce((a, x, i) => a + (x - mx) * (ys[i] - my), 0)) / sxx : 0;
const rows: [string, string, string, boolean][] = [
  ['interactions / idle resets', `${N} / ${resets.length - 1}`, '', true],
  ['JS heap after GC, cold start (first reset, before the warm-up)', `${(cold.heap / MB).toFixed(2)} MB`, '', true],
  [`JS heap after GC, ${WARM_UP ? 'after the warm-up (baseline)' : 'first reset (baseline)'}`, `${(first.heap / MB).toFixed(2)} MB`, '', true],
  ['JS heap after GC, last reset', `${(last.heap / MB).toFixed(2)} MB`, '', true],
  ['JS heap growth baseline → last reset', `${growth.toFixed(3)} MB`, '≤ 1 MB', growth <= 1],
  ['JS heap trend over the resets', `${slope.toFixed(3)} MB / 1,000 interactions`, '', true],
  ['JS heap after GC, lowest / highest reset', `${Math.min(...ys).toFixed(2)} / ${Math.max(...ys).toFixed(2)} MB`, '', true],
  ['DOM nodes at the start view (baseline)', String(first.nodes), '', true],
  ['resets off the baseline (max difference)', `${offBaseline} (${Math.max(...nodeDiffs.map(Math.abs))})`, '0', offBaseline === 0],
  ['console and page errors', String(errors.length), '0', errors.length === 0],
  ['page reloaded', survived ? 'no' : 'yes', 'no', survived],
  ['history entries added', String(historyAfter - historyBefore), '0', historyAfter === historyBefore]
];
console.log(
  `\nKiosk soak, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, headless Chromium 1920×1080, ${((Date.now() - t0) / 60000).toFixed(1)} min, ` +
    `load average ${loadBefore} at the start, ${loadavg().map((l) => l.toFixed(2)).join(' ')} at the end\n` +
    (WARM_UP
      ? `Baseline: the start view after a warm-up (a pass through every view in both languages, each of its targets tapped once, the map pinched and panned,\n` +
        `then ${WARM_UP_N} random interactions of their own seed) and an idle reset; what the cold start adds up to it is the engine compiling and\n` +
        'optimising code on first use (KIOSK_WARM_UP=0 measures from the cold start, KIOSK_WARM_UP_N sets the random part).\n' +
        'Every measurement: at the settled start view (loop ended, every view drawn), the page clock stopped, after five forced garbage collections.\n'
      : '')
);
console.log('| figure | value | budget | |\n| --- | ---: | ---: | --- |');
for (const [name, value, budget, ok] of rows) console.log(`| ${name} | ${value} | ${budget} | ${budget ? (ok ? 'ok' : 'OVER') : ''} |`);
if (errors.length) console.log('\nerrors:\n' + [...new Set(errors)].slice(0, 10).join('\n'));
process.exit(rows.every((r) => r[3]) ? 0 : 1);
