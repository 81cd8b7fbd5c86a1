// Layout of the branch model (Masterplan Abb. 2) and the lighthouse placement diagram (Abb. 4).
// Pure: shares in, circles, region paths, the Therapie/Diagnostik split and mark positions out (px).
// Circle AREAS follow the published shares. The overlaps are schematic: the masterplan publishes only
// their order (Biotechnologie∩Pharma clearly larger than Medizintechnik∩Pharma), so the depths below are
// drawing choices, checked against that order by the tests.
import { fitInRegion, textWidth, wrapText } from './labels.ts';
import { memoize } from '../utils/memo.ts';

export type BranchId = 'mt' | 'bt' | 'ph';
export const BRANCH_IDS: BranchId[] = ['mt', 'bt', 'ph'];
/** The regions drawn inside the circles (exact branch sets), in the order mt, bt, ph. */
export const MODEL_REGIONS = ['mt', 'bt', 'ph', 'mt+bt', 'mt+ph', 'bt+ph', 'mt+bt+ph'] as const;
export type ModelRegion = (typeof MODEL_REGIONS)[number];
export type Side = 'th' | 'dx' | 'both';

export interface Pt { x: number; y: number }
export interface Circle { id: BranchId; cx: number; cy: number; r: number }
export interface Rect { x: number; y: number; w: number; h: number }

/** Schematic arrangement: Medizintechnik carries, Biotechnologie sits above, Pharma upper left. */
export const SCHEMATIC = {
  /** direction of Biotechnologie's centre seen from Medizintechnik's, degrees (screen, y down) */
  btAngle: 280,
  /** overlap depth as a fraction of the smaller radius of each pair */
  depth: { 'mt+bt': 0.65, 'bt+ph': 1.2, 'mt+ph': 0.7 }
};

const TAU = Math.PI * 2;
const dist = (a: Pt, b: Pt) => Math.hypot(a.x - b.x, a.y - b.y);

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

export const branchesOf = (region: ModelRegion) => region.split('+') as BranchId[];

/** Signed distance from p to the boundary of an exact region (> 0 inside). */
export function regionDepth(circles: Circle[], region: ModelRegion, p: Pt): number {
  const set = branchesOf(region);
  let d = Infinity;
  for (const c of circles) {
    const out = dist(p, { x: c.cx, y: c.cy }) - c.r;
    d = Math.min(d, set.includes(c.id) ? -out : out);
  }
  return d;
}

/** Area of the union of the circles left of the vertical line x (numeric, midpoint rule). */
export function unionAreaLeftOf(circles: Circle[], x: number, steps = 4000): number {
  const x0 = Math.min(...circles.map((c) => c.cx - c.r));
  if (x <= x0) return 0;
  const dx = (x - x0) / steps;
  let area = 0;
  for (let i = 0; i < steps; i++) {
    const u = x0 + (i + 0.5) * dx;
    const iv = circles
      .filter((c) => Math.abs(u - c.cx) < c.r)
      .map((c) => {
        const h = Math.sqrt(c.r * c.r - (u - c.cx) ** 2);
        return [c.cy - h, c.cy + h];
      })
      .sort((a, b) => a[0] - b[0]);
    let len = 0, lo = -Infinity, hi = -Infinity;
    for (const [a, b] of iv) {
      if (a > hi) {
        if (hi > lo) len += hi - lo;
        lo = a;
        hi = b;
      } else hi = Math.max(hi, b);
    }
    if (hi > lo) len += hi - lo;
    area += len * dx;
  }
  return area;
}

/** The x where the union's area left of it is `leftShare` (0–1) of the whole. */
function splitXUncached(circles: Circle[], leftShare: number): number {
  let lo = Math.min(...circles.map((c) => c.cx - c.r));
  let hi = Math.max(...circles.map((c) => c.cx + c.r));
  const total = unionAreaLeftOf(circles, hi, 2000);
  for (let i = 0; i < 40; i++) {
    const mid = (lo + hi) / 2;
    if (unionAreaLeftOf(circles, mid, 2000) / total < leftShare) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
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

/** Margin of a point from the side of the split it should lie on (> 0 on that side). */
export function sideDepth(side: Side, x: number, split: number): number {
  return side === 'th' ? split - x : side === 'dx' ? x - split : -Math.abs(x - split);
}

export interface MarkIn { id: string; region: ModelRegion | 'none'; side: Side }
export interface MarkOut { id: string; x: number; y: number; onSide: boolean }

/**
 * Places marks of radius r: each inside its region and on its side (on the split line for 'both'),
 * as far as possible from region edges, obstacles and the marks placed before it. 'none' marks go
 * in a row inside the slot rectangle. Deterministic (grid search in the given order).
 */
function placeMarksUncached(circles: Circle[], split: number, marks: MarkIn[], r: number, obstacles: Rect[], slot: Rect): MarkOut[] {
  const out: MarkOut[] = [];
  const nones = marks.filter((m) => m.region === 'none');
  const step = Math.max(2, r / 4);
  const rectDist = (p: Pt, q: Rect) => Math.hypot(Math.max(q.x - p.x, 0, p.x - q.x - q.w), Math.max(q.y - p.y, 0, p.y - q.y - q.h));
  for (const m of marks) {
    if (m.region === 'none') {
      const i = nones.indexOf(m);
      // in a row from the left, so their labels have room to the right
      out.push({ id: m.id, x: slot.x + r + (i * (slot.w - 2 * r)) / Math.max(nones.length, 2), y: slot.y + slot.h / 2, onSide: true });
      continue;
    }
    const region = m.region;
    const inside = circles.filter((c) => branchesOf(region).includes(c.id));
    const x0 = Math.max(...inside.map((c) => c.cx - c.r)), x1 = Math.min(...inside.map((c) => c.cx + c.r));
    const y0 = Math.max(...inside.map((c) => c.cy - c.r)), y1 = Math.min(...inside.map((c) => c.cy + c.r));
    const score = (p: Pt, useSide: boolean) => {
      let s = regionDepth(circles, region, p) - r;
      if (useSide && m.side !== 'both') s = Math.min(s, sideDepth(m.side, p.x, split) - r);
      for (const o of obstacles) s = Math.min(s, rectDist(p, o) - r);
      for (const q of out) s = Math.min(s, (dist(p, q) - 2 * r) / 2);
      return s;
    };
    let best: Pt | null = null, bestS = -Infinity, onSide = true;
    for (const useSide of [true, false]) {
      for (let y = y0; y <= y1; y += step) {
        if (m.side === 'both' && useSide) {
          const s = score({ x: split, y }, true);
          if (s > bestS) [best, bestS] = [{ x: split, y }, s];
          continue;
        }
        for (let x = x0; x <= x1; x += step) {
          const s = score({ x, y }, useSide);
          if (s > bestS) [best, bestS] = [{ x, y }, s];
        }
      }
      if (best && regionDepth(circles, region, best) > 0 && (!useSide || m.side === 'both' || sideDepth(m.side, best.x, split) > 0)) break;
      onSide = false;
      bestS = -Infinity;
    }
    const p = best ?? { x: inside[0].cx, y: inside[0].cy };
    out.push({ id: m.id, x: p.x, y: p.y, onSide });
  }
  return out;
}

// ---------- the scene in pixels ----------

export interface SceneOptions {
  compact?: boolean;
  /** two lines per branch: name and share */
  branchLabels: Record<BranchId, [string, string]>;
  sideLabels: Record<'th' | 'dx', string>;
  /** the box of the actors that fit no single branch: big figure and its label */
  noneTitle: string;
  noneLabel: string;
  /** extra rows in the box: a data count line and/or a slot for marks (px) */
  noneCountLine?: boolean;
  noneSlot?: number;
}
export interface TextBlock { x: number; y: number; rect: Rect; anchor: 'start' | 'middle' | 'end' }
export interface Scene {
  width: number;
  height: number;
  fs: number;
  scale: number;
  circles: Circle[];
  split: { x: number; y1: number; y2: number };
  paths: Record<ModelRegion, string>;
  sides: Record<'th' | 'dx', TextBlock & { hit: Rect }>;
  branchLabels: Record<BranchId, TextBlock>;
  none: { rect: Rect; titleY: number; titleFs: number; lines: { text: string; y: number }[]; lineFs: number; countY: number; slot: Rect };
  /** rectangles of the fixed texts, for placing further labels around them */
  obstacles: Rect[];
}

function layoutBranchModelUncached(
  shares: Record<BranchId, number>,
  therapyPercent: number,
  opt: SceneOptions,
  size: { width: number },
  /** room kept free left of the model for Pharma's name when it does not fit inside (second pass) */
  extraLeft = 0
): Scene {
  const width = Math.max(280, size.width);
  const fs = opt.compact || width < 560 ? 13 : 15;
  const lh = fs * 1.25;
  const pad = 6;
  const model = placeCircles(shares);
  const mx0 = Math.min(...model.map((c) => c.cx - c.r)), mx1 = Math.max(...model.map((c) => c.cx + c.r));
  const my0 = Math.min(...model.map((c) => c.cy - c.r)), my1 = Math.max(...model.map((c) => c.cy + c.r));
  const wide = width >= 520;
  const gap = 16;
  const boxW = wide ? Math.min(220, Math.max(140, width * 0.22)) : width - 2 * pad;
  const hMax = opt.compact ? 430 : wide ? Math.min(640, Math.max(560, width * 0.36)) : width * 1.6;
  const scale = Math.min((width - 2 * pad - extraLeft - (wide ? boxW + gap : 0)) / (mx1 - mx0), hMax / (my1 - my0));
  const mw = (mx1 - mx0) * scale, mh = (my1 - my0) * scale;
  const left = Math.max(pad + extraLeft, wide ? (width - mw - gap - boxW) / 2 : (width - mw) / 2);
  const top = pad + 44 + 6;
  const circles = model.map((c) => ({ id: c.id, cx: left + (c.cx - mx0) * scale, cy: top + (c.cy - my0) * scale, r: c.r * scale }));
  const sx = splitX(circles, therapyPercent / 100);
  const paths = Object.fromEntries(MODEL_REGIONS.map((r) => [r, regionPath(circles, r)])) as Record<ModelRegion, string>;

  // Side labels above the model, either side of the split line.
  const sideY = pad + 22;
  // Therapie ends left of the line, Diagnostik starts right of it; both shift together when space is short.
  const wTh = textWidth(opt.sideLabels.th, fs, true), wDx = textWidth(opt.sideLabels.dx, fs, true);
  const dxStart = Math.max(pad + wTh + 30, Math.min(sx + 10, width - pad - 8 - wDx));
  const thEnd = Math.min(sx - 10, dxStart - 20);
  const side = (id: 'th' | 'dx'): TextBlock & { hit: Rect } => {
    const w = id === 'th' ? wTh : wDx;
    const x = id === 'th' ? thEnd : dxStart;
    const rx = id === 'th' ? x - w : x;
    return { x, y: sideY, anchor: id === 'th' ? 'end' : 'start', rect: { x: rx, y: sideY - lh / 2, w, h: lh }, hit: { x: rx - 8, y: pad, w: w + 16, h: 44 } };
  };

  // Branch names inside their own part: Medizintechnik at the foot, Biotechnologie at the top, Pharma left.
  const block = (b: BranchId): TextBlock => {
    const c = circles.find((k) => k.id === b)!;
    const w = Math.max(...opt.branchLabels[b].map((t, i) => textWidth(t, fs, i === 0)));
    const h = 2 * lh;
    const inset = 6;
    if (b === 'ph') {
      // Pharma's own part is a crescent: the deepest spot where the whole block fits, else beside the circle.
      const area = { x: c.cx - c.r, y: c.cy - c.r, w: 2 * c.r, h: 2 * c.r };
      const spot = fitInRegion((x, y) => regionDepth(circles, 'ph', { x, y }), area, w, h, [], 4);
      const x = spot ? spot.x : c.cx - c.r - 6 - w;
      if (x < pad && !extraLeft) needLeft = w + 8;
      const y = spot ? spot.y : c.cy - h / 2;
      return { x, y, anchor: 'start', rect: { x, y, w, h } };
    }
    // Centred on the circle unless the split line would cross the text: then beside the line.
    const clear = Math.abs(c.cx - sx) >= w / 2 + 6;
    const beside = c.cx <= sx ? [sx - w / 2 - 6, sx + w / 2 + 6] : [sx + w / 2 + 6, sx - w / 2 - 6];
    const fits = (x: number) => Math.abs(x - c.cx) + w / 2 <= c.r - inset - 4 && x - w / 2 >= pad && x + w / 2 <= width - pad;
    const x = clear ? c.cx : (beside.find(fits) ?? c.cx);
    const reach = Math.abs(x - c.cx) + w / 2;
    const off = Math.sqrt(Math.max(0, (c.r - inset) ** 2 - reach ** 2));
    const y = b === 'mt' ? c.cy + off - h : c.cy - off;
    return { x, y, anchor: 'middle', rect: { x: x - w / 2, y, w, h } };
  };
  let needLeft = 0;
  const branchLabels = { mt: block('mt'), bt: block('bt'), ph: block('ph') };
  if (needLeft) return layoutBranchModel(shares, therapyPercent, opt, size, needLeft);

  // The actors that fit no single branch: beside the model (wide) or below it.
  const lineFs = fs - 1;
  const titleFs = Math.round(fs * 1.6);
  const lines = wrapText(opt.noneLabel, boxW - 16, lineFs);
  const inner = titleFs * 1.2 + lines.length * lineFs * 1.25 + (opt.noneCountLine ? lh : 0) + (opt.noneSlot ?? 0) + 16;
  const boxH = Math.max(inner, 44);
  const modelBottom = top + mh;
  const rect = wide
    ? { x: left + mw + gap, y: modelBottom - boxH, w: boxW, h: boxH }
    : { x: pad, y: modelBottom + 12, w: boxW, h: boxH };
  let y = rect.y + 8 + titleFs * 0.6;
  const titleY = y;
  y += titleFs * 0.6 + lineFs * 0.65;
  const placed = lines.map((text) => {
    const l = { text, y };
    y += lineFs * 1.25;
    return l;
  });
  y += -lineFs * 0.65 + lh / 2;
  const countY = y;
  if (opt.noneCountLine) y += lh / 2;
  const slot = { x: rect.x + 8, y, w: rect.w - 16, h: opt.noneSlot ?? 0 };
  const height = Math.ceil(Math.max(modelBottom, rect.y + rect.h) + pad);
  const sides = { th: side('th'), dx: side('dx') };
  return {
    width,
    height,
    fs,
    scale,
    circles,
    split: { x: sx, y1: pad + 44, y2: modelBottom },
    paths,
    sides,
    branchLabels,
    none: { rect, titleY, titleFs, lines: placed, lineFs, countY, slot },
    obstacles: [sides.th.rect, sides.dx.rect, ...Object.values(branchLabels).map((b) => b.rect), { x: rect.x, y: rect.y, w: rect.w, h: slot.y - rect.y }]
  };
}

/** The point deepest inside an exact region and its depth (grid search; for small touch targets). */
function deepestPointUncached(circles: Circle[], region: ModelRegion, step = 2): Pt & { depth: number } {
  const cs = circles.filter((c) => branchesOf(region).includes(c.id));
  const x0 = Math.max(...cs.map((c) => c.cx - c.r)), x1 = Math.min(...cs.map((c) => c.cx + c.r));
  const y0 = Math.max(...cs.map((c) => c.cy - c.r)), y1 = Math.min(...cs.map((c) => c.cy + c.r));
  let best = { x: cs[0].cx, y: cs[0].cy, depth: -Infinity };
  for (let y = y0; y <= y1; y += step)
    for (let x = x0; x <= x1; x += step) {
      const d = regionDepth(circles, region, { x, y });
      if (d > best.depth) best = { x, y, depth: d };
    }
  return best;
}

// The heavy steps (numeric area split, grid searches) depend only on size and the published figures:
// remembered, so a filter change does not recompute them.
export const splitX = memoize(splitXUncached);
export const layoutBranchModel = memoize(layoutBranchModelUncached);
export const deepestPoint = memoize(deepestPointUncached);
export const placeMarks = memoize(placeMarksUncached);
