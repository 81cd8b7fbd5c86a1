// The texts placed in and around the branch model: the Therapie/Diagnostik labels above it, the
// branch names with their shares inside their circles, the spots of the data counts inside every
// region, and round touch targets for the small regions. Pure; sizes estimated by the text module.
import { memoize } from '../utils/memo.ts';
import { fitInRegion, overlaps, rectHitsCircle, textWidth, type Anchor, type Box } from './text.ts';
import { boxRowWindow, circlesOf, deepestPoint, MODEL_REGIONS, regionBounds, regionDepthAt, type BranchId, type Circle, type ModelRegion, type Pt } from './branchGeometry.ts';
import { length } from '../utils/length.ts';
import { segmentDist, segmentHitsBox, segmentsCross } from './segments.ts';

export { segmentsCross };

export interface TextBlock { x: number; y: number; rect: Box; anchor: Anchor }
export type SideBlock = TextBlock & { hit: Box };

interface Frame { width: number; pad: number; fs: number; lh: number; hit?: number }

/** Side labels above the model: Therapie ends left of the split, Diagnostik starts right of it; both shift together when space is short. */
export function sideBlocks(labels: Record<'th' | 'dx', string>, split: number, { width, pad, fs, lh, hit = 44 }: Frame): Record<'th' | 'dx', SideBlock> {
  const sideY = pad + hit / 2;
  const wTh = textWidth(labels.th, fs, true), wDx = textWidth(labels.dx, fs, true);
  const dxStart = Math.max(pad + wTh + 30, Math.min(split + 10, width - pad - 8 - wDx));
  const thEnd = Math.min(split - 10, dxStart - 20);
  const side = (id: 'th' | 'dx'): SideBlock => {
    const w = id === 'th' ? wTh : wDx;
    const x = id === 'th' ? thEnd : dxStart;
    const rx = id === 'th' ? x - w : x;
    return { x, y: sideY, anchor: id === 'th' ? 'end' : 'start', rect: { x: rx, y: sideY - lh / 2, w, h: lh }, hit: { x: rx - 8, y: pad, w: w + 16, h: hit } };
  };
  return { th: side('th'), dx: side('dx') };
}

/**
 * Branch names inside their own part: Medizintechnik at the foot, Biotechnologie at the top, Pharma in
 * its crescent. `needLeft` > 0 says Pharma's name fits neither inside nor left of the model: the room
 * to keep free on the left in a second pass.
 */
export function branchBlocks(circles: Circle[], lines: Record<BranchId, [string, string]>, split: number, frame: Frame, extraLeft: number): { blocks: Record<BranchId, TextBlock>; needLeft: number } {
  const { width, pad, fs, lh } = frame;
  let needLeft = 0;
  const block = (b: BranchId): TextBlock => {
    const c = circles.find((k) => k.id === b)!;
    const w = Math.max(...lines[b].map((t, i) => textWidth(t, fs, i === 0)));
    const h = 2 * lh;
    const inset = 6;
    if (b === 'ph') {
      // Pharma's own part is a crescent: the deepest spot where the whole block fits, else beside the circle.
      const area = { x: c.cx - c.r, y: c.cy - c.r, w: 2 * c.r, h: 2 * c.r };
      const spot = fitInRegion((x, y) => regionDepthAt(circles, 'ph', x, y), area, w, h, [], 4, boxRowWindow([c], w, h));
      const x = spot ? spot.x : c.cx - c.r - 6 - w;
      if (x < pad && !extraLeft) needLeft = w + 8;
      const y = spot ? spot.y : c.cy - h / 2;
      return { x, y, anchor: 'start', rect: { x, y, w, h } };
    }
    // Centred on the circle unless the split line would cross the text: then beside the line.
    const clear = Math.abs(c.cx - split) >= w / 2 + 6;
    const beside = c.cx <= split ? [split - w / 2 - 6, split + w / 2 + 6] : [split + w / 2 + 6, split - w / 2 - 6];
    const fits = (x: number) => Math.abs(x - c.cx) + w / 2 <= c.r - inset - 4 && x - w / 2 >= pad && x + w / 2 <= width - pad;
    const x = clear ? c.cx : (beside.find(fits) ?? c.cx);
    const reach = Math.abs(x - c.cx) + w / 2;
    const off = Math.sqrt(Math.max(0, (c.r - inset) ** 2 - reach ** 2));
    const y = b === 'mt' ? c.cy + off - h : c.cy - off;
    return { x, y, anchor: 'middle', rect: { x: x - w / 2, y, w, h } };
  };
  const blocks = { mt: block('mt'), bt: block('bt'), ph: block('ph') };
  return { blocks, needLeft };
}

/** A count's centre; a count that does not fit inside its region stands outside, joined to it by a leader. */
export interface CountSpot extends Pt { anchor: Anchor; leader?: { x1: number; y1: number; x2: number; y2: number } }
/**
 * Where counts may stand outside the model: the figure's frame and the boxes to keep clear of (besides
 * the obstacles); `gap`, the clear space a count outside keeps around it where the room allows (3 px
 * unless given; the kiosk asks for more, so the counts read apart from two metres).
 */
export interface Outside { bounds: Box; avoid: Box[]; gap?: number }

/** The point of a box nearest to p. */
const nearestOf = (b: Box, p: Pt): Pt => ({ x: Math.max(b.x, Math.min(p.x, b.x + b.w)), y: Math.max(b.y, Math.min(p.y, b.y + b.h)) });

interface Leader { a: Pt; b: Pt }

/**
 * The positions (top-left corners, on a 3 px grid inside the frame) where a w × h box might stand
 * outside every circle, ordered nearest to the anchor first, among equals in raster order. Ordered by a
 * bucket pass over their distance (rings one step wide); a ring is sorted only when it is reached, so
 * the costly tests of calloutBox run only until the first box that passes them. Built once per anchor
 * and shared by the relaxed searches that may follow a failed one.
 */
interface NearestGrid { x0: number; y0: number; cols: number; step: number; rings: number; ring: (r: number) => number[] }

function nearestGrid(circles: Circle[], anchor: Pt, bounds: Box, w: number, h: number, within = Infinity): NearestGrid | null {
  const step = 3;
  const x0 = bounds.x + 2, y0 = bounds.y + 2;
  const cols = Math.max(0, Math.floor((bounds.x + bounds.w - 2 - w - x0) / step) + 1);
  const rows = Math.max(0, Math.floor((bounds.y + bounds.h - 2 - h - y0) / step) + 1);
  const n = cols * rows;
  if (!n) return null;
  const dist = new Float64Array(n).fill(Infinity);
  // Runs over every grid position while the view is first drawn: plain loops, no allocation per row.
  const lo = new Float64Array(circles.length), hi = new Float64Array(circles.length);
  let far = 0;
  // only the rows and columns whose boxes come within `within` of the anchor (the same positions, with
  // the same indices, as in the whole grid)
  const j0 = Math.max(0, Math.ceil((anchor.y - h - within - y0) / step)), j1 = Math.min(rows - 1, Math.floor((anchor.y + within - y0) / step));
  const k0 = Math.max(0, Math.ceil((anchor.x - w - within - x0) / step)), k1 = Math.min(cols - 1, Math.floor((anchor.x + within - x0) / step));
  for (let j = j0; j <= j1; j++) {
    const y = y0 + j * step;
    // left edges where the box certainly comes within 4 px of a circle (a hair inside, so the full test
    // in calloutBox still decides at the edges): left out before the sort
    let m = 0;
    for (const c of circles) {
      const dy = Math.max(y - c.cy, 0, c.cy - y - h);
      const reach = c.r + 4 - 1e-6;
      if (dy >= reach) continue;
      const half = Math.sqrt(reach * reach - dy * dy);
      lo[m] = c.cx - w - half;
      hi[m++] = c.cx + half;
    }
    const ey = Math.max(y, Math.min(anchor.y, y + h)) - anchor.y;
    for (let k = k0; k <= k1; k++) {
      const x = x0 + k * step;
      let blocked = false;
      for (let q = 0; q < m && !blocked; q++) blocked = x > lo[q] && x < hi[q];
      if (blocked) continue;
      const ex = Math.max(x, Math.min(anchor.x, x + w)) - anchor.x;
      const d = length(ex, ey);
      if (d > within) continue;
      dist[j * cols + k] = d;
      if (d > far) far = d;
    }
  }
  const rings = Math.floor(far / step) + 1;
  const start = new Int32Array(rings + 1);
  for (let i = 0; i < n; i++) if (dist[i] < Infinity) start[Math.floor(dist[i] / step) + 1]++;
  for (let r = 0; r < rings; r++) start[r + 1] += start[r];
  const order = new Int32Array(n);
  const fill = start.slice(0, rings);
  for (let i = 0; i < n; i++) if (dist[i] < Infinity) order[fill[Math.floor(dist[i] / step)]++] = i;
  const sorted = new Map<number, number[]>();
  const ring = (r: number) => {
    let out = sorted.get(r);
    if (!out) sorted.set(r, (out = Array.from(order.subarray(start[r], start[r + 1])).sort((a, b) => dist[a] - dist[b] || a - b)));
    return out;
  };
  return { x0, y0, cols, step, rings, ring };
}

/**
 * A box of w × h outside every circle, inside the frame, clear of the boxes taken, as near as possible
 * to the anchor, with a leader from the anchor to the box that crosses no taken box and no leader
 * drawn before, and passes no other anchor closely. Null when none fits.
 */
function calloutBox(grid: NearestGrid | null, circles: Circle[], anchor: Pt, taken: Box[], leaders: Leader[], anchors: Pt[], w: number, h: number, gap = 3): Box | null {
  if (!grid) return null;
  const { x0, y0, cols, step } = grid;
  const marks = circles.map((c) => ({ x: c.cx, y: c.cy, r: c.r }));
  for (let r = 0; r < grid.rings; r++) {
    for (const i of grid.ring(r)) {
      const box = { x: x0 + (i % cols) * step, y: y0 + Math.floor(i / cols) * step, w, h };
      if (marks.some((c) => rectHitsCircle(box, c, 4))) continue;
      const end = nearestOf(box, anchor);
      if (taken.some((o) => overlaps(box, o, gap) || segmentHitsBox(anchor, end, o))) continue;
      if (leaders.some((l) => segmentsCross(anchor, end, l.a, l.b) || segmentHitsBox(l.a, l.b, box))) continue;
      if (anchors.some((p) => p !== anchor && segmentDist(p, anchor, end) < Math.max(6, gap / 2))) continue;
      if (gap > 3 && leaders.some((l) => segmentDist(l.b, anchor, end) < gap || segmentDist(end, l.a, l.b) < gap)) continue;
      return box;
    }
  }
  return null;
}

/** px from the anchor to a count's box searched first (the counts' leaders measure up to about 170 px). */
const NEAR_CALLOUT = 120;

function countSpotsUncached(circles: Circle[], split: { x: number; y1: number; y2: number }, obstacles: Box[], w: number, h: number, outside?: Outside): Partial<Record<ModelRegion, CountSpot>> {
  const taken = [...obstacles, { x: split.x - 1, y: split.y1, w: 2, h: split.y2 - split.y1 }];
  const out: Partial<Record<ModelRegion, CountSpot>> = {};
  const missing: ModelRegion[] = [];
  for (const region of MODEL_REGIONS) {
    const { x0, y0, x1, y1 } = regionBounds(circles, region);
    const spot = fitInRegion((x, y) => regionDepthAt(circles, region, x, y), { x: x0, y: y0, w: x1 - x0, h: y1 - y0 }, w, h, taken, 3, boxRowWindow(circlesOf(circles, region), w, h));
    if (!spot) {
      missing.push(region);
      continue;
    }
    taken.push(spot);
    out[region] = { x: spot.x + spot.w / 2, y: spot.y + spot.h / 2, anchor: 'middle' };
  }
  if (!outside) return out;
  // The rest outside the circles, the one nearest free space first; leaders start at the region's deepest point.
  const blocked = [...taken, ...outside.avoid];
  const anchors = missing.map((region) => {
    const a = deepestPoint(circles, region, 1);
    return { x: a.x, y: a.y };
  });
  const leaders: Leader[] = [];
  missing.forEach((region, i) => {
    const anchor = anchors[i];
    // The positions near the anchor first (a count's box is nearly always found there), then the whole
    // frame: a box found near is the nearest of the whole frame too.
    const near = nearestGrid(circles, anchor, outside.bounds, w, h, NEAR_CALLOUT);
    let all: NearestGrid | null | undefined;
    const search = (rules: (grid: NearestGrid | null) => Box | null) => rules(near) ?? rules((all ??= nearestGrid(circles, anchor, outside.bounds, w, h)));
    // the leader's rules relaxed step by step rather than leaving a count out
    const calm = outside.gap && outside.gap > 3 ? search((g) => calloutBox(g, circles, anchor, blocked, leaders, anchors, w, h, outside.gap)) : null;
    const box = calm ?? search((g) => calloutBox(g, circles, anchor, blocked, leaders, anchors, w, h)) ?? search((g) => calloutBox(g, circles, anchor, blocked, [], [], w, h));
    if (!box) return;
    const end = nearestOf(box, anchor);
    blocked.push(box);
    leaders.push({ a: anchor, b: end });
    // the text starts where the leader meets its box
    const side: Anchor = end.x >= box.x + box.w ? 'end' : end.x <= box.x ? 'start' : 'middle';
    const x = side === 'end' ? box.x + box.w - 1 : side === 'start' ? box.x + 1 : box.x + box.w / 2;
    out[region] = { x, y: box.y + box.h / 2, anchor: side, leader: { x1: anchor.x, y1: anchor.y, x2: end.x, y2: end.y } };
  });
  return out;
}
const countSpotsRemembered = memoize(countSpotsUncached);

/**
 * Centres of the data counts ("n = …") in font size fs, one per region where the widest count fits,
 * clear of the fixed texts, the split line and the counts placed before. Found once per layout for
 * the widest count, so a filter change only changes the numbers, never where they stand. With
 * `outside`, a count that fits nowhere inside its region stands outside the circles with a leader.
 */
export function countSpots(circles: Circle[], split: { x: number; y1: number; y2: number }, obstacles: Box[], fs: number, widest: string, outside?: Outside): Partial<Record<ModelRegion, CountSpot>> {
  return countSpotsRemembered(circles, split, obstacles, textWidth(widest, fs) * 1.06, fs * 1.25, outside);
}

/** Regions too small for a finger (depth below the radius) get a round target of that radius at their deepest point. */
export function touchTargets(circles: Circle[], radius = 22): Record<ModelRegion, Pt | null> {
  const out = {} as Record<ModelRegion, Pt | null>;
  for (const r of MODEL_REGIONS) {
    const p = deepestPoint(circles, r, 2, radius);
    out[r] = p.depth < radius ? { x: p.x, y: p.y } : null;
  }
  return out;
}
