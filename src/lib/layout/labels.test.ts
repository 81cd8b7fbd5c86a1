import { describe, expect, it } from 'vitest';
import { fitInRegion, placeLabels, rectHitsCircle, rectsOverlap, textWidth, wrapText } from './labels.ts';

describe('text helpers', () => {
  it('wide letters measure wider', () => expect(textWidth('MMMM', 10)).toBeGreaterThan(textWidth('iiii', 10)));
  it('wraps within the width', () => {
    const lines = wrapText('nicht eindeutig einer Branche zuzuordnende Akteure', 120, 13);
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(textWidth(l, 13)).toBeLessThanOrEqual(120);
  });
});

describe('placeLabels', () => {
  const bounds = { x: 0, y: 0, w: 300, h: 200 };
  it('places crowded labels without overlaps, off the marks, inside the bounds', () => {
    const items = [
      { id: 'a', x: 100, y: 100, r: 8, w: 50, h: 16 },
      { id: 'b', x: 130, y: 100, r: 8, w: 50, h: 16 },
      { id: 'c', x: 115, y: 125, r: 8, w: 50, h: 16 },
      { id: 'd', x: 290, y: 190, r: 8, w: 60, h: 16 }
    ];
    const obstacles = [{ x: 0, y: 0, w: 300, h: 40 }];
    const out = placeLabels(items, obstacles, bounds)!;
    expect(out).not.toBeNull();
    for (const l of out) {
      expect(l.rect.x).toBeGreaterThanOrEqual(0);
      expect(l.rect.x + l.rect.w).toBeLessThanOrEqual(300);
      expect(l.rect.y + l.rect.h).toBeLessThanOrEqual(200);
      for (const o of obstacles) expect(rectsOverlap(l.rect, o)).toBe(false);
      for (const m of items) expect(rectHitsCircle(l.rect, m)).toBe(false);
      for (const k of out) if (k !== l) expect(rectsOverlap(l.rect, k.rect)).toBe(false);
    }
  });
  it('is deterministic', () => {
    const items = [{ id: 'a', x: 50, y: 50, r: 5, w: 30, h: 12 }];
    expect(placeLabels(items, [], bounds)).toEqual(placeLabels(items, [], bounds));
  });
  it('gives up (null) when a label cannot fit', () => {
    expect(placeLabels([{ id: 'a', x: 10, y: 10, r: 8, w: 400, h: 16 }], [], bounds)).toBeNull();
  });
});

describe('fitInRegion', () => {
  const disc = (x: number, y: number) => 50 - Math.hypot(x - 100, y - 100);
  it('finds a box fully inside a disc, clear of obstacles', () => {
    const r = fitInRegion(disc, { x: 0, y: 0, w: 200, h: 200 }, 40, 16, [{ x: 80, y: 90, w: 40, h: 20 }])!;
    for (const [x, y] of [[r.x, r.y], [r.x + r.w, r.y + r.h]]) expect(disc(x, y)).toBeGreaterThan(0);
    expect(rectsOverlap(r, { x: 80, y: 90, w: 40, h: 20 })).toBe(false);
  });
  it('returns null when the box is larger than the region', () => {
    expect(fitInRegion(disc, { x: 0, y: 0, w: 200, h: 200 }, 120, 16, [])).toBeNull();
  });
});
