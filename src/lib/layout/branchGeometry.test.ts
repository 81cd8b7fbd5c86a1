// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { BRANCH_IDS, circlesOf, deepestPoint, firstAtLeast, gridLine, MODEL_REGIONS, placeCircles, regionBounds, regionDepth, regionPath, sideDepth, xWindow, type Circle } from './branchGeometry.ts';
import { SHARES, gridArea, inside } from '../../../tests/unit/branchModelFixtures.ts';

describe('branch model circles', () => {
  const circles = placeCircles(SHARES);
  it.each(BRANCH_IDS)('the area of %s is its published share', (b) => {
    const c = circles.find((k) => k.id === b)!;
    expect(gridArea([c], (x, y) => inside(c, x, y))).toBeCloseTo(SHARES[b], 0);
    expect(Math.PI * c.r * c.r).toBeCloseTo(SHARES[b], 6);
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

describe('regions', () => {
  const circles: Circle[] = [
    { id: 'mt', cx: 0, cy: 0, r: 2 },
    { id: 'bt', cx: 3, cy: 0, r: 2 },
    { id: 'ph', cx: 1.5, cy: 10, r: 1 }
  ];
  it.each([
    ['mt', { x: -1, y: 0 }, 1],
    ['mt', { x: 1.5, y: 0 }, -0.5],
    ['mt+bt', { x: 1.5, y: 0 }, 0.5],
    ['ph', { x: 1.5, y: 10 }, 1],
    ['bt', { x: 10, y: 0 }, -5]
  ] as const)('depth in %s at %o is %s', (region, p, d) => expect(regionDepth(circles, region, p)).toBeCloseTo(d, 9));
  it.each([
    ['mt', { x0: -2, y0: -2, x1: 2, y1: 2 }],
    ['mt+bt', { x0: 1, y0: -2, x1: 2, y1: 2 }]
  ] as const)('the bounds of %s', (region, b) => {
    expect(regionBounds(circles, region)).toEqual(b);
    expect(circlesOf(circles, region).map((c) => c.id).join('+')).toBe(region);
  });
  it.each([
    ['th', 3, 5, 2],
    ['dx', 3, 5, -2],
    ['both', 3, 5, -2],
    ['both', 5, 5, -0]
  ] as const)('side depth of %s at x = %i with the split at %i is %i', (side, x, split, d) => expect(sideDepth(side, x, split)).toBe(d));
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

describe('deepest points', () => {
  const circles = placeCircles(SHARES).map((c) => ({ ...c, cx: c.cx * 40 + 300, cy: c.cy * 40 + 300, r: c.r * 40 }));
  it.each(MODEL_REGIONS)('the deepest point of %s lies inside it', (r) => {
    const p = deepestPoint(circles, r);
    expect(p.depth, r).toBeGreaterThan(5);
    expect(regionDepth(circles, r, p)).toBeCloseTo(p.depth, 6);
  });
  it('stops at the first point deep enough when asked to', () => {
    const full = deepestPoint(circles, 'mt');
    const quick = deepestPoint(circles, 'mt', 2, 10);
    expect(quick.depth).toBeGreaterThanOrEqual(10);
    expect(quick.depth).toBeLessThan(full.depth);
  });
});

describe('grid helpers', () => {
  it('gridLine sums its steps and stops at the end', () => {
    expect(gridLine(0, 1, 0.25)).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(gridLine(0.1, 0.35, 0.1).length).toBe(3);
  });
  it.each([
    [-1, 0],
    [0, 0],
    [0.3, 2],
    [1, 4],
    [2, 5]
  ])('firstAtLeast(%s) is index %i', (v, i) => expect(firstAtLeast([0, 0.25, 0.5, 0.75, 1], v)).toBe(i));
  const c: Circle[] = [{ id: 'mt', cx: 0, cy: 0, r: 5 }];
  it.each([
    [0, 0, -5, 5],
    [3, 0, -4, 4],
    [0, 3, -2, 2],
    [0, 5, 0, 0]
  ])('on row %s the points deeper than %s lie in [%s, %s]', (y, t, lo, hi) => {
    const [a, b] = xWindow(c, y, t);
    expect(a).toBeCloseTo(lo, 6);
    expect(b).toBeCloseTo(hi, 6);
  });
  it('a row that cannot reach the depth has an empty window', () => {
    const [a, b] = xWindow(c, 4.5, 1);
    expect(a).toBeGreaterThan(b);
  });
  it.each(MODEL_REGIONS)('the pruned search for the deepest point of %s finds what a full scan finds', (r) => {
    const cs = placeCircles(SHARES).map((k) => ({ ...k, cx: k.cx * 30 + 200, cy: k.cy * 30 + 200, r: k.r * 30 }));
    const { x0, y0, x1, y1 } = regionBounds(cs, r);
    let best = { x: NaN, y: NaN, depth: -Infinity };
    for (const y of gridLine(y0, y1, 2)) for (const x of gridLine(x0, x1, 2)) {
      const d = regionDepth(cs, r, { x, y });
      if (d > best.depth) best = { x, y, depth: d };
    }
    expect(deepestPoint(cs, r)).toEqual(best);
  });
});
