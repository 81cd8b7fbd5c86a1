// Labels for the main cities without collisions: each label tries positions around its place
// (right, left, above, below, diagonals) and takes the first that stays inside the frame, meets no
// placed label and no hard obstacle, preferring positions that cover no mark. Labels that fit
// nowhere are dropped (the city is still in the table and the find list). Pure; sizes estimated
// and placed by the shared text module, in the corner boxes the map works with.
import { estimateWidth, placeLabels as place, toBox, toCorners, type Anchor, type Corners } from './text.ts';

export type Box = Corners;
export interface LabelIn {
  id: string;
  text: string;
  x: number;
  y: number;
  /** clearance around the place (e.g. the radius of the marks spread there) */
  r: number;
}
export interface PlacedLabel {
  id: string;
  text: string;
  /** text anchor point (baseline) and alignment */
  x: number;
  y: number;
  anchor: Anchor;
  box: Box;
}

/** Conservative width of a text in a sans-serif UI font (bold allowed). */
export const textWidth = (text: string, fontSize: number) => estimateWidth(text, fontSize, false, 0.62) + 2;

export function placeLabels(
  labels: LabelIn[],
  opts: { width: number; height: number; fontSize: number; hard?: Box[]; soft?: Box[]; margin?: number }
): PlacedLabel[] {
  const { width, height, fontSize, hard = [], soft = [], margin = 2 } = opts;
  const h = fontSize * 1.25;
  const items = labels.map((l) => ({ id: l.id, x: l.x, y: l.y, r: l.r, w: textWidth(l.text, fontSize), h }));
  const placed = place(items, {
    bounds: { x: margin, y: margin, w: width - 2 * margin, h: height - 2 * margin },
    hard: hard.map(toBox),
    soft: soft.map(toBox),
    order: ['e', 'w', 'n', 's', 'ne', 'nw', 'se', 'sw'],
    diagonal: 0.7
  });
  return placed.flatMap((p, i) => (p ? [{ id: p.id, text: labels[i].text, x: p.x, y: p.rect.y + h * 0.75, anchor: p.anchor, box: toCorners(p.rect) }] : []));
}
