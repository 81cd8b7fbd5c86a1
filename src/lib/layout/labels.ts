// Small deterministic label placement: estimated text widths, line wrapping, and labels beside round
// marks that never overlap each other, the marks or fixed texts, and stay inside the drawing.
import type { Rect } from './branchModel.ts';

/** Estimated rendered width of a text in px (system sans-serif; generous so boxes never undershoot). */
export function textWidth(text: string, fs: number, bold = false): number {
  let w = 0;
  for (const ch of text) w += /[\s.,:;'’|!il1ftjrI()\u202f]/.test(ch) ? 0.36 : /[mwMWÄÖÜ%@]/.test(ch) ? 0.98 : /[A-Z0-9]/.test(ch) ? 0.72 : 0.62;
  return w * fs * (bold ? 1.1 : 1);
}

/** Greedy word wrap to a maximum width. */
export function wrapText(text: string, maxWidth: number, fs: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, fs) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

export const rectsOverlap = (a: Rect, b: Rect, gap = 0) =>
  a.x < b.x + b.w + gap && b.x < a.x + a.w + gap && a.y < b.y + b.h + gap && b.y < a.y + a.h + gap;

export function rectHitsCircle(a: Rect, c: { x: number; y: number; r: number }, gap = 0): boolean {
  const dx = Math.max(a.x - c.x, 0, c.x - a.x - a.w);
  const dy = Math.max(a.y - c.y, 0, c.y - a.y - a.h);
  return Math.hypot(dx, dy) < c.r + gap;
}

export interface LabelIn { id: string; x: number; y: number; r: number; w: number; h: number }
export interface LabelOut { id: string; x: number; y: number; anchor: 'start' | 'middle' | 'end'; rect: Rect }

/**
 * Places each label beside its mark at the first free spot of eight (right, left, above, below, diagonals).
 * Returns null when any label finds no free spot, so the caller can fall back to numbered marks.
 */
export function placeLabels(items: LabelIn[], obstacles: Rect[], bounds: Rect, gap = 2): LabelOut[] | null {
  const out: LabelOut[] = [];
  const marks = items.map((m) => ({ x: m.x, y: m.y, r: m.r }));
  for (const m of items) {
    const d = m.r + 3;
    const cands: [number, number, LabelOut['anchor']][] = [
      [m.x + d, m.y, 'start'],
      [m.x - d, m.y, 'end'],
      [m.x, m.y - d - m.h / 2, 'middle'],
      [m.x, m.y + d + m.h / 2, 'middle'],
      [m.x + d * 0.8, m.y - d * 0.8 - m.h / 2, 'start'],
      [m.x + d * 0.8, m.y + d * 0.8 + m.h / 2, 'start'],
      [m.x - d * 0.8, m.y - d * 0.8 - m.h / 2, 'end'],
      [m.x - d * 0.8, m.y + d * 0.8 + m.h / 2, 'end']
    ];
    const hit = cands
      .map(([x, y, anchor]) => {
        const rx = anchor === 'start' ? x : anchor === 'end' ? x - m.w : x - m.w / 2;
        return { id: m.id, x, y, anchor, rect: { x: rx, y: y - m.h / 2, w: m.w, h: m.h } };
      })
      .find(
        (c) =>
          c.rect.x >= bounds.x && c.rect.y >= bounds.y && c.rect.x + c.rect.w <= bounds.x + bounds.w && c.rect.y + c.rect.h <= bounds.y + bounds.h &&
          !obstacles.some((o) => rectsOverlap(c.rect, o, gap)) &&
          !out.some((o) => rectsOverlap(c.rect, o.rect, gap)) &&
          !marks.some((k) => rectHitsCircle(c.rect, k, gap))
      );
    if (!hit) return null;
    out.push(hit);
  }
  return out;
}

/**
 * A spot for a text box inside a region, given its signed depth function: the grid point where the
 * whole box lies deepest inside and clear of the obstacles. Null when it does not fit.
 */
export function fitInRegion(depth: (x: number, y: number) => number, area: Rect, w: number, h: number, obstacles: Rect[], margin = 3): Rect | null {
  let best: Rect | null = null, bestS = margin;
  const step = Math.max(2, Math.min(w, h) / 3);
  for (let y = area.y; y + h <= area.y + area.h; y += step)
    for (let x = area.x; x + w <= area.x + area.w; x += step) {
      const r = { x, y, w, h };
      if (obstacles.some((o) => rectsOverlap(r, o, margin))) continue;
      let s = Infinity;
      for (let i = 0; i <= 4 && s > bestS; i++)
        for (const [px, py] of [[x + (w * i) / 4, y], [x + (w * i) / 4, y + h], [x, y + (h * i) / 4], [x + w, y + (h * i) / 4]])
          s = Math.min(s, depth(px, py));
      if (s > bestS) [best, bestS] = [r, s];
    }
  return best;
}
