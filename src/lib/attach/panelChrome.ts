// Measures what a panel needs besides a figure's frame: the height from the panel's top edge to the
// frame (title, how-to, toolbar) plus from the frame to the panel's bottom edge (attribution, folds,
// padding). Used so a figure's frame can take the height the window leaves (layout/map.ts fitMapHeight).
import type { Attachment } from 'svelte/attachments';

export function panelChrome(stage: () => HTMLElement | undefined, onchange: (px: number) => void): Attachment<HTMLElement> {
  return (root) => {
    const panel = (root.closest('section') as HTMLElement | null) ?? root;
    const measure = () => {
      const s = stage();
      if (!s) return;
      const p = panel.getBoundingClientRect(), st = s.getBoundingClientRect(), r = root.getBoundingClientRect();
      const cs = getComputedStyle(panel);
      const below = r.bottom - st.bottom + parseFloat(cs.paddingBottom || '0') + parseFloat(cs.borderBottomWidth || '0');
      onchange(Math.round(st.top - p.top + below));
    };
    const ro = typeof ResizeObserver === 'function' ? new ResizeObserver(measure) : null;
    ro?.observe(root);
    addEventListener('resize', measure);
    measure();
    return () => {
      ro?.disconnect();
      removeEventListener('resize', measure);
    };
  };
}
