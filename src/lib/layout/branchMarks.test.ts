// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { regionDepth, sideDepth } from './branchGeometry.ts';
import { placeMarks } from './branchMarks.ts';
import { layoutBranchModel } from './branchModel.ts';
import { OPT, PROJECTS, SHARES } from '../../../tests/unit/branchModelFixtures.ts';

describe('lighthouse projects in the model', () => {
  const marks = PROJECTS.map(({ id, region, side }) => ({ id, region, side }));
  it.each([360, 390, 600, 768, 1280, 1920])('every project lies inside its region and on its side at %i px', (width) => {
    const s = layoutBranchModel(SHARES, 54, { ...OPT, noneSlot: 30 }, { width });
    const r = 8;
    const placed = placeMarks(s.circles, s.split.x, marks, r, s.obstacles, s.none.slot);
    for (const m of marks) {
      const p = placed.find((q) => q.id === m.id)!;
      if (m.region === 'none') {
        const b = s.none.rect;
        expect(p.x > b.x && p.x < b.x + b.w && p.y > b.y && p.y < b.y + b.h, m.id).toBe(true);
        continue;
      }
      expect(regionDepth(s.circles, m.region, p), m.id).toBeGreaterThanOrEqual(r - 0.01);
      if (m.side === 'both') expect(Math.abs(p.x - s.split.x), m.id).toBeLessThan(r);
      else expect(sideDepth(m.side, p.x, s.split.x), m.id).toBeGreaterThan(0);
      expect(p.onSide, m.id).toBe(true);
    }
    for (let i = 0; i < placed.length; i++)
      for (let j = i + 1; j < placed.length; j++)
        expect(Math.hypot(placed[i].x - placed[j].x, placed[i].y - placed[j].y)).toBeGreaterThanOrEqual(2 * r);
  });
  it('keeps clear of the obstacles', () => {
    const s = layoutBranchModel(SHARES, 54, { ...OPT, noneSlot: 30 }, { width: 1280 });
    const placed = placeMarks(s.circles, s.split.x, marks, 12, s.obstacles, s.none.slot);
    for (const p of placed.filter((q) => marks.find((m) => m.id === q.id)!.region !== 'none'))
      for (const o of s.obstacles) {
        const dx = Math.max(o.x - p.x, 0, p.x - o.x - o.w), dy = Math.max(o.y - p.y, 0, p.y - o.y - o.h);
        expect(Math.hypot(dx, dy), p.id).toBeGreaterThanOrEqual(12);
      }
  });
  it('puts marks that fit no single branch in a row in the slot', () => {
    const slot = { x: 10, y: 100, w: 200, h: 30 };
    const out = placeMarks([], 0, [{ id: 'a', region: 'none', side: 'both' }, { id: 'b', region: 'none', side: 'th' }], 10, [], slot);
    expect(out).toEqual([
      { id: 'a', x: 20, y: 115, onSide: true },
      { id: 'b', x: 110, y: 115, onSide: true }
    ]);
  });
  it('leaves its side when the region has no room there, and says so', () => {
    // Therapie is left of the line, but the whole circle lies right of it
    const circles = [{ id: 'mt' as const, cx: 100, cy: 100, r: 40 }, { id: 'bt' as const, cx: 400, cy: 100, r: 10 }, { id: 'ph' as const, cx: 400, cy: 300, r: 10 }];
    const [p] = placeMarks(circles, 20, [{ id: 'a', region: 'mt', side: 'th' }], 8, [], { x: 0, y: 0, w: 0, h: 0 });
    expect(p.onSide).toBe(false);
    expect(regionDepth(circles, 'mt', p)).toBeGreaterThan(8);
  });
});
