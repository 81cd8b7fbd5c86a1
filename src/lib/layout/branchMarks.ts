// Marks inside the branch model (the lighthouse projects, Masterplan Abb. 4): each inside its exact
// region and on its side of the Therapie/Diagnostik split, as far as possible from region edges, fixed
// texts and the marks placed before it. Pure and deterministic (grid search in the given order).
import { memoize } from '../utils/memo.ts';
import { branchesOf, circlesOf, dist, firstAtLeast, gridLine, regionBounds, regionDepth, sideDepth, xWindow, type Circle, type ModelRegion, type Pt, type Rect, type Side } from './branchGeometry.ts';
import { length } from '../utils/length.ts';

export interface MarkIn { id: string; region: ModelRegion | 'none'; side: Side }
export interface MarkOut { id: string; x: number; y: number; onSide: boolean }

const rectDist = (p: Pt, q: Rect) => length(Math.max(q.x - p.x, 0, p.x - q.x - q.w), Math.max(q.y - p.y, 0, p.y - q.y - q.h));

/**
 * The margin of a spot for a mark of radius r: the smallest of its depth in the region, on its side,
 * from the obstacles and (halved) from the marks placed before. Stops as soon as the margin falls
 * below `floor` (the result is then below floor too), which keeps the grid search cheap.
 */
function margin(circles: Circle[], inside: boolean[], p: Pt, r: number, side: Side | null, split: number, obstacles: Rect[], out: MarkOut[], floor: number): number {
  let s = Infinity;
  for (let i = 0; i < circles.length; i++) {
    const c = circles[i];
    const o = dist(p, { x: c.cx, y: c.cy }) - c.r;
    s = Math.min(s, inside[i] ? -o : o);
  }
  s -= r;
  if (s < floor) return s;
  if (side && side !== 'both') s = Math.min(s, sideDepth(side, p.x, split) - r);
  for (let i = 0; i < obstacles.length && s >= floor; i++) s = Math.min(s, rectDist(p, obstacles[i]) - r);
  for (let i = 0; i < out.length && s >= floor; i++) s = Math.min(s, (dist(p, out[i]) - 2 * r) / 2);
  return s;
}

/** Every COARSE-th point of the grid is tried first, so the full pass can skip most points. */
const COARSE = 4;

/**
 * The grid point of the largest margin, the first in row order among equals (what a plain scan
 * finds). A coarse pass finds a good margin early; the full pass then visits only the points
 * whose depth bound (xWindow, and the side of the split) can reach it.
 */
function bestOnGrid(xs: number[], ys: number[], own: Circle[], r: number, side: Side | null, split: number, score: (x: number, y: number, floor: number) => number): { p: Pt | null; s: number } {
  let bi = Infinity, bestS = -Infinity;
  const visit = (i: number, j: number) => {
    const s = score(xs[i], ys[j], bestS);
    const k = j * xs.length + i;
    if (s > bestS || (s === bestS && k < bi)) [bi, bestS] = [k, s];
  };
  for (let j = 0; j < ys.length; j += COARSE) for (let i = 0; i < xs.length; i += COARSE) visit(i, j);
  for (let j = 0; j < ys.length; j++) {
    let [lo, hi] = xWindow(own, ys[j], r + bestS);
    if (side === 'th') hi = Math.min(hi, split - r - bestS + 1e-9);
    if (side === 'dx') lo = Math.max(lo, split + r + bestS - 1e-9);
    for (let i = firstAtLeast(xs, lo); i < xs.length && xs[i] <= hi; i++) visit(i, j);
  }
  return { p: bi < Infinity ? { x: xs[bi % xs.length], y: ys[Math.floor(bi / xs.length)] } : null, s: bestS };
}

/**
 * Places marks of radius r: each inside its region and on its side (on the split line for 'both'),
 * as far as possible from region edges, obstacles and the marks placed before it. 'none' marks go
 * in a row inside the slot rectangle.
 */
function placeMarksUncached(circles: Circle[], split: number, marks: MarkIn[], r: number, obstacles: Rect[], slot: Rect): MarkOut[] {
  const out: MarkOut[] = [];
  const nones = marks.filter((m) => m.region === 'none');
  const step = Math.max(2, r / 4);
  for (const m of marks) {
    if (m.region === 'none') {
      const i = nones.indexOf(m);
      // in a row from the left, so their labels have room to the right
      out.push({ id: m.id, x: slot.x + r + (i * (slot.w - 2 * r)) / Math.max(nones.length, 2), y: slot.y + slot.h / 2, onSide: true });
      continue;
    }
    const region = m.region;
    const set = branchesOf(region);
    const inside = circles.map((c) => set.includes(c.id));
    const own = circlesOf(circles, region);
    const { x0, y0, x1, y1 } = regionBounds(circles, region);
    const xs = gridLine(x0, x1, step), ys = gridLine(y0, y1, step);
    let best: Pt | null = null, onSide = true;
    for (const useSide of [true, false]) {
      const side = useSide ? m.side : null;
      if (m.side === 'both' && useSide) {
        // on the split line itself
        let bestS = -Infinity;
        for (const y of ys) {
          const s = margin(circles, inside, { x: split, y }, r, side, split, obstacles, out, bestS);
          if (s > bestS) [best, bestS] = [{ x: split, y }, s];
        }
      } else {
        const found = bestOnGrid(xs, ys, own, r, side, split, (x, y, floor) => margin(circles, inside, { x, y }, r, side, split, obstacles, out, floor));
        best = found.p ?? best;
      }
      if (best && regionDepth(circles, region, best) > 0 && (!useSide || m.side === 'both' || sideDepth(m.side, best.x, split) > 0)) break;
      onSide = false;
    }
    const p = best ?? { x: own[0].cx, y: own[0].cy };
    out.push({ id: m.id, x: p.x, y: p.y, onSide });
  }
  return out;
}

// Depends only on size and the published figures: remembered, so a filter change costs no search.
export const placeMarks = memoize(placeMarksUncached);
