// Segment geometry for the leaders of counts placed outside the model: a segment against a box, two
// segments crossing, a point's distance to a segment.
import { length } from '../utils/length.ts';
import type { Pt } from './branchGeometry.ts';
import type { Box } from './text.ts';

/** Whether the segment a–b meets the box (Liang–Barsky clipping). */
export function segmentHitsBox(a: Pt, b: Pt, q: Box): boolean {
  let t0 = 0, t1 = 1;
  const dx = b.x - a.x, dy = b.y - a.y;
  for (const [p, d] of [[-dx, a.x - q.x], [dx, q.x + q.w - a.x], [-dy, a.y - q.y], [dy, q.y + q.h - a.y]]) {
    if (p === 0) {
      if (d < 0) return false;
      continue;
    }
    const t = d / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return false;
  }
  return true;
}

/** Whether the segments a–b and c–d cross (touching ends do not count). */
export function segmentsCross(a: Pt, b: Pt, c: Pt, d: Pt): boolean {
  const o = (p: Pt, q: Pt, r: Pt) => Math.sign((q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x));
  return o(a, b, c) * o(a, b, d) < 0 && o(c, d, a) * o(c, d, b) < 0;
}

/** Distance from p to the segment a–b. */
export function segmentDist(p: Pt, a: Pt, b: Pt): number {
  const dx = b.x - a.x, dy = b.y - a.y;
  const t = Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / (dx * dx + dy * dy || 1)));
  return length(p.x - a.x - t * dx, p.y - a.y - t * dy);
}
