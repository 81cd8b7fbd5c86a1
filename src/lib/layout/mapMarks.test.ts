import { describe, expect, it } from 'vitest';
import { aggregateByKreis, aggregateRadius, nearestTarget, ringSlot, ringsFor, spreadMarks, type MarkIn } from './mapMarks.ts';

const dist = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);
/** A deterministic pseudo-random sequence (no Math.random in tests). */
function lcg(seed: number) {
  let s = seed;
  return () => ((s = (s * 1664525 + 1013904223) % 4294967296) / 4294967296);
}

describe('ring slots', () => {
  it.each([[1, 0], [2, 1], [7, 1], [8, 2], [19, 2], [20, 3], [37, 3]])('%i slots need %i rings', (n, rings) => {
    expect(ringsFor(n)).toBe(rings);
  });
  it('no two of the first 61 slots are closer than the spacing', () => {
    const pts = Array.from({ length: 61 }, (_, i) => ringSlot(i, 10)).map(([x, y]) => ({ x, y }));
    for (let i = 0; i < pts.length; i++) for (let j = i + 1; j < pts.length; j++) expect(dist(pts[i], pts[j])).toBeGreaterThan(9.99);
  });
});

describe('spreading and grouping marks that share a place', () => {
  const samePlace = (n: number, x = 100, y = 100): MarkIn[] => Array.from({ length: n }, (_, i) => ({ key: `m${i}`, x, y, order: i }));

  it('a lone mark stays on its place', () => {
    const s = spreadMarks([{ key: 'a', x: 5, y: 7, order: 0 }], 10);
    expect(s.marks).toEqual([{ key: 'a', x: 5, y: 7, ax: 5, ay: 7, crowd: 0 }]);
  });

  it.each([2, 7, 12, 30])('%i marks on one place are spread at least one spacing apart around it', (n) => {
    const s = spreadMarks(samePlace(n), 16);
    expect(s.crowds).toHaveLength(1);
    expect(s.marks).toHaveLength(n);
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) expect(dist(s.marks[i], s.marks[j])).toBeGreaterThan(15.99);
    for (const m of s.marks) expect(dist(m, { x: 100, y: 100 })).toBeLessThanOrEqual(s.crowds[0].r);
  });

  it('is deterministic: the same set in any order gives the same layout', () => {
    const rnd = lcg(7);
    const input: MarkIn[] = Array.from({ length: 60 }, (_, i) => ({ key: `k${i}`, x: Math.round(rnd() * 300), y: Math.round(rnd() * 300), order: i % 5 }));
    const a = spreadMarks(input, 14);
    const b = spreadMarks([...input].reverse(), 14);
    const byKey = (s: typeof a) => Object.fromEntries(s.marks.map((m) => [m.key, [m.x, m.y]]));
    expect(byKey(b)).toEqual(byKey(a));
  });

  it('after spreading no two marks anywhere are closer than the spacing', () => {
    const rnd = lcg(3);
    const input: MarkIn[] = Array.from({ length: 120 }, (_, i) => ({ key: `k${i}`, x: rnd() * 400, y: rnd() * 400, order: 0 }));
    const s = spreadMarks(input, 12);
    for (let i = 0; i < s.marks.length; i++)
      for (let j = i + 1; j < s.marks.length; j++) expect(dist(s.marks[i], s.marks[j])).toBeGreaterThan(11.99 * 0.999);
  });

  it('spreads 400 marks (the most drawn one by one) fast enough for panning', () => {
    const rnd = lcg(11);
    const input: MarkIn[] = Array.from({ length: 400 }, (_, i) => ({ key: `k${i}`, x: rnd() * 1400, y: rnd() * 900, order: 0 }));
    const t0 = performance.now();
    const s = spreadMarks(input, 18, 40);
    expect(performance.now() - t0).toBeLessThan(400);
    expect(s.marks.length + s.crowds.filter((c) => c.grouped).reduce((n, c) => n + c.keys.length, 0)).toBe(400);
  });

  it('crowds larger than maxSpread become one group with all their keys; nearby single marks stay', () => {
    const s = spreadMarks([...samePlace(20), { key: 'far', x: 300, y: 100, order: 0 }], 15, 12);
    const group = s.crowds.find((c) => c.grouped)!;
    expect(group.keys).toHaveLength(20);
    expect(s.marks.map((m) => m.key)).toEqual(['far']);
  });

  it('a crowd keeps its members in the given order (type, then name): the first sits in the centre', () => {
    const s = spreadMarks([{ key: 'b', x: 0, y: 0, order: 2 }, { key: 'a', x: 0, y: 0, order: 1 }, { key: 'c', x: 1, y: 0, order: 3 }], 10);
    const a = s.marks.find((m) => m.key === 'a')!;
    expect([a.x, a.y]).toEqual([s.crowds[0].x, s.crowds[0].y]);
  });
});

describe('aggregation per Kreis for many marks', () => {
  it('counts marks and matches per Kreis, largest first', () => {
    const marks = [
      { kreis: '02000', match: true }, { kreis: '02000', match: false }, { kreis: '01002', match: true },
      { kreis: '02000', match: true }, { kreis: '01003', match: false }
    ];
    expect(aggregateByKreis(marks)).toEqual([
      { kreis: '02000', n: 3, match: 2 },
      { kreis: '01002', n: 1, match: 1 },
      { kreis: '01003', n: 1, match: 0 }
    ]);
  });
  it('handles 50 000 marks quickly', () => {
    const kreise = ['01001', '01002', '01003', '01004', '01051', '02000'];
    const marks = Array.from({ length: 50_000 }, (_, i) => ({ kreis: kreise[i % 6], match: i % 3 === 0 }));
    const t0 = performance.now();
    const out = aggregateByKreis(marks);
    expect(performance.now() - t0).toBeLessThan(100);
    expect(out.reduce((s, c) => s + c.n, 0)).toBe(50_000);
  });
  it.each([[0, 100, 0], [100, 100, 40], [25, 100, 26]])('radius for %i of max %i is %d (area ∝ count)', (n, max, r) => {
    expect(aggregateRadius(n, max, 12, 40)).toBeCloseTo(r);
  });
});

describe('tap targets', () => {
  const targets = [{ id: 'a', x: 0, y: 0 }, { id: 'b', x: 15, y: 0 }];
  it.each([
    [[2, 1], 'a'], [[9, 0], 'b'], [[30, 0], 'b'], [[0, 23], null], [[-21, 0], 'a']
  ] as [[number, number], string | null][])('a tap at %o selects %s (nearest within 22 px)', (p, want) => {
    expect(nearestTarget(targets, p)?.id ?? null).toBe(want);
  });
});
