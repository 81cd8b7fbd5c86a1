// Draws the views of a page in turn: each view's `show` runs in a task of its own, in page order, after
// the previous one has been painted, so the start is a row of short tasks instead of one long one (a
// phone keeps responding, and the first view is on screen before the others are computed). A view far
// below the fold waits until it comes near (a phone then computes only what its reader scrolls to), or,
// where asked, until the browser is idle. Printing draws every view still waiting first.
import { flushSync } from 'svelte';
import type { Attachment } from 'svelte/attachments';

export interface WhenNearOptions {
  /** how far outside the viewport counts as near, in viewport heights */
  margin?: number;
  /**
   * Also show it once the browser is idle, at the latest after this many ms: for pages whose views are
   * looked at without scrolling to them first (a kiosk's touch screen, a partner's frame, where the
   * margin does not reach across origins). Null: only when near.
   */
  idleTimeout?: number | null;
}

interface Turn {
  show: () => void;
  near: boolean;
  stop: () => void;
}

// In attach order, which is page order: Svelte attaches parents' children from top to bottom.
const waiting: Turn[] = [];
let scheduled = false;

/** After the next frame has been painted: a frame callback, then a fresh task. */
function afterPaint(fn: () => void) {
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(fn, 0));
  else setTimeout(fn, 0);
}

function schedule() {
  if (scheduled || !waiting.some((t) => t.near)) return;
  scheduled = true;
  afterPaint(() => {
    scheduled = false;
    const next = waiting.find((t) => t.near);
    if (!next) return;
    waiting.splice(waiting.indexOf(next), 1);
    next.stop();
    next.show();
    schedule();
  });
}

/** Paper has no fold: before the page is laid out for print, every view still waiting is drawn. */
function showAllNow() {
  const all = waiting.splice(0);
  for (const t of all) {
    t.stop();
    t.show();
  }
  if (all.length) flushSync();
}
let printHooked = false;
function hookPrint() {
  if (printHooked || typeof addEventListener !== 'function') return;
  printHooked = true;
  addEventListener('beforeprint', showAllNow);
}

export function whenNear(show: () => void, { margin = 1, idleTimeout = null }: WhenNearOptions = {}): Attachment<Element> {
  return (node) => {
    // Without an observer (old browsers, test DOMs) there is no fold to wait for.
    if (typeof IntersectionObserver !== 'function') {
      show();
      return;
    }
    hookPrint();
    const turn: Turn = { show, near: false, stop: () => {} };
    const becomeNear = () => {
      if (turn.near) return;
      turn.near = true;
      schedule();
    };
    const io = new IntersectionObserver((e) => e.some((x) => x.isIntersecting) && becomeNear(), { rootMargin: `${margin * 100}% 0px` });
    io.observe(node);
    // Safari has no requestIdleCallback.
    const hasIdle = typeof globalThis.requestIdleCallback === 'function';
    let stopIdle = () => {};
    if (idleTimeout !== null) {
      if (hasIdle) {
        const id = requestIdleCallback(becomeNear, { timeout: idleTimeout });
        stopIdle = () => cancelIdleCallback(id);
      } else {
        const id = setTimeout(becomeNear, idleTimeout);
        stopIdle = () => clearTimeout(id);
      }
    }
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
