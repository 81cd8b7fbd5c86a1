// A frame's size for the figure inside it, reported by a ResizeObserver once the browser has laid the
// frame out, and on every change after. Unlike bind:clientWidth, nothing is read while the page is being
// built: that read forces a layout of the whole page in the middle of drawing, and the figure is drawn
// twice, at a guessed size and then at the real one. A figure waits for its first size (the report comes
// before the frame is painted, so nobody sees the wait).
import type { Attachment } from 'svelte/attachments';

/**
 * A DOM without layout (jsdom in the unit tests): no size ever arrives, so figures draw at once at their
 * fallback size. Read once, while the page is still empty, so it costs no layout of the drawn page.
 */
export const NO_LAYOUT = typeof document === 'undefined' || typeof ResizeObserver !== 'function' || document.documentElement.clientWidth === 0;

export function observeSize(onsize: (width: number, height: number) => void): Attachment<HTMLElement> {
  return (node) => {
    if (NO_LAYOUT) return;
    const ro = new ResizeObserver(() => onsize(node.clientWidth, node.clientHeight));
    ro.observe(node);
    return () => ro.disconnect();
  };
}
