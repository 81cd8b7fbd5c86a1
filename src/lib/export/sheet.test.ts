import { describe, expect, it } from 'vitest';
import { fitScale, SHEET_HEIGHT_PX, SHEET_WIDTH_PX } from './sheet.ts';

describe('handout sheet', () => {
  it('is A4 portrait inside 12 mm margins', () => {
    expect(SHEET_WIDTH_PX).toBeCloseTo(703, 0);
    expect(SHEET_HEIGHT_PX).toBeCloseTo(1028, 0);
  });
  it.each([
    [0, 1000, 1],
    [800, 1000, 1],
    [1000, 1000, 1],
    [2000, 1000, 0.5],
    [1473, 1028, 0.698]
  ])('fits %d into %d: ×%d', (h, max, want) => expect(fitScale(h, max)).toBeCloseTo(want, 3));
});
