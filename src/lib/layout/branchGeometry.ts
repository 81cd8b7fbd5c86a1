// Geometry of the branch model (Masterplan Abb. 2): the three circles, the exact regions they form,
// their outlines as SVG paths, and depths inside a region or a side of the split. Pure, in any unit.
// Circle AREAS follow the published shares. The overlaps are schematic: the masterplan publishes only
// their order (Biotechnologie∩Pharma clearly larger than Medizintechnik∩Pharma), so the depths below are
// drawing choices, checked against that order by the tests.
import { memoize } from '../utils/memo.ts';
import type { Box } from './text.ts';
import { length } from '../utils/length.ts';

export type BranchId = 'mt' | 'bt' | 'ph';
export const BRANCH_IDS: BranchId[] = ['mt', 'bt', 'ph'];
/** The regions drawn inside the circles (exact branch sets), in the order mt, bt, ph. */
export const MODEL_REGIONS = ['mt', 'bt', 'ph', 'mt+bt', 'mt+ph', 'bt+ph', 'mt+bt+ph'] as const;
export type ModelRegion = (typeof MODEL_REGIONS)[number];
export type Side = 'th' | 'dx' | 'both';

export interface Pt { x: number; y: number }
export interface Circle { id: BranchId; cx: number; cy: number; r: number }
export type Rect = Box;

/** Schematic arrangement: Medizintechnik carries, Biotechnologie sits above, Pharma upper left. */
export const SCHEMATIC = {
  /** direction of Biotechnologie's centre seen from Medizintechnik's, degrees (screen, y down) */
  btAngle: 280,
  /** overlap depth as a fraction of the smaller radius of each pair */
  depth: { 'mt+bt': 0.65, 'bt+ph': 1.2, 'mt+ph': 0.7 }
};

const TAU = Math.PI * 2;
export const dist = (a: Pt, b: Pt) => length(a.x - b.x, a.y - b.y);

/** Circles in model units: area = share (percent). Medizintechnik at the origin. */
export function placeCircles(shares: Record<BranchId, number>): Circle[] {
  const r = (b: BranchId) => Math.sqrt(Math.max(shares[b], 0.01) / Math.PI);
  const [rm, rb, rp] = [r('mt'), r('bt'), r('ph')];
  const d = SCHEMATIC.depth;
  const dmb = rm + rb - d['mt+bt'] * Math.min(rm, rb);
  const dbp = rb + rp - d['bt+ph'] * Math.min(rb, rp);
  const dmp = rm + rp - d['mt+ph'] * Math.min(rm, rp);
  const a = (SCHEMATIC.btAngle * Math.PI) / 180;
  const bt = { x: dmb * Math.cos(a), y: dmb * Math.sin(a) };
  // Pharma: the point at distance dmp from Medizintechnik and dbp from Biotechnologie, on the left.
  const along = (dmp * dmp - dbp * dbp + dmb * dmb) / (2 * dmb);
  const h = Math.sqrt(Math.max(0, dmp * dmp - along * along));
  const ux = bt.x / dmb, uy = bt.y / dmb;
  const ph = { x: along * ux + h * uy, y: along * uy - h * ux };
  return [
    { id: 'mt', cx: 0, cy: 0, r: rm },
    { id: 'bt', cx: bt.x, cy: bt.y, r: rb },
    { id: 'ph', cx: ph.x, cy: ph.y, r: rp }
  ];
}

// Read in the hot loops of label placement: split once per region, not once per call.
const BRANCHES_OF = Object.fromEntries(MODEL_REGIONS.map((r) => [r, r.split('+') as BranchId[]])) as Record<ModelRegion, BranchId[]>;
export const branchesOf = (region: ModelRegion): BranchId[] => [...BRANCHES_OF[region]];

/** The circles a region lies in. */
export const circlesOf = (circles: Circle[], region: ModelRegion) => circles.filter((c) => branchesOf(region).includes(c.id));

/** The box shared by the bounding boxes of the region's circles (corners): the region lies inside it. */
export function regionBounds(circles: Circle[], region: ModelRegion): { x0: number; y0: number; x1: number; y1: number } {
  const cs = circlesOf(circles, region);
  return {
    x0: Math.max(...cs.map((c) => c.cx - c.r)),
    y0: Math.max(...cs.map((c) => c.cy - c.r)),
    x1: Math.min(...cs.map((c) => c.cx + c.r)),
    y1: Math.min(...cs.map((c) => c.cy + c.r))
  };
}

/** Signed distance from p to the boundary of an exact region (> 0 inside). */
export const regionDepth = (circles: Circle[], region: ModelRegion, p: Pt): number => regionDepthAt(circles, region, p.x, p.y);

/** regionDepth at (x, y): for the grid searches, which call it many thousand times and so allocate no point. */
export function regionDepthAt(circles: Circle[], region: ModelRegion, x: number, y: number): number {
  const set = BRANCHES_OF[region];
  let d = Infinity;
  for (const c of circles) {
    const out = length(x - c.cx, y - c.cy) - c.r;
    d = Math.min(d, set.includes(c.id) ? -out : out);
  }
  return d;
}

/** Margin of a point from the side of the split it should lie on (> 0 on that side). */
export function sideDepth(side: Side, x: number, split: number): number {
  return side === 'th' ? split - x : side === 'dx' ? x - split : -Math.abs(x - split);
}

const on = (c: Circle, t: number): Pt => ({ x: c.cx + c.r * Math.cos(t), y: c.cy + c.r * Math.sin(t) });
const f = (n: number) => (Math.round(n * 100) / 100).toString();
/** SVG path of an exact region: boundary arcs chained into closed loops. */
export function regionPath(circles: Circle[], region: ModelRegion): string {
  const set = branchesOf(region);
  type Seg = { c: Circle; a: number; b: number; sweep: 0 | 1 };
  const segs: Seg[] = [];
  for (const c of circles) {
    const ts: number[] = [];
    for (const o of circles) {
      if (o === c) continue;
      const d = dist({ x: c.cx, y: c.cy }, { x: o.cx, y: o.cy });
      if (d >= c.r + o.r || d <= Math.abs(c.r - o.r)) continue;
      const base = Math.atan2(o.cy - c.cy, o.cx - c.cx);
      const w = Math.acos((c.r * c.r + d * d - o.r * o.r) / (2 * c.r * d));
      ts.push((base - w + TAU) % TAU, (base + w + TAU) % TAU);
    }
    ts.sort((a, b) => a - b);
    const arcs: [number, number][] = ts.length ? ts.map((t, i) => [t, i + 1 < ts.length ? ts[i + 1] : ts[0] + TAU]) : [[0, TAU]];
    for (const [a, b] of arcs) {
      const m = on(c, (a + b) / 2);
      const fits = circles.every((o) => o === c || (dist(m, { x: o.cx, y: o.cy }) < o.r) === set.includes(o.id));
      if (!fits) continue;
      segs.push(set.includes(c.id) ? { c, a, b, sweep: 1 } : { c, a: b, b: a, sweep: 0 });
    }
  }
  let d = '';
  const left = [...segs];
  while (left.length) {
    const first = left.shift()!;
    const start = on(first.c, first.a);
    d += `M${f(start.x)},${f(start.y)}`;
    let seg: Seg | undefined = first;
    while (seg) {
      const span = Math.abs(seg.b - seg.a);
      if (span > TAU - 1e-9) {
        // a whole circle: two half arcs
        const mid = on(seg.c, seg.a + Math.PI);
        d += `A${f(seg.c.r)},${f(seg.c.r)} 0 0 1 ${f(mid.x)},${f(mid.y)}A${f(seg.c.r)},${f(seg.c.r)} 0 0 1 ${f(start.x)},${f(start.y)}`;
        break;
      }
      const end = on(seg.c, seg.b);
      d += `A${f(seg.c.r)},${f(seg.c.r)} 0 ${span > Math.PI ? 1 : 0} ${seg.sweep} ${f(end.x)},${f(end.y)}`;
      let best = -1, bestD = 1e-3 * seg.c.r + 1e-6;
      left.forEach((s, i) => {
        const dd = dist(on(s.c, s.a), end);
        if (dd < bestD) [best, bestD] = [i, dd];
      });
      seg = best >= 0 ? left.splice(best, 1)[0] : undefined;
    }
    d += 'Z';
  }
  return d;
}

/** The grid a, a + step, … ≤ b, summed step by step (so every search visits the same points). */
export function gridLine(a: number, b: number, step: number): number[] {
  const out: number[] = [];
  for (let v = a; v <= b; v += step) out.push(v);
  return out;
}

/**
 * The x on row y where a point can lie at least t deep inside every circle of `own` (depth inside
 * a circle: r − distance from its centre). Conservative by a hair, so searches that skip the rest of
 * the row find exactly what a full scan finds.
 */
export function xWindow(own: Circle[], y: number, t: number): [number, number] {
  let lo = -Infinity, hi = Infinity;
  for (const c of own) {
    // a hair below t, so that points exactly as deep are kept
    const R = c.r - t + 1e-9 * (1 + Math.abs(c.r) + Math.abs(t)), dy = y - c.cy;
    if (!(R > 0) || R * R < dy * dy) return [Infinity, -Infinity];
    const w = Math.sqrt(R * R - dy * dy) * (1 + 1e-9) + 1e-9;
    lo = Math.max(lo, c.cx - w);
    hi = Math.min(hi, c.cx + w);
  }
  return [lo, hi];
}

/** Index of the first grid value ≥ v. */
export function firstAtLeast(grid: number[], v: number): number {
  let lo = 0, hi = grid.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (grid[mid] < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * For fitInRegion: the left edges x where a w × h box with top edge y keeps all four corners more than
 * t deep inside every circle of `own` (so its score can exceed t). Conservative by a hair, like xWindow.
 */
export function boxRowWindow(own: Circle[], w: number, h: number): (y: number, t: number) => [number, number] {
  return (y, t) => {
    let lo = -Infinity, hi = Infinity;
    for (const c of own) {
      const R = c.r - t + 1e-9 * (1 + Math.abs(c.r) + Math.abs(t));
      const dy = Math.max(Math.abs(y - c.cy), Math.abs(y + h - c.cy));
      if (!(R > 0) || R <= dy) return [Infinity, -Infinity];
      const half = Math.sqrt(R * R - dy * dy) * (1 + 1e-9) + 1e-9;
      lo = Math.max(lo, c.cx - half);
      hi = Math.min(hi, c.cx + half - w);
    }
    return [lo, hi];
  };
}

/**
 * The point deepest inside an exact region and its depth (grid search; for small touch targets).
 * With `enough`, the search stops at the first point at least that deep (callers that only ask
 * "is it that deep anywhere?" then skip the rest of the grid).
 */
function deepestPointUncached(circles: Circle[], region: ModelRegion, step = 2, enough = Infinity): Pt & { depth: number } {
  const cs = circlesOf(circles, region);
  const { x0, y0, x1, y1 } = regionBounds(circles, region);
  const xs = gridLine(x0, x1, step), ys = gridLine(y0, y1, step);
  let best = { x: cs[0].cx, y: cs[0].cy, depth: -Infinity };
  // A coarse pass over every 4th point first: its best is what the full pass has to beat, so each row's
  // window shrinks at once. Seeded that way, the full pass still finds the deepest point of the grid.
  for (const stride of [4, 1]) {
    for (let j = 0; j < ys.length; j += stride) {
      const y = ys[j];
      // points outside the window cannot beat the best so far
      const [lo, hi] = xWindow(cs, y, best.depth);
      for (let i = Math.ceil(firstAtLeast(xs, lo) / stride) * stride; i < xs.length && xs[i] <= hi; i += stride) {
        const x = xs[i];
        const d = regionDepthAt(circles, region, x, y);
        if (d > best.depth) best = { x, y, depth: d };
        if (d >= enough) return best;
      }
    }
  }
  return best;
}
// Seven regions each for the counts and the touch targets, for two figure sizes: a smaller cache thrashes.
export const deepestPoint = memoize(deepestPointUncached, 32);
