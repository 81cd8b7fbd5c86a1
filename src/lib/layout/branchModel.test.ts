// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { layoutBranchModel, MODEL_REGIONS } from './branchModel.ts';
import { OPT, SHARES } from '../../../tests/unit/branchModelFixtures.ts';

describe('the branch model scene', () => {
  it.each([360, 600, 1280])('areas keep their proportions after scaling to pixels at %i px', (width) => {
    const s = layoutBranchModel(SHARES, 54, OPT, { width });
    const a = s.circles.map((c) => c.r * c.r);
    expect(a[0] / a[1]).toBeCloseTo(46 / 39, 6);
    expect(a[0] / a[2]).toBeCloseTo(46 / 15, 6);
  });
  it.each([
    [360, 13, 'below'],
    [390, 13, 'below'],
    [600, 15, 'beside'],
    [1280, 15, 'beside'],
    [1920, 15, 'beside']
  ] as const)('at %i px: font %i px, the box of unassigned actors %s the model, everything inside the width', (width, fs, where) => {
    const s = layoutBranchModel(SHARES, 54, OPT, { width });
    expect(s.fs).toBe(fs);
    const modelRight = Math.max(...s.circles.map((c) => c.cx + c.r));
    const modelBottom = Math.max(...s.circles.map((c) => c.cy + c.r));
    if (where === 'below') expect(s.none.rect.y).toBeGreaterThan(modelBottom);
    else expect(s.none.rect.x).toBeGreaterThan(modelRight);
    for (const r of [...s.obstacles, s.none.rect]) {
      expect(r.x).toBeGreaterThanOrEqual(0);
      expect(r.x + r.w).toBeLessThanOrEqual(s.width);
      expect(r.y + r.h).toBeLessThanOrEqual(s.height);
    }
    expect(s.split.y1).toBeLessThan(Math.min(...s.circles.map((c) => c.cy - c.r)));
    expect(s.split.y2).toBeCloseTo(modelBottom, 6);
  });
  it('draws every region, and the fixed texts as obstacles (two sides, three names, the box head)', () => {
    const s = layoutBranchModel(SHARES, 54, OPT, { width: 768 });
    expect(Object.keys(s.paths)).toEqual([...MODEL_REGIONS]);
    expect(s.obstacles).toHaveLength(6);
  });
  it('a compact scene is at most 430 px of model high, and grows its box for a count line and a slot', () => {
    const plain = layoutBranchModel(SHARES, 54, OPT, { width: 1280 });
    const compact = layoutBranchModel(SHARES, 54, { ...OPT, compact: true }, { width: 1280 });
    expect(compact.split.y2 - compact.split.y1).toBeLessThanOrEqual(430 + 6);
    expect(compact.fs).toBe(13);
    const more = layoutBranchModel(SHARES, 54, { ...OPT, noneCountLine: true, noneSlot: 30 }, { width: 1280 });
    expect(more.none.rect.h).toBeCloseTo(plain.none.rect.h + plain.fs * 1.25 + 30, 6);
    expect(more.none.slot.h).toBe(30);
  });
});
