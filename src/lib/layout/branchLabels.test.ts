// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { MODEL_REGIONS, regionDepth } from './branchGeometry.ts';
import { branchBlocks, countSpots, segmentsCross, sideBlocks, touchTargets } from './branchLabels.ts';
import { layoutBranchModel } from './branchModel.ts';
import { overlaps, rectHitsCircle, textWidth, type Box } from './text.ts';
import { KIOSK_STYLE } from './figureStyle.ts';
import { portraitModelHeight } from '../kiosk/layout.ts';
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

describe('counts outside their region', () => {
  // The overview's compact model and the full view, at the widths the screenshots use and beyond.
  const cases = [false, true].flatMap((compact) => [...WIDTHS, 330, 560, 900].map((width) => [compact ? 'compact' : 'full', width] as const));
  it.each(cases)('%s model at %i px: every region has its count, those that do not fit stand outside with a leader, nothing overlaps', (kind, width) => {
    const s = layoutBranchModel(SHARES, 54, { ...OPT, compact: kind === 'compact', noneCountLine: true }, { width });
    const fs = s.fs - 1;
    const widest = 'n = 150';
    const outside = { bounds: { x: 0, y: 0, w: s.width, h: s.height }, avoid: [s.none.rect] };
    const spots = countSpots(s.circles, s.split, s.obstacles, fs, widest, outside);
    expect(Object.keys(spots).sort()).toEqual([...MODEL_REGIONS].sort());
    const w = textWidth(widest, fs) * 1.06, h = fs * 1.25;
    const box = (p: (typeof spots)[keyof typeof spots] & {}) => {
      const x = p.anchor === 'end' ? p.x + 1 - w : p.anchor === 'start' ? p.x - 1 : p.x - w / 2;
      return { x, y: p.y - h / 2, w, h };
    };
    const boxes = Object.entries(spots).map(([r, p]) => [r, box(p!)] as const);
    for (const [r, b] of boxes) {
      for (const o of [...s.obstacles, s.none.rect]) expect(overlaps(b, o), `${r} meets a fixed text`).toBe(false);
      for (const [q, c] of boxes) if (q !== r) expect(overlaps(b, c), `${r} meets ${q}`).toBe(false);
      expect(b.x >= 0 && b.y >= 0 && b.x + b.w <= s.width && b.y + b.h <= s.height, `${r} inside the frame`).toBe(true);
      const p = spots[r as (typeof MODEL_REGIONS)[number]]!;
      if (!p.leader) continue;
      // outside every circle, the leader from inside its region to the box's edge
      for (const c of s.circles) expect(rectHitsCircle(b, { x: c.cx, y: c.cy, r: c.r }), `${r} outside ${c.id}`).toBe(false);
      expect(regionDepth(s.circles, r as (typeof MODEL_REGIONS)[number], { x: p.leader.x1, y: p.leader.y1 }), r).toBeGreaterThan(0);
      expect(p.leader.x2 >= b.x - 1e-6 && p.leader.x2 <= b.x + b.w + 1e-6 && p.leader.y2 >= b.y - 1e-6 && p.leader.y2 <= b.y + b.h + 1e-6, `${r} leader ends at its box`).toBe(true);
    }
    const leaders = Object.values(spots).flatMap((p) => (p!.leader ? [p!.leader] : []));
    for (const a of leaders)
      for (const b of leaders)
        if (a !== b) expect(segmentsCross({ x: a.x1, y: a.y1 }, { x: a.x2, y: a.y2 }, { x: b.x1, y: b.y1 }, { x: b.x2, y: b.y2 })).toBe(false);
  });
  it('without room outside, a count stays out rather than overlap', () => {
    const s = layoutBranchModel(SHARES, 54, { ...OPT, noneCountLine: true }, { width: 390 });
    const outside = { bounds: { x: 0, y: 0, w: 10, h: 10 }, avoid: [] };
    const spots = countSpots(s.circles, s.split, s.obstacles, s.fs - 1, 'n = 150', outside);
    expect(Object.values(spots).every((p) => !p!.leader)).toBe(true);
  });
  it('segments cross only when they really do', () => {
    expect(segmentsCross({ x: 0, y: 0 }, { x: 10, y: 10 }, { x: 0, y: 10 }, { x: 10, y: 0 })).toBe(true);
    expect(segmentsCross({ x: 0, y: 0 }, { x: 10, y: 0 }, { x: 0, y: 5 }, { x: 10, y: 5 })).toBe(false);
    expect(segmentsCross({ x: 0, y: 0 }, { x: 4, y: 4 }, { x: 0, y: 10 }, { x: 10, y: 0 })).toBe(false);
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

describe('the kiosk model, read from two metres', () => {
  // The screens' widths less the page's margins; portrait lets the model grow (kiosk/layout.ts).
  const clear = (a: Box, b: Box) => Math.max(b.x - (a.x + a.w), a.x - (b.x + b.w), b.y - (a.y + a.h), a.y - (b.y + b.h));
  const cases = [
    ['1080×1920', 1014, portraitModelHeight({ width: 1080, height: 1920 })],
    ['1920×1080', 1854, portraitModelHeight({ width: 1920, height: 1080 })]
  ] as const;
  it.each(cases.flatMap(([name, width, maxHeight]) => ['n = 62', 'n = 150'].map((widest) => [name, width, maxHeight, widest] as const)))(
    '%s: every count keeps a line of clear space from the others (%s)',
    (name, width, maxHeight, widest) => {
      const s = layoutBranchModel(SHARES, 54, { ...OPT, noneCountLine: true, style: KIOSK_STYLE, maxHeight }, { width });
      const fs = s.fs - 1, h = fs * 1.25, w = textWidth(widest, fs) * 1.06;
      const outside = { bounds: { x: 0, y: 0, w: s.width, h: s.height }, avoid: [s.none.rect], gap: KIOSK_STYLE.calloutGap * h };
      const spots = countSpots(s.circles, s.split, s.obstacles, fs, widest, outside);
      expect(Object.keys(spots).sort()).toEqual([...MODEL_REGIONS].sort());
      const boxes = Object.entries(spots).map(([r, p]) => {
        const x = p!.anchor === 'end' ? p!.x + 1 - w : p!.anchor === 'start' ? p!.x - 1 : p!.x - w / 2;
        return [r, { x, y: p!.y - h / 2, w, h }] as const;
      });
      for (const [r, b] of boxes) {
        for (const [q, c] of boxes) if (q !== r) expect(clear(b, c), `${r} and ${q}`).toBeGreaterThanOrEqual(h);
        for (const o of [...s.obstacles, s.none.rect]) expect(overlaps(b, o), `${r} meets a fixed text`).toBe(false);
      }
      // portrait: the model is large enough that every count stands in its own region, no leader needed
      if (name === '1080×1920') expect(Object.values(spots).filter((p) => p!.leader)).toEqual([]);
    }
  );
});
