// The Therapie/Diagnostik split of the branch model in closed form: the area of the union of the
// circles left of a vertical line, integrated exactly. Between consecutive breakpoints (the circles'
// left and right ends and the x of every pair's crossing points) the union's vertical cut is a fixed
// set of runs, each running from one circle's lower arc to another's upper arc; a run's length is
// (cy_top − cy_bottom) + h_top(u) + h_bottom(u) with h(u) = √(r² − (u − cx)²), whose antiderivative
// is ½·((u − cx)·h(u) + r²·asin((u − cx)/r)). Pure.
import { memoize } from '../utils/memo.ts';
import { length } from '../utils/length.ts';

export interface Disc { cx: number; cy: number; r: number }

/** Half chord of a circle at x = u (0 outside). */
const half = (c: Disc, u: number) => Math.sqrt(Math.max(0, c.r * c.r - (u - c.cx) ** 2));

/** ∫ half chord du from the circle's left end to u (clamped to the circle). */
function halfIntegral(c: Disc, u: number): number {
  const t = Math.min(Math.max(u - c.cx, -c.r), c.r);
  const h = Math.sqrt(Math.max(0, c.r * c.r - t * t));
  return 0.5 * (t * h + c.r * c.r * Math.asin(t / c.r)) + (Math.PI * c.r * c.r) / 4;
}

/** A run of the union's vertical cut: from circle `lo`'s lower arc to circle `hi`'s upper arc. */
interface Run { lo: Disc; hi: Disc }
interface Piece { a: number; b: number; runs: Run[] }

/** The runs of the union's cut at x = u (intervals merged bottom to top). */
function runsAt(circles: Disc[], u: number): Run[] {
  const iv = circles
    .filter((c) => Math.abs(u - c.cx) < c.r)
    .map((c) => ({ c, y0: c.cy - half(c, u), y1: c.cy + half(c, u) }))
    .sort((p, q) => p.y0 - q.y0);
  const runs: Run[] = [];
  let cur: { lo: Disc; hi: Disc; y1: number } | null = null;
  for (const v of iv) {
    if (cur && v.y0 <= cur.y1) {
      if (v.y1 > cur.y1) [cur.hi, cur.y1] = [v.c, v.y1];
      continue;
    }
    if (cur) runs.push({ lo: cur.lo, hi: cur.hi });
    cur = { lo: v.c, hi: v.c, y1: v.y1 };
  }
  if (cur) runs.push({ lo: cur.lo, hi: cur.hi });
  return runs;
}

/** x of the crossing points of two circles (none when they do not cross). */
function crossingXs(p: Disc, q: Disc): number[] {
  const d = length(q.cx - p.cx, q.cy - p.cy);
  if (d >= p.r + q.r || d <= Math.abs(p.r - q.r) || d === 0) return [];
  const along = (p.r * p.r - q.r * q.r + d * d) / (2 * d);
  const h = Math.sqrt(Math.max(0, p.r * p.r - along * along));
  const ux = (q.cx - p.cx) / d, uy = (q.cy - p.cy) / d;
  const mx = p.cx + along * ux;
  return [mx - h * uy, mx + h * uy];
}

/** Breakpoints and the constant run structure between them. */
function pieces(circles: Disc[]): Piece[] {
  const xs = circles.flatMap((c) => [c.cx - c.r, c.cx + c.r]);
  for (let i = 0; i < circles.length; i++) for (let j = i + 1; j < circles.length; j++) xs.push(...crossingXs(circles[i], circles[j]));
  const sorted = [...new Set(xs)].sort((a, b) => a - b);
  const out: Piece[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const [a, b] = [sorted[i], sorted[i + 1]];
    if (b - a > 1e-12) out.push({ a, b, runs: runsAt(circles, (a + b) / 2) });
  }
  return out;
}

/** Exact area of a piece's runs between its left end and x (a ≤ x ≤ b). */
function pieceArea(p: Piece, x: number): number {
  let s = 0;
  for (const { lo, hi } of p.runs)
    s += (hi.cy - lo.cy) * (x - p.a) + halfIntegral(hi, x) - halfIntegral(hi, p.a) + halfIntegral(lo, x) - halfIntegral(lo, p.a);
  return s;
}

/** Area of the union of the circles left of the vertical line x (exact). */
export function unionAreaLeftOf(circles: Disc[], x: number): number {
  let s = 0;
  for (const p of pieces(circles)) {
    if (x <= p.a) break;
    s += pieceArea(p, Math.min(x, p.b));
  }
  return s;
}

/** Length of the union's vertical cut at x (the derivative of unionAreaLeftOf). */
export function unionCutLength(circles: Disc[], x: number): number {
  return runsAt(circles, x).reduce((s, r) => s + r.hi.cy + half(r.hi, x) - (r.lo.cy - half(r.lo, x)), 0);
}

/** The x where the union's area left of it is `leftShare` (0–1) of the whole. */
function splitXUncached(circles: Disc[], leftShare: number): number {
  const ps = pieces(circles);
  if (!ps.length) return circles[0]?.cx ?? 0;
  const areas = ps.map((p) => pieceArea(p, p.b));
  const target = Math.min(Math.max(leftShare, 0), 1) * areas.reduce((s, a) => s + a, 0);
  let before = 0, i = 0;
  while (i < ps.length - 1 && before + areas[i] < target) before += areas[i++];
  // inside one piece the area is smooth and increasing: bisection on the exact function
  let { a: lo, b: hi } = ps[i];
  for (let k = 0; k < 60 && hi - lo > 1e-12 * (1 + Math.abs(hi)); k++) {
    const mid = (lo + hi) / 2;
    if (before + pieceArea(ps[i], mid) < target) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

export const splitX = memoize(splitXUncached);
