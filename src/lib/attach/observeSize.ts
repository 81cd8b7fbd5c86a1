// A frame's size for the figure inside it, reported by a ResizeObserver: its first report comes after the
// page has been laid out and before it is painted, so the figure is drawn once, at its size, before the
// first paint (nothing moves), and reading the size then costs no layout of its own. Reading it when the
// frame is attached instead would lay out the half-built view in the middle of building it.
// The element observed must not change its size when the figure is drawn (a zero-height sizer, or a frame
// whose height its container sets): a size changed by the report's own drawing would be a loop the
// browser breaks with an error.
import type { Attachment } from 'svelte/attachments';

/**
 * A DOM without layout (jsdom in the unit tests, which may stub a ResizeObserver): no size ever arrives,
 * so figures draw at once at their fallback size. Told by the user agent, not by a size: reading one
 * while the script starts would lay the page out inside the start's first task.
 */
export const NO_LAYOUT = typeof document === 'undefined' || typeof ResizeObserver !== 'function' || /\bjsdom\b/.test(navigator.userAgent);

export function observeSize(onsize: (width: number, height: number) => void): Attachment<HTMLElement> {
  return (node) => {
    if (NO_LAYOUT) return;
    // The size the report carries (measured when it was gathered), not read anew: a figure drawn by an
    // earlier report of the same round has changed the page, and reading would lay it out again.
    const ro = new ResizeObserver((entries) => {
      const box = entries[entries.length - 1].contentRect;
      onsize(Math.round(box.width), Math.round(box.height));
    });
    ro.observe(node);
    return () => ro.disconnect();
  };
}
