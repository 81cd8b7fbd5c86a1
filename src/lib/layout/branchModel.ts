// Layout of the branch model (Masterplan Abb. 2) as a scene in pixels, shared by the branch view and
// the lighthouse view (Abb. 4): shares in, circles, region paths, the Therapie/Diagnostik split, the
// fixed texts and the box of the actors that fit no single branch out. Pure. The geometry, the split,
// the texts and the marks live in branchGeometry.ts, branchSplit.ts, branchLabels.ts and branchMarks.ts.
import { memoize } from '../utils/memo.ts';
import { wrapText } from './text.ts';
import { MODEL_REGIONS, placeCircles, regionPath, type BranchId, type Circle, type ModelRegion, type Rect } from './branchGeometry.ts';
import { splitX } from './branchSplit.ts';
import { BASE_STYLE, scaledFs, type FigureStyle } from './figureStyle.ts';
import { branchBlocks, sideBlocks, type SideBlock, type TextBlock } from './branchLabels.ts';

// The model's public names, also reachable through the scene's module.
export { BRANCH_IDS, MODEL_REGIONS, SCHEMATIC, branchesOf, deepestPoint, placeCircles, regionDepth, regionPath, sideDepth } from './branchGeometry.ts';
export type { BranchId, Circle, ModelRegion, Pt, Rect, Side } from './branchGeometry.ts';
export { splitX, unionAreaLeftOf } from './branchSplit.ts';
export { placeMarks, type MarkIn, type MarkOut } from './branchMarks.ts';
export type { TextBlock } from './branchLabels.ts';

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
  /** touch target and text sizes (the kiosk's are larger) */
  style?: FigureStyle;
  /** the model's greatest height in px instead of the usual one (a portrait kiosk screen has the room) */
  maxHeight?: number;
}
export interface Scene {
  width: number;
  height: number;
  fs: number;
  scale: number;
  circles: Circle[];
  split: { x: number; y1: number; y2: number };
  paths: Record<ModelRegion, string>;
  sides: Record<'th' | 'dx', SideBlock>;
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
  const style = opt.style ?? BASE_STYLE;
  const hit = style.hit;
  const fs = scaledFs(opt.compact || width < 560 ? 13 : 15, style);
  const lh = fs * 1.25;
  const pad = 6;
  const model = placeCircles(shares);
  const mx0 = Math.min(...model.map((c) => c.cx - c.r)), mx1 = Math.max(...model.map((c) => c.cx + c.r));
  const my0 = Math.min(...model.map((c) => c.cy - c.r)), my1 = Math.max(...model.map((c) => c.cy + c.r));
  const wide = width >= 520;
  const gap = 16;
  const boxW = wide ? Math.min(220 * style.text, Math.max(140, width * 0.22)) : width - 2 * pad;
  const hMax = opt.maxHeight ?? (opt.compact ? 430 : wide ? Math.min(640, Math.max(560, width * 0.36)) : width * 1.6);
  const scale = Math.min((width - 2 * pad - extraLeft - (wide ? boxW + gap : 0)) / (mx1 - mx0), hMax / (my1 - my0));
  const mw = (mx1 - mx0) * scale, mh = (my1 - my0) * scale;
  const left = Math.max(pad + extraLeft, wide ? (width - mw - gap - boxW) / 2 : (width - mw) / 2);
  const top = pad + hit + 6;
  const circles = model.map((c) => ({ id: c.id, cx: left + (c.cx - mx0) * scale, cy: top + (c.cy - my0) * scale, r: c.r * scale }));
  const sx = splitX(circles, therapyPercent / 100);
  const frame = { width, pad, fs, lh, hit };
  const { blocks: branchLabels, needLeft } = branchBlocks(circles, opt.branchLabels, sx, frame, extraLeft);
  if (needLeft) return layoutBranchModel(shares, therapyPercent, opt, size, needLeft);
  const paths = Object.fromEntries(MODEL_REGIONS.map((r) => [r, regionPath(circles, r)])) as Record<ModelRegion, string>;

  // The actors that fit no single branch: beside the model (wide) or below it.
  const lineFs = fs - 1;
  const titleFs = Math.round(fs * 1.6);
  const lines = wrapText(opt.noneLabel, boxW - 16, lineFs);
  const inner = titleFs * 1.2 + lines.length * lineFs * 1.25 + (opt.noneCountLine ? lh : 0) + (opt.noneSlot ?? 0) + 16;
  const boxH = Math.max(inner, hit);
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
  const sides = sideBlocks(opt.sideLabels, sx, frame);
  return {
    width,
    height,
    fs,
    scale,
    circles,
    split: { x: sx, y1: pad + hit, y2: modelBottom },
    paths,
    sides,
    branchLabels,
    none: { rect, titleY, titleFs, lines: placed, lineFs, countY, slot },
    obstacles: [sides.th.rect, sides.dx.rect, ...Object.values(branchLabels).map((b) => b.rect), { x: rect.x, y: rect.y, w: rect.w, h: slot.y - rect.y }]
  };
}

// Depends only on size and the published figures: remembered, so a filter change does not recompute it.
export const layoutBranchModel = memoize(layoutBranchModelUncached);
