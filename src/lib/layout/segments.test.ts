// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { segmentDist, segmentHitsBox, segmentsCross } from './segments.ts';

const box = { x: 10, y: 10, w: 10, h: 10 };
const p = (x: number, y: number) => ({ x, y });

describe('segments', () => {
  it.each([
    ['through the box', p(0, 15), p(30, 15), true],
    ['ending inside', p(0, 0), p(15, 15), true],
    ['passing beside', p(0, 0), p(30, 5), false],
    ['vertical, left of it', p(5, 0), p(5, 30), false]
  ])('a segment %s meets the box: %s', (_, a, b, hit) => expect(segmentHitsBox(a, b, box)).toBe(hit));

  it.each([
    ['an X', p(0, 0), p(10, 10), p(0, 10), p(10, 0), true],
    ['parallel', p(0, 0), p(10, 0), p(0, 1), p(10, 1), false],
    ['touching ends', p(0, 0), p(10, 0), p(10, 0), p(10, 10), false]
  ])('%s crosses: %s', (_, a, b, c, d, cross) => expect(segmentsCross(a, b, c, d)).toBe(cross));

  it.each([
    [p(5, 3), 3],
    [p(-3, 4), 5],
    [p(14, 3), 5]
  ])('distance from %o to the segment (0,0)–(10,0) is %d', (q, d) => expect(segmentDist(q, p(0, 0), p(10, 0))).toBeCloseTo(d, 9));
});
