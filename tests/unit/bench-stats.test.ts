import { describe, expect, it } from 'vitest';
import { blockingTime, consoleTable, formatValue, historyEntry, historyTable, markdownTable, quantile, replaceBetween, summarize, verdict, type Figure } from '../../scripts/bench-stats.ts';
import { scaleCurveSvg } from '../../scripts/bench-chart.ts';

describe('benchmark statistics', () => {
  it.each([
    [[1, 2, 3, 4, 5], 0.5, 3],
    [[1, 2, 3, 4], 0.5, 2],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.95, 10],
    [Array.from({ length: 200 }, (_, i) => i + 1), 0.95, 190],
    [[7], 0.95, 7]
  ])('nearest-rank quantile of %j at %d is %d', (xs, q, want) => {
    expect(quantile(xs, q)).toBe(want);
  });

  it('summarizes unsorted timings', () => {
    const s = summarize([5.5, 1.25, 3, 9.75, 2]);
    expect(s.n).toBe(5);
    expect(s.median).toBeCloseTo(3, 6);
    expect(s.p95).toBeCloseTo(9.75, 6);
    expect(s.max).toBeCloseTo(9.75, 6);
    expect(Number.isNaN(summarize([]).median)).toBe(true);
  });

  it.each([
    [[], 0],
    [[49, 50], 0],
    [[51], 1],
    [[120, 30, 75.5], 95.5]
  ])('blocking time of %j is %d ms', (tasks, want) => {
    expect(blockingTime(tasks)).toBeCloseTo(want, 6);
  });

  const fig = (value: number | null, budget: Partial<Figure> = {}): Figure => ({ id: 'x', label: 'x', value, unit: 'ms', ...budget });
  it.each([
    [fig(8, { max: 8 }), 'pass'],
    [fig(8.01, { max: 8 }), 'FAIL'],
    [fig(98, { min: 98 }), 'pass'],
    [fig(97, { min: 98 }), 'FAIL'],
    [fig(null, { max: 1 }), 'n/a'],
    [fig(NaN, { min: 1 }), 'n/a'],
    [fig(3), '']
  ])('verdict %#', (f, want) => {
    expect(verdict(f)).toBe(want);
  });

  it('formats values per unit and tables with budget and verdict', () => {
    expect(formatValue(1234.56, 'ms')).toBe('1,234.6 ms');
    expect(formatValue(0.0123, '')).toBe('0.01');
    expect(formatValue(3, 'count')).toBe('3');
    expect(formatValue(null, 'kB')).toBe('–');
    const figures = [fig(10, { label: 'median', max: 8 }), fig(99, { label: 'score', unit: 'score', min: 98 })];
    expect(markdownTable(figures).split('\n')[2]).toBe('| median | 10.0 ms | ≤ 8.0 ms | FAIL |  |');
    expect(markdownTable(figures).split('\n')[3]).toBe('| score | 99 | ≥ 98 | pass |  |');
    const lines = consoleTable(figures).split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0].indexOf('FAIL')).toBe(lines[1].indexOf('pass'));
  });

  it('keeps a history entry per run and lists the newest first', () => {
    const m = { cpu: 'Test CPU', cores: 2, memoryGB: 4, node: 'v20.0.0', chromium: 'Chromium 1', load: 1.5 };
    const a = historyEntry(new Date('2026-12-01T10:00:00Z'), m, [fig(10, { id: 'latency.median', max: 8 })]);
    const b = historyEntry(new Date('2026-12-02T10:00:00Z'), m, [fig(7.12345, { id: 'latency.median', max: 8 })]);
    expect(a).toMatchObject({ pass: 0, fail: 1, figures: { 'latency.median': 10 } });
    expect(b.figures['latency.median']).toBeCloseTo(7.123, 6);
    const rows = historyTable([a, b], [{ id: 'latency.median', label: 'median' }, { id: 'missing', label: 'other' }]).split('\n');
    expect(rows[0]).toBe('| date (UTC) | machine | pass / fail | median | other |');
    expect(rows[2]).toContain('2026-12-02 10:00');
    expect(rows[2]).toContain('| 1 / 0 | 7.123 | – |');
    expect(rows[3]).toContain('Test CPU × 2, load 1.5, node v20.0.0');
  });

  it('replaces only the block between its markers, or appends it', () => {
    const text = 'before\n<!-- t:start -->\nold\n<!-- t:end -->\nafter\n';
    expect(replaceBetween(text, 't', 'new')).toBe('before\n<!-- t:start -->\nnew\n<!-- t:end -->\nafter\n');
    expect(replaceBetween('only', 't', 'new')).toBe('only\n\n<!-- t:start -->\nnew\n<!-- t:end -->\n');
  });

  it('draws the scale curve as a standalone SVG with a mark per size and the budgets', () => {
    const svg = scaleCurveSvg(
      [
        { actors: 5000, median: 20, p95: 40, startMs: 900, heapMB: 30 },
        { actors: 500, median: 5, p95: 9, startMs: 400, heapMB: 12 },
        { actors: 50000, median: 150, p95: 300, startMs: 5000, heapMB: 200 }
      ],
      [{ actors: 5000, medianMs: 30 }, { actors: 50000, medianMs: 120, startMs: 3000 }],
      'Scale <test> & more'
    );
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(doc.querySelector('title')?.textContent).toBe('Scale <test> & more');
    expect(doc.querySelectorAll('circle')).toHaveLength(9);
    expect(doc.querySelectorAll('path[stroke-dasharray]')).toHaveLength(3);
    expect([...doc.querySelectorAll('text')].map((t) => t.textContent)).toContain('50,000');
  });
});
