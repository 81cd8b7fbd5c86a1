// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { estimateWidth, fitInRegion, overlaps, placeLabels, rectHitsCircle, sharedArea, textWidth, toBox, toCorners, wrapLabel, wrapText } from './text.ts';

describe('text helpers', () => {
  it('wide letters measure wider', () => expect(textWidth('MMMM', 10)).toBeGreaterThan(textWidth('iiii', 10)));
  it('wraps within the width', () => {
    const lines = wrapText('nicht eindeutig einer Branche zuzuordnende Akteure', 120, 13);
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(textWidth(l, 13)).toBeLessThanOrEqual(120);
  });
});

describe('flat estimates and boxes', () => {
  it.each([
    ['Kiel', 10, false, 0.6, 24],
    ['Kiel', 10, true, 0.6, 25.6],
    ['Lübeck', 14, false, 0.62, 52.08],
    ['', 14, false, 0.6, 0]
  ] as const)('estimateWidth(%s, %i, bold %s, em %s) = %s', (t, fs, bold, em, w) => expect(estimateWidth(t, fs, bold, em)).toBeCloseTo(w, 6));
  it('converts boxes to corners and back, and measures shared area', () => {
    const b = { x: 10, y: 20, w: 30, h: 40 };
    expect(toCorners(b)).toEqual({ x0: 10, y0: 20, x1: 40, y1: 60 });
    expect(toBox(toCorners(b))).toEqual(b);
    expect(sharedArea(b, { x: 30, y: 50, w: 100, h: 100 })).toBeCloseTo(100, 6);
    expect(sharedArea(b, { x: 40, y: 20, w: 5, h: 5 })).toBe(0);
  });
  it.each([
    ['Entwicklungswerkstatt', 14, ['Entwicklungs-', 'werkstatt']],
    ['Forschung und Entwicklung', 12, ['Forschung', 'und', 'Entwicklung']],
    ['Produktions-/dock', 13, ['Produktions-/', 'dock']],
    ['Produktions-/dock', 12, ['Produktions-', '/dock']],
    ['Idee', 20, ['Idee']]
  ] as const)('wrapLabel(%s, %i)', (t, n, lines) => expect(wrapLabel(t, n)).toEqual(lines));
});

describe('placeLabels', () => {
  const bounds = { x: 0, y: 0, w: 300, h: 200 };
  // one mark at (100, 100) with clearance 7 (d = 10), a 20 × 10 label; diagonals at 0.8 · d
  it.each([
    ['e', 'start', 110, 95],
    ['w', 'end', 70, 95],
    ['n', 'middle', 90, 80],
    ['s', 'middle', 90, 110],
    ['ne', 'start', 108, 82],
    ['se', 'start', 108, 108],
    ['nw', 'end', 72, 82],
    ['sw', 'end', 72, 108]
  ] as const)('spot %s: anchor %s, box at (%d, %d)', (spot, anchor, x, y) => {
    const [l] = placeLabels([{ id: 'a', x: 100, y: 100, r: 7, w: 20, h: 10 }], { bounds, order: [spot] });
    expect(l!.anchor).toBe(anchor);
    expect(l!.rect.x).toBeCloseTo(x, 6);
    expect(l!.rect.y).toBeCloseTo(y, 6);
    expect(l!.y).toBeCloseTo(y + 5, 6);
  });
  it('takes the first free spot, and the one covering least of the soft boxes', () => {
    const item = { id: 'a', x: 100, y: 100, r: 7, w: 20, h: 10 };
    expect(placeLabels([item], { bounds, hard: [{ x: 105, y: 90, w: 30, h: 20 }] })[0]!.anchor).toBe('end');
    expect(placeLabels([item], { bounds, soft: [{ x: 105, y: 90, w: 30, h: 20 }] })[0]!.anchor).toBe('end');
    expect(placeLabels([item], { bounds, soft: [{ x: 0, y: 0, w: 300, h: 200 }] })[0]!.anchor).toBe('start');
  });
  it('places crowded labels without overlaps, off the marks, inside the bounds', () => {
    const items = [
      { id: 'a', x: 100, y: 100, r: 8, w: 50, h: 16 },
      { id: 'b', x: 130, y: 100, r: 8, w: 50, h: 16 },
      { id: 'c', x: 115, y: 125, r: 8, w: 50, h: 16 },
      { id: 'd', x: 290, y: 190, r: 8, w: 60, h: 16 }
    ];
    const obstacles = [{ x: 0, y: 0, w: 300, h: 40 }];
    const out = placeLabels(items, { bounds, hard: obstacles, marks: items, gap: 2 }).map((l) => l!);
    expect(out.every(Boolean)).toBe(true);
    for (const l of out) {
      expect(l.rect.x).toBeGreaterThanOrEqual(0);
      expect(l.rect.x + l.rect.w).toBeLessThanOrEqual(300);
      expect(l.rect.y + l.rect.h).toBeLessThanOrEqual(200);
      for (const o of obstacles) expect(overlaps(l.rect, o)).toBe(false);
      for (const m of items) expect(rectHitsCircle(l.rect, m)).toBe(false);
      for (const k of out) if (k !== l) expect(overlaps(l.rect, k.rect)).toBe(false);
    }
  });
  it('is deterministic', () => {
    const items = [{ id: 'a', x: 50, y: 50, r: 5, w: 30, h: 12 }];
    expect(placeLabels(items, { bounds })).toEqual(placeLabels(items, { bounds }));
  });
  it('gives a label that cannot fit null, and places the others', () => {
    const out = placeLabels([{ id: 'a', x: 10, y: 10, r: 8, w: 400, h: 16 }, { id: 'b', x: 100, y: 100, r: 8, w: 40, h: 16 }], { bounds });
    expect(out[0]).toBeNull();
    expect(out[1]?.anchor).toBe('start');
  });
});

describe('fitInRegion', () => {
  const disc = (x: number, y: number) => 50 - Math.hypot(x - 100, y - 100);
  it('finds a box fully inside a disc, clear of obstacles', () => {
    const r = fitInRegion(disc, { x: 0, y: 0, w: 200, h: 200 }, 40, 16, [{ x: 80, y: 90, w: 40, h: 20 }])!;
    for (const [x, y] of [[r.x, r.y], [r.x + r.w, r.y + r.h]]) expect(disc(x, y)).toBeGreaterThan(0);
    expect(overlaps(r, { x: 80, y: 90, w: 40, h: 20 })).toBe(false);
  });
  it('returns null when the box is larger than the region', () => {
    expect(fitInRegion(disc, { x: 0, y: 0, w: 200, h: 200 }, 120, 16, [])).toBeNull();
  });
});
