// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { placeCircles } from './branchGeometry.ts';
import { splitX, unionAreaLeftOf, unionCutLength, type Disc } from './branchSplit.ts';
import { layoutBranchModel } from './branchModel.ts';
import { OPT, SHARES, gridArea, inside } from '../../../tests/unit/branchModelFixtures.ts';

const circles = placeCircles(SHARES);
const right = (cs: Disc[]) => Math.max(...cs.map((c) => c.cx + c.r));

/** Independent measure: the union's cut length summed with the midpoint rule (no closed form). */
function numericAreaLeftOf(cs: Disc[], x: number, steps = 20000) {
  const x0 = Math.min(...cs.map((c) => c.cx - c.r));
  if (x <= x0) return 0;
  const dx = (x - x0) / steps;
  let a = 0;
  for (let i = 0; i < steps; i++) {
    const u = x0 + (i + 0.5) * dx;
    const iv = cs.filter((c) => Math.abs(u - c.cx) < c.r).map((c) => [c.cy - Math.sqrt(c.r ** 2 - (u - c.cx) ** 2), c.cy + Math.sqrt(c.r ** 2 - (u - c.cx) ** 2)]).sort((p, q) => p[0] - q[0]);
    let lo = -Infinity, hi = -Infinity;
    for (const [p, q] of iv) {
      if (p > hi) {
        if (hi > lo) a += (hi - lo) * dx;
        [lo, hi] = [p, q];
      } else hi = Math.max(hi, q);
    }
    if (hi > lo) a += (hi - lo) * dx;
  }
  return a;
}

describe('the union of the circles left of a line, in closed form', () => {
  it.each([-4, -2, 0, 0.47, 2, 4, 100])('at x = %s it matches the numeric integral', (x) => {
    expect(unionAreaLeftOf(circles, x)).toBeCloseTo(numericAreaLeftOf(circles, x), 3);
  });
  it('the whole union is the shares minus the overlaps (grid measure)', () => {
    const total = unionAreaLeftOf(circles, right(circles));
    expect(total).toBeCloseTo(gridArea(circles, (x, y) => circles.some((c) => inside(c, x, y))), 1);
    expect(total).toBeLessThan(100);
  });
  it.each([
    ['one circle, half', [{ cx: 0, cy: 0, r: 1 }], 0, Math.PI / 2],
    ['one circle, whole', [{ cx: 0, cy: 0, r: 1 }], 5, Math.PI],
    ['one circle, none', [{ cx: 0, cy: 0, r: 1 }], -1, 0],
    ['two apart', [{ cx: 0, cy: 0, r: 1 }, { cx: 5, cy: 0, r: 2 }], 5, Math.PI + 2 * Math.PI],
    ['one inside another', [{ cx: 0, cy: 0, r: 2 }, { cx: 0.5, cy: 0, r: 1 }], 0, 2 * Math.PI],
    ['the same circle twice', [{ cx: 0, cy: 0, r: 1 }, { cx: 0, cy: 0, r: 1 }], 1, Math.PI]
  ] as const)('%s', (_, cs, x, area) => expect(unionAreaLeftOf([...cs], x)).toBeCloseTo(area, 9));
  it('two equal circles crossing: the lens counts once', () => {
    // d = r: lens area = 2r²·acos(1/2) − (r/2)·√(4r² − r²)
    const lens = 2 * Math.acos(0.5) - 0.5 * Math.sqrt(3);
    expect(unionAreaLeftOf([{ cx: 0, cy: 0, r: 1 }, { cx: 1, cy: 0, r: 1 }], 5)).toBeCloseTo(2 * Math.PI - lens, 9);
  });
  it.each([-3, -1, 0.3, 1.7, 3])('its derivative is the cut length at x = %s', (x) => {
    const h = 1e-5;
    expect((unionAreaLeftOf(circles, x + h) - unionAreaLeftOf(circles, x - h)) / (2 * h)).toBeCloseTo(unionCutLength(circles, x), 4);
  });
});

describe('Therapie/Diagnostik split', () => {
  // the split found by the earlier numeric integration (4,000 midpoint steps, bisection) in model units
  it.each([
    [54, 0.47069010725212285],
    [50, 0.20448557773313636],
    [46, -0.06254219628631788],
    [30, -1.1589774728744726],
    [70, 1.5448648458175906]
  ])('at %i %% it lies where the numeric result did', (th, old) => {
    expect(splitX(circles, th / 100)).toBeCloseTo(old, 4);
  });
  it.each([54, 50, 30])('divides the union %s : rest (grid measure)', (th) => {
    const x = splitX(circles, th / 100);
    const inUnion = (px: number, py: number) => circles.some((c) => inside(c, px, py));
    const leftA = gridArea(circles, (px, py) => px < x && inUnion(px, py));
    expect(leftA / gridArea(circles, inUnion)).toBeCloseTo(th / 100, 2);
    expect(unionAreaLeftOf(circles, x) / unionAreaLeftOf(circles, right(circles))).toBeCloseTo(th / 100, 9);
  });
  // the pixel split of the earlier numeric integration at each width (54 : 46)
  it.each([
    [360, 224.66010808984595],
    [390, 211.8164738749956],
    [768, 308.9543899727864],
    [1280, 539.4343899727864],
    [1920, 861.925017111756]
  ])('at %i px the line stands where it did (within 0.005 px)', (width, old) => {
    const s = layoutBranchModel(SHARES, 54, OPT, { width });
    expect(s.split.x).toBeCloseTo(old, 2);
    expect(unionAreaLeftOf(s.circles, s.split.x) / unionAreaLeftOf(s.circles, right(s.circles))).toBeCloseTo(0.54, 9);
  });
  it.each([0, 1])('share %i puts the line at an end of the union', (share) => {
    const x = splitX(circles, share);
    const ends = [Math.min(...circles.map((c) => c.cx - c.r)), right(circles)];
    expect(x).toBeCloseTo(ends[share], 6);
  });
});
