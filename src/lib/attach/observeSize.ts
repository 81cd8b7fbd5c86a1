// A frame's size for the figure inside it: read once when the frame is attached, before the figure is
// drawn (a layout of the frame with an empty figure, so the figure is drawn once, at its size, before the
// first paint: nothing moves), then reported by a ResizeObserver on every change. bind:clientWidth would
// draw the figure first at a guessed size and then again, with a layout of the whole drawn page between.
// (Waiting for the observer's first report instead, which comes after layout, counts as a layout shift
// when the figure is drawn in it.) The element observed should not change its size when the figure is
// drawn (a zero-height sizer, or a frame whose height its container sets), so a redraw is not reported.
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
    onsize(node.clientWidth, node.clientHeight);
    const ro = new ResizeObserver(() => onsize(node.clientWidth, node.clientHeight));
    ro.observe(node);
    return () => ro.disconnect();
  };
}
