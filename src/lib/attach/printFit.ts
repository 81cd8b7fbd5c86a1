// Printing. From beforeprint to afterprint <html> carries data-print, which turns the print rules on
// (src/styles/print.css: controls hidden). When `fit()` says so (a single figure view), the page is first
// laid out for a moment at the printed width ("measure"), its height read, and then printed zoomed to
// one A4 page ("fit", --print-zoom). afterprint puts everything back. The screen layout never changes
// size in between, so the figures are not measured again.
import type { Attachment } from 'svelte/attachments';
import { fitScale, SHEET_HEIGHT_PX } from '../export/sheet.ts';

/** a little room for what print lays out differently from the measurement (line breaks, rounding) */
export const PRINT_SAFETY = 0.97;

/** The zoom that prints content `height` px tall (at the printed width) on one sheet. Pure. */
export const printZoom = (height: number, sheet = SHEET_HEIGHT_PX) => {
  const z = fitScale(height, sheet * PRINT_SAFETY);
  return z < 1 ? Math.floor(z * 1000) / 1000 : 1;
};

export function printFit(fit: () => boolean): Attachment<Element> {
  return () => {
    const root = document.documentElement;
    const before = () => {
      if (!fit()) return root.setAttribute('data-print', 'flow');
      root.setAttribute('data-print', 'measure');
      const height = document.body.getBoundingClientRect().height;
      root.style.setProperty('--print-zoom', String(printZoom(height)));
      root.setAttribute('data-print', 'fit');
    };
    const after = () => {
      root.removeAttribute('data-print');
      root.style.removeProperty('--print-zoom');
    };
    addEventListener('beforeprint', before);
    addEventListener('afterprint', after);
    return () => {
      removeEventListener('beforeprint', before);
      removeEventListener('afterprint', after);
      after();
    };
  };
}
