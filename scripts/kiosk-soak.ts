// Soak benchmark of kiosk mode (part of npm run bench, alone: npm run bench:kiosk; not in npm test): random interactions —
// taps on marks, chips, tabs, language, table toggles, pinch and pan on the map — with an idle reset
// every 500 (the real idle timer, on Playwright's clock), then the attract loop ended by a tap.
// After each reset, at the settled start view with the page clock stopped: JS heap after five forced
// garbage collections (CDP) and the DOM node count. The baseline is the reset after a warm-up (every
// view in both languages, then 2,000 random interactions), so the engine's first compilations do not count.
// Budgets: heap growth baseline → last reset ≤ 1 MB, DOM nodes back to the baseline, no console error,
// no page error, no reload, no history entry added (the figures: soakFigures in bench-figures.ts).
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { preview } from 'vite';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.ts';

const IDLE_S = 5;
const MB = 1024 * 1024;

export interface SoakOptions {
  dist: string;
  port: number;
  /** random interactions after the warm-up */
  n: number;
  /** an idle reset after this many */
  every: number;
  /** the warm-up's pass through every view, and its random interactions */
  warmUpPass?: boolean;
  warmUpN?: number;
  /** a folder for heap snapshots of the baseline, the last reset and the resets listed in `snapshotAt` */
  snapshots?: string;
  snapshotAt?: number[];
  log?: (line: string) => void;
}

export interface SoakResult {
  n: number;
  every: number;
  resets: { heap: number; nodes: number }[];
  cold: { heap: number; nodes: number };
  warmUp: boolean;
  warmUpN: number;
  errors: string[];
  historyAdded: number;
  reloaded: boolean;
  minutes: number;
  loadBefore: string;
  loadAfter: string;
}

export async function kioskSoak({ dist, port: PORT, n: N, every: EVERY, warmUpPass = true, warmUpN = 2000, snapshots, snapshotAt = [], log = () => {} }: SoakOptions): Promise<SoakResult> {
  const server = await preview({ logLevel: 'silent', build: { outDir: dist }, preview: { port: PORT, host: '127.0.0.1', strictPort: true } });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
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

    const SNAPSHOTS = snapshots;
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
          !document.querySelector('.kiosk [aria-busy="true"], .kiosk [data-pending]') &&
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
          for (let i = 0; i < 600 && document.querySelector('.kiosk [aria-busy="true"], .kiosk [data-pending]'); i++) await frame();
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

    const WARM_UP = warmUpPass;
    // After the pass the engine still compiles and optimises code for about 2,000 random interactions
    // (heap snapshot diffs: +1.7 MB of compiled code, +10 kB of objects); then the heap stays level.
    const WARM_UP_N = WARM_UP ? warmUpN : 0;
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
    log(`cold start: heap ${(cold.heap / MB).toFixed(2)} MB, ${cold.nodes} nodes; ${WARM_UP ? `after the warm-up (pass + ${WARM_UP_N}, baseline)` : 'baseline without warm-up'}: heap ${(resets[0].heap / MB).toFixed(2)} MB, ${resets[0].nodes} nodes`);
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
      if (SNAPSHOTS && snapshotAt.includes(resets.length - 1)) await snapshot(`${SNAPSHOTS}/r${resets.length - 1}.heapsnapshot`);
      log(`${done + n} / ${N} interactions, ${resets.length - 1} resets: heap ${(r.heap / MB).toFixed(2)} MB, ${r.nodes} nodes`);
    }
    if (SNAPSHOTS) await snapshot(`${SNAPSHOTS}/last.heapsnapshot`);
    const historyAfter = await page.evaluate(() => history.length);
    const survived = await page.evaluate(() => (window as unknown as { __soak?: number }).__soak === 1);
    return { n: N, every: EVERY, resets, cold, warmUp: WARM_UP, warmUpN: WARM_UP_N, errors, historyAdded: historyAfter - historyBefore, reloaded: !survived, minutes: (Date.now() - t0) / 60000, loadBefore, loadAfter: loadavg().map((l) => l.toFixed(2)).join(' ') };
  } finally {
    await browser.close();
    await server.close();
  }
}
