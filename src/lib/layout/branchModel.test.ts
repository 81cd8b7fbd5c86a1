import { describe, expect, it } from 'vitest';
import { BRANCH_IDS, deepestPoint, layoutBranchModel, MODEL_REGIONS, placeCircles, placeMarks, regionDepth, regionPath, sideDepth, splitX, unionAreaLeftOf, type Circle, type ModelRegion } from './branchModel.ts';
import { testCluster } from '../../../tests/unit/fixtures.ts';

const SHARES = { mt: 46, bt: 39, ph: 15 };
const maxX = (cs: Circle[]) => Math.max(...cs.map((c) => c.cx + c.r));
const inside = (c: Circle, x: number, y: number) => (x - c.cx) ** 2 + (y - c.cy) ** 2 < c.r * c.r;

/** Independent measure: counts grid cells (no use of the layout's own integration). */
function gridArea(circles: Circle[], test: (x: number, y: number) => boolean, n = 700) {
  const x0 = Math.min(...circles.map((c) => c.cx - c.r)), x1 = Math.max(...circles.map((c) => c.cx + c.r));
  const y0 = Math.min(...circles.map((c) => c.cy - c.r)), y1 = Math.max(...circles.map((c) => c.cy + c.r));
  const dx = (x1 - x0) / n, dy = (y1 - y0) / n;
  let a = 0;
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) if (test(x0 + (i + 0.5) * dx, y0 + (j + 0.5) * dy)) a++;
  return a * dx * dy;
}
const OPT = {
  branchLabels: { mt: ['Medizintechnik', '46 %'], bt: ['Biotechnologie', '39 %'], ph: ['Pharma', '15 %'] } as Record<'mt' | 'bt' | 'ph', [string, string]>,
  sideLabels: { th: 'Therapie 54 %', dx: 'Diagnostik 46 %' },
  noneTitle: '45',
  noneLabel: 'nicht eindeutig einer Branche zuzuordnende Akteure'
};

describe('branch model circles', () => {
  const circles = placeCircles(SHARES);
  it.each(BRANCH_IDS)('the area of %s is its published share', (b) => {
    const c = circles.find((k) => k.id === b)!;
    expect(gridArea([c], (x, y) => inside(c, x, y))).toBeCloseTo(SHARES[b], 0);
    expect(Math.PI * c.r * c.r).toBeCloseTo(SHARES[b], 6);
  });
  it('areas keep their proportions after scaling to pixels', () => {
    for (const width of [360, 600, 1280]) {
      const s = layoutBranchModel(SHARES, 54, OPT, { width });
      const a = s.circles.map((c) => c.r * c.r);
      expect(a[0] / a[1]).toBeCloseTo(46 / 39, 6);
      expect(a[0] / a[2]).toBeCloseTo(46 / 15, 6);
    }
  });
  it('Biotechnologie∩Pharma is clearly larger than Medizintechnik∩Pharma (measured on a grid)', () => {
    const [mt, bt, ph] = circles;
    const btph = gridArea(circles, (x, y) => inside(bt, x, y) && inside(ph, x, y));
    const mtph = gridArea(circles, (x, y) => inside(mt, x, y) && inside(ph, x, y));
    expect(mtph).toBeGreaterThan(0.5);
    expect(btph / mtph).toBeGreaterThan(1.5);
  });
  it('every exact region exists', () => {
    for (const r of MODEL_REGIONS) {
      const area = gridArea(circles, (x, y) => regionDepth(circles, r, { x, y }) > 0, 300);
      expect(area, r).toBeGreaterThan(0.3);
    }
  });
});

describe('Therapie/Diagnostik split', () => {
  it.each([54, 50, 30])('divides the union %s : rest (grid measure)', (th) => {
    const circles = placeCircles(SHARES);
    const x = splitX(circles, th / 100);
    const inUnion = (px: number, py: number) => circles.some((c) => inside(c, px, py));
    const total = gridArea(circles, inUnion);
    const leftA = gridArea(circles, (px, py) => px < x && inUnion(px, py));
    expect(leftA / total).toBeCloseTo(th / 100, 2);
    expect(unionAreaLeftOf(circles, x) / unionAreaLeftOf(circles, maxX(circles))).toBeCloseTo(th / 100, 3);
  });
  it('the union left of the line is 54 % in the pixel scene as well', () => {
    const s = layoutBranchModel(SHARES, 54, OPT, { width: 768 });
    expect(unionAreaLeftOf(s.circles, s.split.x) / unionAreaLeftOf(s.circles, maxX(s.circles))).toBeCloseTo(0.54, 3);
  });
});

describe('region paths', () => {
  it('each region path is closed and uses only arcs', () => {
    const circles = placeCircles(SHARES);
    for (const r of MODEL_REGIONS) {
      const d = regionPath(circles, r);
      expect(d, r).toMatch(/^M[\d.,-]+(A[^MZ]+)+Z/);
    }
  });
});

describe('lighthouse projects in the model', () => {
  const { data } = testCluster();
  const marks = data.projects.map((p) => ({ id: p.id, region: p.placement.region as ModelRegion | 'none', side: p.placement.side }));
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
});

describe('touch targets', () => {
  it('the deepest point of every region lies inside it', () => {
    const s = layoutBranchModel(SHARES, 54, OPT, { width: 360 });
    for (const r of MODEL_REGIONS) {
      const p = deepestPoint(s.circles, r);
      expect(p.depth, r).toBeGreaterThan(5);
      expect(regionDepth(s.circles, r, p)).toBeCloseTo(p.depth, 6);
    }
  });
});
