// Marks inside the branch model (the lighthouse projects, Masterplan Abb. 4): each inside its exact
// region and on its side of the Therapie/Diagnostik split, as far as possible from region edges, fixed
// texts and the marks placed before it. Pure and deterministic (grid search in the given order).
import { memoize } from '../utils/memo.ts';
import { branchesOf, circlesOf, dist, regionBounds, regionDepth, sideDepth, type Circle, type ModelRegion, type Pt, type Rect, type Side } from './branchGeometry.ts';

export interface MarkIn { id: string; region: ModelRegion | 'none'; side: Side }
export interface MarkOut { id: string; x: number; y: number; onSide: boolean }

const rectDist = (p: Pt, q: Rect) => Math.hypot(Math.max(q.x - p.x, 0, p.x - q.x - q.w), Math.max(q.y - p.y, 0, p.y - q.y - q.h));

/**
 * The margin of a spot for a mark of radius r: the smallest of its depth in the region, on its side,
 * from the obstacles and (halved) from the marks placed before. Stops as soon as the margin cannot
 * beat `floor` any more (the result is then ≤ floor), which keeps the grid search cheap.
 */
function margin(circles: Circle[], inside: boolean[], p: Pt, r: number, side: Side | null, split: number, obstacles: Rect[], out: MarkOut[], floor: number): number {
  let s = Infinity;
  for (let i = 0; i < circles.length; i++) {
    const c = circles[i];
    const o = dist(p, { x: c.cx, y: c.cy }) - c.r;
    s = Math.min(s, inside[i] ? -o : o);
  }
  s -= r;
  if (s <= floor) return s;
  if (side && side !== 'both') s = Math.min(s, sideDepth(side, p.x, split) - r);
  for (let i = 0; i < obstacles.length && s > floor; i++) s = Math.min(s, rectDist(p, obstacles[i]) - r);
  for (let i = 0; i < out.length && s > floor; i++) s = Math.min(s, (dist(p, out[i]) - 2 * r) / 2);
  return s;
}

/** A cheap upper bound of the depth at (x, y) inside the circles (x NaN: the bound for the whole row y). */
function upper(own: Circle[], x: number, y: number): number {
  let u = Infinity;
  for (const c of own) u = Math.min(u, c.r - Math.max(Math.abs(y - c.cy), Number.isNaN(x) ? 0 : Math.abs(x - c.cx)));
  return u;
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
    let best: Pt | null = null, bestS = -Infinity, onSide = true;
    for (const useSide of [true, false]) {
      const side = useSide ? m.side : null;
      for (let y = y0; y <= y1; y += step) {
        // no spot of this row can beat the best so far: skip it (a depth inside a circle is at most r − |y − cy|)
        if (upper(own, NaN, y) - r <= bestS) continue;
        if (m.side === 'both' && useSide) {
          const s = margin(circles, inside, { x: split, y }, r, side, split, obstacles, out, bestS);
          if (s > bestS) [best, bestS] = [{ x: split, y }, s];
          continue;
        }
        for (let x = x0; x <= x1; x += step) {
          if (upper(own, x, y) - r <= bestS) continue;
          const s = margin(circles, inside, { x, y }, r, side, split, obstacles, out, bestS);
          if (s > bestS) [best, bestS] = [{ x, y }, s];
        }
      }
      if (best && regionDepth(circles, region, best) > 0 && (!useSide || m.side === 'both' || sideDepth(m.side, best.x, split) > 0)) break;
      onSide = false;
      bestS = -Infinity;
    }
    const p = best ?? { x: own[0].cx, y: own[0].cy };
    out.push({ id: m.id, x: p.x, y: p.y, onSide });
  }
  return out;
}

// Depends only on size and the published figures: remembered, so a filter change costs no search.
export const placeMarks = memoize(placeMarksUncached);
