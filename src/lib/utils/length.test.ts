import { describe, expect, it } from 'vitest';
import { length } from './length.ts';

describe('length', () => {
  it.each([
    [3, 4, 5],
    [-3, 4, 5],
    [0, 0, 0],
    [1e-3, 0, 1e-3],
    [1200.5, -880.25, Math.hypot(1200.5, -880.25)]
  ])('length(%d, %d) = %d', (dx, dy, want) => expect(length(dx, dy)).toBeCloseTo(want, 12));
});
