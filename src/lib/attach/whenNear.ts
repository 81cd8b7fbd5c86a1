// Draws the views of a page in turn: each view's `show` runs in a task of its own, in page order, after
// the previous one has been painted, so the start is a row of short tasks instead of one long one (a
// phone keeps responding, and the first view is on screen before the others are computed). A view far
// below the fold waits until it comes near (a phone then computes only what its reader scrolls to), or,
// where asked, until the browser is idle. Printing draws every view still waiting first.
import { flushSync } from 'svelte';
import type { Attachment } from 'svelte/attachments';
import { whenIdle } from '../utils/whenIdle.ts';
import { afterPaint } from '../utils/afterPaint.ts';

export interface WhenNearOptions {
  /** how far outside the viewport counts as near, in viewport heights */
  margin?: number;
  /**
   * Also show it once the browser is idle, at the latest after this many ms: for pages whose views are
   * looked at without scrolling to them first (a kiosk's touch screen, a partner's frame, where the
   * margin does not reach across origins). Null: only when near.
   */
  idleTimeout?: number | null;
  /** fetches what the view's drawing will need (its chunk): run once the views near are drawn and the page is idle */
  prefetch?: () => unknown;
  /**
   * Computes, a task ahead of drawing, what the drawing will need (its layouts, remembered by their
   * arguments): one long task becomes two shorter ones. Given the waiting view's element. It may return
   * a further step, which runs in a task of its own (and may return one in turn).
   */
  prepare?: (node: Element) => PrepareStep;
}

/** What a preparation leaves to do in the next task, if anything. */
export type PrepareStep = (() => unknown) | null | undefined | void;

interface Turn {
  show: () => void;
  prepare?: () => unknown;
  prefetch?: () => unknown;
  prefetched?: boolean;
  /** its code is here (or failed to come: the view then says so): it can take its turn */
  ready: boolean;
  near: boolean;
  stop: () => void;
}

// In attach order, which is page order: Svelte attaches parents' children from top to bottom.
const waiting: Turn[] = [];
let scheduled = false;

// Once the views near are drawn, the page fetches at idle what the others need, so scrolling to them or
// printing finds their code at hand.
function prefetchRest() {
  if (waiting.some((t) => t.prefetch && !t.prefetched)) whenIdle(() => waiting.forEach(prefetchOf));
}
function prefetchOf(t: Turn) {
  if (t.prefetched || !t.prefetch) return;
  t.prefetched = true;
  const arrived = () => {
    t.ready = true;
    schedule();
  };
  Promise.resolve(t.prefetch()).then(arrived, arrived);
}

// A view takes its turn once it is near and its code is here: views whose code arrives together (one
// chunk) are still drawn one per task.
const due = (t: Turn) => t.near && t.ready;
function schedule() {
  if (!waiting.some((t) => t.near)) return prefetchRest();
  if (scheduled || !waiting.some(due)) return;
  scheduled = true;
  afterPaint(() => {
    scheduled = false;
    const next = waiting.find(due);
    if (!next) return;
    if (!next.prepare) return take(next);
    scheduled = true;
    prepareStep(next);
  });
}
// One step of a turn's preparation per task, then (in a task of its own too) the drawing.
function prepareStep(t: Turn) {
  const step = t.prepare!;
  t.prepare = undefined;
  // a preparation that fails only loses its head start: the drawing computes (and reports) it again
  try {
    const more = step();
    if (typeof more === 'function') t.prepare = more as () => unknown;
  } catch {
    /* drawn without the head start */
  }
  setTimeout(() => {
    if (!waiting.includes(t)) {
      scheduled = false;
      return schedule();
    }
    if (t.prepare) return prepareStep(t);
    scheduled = false;
    take(t);
  }, 0);
}
function take(t: Turn) {
  waiting.splice(waiting.indexOf(t), 1);
  t.stop();
  t.show();
  schedule();
}

/** Paper has no fold: before the page is laid out for print, every view still waiting is drawn. */
function showAllNow() {
  // The page is laid out for paper right after this event and its microtasks (in which a view whose
  // code is a chunk draws): until the next task, every part is drawn at once.
  atOnce = true;
  setTimeout(() => (atOnce = false), 0);
  const all = waiting.splice(0);
  if (!all.length) return;
  for (const t of all) {
    t.stop();
    t.show();
  }
  flushSync();
}
let atOnce = false;
/** True while views are drawn for print: a view that would draw a part a task later draws it at once. */
export const drawingAtOnce = () => atOnce;
let printHooked = false;
function hookPrint() {
  if (printHooked || typeof addEventListener !== 'function') return;
  printHooked = true;
  addEventListener('beforeprint', showAllNow);
}

export function whenNear(show: () => void, { margin = 1, idleTimeout = null, prefetch, prepare }: WhenNearOptions = {}): Attachment<Element> {
  return (node) => {
    // Without an observer (old browsers, test DOMs) there is no fold to wait for.
    if (typeof IntersectionObserver !== 'function') {
      show();
      return;
    }
    hookPrint();
    const turn: Turn = { show, prefetch, prepare: prepare && (() => prepare(node)), ready: !prefetch, near: false, stop: () => {} };
    const becomeNear = () => {
      if (turn.near) return;
      turn.near = true;
      // its code is fetched while the views before it are drawn
      prefetchOf(turn);
      schedule();
    };
    const io = new IntersectionObserver((e) => e.some((x) => x.isIntersecting) && becomeNear(), { rootMargin: `${margin * 100}% 0px` });
    io.observe(node);
    const stopIdle = idleTimeout === null ? () => {} : whenIdle(becomeNear, idleTimeout);
    turn.stop = () => {
      io.disconnect();
      stopIdle();
    };
    waiting.push(turn);
    return () => {
      turn.stop();
      const i = waiting.indexOf(turn);
      if (i >= 0) waiting.splice(i, 1);
    };
  };
}
