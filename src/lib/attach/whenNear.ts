// Calls `show` once the element is on screen or near it, or else when the browser is idle: a view
// below the fold is computed after the first view is drawn, and is there before the reader scrolls to it.
import type { Attachment } from 'svelte/attachments';

export interface WhenNearOptions {
  /** how far outside the viewport counts as near, in viewport heights */
  margin?: number;
  /** at the latest after this many ms of idle wait */
  idleTimeout?: number;
}

export function whenNear(show: () => void, { margin = 0.5, idleTimeout = 1500 }: WhenNearOptions = {}): Attachment<Element> {
  return (node) => {
    const vh = globalThis.innerHeight || 0;
    // Measured before the first paint: what is on screen now is drawn in the same frame.
    if (!vh || node.getBoundingClientRect().top < vh * (1 + margin)) {
      show();
      return;
    }
    let done = false;
    const once = () => {
      if (done) return;
      done = true;
      stop();
      show();
    };
    const io = typeof IntersectionObserver === 'function' ? new IntersectionObserver((e) => e.some((x) => x.isIntersecting) && once(), { rootMargin: `${margin * 100}% 0px` }) : null;
    io?.observe(node);
    // Safari has no requestIdleCallback.
    const hasIdle = typeof globalThis.requestIdleCallback === 'function';
    const idle = hasIdle ? requestIdleCallback(once, { timeout: idleTimeout }) : setTimeout(once, idleTimeout);
    function stop() {
      io?.disconnect();
      if (hasIdle) cancelIdleCallback(idle as number);
      else clearTimeout(idle as ReturnType<typeof setTimeout>);
    }
    return () => {
      done = true;
      stop();
    };
  };
}
