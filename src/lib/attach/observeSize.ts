// A frame's size for the figure inside it: read once when the frame is attached, before the figure is
// drawn (a layout of the frame with an empty figure, so the figure is drawn once, at its size, before the
// first paint: nothing moves), then reported by a ResizeObserver on every change. bind:clientWidth would
// draw the figure first at a guessed size and then again, with a layout of the whole drawn page between.
import type { Attachment } from 'svelte/attachments';

/**
 * A DOM without layout (jsdom in the unit tests): no size ever arrives, so figures draw at once at their
 * fallback size. Read once, while the page is still empty, so it costs no layout of the drawn page.
 */
export const NO_LAYOUT = typeof document === 'undefined' || typeof ResizeObserver !== 'function' || document.documentElement.clientWidth === 0;

export function observeSize(onsize: (width: number, height: number) => void): Attachment<HTMLElement> {
  return (node) => {
    if (NO_LAYOUT) return;
    onsize(node.clientWidth, node.clientHeight);
    const ro = new ResizeObserver(() => onsize(node.clientWidth, node.clientHeight));
    ro.observe(node);
    return () => ro.disconnect();
  };
}
