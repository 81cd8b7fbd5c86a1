// Geometry of one indication radar: axes clockwise from the top, labels outside the rim placed so
// that none leaves the drawing or touches another, the data scale's rings and each axis' count as a
// bar from the centre. Height follows from width. Pure: numbers and path strings only.
import { tickStep, ticks } from 'd3-array';
import { estimateWidth, overlaps, wrapLabel, type Box } from './text.ts';
import { memoize } from '../utils/memo.ts';

export interface RadarAxisIn {
  id: string;
  /** name of the axis (wrapped by the layout) */
  label: string;
  bold: boolean;
  /** further short lines under the name (e.g. the count), never wrapped */
  extra: string[];
  value: number;
}
export interface RadarOptions {
  /** the data scale's maximum (shared by both radars) */
  max: number;
  fontSize?: number;
  /** largest radius (calmer charts on the overview); default 200 */
  maxR?: number;
}
export interface RadarAxisOut {
  id: string;
  angle: number;
  /** rim end of the axis */
  x2: number;
  y2: number;
  /** hit line: from the inner start to the rim */
  hx1: number;
  hy1: number;
  /** the count's bar end */
  vx: number;
  vy: number;
  lines: string[];
  nameLines: number;
  bold: boolean;
  anchor: 'start' | 'middle' | 'end';
  /** x of the text anchor and baseline of each line */
  tx: number;
  baselines: number[];
  box: Box;
}
export interface RadarLayout {
  width: number;
  height: number;
  cx: number;
  cy: number;
  r: number;
  fontSize: number;
  lineHeight: number;
  rings: { value: number; r: number }[];
  axes: RadarAxisOut[];
  /** true: the rim shows axis numbers only; the view lists the names */
  numbered: boolean;
}

const PAD = 4;
/** Below this radius the names leave too little drawing: the layout numbers the axes instead. */
export const MIN_NAMED_R = 56;

/** Whole-number rings of the data scale; the last ring (the rim) is the first tick at or above max. */
export function radarTicks(maxIn: number): number[] {
  const max = Math.max(1, Math.ceil(maxIn));
  const step = Math.max(1, Math.ceil(tickStep(0, max, Math.min(4, max))));
  const top = Math.ceil(max / step) * step;
  return ticks(0, top, top / step).filter((v) => v > 0);
}
const GAP = 8;

function place(axes: Omit<RadarAxisIn, 'value'>[], lines: string[][], r: number, cx: number, cy: number, fs: number, lh: number) {
  const k = axes.length;
  return axes.map((a, i) => {
    const angle = (i / k) * 2 * Math.PI;
    const dx = Math.sin(angle), dy = -Math.cos(angle);
    const ax = cx + dx * (r + GAP), ay = cy + dy * (r + GAP);
    const ls = lines[i];
    const w = Math.max(...ls.map((l, j) => estimateWidth(l, fs, a.bold && j < ls.length - a.extra.length)));
    const h = ls.length * lh;
    const anchor: RadarAxisOut['anchor'] = Math.abs(dx) < 0.3 ? 'middle' : dx > 0 ? 'start' : 'end';
    const x = anchor === 'middle' ? ax - w / 2 : anchor === 'start' ? ax : ax - w;
    const y = dy < -0.3 ? ay - h : dy > 0.3 ? ay : ay - h / 2;
    return { angle, dx, dy, anchor, tx: ax, box: { x, y, w, h } };
  });
}

/** What does not depend on the counts: the rim, the axes and where each label stands. */
type RadarFrame = Omit<RadarLayout, 'rings' | 'axes'> & { axes: Omit<RadarAxisOut, 'vx' | 'vy'>[] };

function radarFrameUncached(axes: Omit<RadarAxisIn, 'value'>[], opts: Omit<RadarOptions, 'max'>, size: { width: number }): RadarFrame {
  const width = Math.max(200, size.width);
  const fs = opts.fontSize ?? (width < 420 ? 12 : 13);
  const lh = Math.round(fs * 1.25);
  const cx = width / 2;
  const radiusFor = (ls: string[][]) => {
    const at = (r: number) => place(axes, ls, r, cx, 0, fs, lh);
    const inside = (p: ReturnType<typeof place>) => p.every((q) => q.box.x >= PAD && q.box.x + q.box.w <= width - PAD);
    const apart = (p: ReturnType<typeof place>) => {
      for (let i = 0; i < p.length; i++)
        for (let j = i + 1; j < p.length; j++) if (overlaps(p[i].box, p[j].box, 2)) return false;
      return true;
    };
    // Largest radius whose labels fit the width (and stay apart, if any radius allows that).
    const largest = (ok: (r: number) => boolean) => {
      let lo = 16, hi = width / 2;
      if (ok(hi)) return hi;
      for (let it = 0; it < 30; it++) { const mid = (lo + hi) / 2; if (ok(mid)) lo = mid; else hi = mid; }
      return lo;
    };
    const r = largest((x) => inside(at(x)) && apart(at(x)));
    return apart(at(r)) ? r : largest((x) => inside(at(x)));
  };
  // Wrap width: the one that leaves the largest radius (narrower labels are not always better).
  const limit = Math.max(8, Math.floor(Math.min(width * 0.3, 170) / (fs * 0.6)));
  const candidates = [...new Set([limit, 24, 20, 17, 14, 12, 10, 8].filter((c) => c <= limit))];
  let best = { r: -1, lines: [] as string[][] };
  for (const c of candidates) {
    const ls = axes.map((a) => [...wrapLabel(a.label, c), ...a.extra]);
    const r = radiusFor(ls);
    if (r > best.r * 1.02) best = { r, lines: ls };
  }
  // Too narrow for names around the rim: the axes carry their numbers, a list beside names them.
  const numbered = best.r < MIN_NAMED_R;
  if (numbered) best = { r: 0, lines: axes.map((_, i) => [String(i + 1)]) };
  if (numbered) best.r = radiusFor(best.lines);
  const lines = best.lines;
  const r = Math.min(best.r, opts.maxR ?? 200);
  const placed = place(axes, lines, r, cx, 0, fs, lh);
  // Very narrow: labels that still touch move down below the one they touch (top to bottom).
  const order = placed.map((_, i) => i).sort((a, b) => placed[a].box.y - placed[b].box.y);
  for (let k = 0; k < order.length; k++)
    for (let m = 0; m < k; m++) {
      const a = placed[order[m]].box, b = placed[order[k]].box;
      if (overlaps(a, b, 2)) b.y = a.y + a.h + 3;
    }
  const top = Math.min(-r, ...placed.map((p) => p.box.y)) - PAD;
  const bottom = Math.max(r, ...placed.map((p) => p.box.y + p.box.h)) + PAD;
  const cy = -top;
  for (const p of placed) p.box.y += cy;
  return {
    width,
    height: bottom - top,
    cx,
    cy,
    r,
    fontSize: fs,
    lineHeight: lh,
    numbered,
    axes: axes.map((a, i) => {
      const p = placed[i];
      return {
        id: a.id,
        angle: p.angle,
        x2: cx + p.dx * r,
        y2: cy + p.dy * r,
        hx1: cx + p.dx * r * 0.45,
        hy1: cy + p.dy * r * 0.45,
        lines: lines[i],
        nameLines: numbered ? 1 : lines[i].length - a.extra.length,
        bold: a.bold,
        anchor: p.anchor,
        tx: p.tx,
        baselines: lines[i].map((_, j) => p.box.y + j * lh + (lh - fs) / 2 + fs * 0.8),
        box: p.box
      };
    })
  };
}
// Remembered by its arguments, which hold no count: a filter change finds the labels already placed.
const radarFrame = memoize(radarFrameUncached);

/** The radar for these axes and counts: the frame (remembered) with the data scale's rings and each count's bar. */
export function layoutRadar(axes: RadarAxisIn[], opts: RadarOptions, size: { width: number }): RadarLayout {
  const { max: scaleMax, ...frameOpts } = opts;
  const frame = radarFrame(axes.map(({ value: _, ...a }) => a), frameOpts, size);
  const { cx, cy, r } = frame;
  const tickValues = radarTicks(scaleMax);
  const max = tickValues[tickValues.length - 1];
  return {
    ...frame,
    rings: tickValues.map((value) => ({ value, r: (r * value) / max })),
    axes: frame.axes.map((a, i) => {
      const vr = (r * Math.min(axes[i].value, max)) / max;
      return { ...a, vx: cx + Math.sin(a.angle) * vr, vy: cy - Math.cos(a.angle) * vr };
    })
  };
}
