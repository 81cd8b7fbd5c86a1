// Measurements in a page of headless Chromium: what the dashboard fetches, its start (long tasks, the
// moment every view is drawn, largest contentful paint, JS heap), and the time from a filter input to every
// view updated and laid out.
import { gzipSync } from 'node:zlib';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { blockingTime, summarize, type Timings } from './bench-stats.ts';

// Collects long tasks and LCP from the first moment, and the first frame in which every view section near
// the viewport shows a graphic or a message. tsx names functions with a helper the page lacks: give it one.
const DRAWN = 'lsn-bench: every view drawn';
const OBSERVE = `
globalThis.__name = (f) => f;
const DRAWN = ${JSON.stringify(DRAWN)};
(() => {
  const b = (window.__bench = { longtasks: [], lcp: 0, cls: 0, firstView: null, allViews: null });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) b.longtasks.push(e.duration); }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) b.lcp = e.startTime; }).observe({ type: 'largest-contentful-paint', buffered: true });
  // shifts of what is on screen without input, as Lighthouse counts them (views drawn in turn must not move others)
  new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) b.cls += e.value; }).observe({ type: 'layout-shift', buffered: true });
  let queued = false;
  const check = () => {
    queued = false;
    // the views the page draws without scrolling: those within a screen's height below the fold (a view
    // further down is drawn when the reader scrolls near it; at 1920×1080 that is none of the five)
    const views = [...document.querySelectorAll('section[data-view]')].filter((v) => v.getBoundingClientRect().top < innerHeight * 2);
    const drawn = views.filter((v) => v.querySelector('svg, [role="alert"], table') && !v.querySelector('[data-pending]'));
    if (drawn.length && b.firstView === null) b.firstView = performance.now();
    if (views.length && drawn.length === views.length && b.allViews === null) { b.allViews = performance.now(); mo.disconnect(); console.debug(DRAWN); }
  };
  const mo = new MutationObserver(() => { if (!queued) { queued = true; requestAnimationFrame(check); } });
  mo.observe(document, { subtree: true, childList: true });
})();`;

// The start is watched without Playwright's page helpers: waitForFunction and evaluate first inject
// Playwright's own scripts into the page, and compiling those is a long task of 40–60 ms that would be
// counted as the dashboard's. The page says when every view is drawn on the console; the rest goes by CDP.
const drawnMessage = (page: Page, timeout: number) => page.waitForEvent('console', { predicate: (m) => m.text() === DRAWN, timeout });
const inPage = async <T>(cdp: CDPSession, expression: string): Promise<T> =>
  ((await cdp.send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true })) as { result: { value: T } }).result.value;

/** Waits until no request has been in flight for `quietMs` (after the browser was idle once). */
async function networkQuiet(cdp: CDPSession, inflight: () => number, quietMs = 1000, limitMs = 600_000) {
  await inPage(cdp, 'new Promise((r) => (window.requestIdleCallback ?? setTimeout)(() => r(null)))');
  const t0 = Date.now();
  let since = Date.now();
  while (Date.now() - t0 < limitMs) {
    if (inflight() > 0) since = Date.now();
    else if (Date.now() - since >= quietMs) return;
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Counts the page's requests in flight. */
function trackInflight(page: Page): () => number {
  let n = 0;
  page.on('request', () => n++);
  page.on('requestfinished', () => n--);
  page.on('requestfailed', () => n--);
  return () => n;
}

export interface Fetched {
  url: string;
  kind: string;
  raw: number;
  gzip: number;
}
const kindOf = (url: string, type: string) =>
  url.endsWith('.topo.json') ? 'map geometry' : url.endsWith('.json') ? 'data' : type === 'script' ? 'js' : type === 'stylesheet' ? 'css' : type === 'document' ? 'html' : /icon|\.png$|\.svg$/.test(url) ? 'icons' : 'other';

export interface StartResult {
  fetched: Fetched[];
  requests: string[];
  failed: string[];
  longtasks: number[];
  firstViewMs: number | null;
  allViewsMs: number | null;
  lcpMs: number | null;
  cls: number;
  heapMB: number | null;
}

/** Loads `url` fresh and measures the start until the network has been quiet. `cpuSlowdown` > 1 throttles via CDP. */
export async function measureStart(browser: Browser, url: string, { cpuSlowdown = 1, viewport = { width: 1920, height: 1080 } } = {}): Promise<StartResult> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (cpuSlowdown > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  await page.addInitScript(OBSERVE);
  const requests: string[] = [];
  const failed: string[] = [];
  const fetched: Fetched[] = [];
  const bodies: Promise<void>[] = [];
  const inflight = trackInflight(page);
  page.on('request', (r) => requests.push(r.url()));
  page.on('requestfailed', (r) => failed.push(`${r.url()} (${r.failure()?.errorText})`));
  page.on('requestfinished', (r) => {
    bodies.push(
      r.response().then(async (res) => {
        if (!res) return;
        if (res.status() >= 400) failed.push(`${r.url()} (${res.status()})`);
        const body = await res.body().catch(() => Buffer.alloc(0));
        fetched.push({ url: r.url(), kind: kindOf(r.url(), r.resourceType()), raw: body.length, gzip: body.length ? gzipSync(body, { level: 9 }).length : 0 });
      })
    );
  });
  const drawn = drawnMessage(page, 600_000);
  await page.goto(url, { waitUntil: 'load', timeout: 600_000 });
  await drawn;
  await networkQuiet(cdp, inflight);
  await Promise.all(bodies);
  if (cpuSlowdown > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  const b = await inPage<{ longtasks: number[]; lcp: number; cls: number; firstView: number; allViews: number }>(cdp, 'window.__bench');
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await context.close();
  return { fetched, requests, failed, longtasks: b.longtasks, firstViewMs: b.firstView, allViewsMs: b.allViews, lcpMs: b.lcp || null, cls: b.cls, heapMB: heap.usedSize / 2 ** 20 };
}

export const throttledEstimate = (s: StartResult) => ({ tbtMs: blockingTime(s.longtasks), lcpMs: s.lcpMs });

export interface LatencyResult extends Timings {
  perView: Record<string, number>;
  /** Changes that selected an item: from the input event until the details panel is there and laid out. */
  panel: Timings | null;
  /** Changes after which the clicked mark's state had not changed: the view did not update in time. */
  stale: number;
}

/**
 * Clicks selectable marks of every view in turn, one change per frame, and times each from dispatching the
 * input event through the state change and DOM update to a forced style and layout. Transitions are off.
 * A click that selects an item opens the details panel in the frame after the views' update: that is
 * timed on its own, from the same event until the panel is inserted and laid out.
 */
export async function measureLatency(browser: Browser, url: string, changes: number, limitMs = Infinity): Promise<LatencyResult> {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, reducedMotion: 'reduce' });
  const page = await context.newPage();
  await page.addInitScript(OBSERVE);
  const inflight = trackInflight(page);
  const cdp = await context.newCDPSession(page);
  const drawn = drawnMessage(page, 600_000);
  await page.goto(url, { waitUntil: 'load', timeout: 600_000 });
  await drawn;
  await networkQuiet(cdp, inflight);
  const r = await page.evaluate(async ({ n, limitMs }) => {
    const views = [...document.querySelectorAll<HTMLElement>('section[data-view]')];
    const pools = views.map((v) => ({ view: v.dataset.view!, marks: () => [...v.querySelectorAll<HTMLElement>('svg [aria-pressed], [data-filter-control][aria-pressed]')] }));
    const times: number[] = [];
    const panelTimes: number[] = [];
    const perView: Record<string, number> = {};
    let stale = 0;
    let seed = 7;
    const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const frame = () => new Promise((res) => requestAnimationFrame(() => res(null)));
    const started = performance.now();
    for (let i = 0; times.length < n && i < n * 3 && performance.now() - started < limitMs; i++) {
      const pool = pools[i % pools.length];
      const marks = pool.marks();
      if (!marks.length) continue;
      const mark = marks[Math.floor(rnd() * marks.length)];
      const before = mark.getAttribute('aria-pressed');
      await frame();
      let panelAt = 0;
      const panelSeen = new MutationObserver(() => {
        if (panelAt || !document.querySelector('aside.details')) return;
        document.body.getBoundingClientRect();
        panelAt = performance.now();
      });
      panelSeen.observe(document.body, { childList: true, subtree: true });
      const t0 = performance.now();
      mark.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
      for (let k = 0; k < 4; k++) await Promise.resolve();
      await new Promise((res) => queueMicrotask(() => res(null)));
      document.body.getBoundingClientRect(); // forces style and layout of every view
      times.push(performance.now() - t0);
      if (mark.isConnected && mark.getAttribute('aria-pressed') === before) stale++;
      perView[pool.view] = (perView[pool.view] ?? 0) + 1;
      // A selection's panel comes with the task after the next frame: wait for that (a frame, then a
      // task; twice, for a frame already begun), record it, and close the panel, so the next click hits
      // a mark and opens it anew.
      for (let k = 0; !panelAt && k < 2; k++) {
        await frame();
        await new Promise((res) => setTimeout(res, 0));
      }
      panelSeen.disconnect();
      if (panelAt) panelTimes.push(panelAt - t0);
      (document.querySelector('aside.details button.close') as HTMLElement | null)?.click();
    }
    return { times, panelTimes, perView, stale };
  }, { n: changes, limitMs: Number.isFinite(limitMs) ? limitMs : 1e12 });
  await context.close();
  return { ...summarize(r.times), panel: r.panelTimes.length ? summarize(r.panelTimes) : null, perView: r.perView, stale: r.stale };
}
