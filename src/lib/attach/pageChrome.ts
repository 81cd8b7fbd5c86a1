// Measures what a page needs besides a figure's frame when the whole frame should be on screen at the
// top of the page: from the page's top edge to the frame (header, title, toolbar) plus from the frame
// to the bottom of the frame's column (attribution). The kiosk's map fits the window this way (layout/map.ts fitMapHeight).
import type { Attachment } from 'svelte/attachments';

export function pageChrome(stage: () => HTMLElement | undefined, onchange: (px: number) => void): Attachment<HTMLElement> {
  return (root) => {
    const measure = () => {
      const s = stage();
      if (!s) return;
      // the column may be stretched by its grid row: its last child's bottom is where the column's content ends
      const st = s.getBoundingClientRect(), end = (s.parentElement?.lastElementChild ?? s).getBoundingClientRect();
      onchange(Math.round(st.top + scrollY + Math.max(0, end.bottom - st.bottom)));
    };
    const ro = typeof ResizeObserver === 'function' ? new ResizeObserver(measure) : null;
    ro?.observe(root);
    ro?.observe(document.body);
    measure();
    return () => ro?.disconnect();
  };
}
