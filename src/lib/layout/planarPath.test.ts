import { describe, expect, it } from 'vitest';
import { ringArea, shapeBounds, shapeCentroid, shapePath, type PlanarShape } from './planarPath.ts';

const square: PlanarShape = { polygons: [[[[0, 0], [4, 0], [4, 4], [0, 4]], [[1, 1], [1, 2], [2, 2], [2, 1]]]], lines: [] };

describe('planar paths', () => {
  it('writes rings closed with Z and lines open, scaled and moved, one decimal', () => {
    const t = { k: 0.5, x: 10, y: 20 };
    expect(shapePath({ polygons: [[[[0, 0], [1, 0], [1, 1]]]], lines: [[[0, 0], [3.33, 1]]] }, t)).toBe('M10,20L10.5,20L10.5,20.5ZM10,20L11.7,20.5');
  });
  it.each([
    [[[0, 0], [4, 0], [4, 4], [0, 4]], 16],
    [[[0, 0], [0, 4], [4, 4], [4, 0]], -16],
    [[[0, 0], [2, 0], [0, 2]], 2]
  ] as [[number, number][], number][])('ring %j has signed area %d', (ring, area) => {
    expect(ringArea(ring)).toBeCloseTo(area);
  });
  it('centroid weighs by area and subtracts holes wound the other way', () => {
    const [x, y] = shapeCentroid(square);
    // 16 at (2,2) minus 1 at (1.5,1.5) → (32 − 1.5) / 15
    expect(x).toBeCloseTo(30.5 / 15);
    expect(y).toBeCloseTo(30.5 / 15);
  });
  it('bounds span polygons and lines', () => {
    expect(shapeBounds({ polygons: square.polygons, lines: [[[-1, 2], [5, 9]]] })).toEqual([[-1, 0], [5, 9]]);
  });
});
