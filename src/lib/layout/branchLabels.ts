// The texts placed in and around the branch model: the Therapie/Diagnostik labels above it, the
// branch names with their shares inside their circles, the spots of the data counts inside every
// region, and round touch targets for the small regions. Pure; sizes estimated by the text module.
import { memoize } from '../utils/memo.ts';
import { fitInRegion, textWidth, type Anchor, type Box } from './text.ts';
import { deepestPoint, MODEL_REGIONS, regionBounds, regionDepth, type BranchId, type Circle, type ModelRegion, type Pt } from './branchGeometry.ts';

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
      const spot = fitInRegion((x, y) => regionDepth(circles, 'ph', { x, y }), area, w, h, [], 4);
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

function countSpotsUncached(circles: Circle[], split: { x: number; y1: number; y2: number }, obstacles: Box[], w: number, h: number): Partial<Record<ModelRegion, Pt>> {
  const taken = [...obstacles, { x: split.x - 1, y: split.y1, w: 2, h: split.y2 - split.y1 }];
  const out: Partial<Record<ModelRegion, Pt>> = {};
  for (const region of MODEL_REGIONS) {
    const { x0, y0, x1, y1 } = regionBounds(circles, region);
    const spot = fitInRegion((x, y) => regionDepth(circles, region, { x, y }), { x: x0, y: y0, w: x1 - x0, h: y1 - y0 }, w, h, taken);
    if (!spot) continue;
    taken.push(spot);
    out[region] = { x: spot.x + spot.w / 2, y: spot.y + spot.h / 2 };
  }
  return out;
}
const countSpotsRemembered = memoize(countSpotsUncached);

/**
 * Centres of the data counts ("n = …") in font size fs, one per region where the widest count fits,
 * clear of the fixed texts, the split line and the counts placed before. Found once per layout for
 * the widest count, so a filter change only changes the numbers, never where they stand.
 */
export function countSpots(circles: Circle[], split: { x: number; y1: number; y2: number }, obstacles: Box[], fs: number, widest: string): Partial<Record<ModelRegion, Pt>> {
  return countSpotsRemembered(circles, split, obstacles, textWidth(widest, fs) * 1.06, fs * 1.25);
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
