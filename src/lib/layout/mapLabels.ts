// Labels for the main cities without collisions: each label tries positions around its place
// (right, left, above, below, diagonals) and takes the first that stays inside the frame, meets no
// placed label and no hard obstacle, preferring positions that cover no mark. Labels that fit
// nowhere are dropped (the city is still in the table and the find list). Pure; sizes estimated.

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}
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
  anchor: 'start' | 'middle' | 'end';
  box: Box;
}

/** Conservative width of a text in a sans-serif UI font (bold allowed). */
export const textWidth = (text: string, fontSize: number) => text.length * fontSize * 0.62 + 2;

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
const area = (a: Box, b: Box) => Math.max(0, Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0)) * Math.max(0, Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0));

export function placeLabels(
  labels: LabelIn[],
  opts: { width: number; height: number; fontSize: number; hard?: Box[]; soft?: Box[]; margin?: number }
): PlacedLabel[] {
  const { width, height, fontSize, hard = [], soft = [], margin = 2 } = opts;
  const h = fontSize * 1.25;
  const placed: PlacedLabel[] = [];
  for (const l of labels) {
    const w = textWidth(l.text, fontSize);
    const g = l.r + 3;
    // [dx, dy] of the box's reference corner relative to the place, with the text anchor
    const candidates: { bx: number; by: number; anchor: PlacedLabel['anchor'] }[] = [
      { bx: g, by: -h / 2, anchor: 'start' },
      { bx: -g - w, by: -h / 2, anchor: 'end' },
      { bx: -w / 2, by: -g - h, anchor: 'middle' },
      { bx: -w / 2, by: g, anchor: 'middle' },
      { bx: g * 0.7, by: -g * 0.7 - h, anchor: 'start' },
      { bx: -g * 0.7 - w, by: -g * 0.7 - h, anchor: 'end' },
      { bx: g * 0.7, by: g * 0.7, anchor: 'start' },
      { bx: -g * 0.7 - w, by: g * 0.7, anchor: 'end' }
    ];
    let best: { c: (typeof candidates)[number]; box: Box; cost: number } | null = null;
    for (const [i, c] of candidates.entries()) {
      const box = { x0: l.x + c.bx, y0: l.y + c.by, x1: l.x + c.bx + w, y1: l.y + c.by + h };
      if (box.x0 < margin || box.y0 < margin || box.x1 > width - margin || box.y1 > height - margin) continue;
      if (placed.some((p) => overlaps(p.box, box)) || hard.some((o) => overlaps(o, box))) continue;
      const cost = soft.reduce((s, o) => s + area(o, box), 0) + i * 0.01;
      if (!best || cost < best.cost) best = { c, box, cost };
      if (cost < 1) break;
    }
    if (!best) continue;
    const { c, box } = best;
    const x = c.anchor === 'start' ? box.x0 : c.anchor === 'end' ? box.x1 : (box.x0 + box.x1) / 2;
    placed.push({ id: l.id, text: l.text, x, y: box.y1 - h * 0.25, anchor: c.anchor, box });
  }
  return placed;
}
