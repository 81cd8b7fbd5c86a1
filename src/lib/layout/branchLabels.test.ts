// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { MODEL_REGIONS, regionDepth } from './branchGeometry.ts';
import { branchBlocks, countSpots, sideBlocks, touchTargets } from './branchLabels.ts';
import { layoutBranchModel } from './branchModel.ts';
import { overlaps, textWidth } from './text.ts';
import { OPT, SHARES } from '../../../tests/unit/branchModelFixtures.ts';

const WIDTHS = [360, 390, 768, 1280, 1920];

describe('side labels', () => {
  const frame = { width: 800, pad: 6, fs: 15, lh: 18.75 };
  const wTh = textWidth(OPT.sideLabels.th, 15, true), wDx = textWidth(OPT.sideLabels.dx, 15, true);
  it.each([
    ['room on both sides', 400, 390, 410],
    ['the line near the left edge', 20, 10, 6 + wTh + 30],
    ['the line near the right edge', 790, 800 - 6 - 8 - wDx - 20, 800 - 6 - 8 - wDx]
  ])('%s (split at %s): Therapie ends at %s, Diagnostik starts at %s', (_, split, thEnd, dxStart) => {
    const s = sideBlocks(OPT.sideLabels, split as number, frame);
    expect(s.th.x).toBeCloseTo(thEnd as number, 6);
    expect(s.dx.x).toBeCloseTo(dxStart as number, 6);
    expect([s.th.anchor, s.dx.anchor]).toEqual(['end', 'start']);
    expect(overlaps(s.th.rect, s.dx.rect)).toBe(false);
    expect(s.th.hit.h).toBe(44);
  });
});

describe('branch names', () => {
  it.each(WIDTHS)('each name lies inside its own circle at %i px (Pharma beside it when it does not fit)', (width) => {
    const s = layoutBranchModel(SHARES, 54, OPT, { width });
    const frame = { width: s.width, pad: 6, fs: s.fs, lh: s.fs * 1.25 };
    const { blocks, needLeft } = branchBlocks(s.circles, OPT.branchLabels, s.split.x, frame, 1);
    expect(needLeft).toBe(0);
    expect(blocks).toEqual(s.branchLabels);
    for (const id of ['mt', 'bt'] as const) {
      const c = s.circles.find((k) => k.id === id)!;
      const r = blocks[id].rect;
      for (const [x, y] of [[r.x, r.y], [r.x + r.w, r.y], [r.x, r.y + r.h], [r.x + r.w, r.y + r.h]]) expect(Math.hypot(x - c.cx, y - c.cy), id).toBeLessThanOrEqual(c.r);
    }
    const ph = blocks.ph.rect;
    expect(ph.x).toBeGreaterThanOrEqual(0);
  });
  it('asks for room on the left when Pharma fits neither inside nor beside the model', () => {
    const circles = [{ id: 'mt' as const, cx: 100, cy: 100, r: 50 }, { id: 'bt' as const, cx: 150, cy: 60, r: 45 }, { id: 'ph' as const, cx: 20, cy: 60, r: 12 }];
    const { needLeft, blocks } = branchBlocks(circles, OPT.branchLabels, 100, { width: 300, pad: 6, fs: 15, lh: 18.75 }, 0);
    expect(needLeft).toBeCloseTo(textWidth('Pharma', 15, true) + 8, 6);
    expect(blocks.ph.anchor).toBe('start');
  });
});

describe('count spots', () => {
  it.each(WIDTHS)('at %i px: inside their region, clear of the fixed texts, the split line and each other', (width) => {
    const s = layoutBranchModel(SHARES, 54, { ...OPT, noneCountLine: true }, { width });
    const fs = s.fs - 1;
    const spots = countSpots(s.circles, s.split, s.obstacles, fs, 'n = 150');
    const w = textWidth('n = 150', fs) * 1.06, h = fs * 1.25;
    const boxes = Object.values(spots).map((p) => ({ x: p.x - w / 2, y: p.y - h / 2, w, h }));
    expect(boxes.length).toBeGreaterThanOrEqual(5);
    for (const [region, p] of Object.entries(spots)) {
      const b = { x: p.x - w / 2, y: p.y - h / 2, w, h };
      for (const [x, y] of [[b.x, b.y], [b.x + w, b.y + h], [b.x + w, b.y], [b.x, b.y + h]]) expect(regionDepth(s.circles, region as (typeof MODEL_REGIONS)[number], { x, y }), region).toBeGreaterThan(0);
      for (const o of s.obstacles) expect(overlaps(b, o), region).toBe(false);
      expect(b.x > s.split.x + 1 || b.x + w < s.split.x - 1, region).toBe(true);
      for (const q of boxes) if (q.x !== b.x || q.y !== b.y) expect(overlaps(b, q), region).toBe(false);
    }
  });
  it('a wider count finds no more spots than a narrow one', () => {
    const s = layoutBranchModel(SHARES, 54, { ...OPT, noneCountLine: true }, { width: 390 });
    const few = Object.keys(countSpots(s.circles, s.split, s.obstacles, 12, 'n = 1')).length;
    const wide = Object.keys(countSpots(s.circles, s.split, s.obstacles, 12, 'n = 123456789012')).length;
    expect(wide).toBeLessThanOrEqual(few);
  });
});

describe('touch targets', () => {
  it.each(WIDTHS)('at %i px only the regions thinner than a finger get one, inside them', (width) => {
    const s = layoutBranchModel(SHARES, 54, OPT, { width });
    const t = touchTargets(s.circles);
    for (const r of MODEL_REGIONS) {
      const p = t[r];
      if (p) expect(regionDepth(s.circles, r, p), r).toBeGreaterThan(5);
      if (p) expect(regionDepth(s.circles, r, p), r).toBeLessThan(22);
    }
    expect(t.mt).toBeNull();
    expect(t.bt).toBeNull();
  });
  it('at 360 px the thin Medizintechnik∩Pharma gets one, at its deepest point', () => {
    const s = layoutBranchModel(SHARES, 54, OPT, { width: 360 });
    const t = touchTargets(s.circles);
    expect(Object.entries(t).filter(([, p]) => p).map(([r]) => r)).toEqual(['mt+ph']);
    expect(regionDepth(s.circles, 'mt+ph', t['mt+ph']!)).toBeCloseTo(18.1, 1);
  });
});
