import { expect, type Page } from '@playwright/test';

// Counts what the page still has in flight — fetches until their body is read, short timers (the URL
// update after a change, deferred loads) — so a test can wait until the app has settled instead of sleeping.
const TRACK = () => {
  const w = window as unknown as { __lsnBusy?: { fetches: number; timers: Set<number> } };
  if (w.__lsnBusy) return;
  const busy = (w.__lsnBusy = { fetches: 0, timers: new Set<number>() });
  const fetch0 = window.fetch.bind(window);
  window.fetch = (...args: Parameters<typeof fetch>) => {
    busy.fetches++;
    const done = () => void busy.fetches--;
    const p = fetch0(...args);
    p.then((res) => res.clone().arrayBuffer()).then(done, done);
    return p;
  };
  const set0 = window.setTimeout.bind(window);
  const clear0 = window.clearTimeout.bind(window);
  window.setTimeout = ((fn: TimerHandler, ms?: number, ...rest: unknown[]) => {
    if ((ms ?? 0) >= 1000) return set0(fn, ms, ...rest);
    const id: number = set0(() => {
      busy.timers.delete(id);
      if (typeof fn === 'function') fn(...rest);
    }, ms);
    busy.timers.add(id);
    return id;
  }) as typeof setTimeout;
  window.clearTimeout = ((id?: number) => {
    if (id !== undefined) busy.timers.delete(id);
    clear0(id);
  }) as typeof clearTimeout;
};
const tracked = new WeakSet<Page>();

/**
 * Waits until the app has settled: the browser has been idle once (deferred loads have started), no fetch
 * or short timer is pending, no view near the viewport waits to be drawn, no animation or transition runs,
 * and the DOM has not changed for three frames.
 */
export async function settled(page: Page) {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const busy = (window as unknown as { __lsnBusy?: { fetches: number; timers: Set<number> } }).__lsnBusy;
        let changed = false;
        const mo = new MutationObserver(() => (changed = true));
        mo.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
        let quiet = 0;
        const frame = () => {
          const running = document.getAnimations().some((a) => a.playState === 'running');
          // a view near the viewport still waiting for its turn or its code (a chunk's import is no fetch)
          const viewWaiting = [...document.querySelectorAll('section[data-view]')].some(
            (s) => s.getBoundingClientRect().top < innerHeight * 2 && s.querySelector('[data-pending]')
          );
          const pending = viewWaiting || (busy ? busy.fetches > 0 || busy.timers.size > 0 : false);
          quiet = changed || running || pending ? 0 : quiet + 1;
          changed = false;
          if (quiet >= 3) {
            mo.disconnect();
            resolve();
          } else requestAnimationFrame(frame);
        };
        const idle = window.requestIdleCallback ?? ((f: () => void) => requestAnimationFrame(() => f()));
        idle(() => requestAnimationFrame(frame));
      })
  );
}

/** Opens the app with a query string and waits until the data has loaded, the views are drawn and all is settled. */
export async function openApp(page: Page, query = '') {
  if (!tracked.has(page)) {
    tracked.add(page);
    await page.addInitScript(TRACK);
  }
  await page.goto('./' + (query ? (query.startsWith('?') ? query : '?' + query) : ''));
  // The first draw may take long on a loaded machine; what follows waits on conditions, not on the clock.
  await expect(page.locator('main#main')).toBeVisible({ timeout: 30_000 });
  await settled(page);
}

export interface TextProblem {
  kind: 'overlap' | 'outside';
  a: string;
  b?: string;
}

/**
 * Measures the rendered text of every SVG inside `root`: no two visible text boxes intersect,
 * and none leaves its SVG. Boxes come from the browser's layout (getBoundingClientRect).
 */
export async function textProblems(page: Page, root = 'main'): Promise<TextProblem[]> {
  return page.evaluate((rootSel) => {
    const problems: { kind: 'overlap' | 'outside'; a: string; b?: string }[] = [];
    const visible = (el: Element) => {
      for (let e: Element | null = el; e && e.tagName.toLowerCase() !== 'body'; e = e.parentElement) {
        const cs = getComputedStyle(e);
        if (cs.display === 'none' || cs.visibility === 'hidden' || Number(cs.opacity) === 0) return false;
      }
      return true;
    };
    for (const svg of document.querySelectorAll(`${rootSel} svg`)) {
      const frame = svg.getBoundingClientRect();
      if (frame.width === 0) continue;
      const boxes = [...svg.querySelectorAll('text')]
        .filter((t) => (t.textContent ?? '').trim() && visible(t))
        .map((t) => ({ text: (t.textContent ?? '').trim(), r: t.getBoundingClientRect() }))
        .filter((b) => b.r.width > 0 && b.r.height > 0);
      const tol = 0.5;
      for (const b of boxes)
        if (b.r.left < frame.left - tol || b.r.right > frame.right + tol || b.r.top < frame.top - tol || b.r.bottom > frame.bottom + tol)
          problems.push({ kind: 'outside', a: b.text });
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          const p = boxes[i].r, q = boxes[j].r;
          const w = Math.min(p.right, q.right) - Math.max(p.left, q.left);
          const h = Math.min(p.bottom, q.bottom) - Math.max(p.top, q.top);
          if (w > tol && h > tol) problems.push({ kind: 'overlap', a: boxes[i].text, b: boxes[j].text });
        }
    }
    return problems;
  }, root);
}

export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

export const WIDTHS = [360, 390, 768, 1280, 1920];
export const LANGS = ['de', 'en'] as const;

export interface Motion { kind: string; what: string; target: string }

/**
 * Records, from the first script on, every CSS transition or animation that starts, every Web Animation
 * and every map glide (data-gliding), so a test can say that a first draw moved nothing. Call before
 * the page is opened; read with `motionLog`.
 */
export async function recordMotion(page: Page) {
  await page.addInitScript(() => {
    const log: { kind: string; what: string; target: string }[] = [];
    (window as unknown as { __lsnMotion: typeof log }).__lsnMotion = log;
    const describe = (t: EventTarget | null | undefined) => {
      if (!(t instanceof Element)) return String(t);
      const view = t.closest('[data-view]')?.getAttribute('data-view');
      return `${t.tagName.toLowerCase()}${[...t.classList].map((c) => '.' + c).join('')}${view ? ` in ${view}` : ''}`;
    };
    addEventListener('transitionrun', (e) => log.push({ kind: 'transition', what: e.propertyName, target: describe(e.target) }), true);
    addEventListener('animationstart', (e) => log.push({ kind: 'animation', what: e.animationName, target: describe(e.target) }), true);
    const seen = new WeakSet<Animation>();
    const poll = () => {
      for (const a of document.getAnimations())
        if (!seen.has(a)) {
          seen.add(a);
          const what = 'transitionProperty' in a ? String(a.transitionProperty) : 'animationName' in a ? String(a.animationName) : a.id;
          log.push({ kind: a.constructor.name, what, target: describe((a.effect as KeyframeEffect | null)?.target) });
        }
      for (const el of document.querySelectorAll('[data-gliding="true"]')) log.push({ kind: 'glide', what: 'map', target: describe(el) });
      requestAnimationFrame(poll);
    };
    requestAnimationFrame(poll);
  });
}

/** What moved since the page was opened (see recordMotion), each entry once; `clear` empties the log. */
export async function motionLog(page: Page, clear = false): Promise<Motion[]> {
  return page.evaluate((clear) => {
    const log = (window as unknown as { __lsnMotion: { kind: string; what: string; target: string }[] }).__lsnMotion;
    const out = [...new Map(log.map((m) => [JSON.stringify(m), m])).values()];
    if (clear) log.length = 0;
    return out;
  }, clear);
}
