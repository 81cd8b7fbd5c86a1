// Draws the views of a page in turn: each view's `show` runs in a task of its own, in page order, after
// the previous one has been painted, so the start is a row of short tasks instead of one long one (a
// phone keeps responding, and the first view is on screen before the others are computed). A view far
// below the fold waits until it comes near or the browser is idle; its frame holds the space meanwhile.
import type { Attachment } from 'svelte/attachments';

export interface WhenNearOptions {
  /** how far outside the viewport counts as near, in viewport heights */
  margin?: number;
  /** at the latest after this many ms of idle wait */
  idleTimeout?: number;
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

export function whenNear(show: () => void, { margin = 0.5, idleTimeout = 1500 }: WhenNearOptions = {}): Attachment<Element> {
  return (node) => {
    // Without an observer (old browsers, test DOMs) there is no fold to wait for.
    if (typeof IntersectionObserver !== 'function') {
      show();
      return;
    }
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
    const idle = hasIdle ? requestIdleCallback(becomeNear, { timeout: idleTimeout }) : setTimeout(becomeNear, idleTimeout);
    turn.stop = () => {
      io.disconnect();
      if (hasIdle) cancelIdleCallback(idle as number);
      else clearTimeout(idle as ReturnType<typeof setTimeout>);
    };
    waiting.push(turn);
    return () => {
      turn.stop();
      const i = waiting.indexOf(turn);
      if (i >= 0) waiting.splice(i, 1);
    };
  };
}
