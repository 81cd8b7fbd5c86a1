import { describe, expect, it } from 'vitest';
import { soakFigures } from '../../scripts/bench-figures.ts';
import { verdict } from '../../scripts/bench-stats.ts';
import type { SoakResult } from '../../scripts/kiosk-soak.ts';

const MiB = 1024 * 1024;
const result = (heapsMB: number[], nodes: number[], extra: Partial<SoakResult> = {}): SoakResult => ({
  n: (heapsMB.length - 1) * 500,
  every: 500,
  resets: heapsMB.map((h, i) => ({ heap: h * MiB, nodes: nodes[i] })),
  cold: { heap: 7 * MiB, nodes: nodes[0] },
  warmUp: true,
  warmUpN: 2000,
  errors: [],
  historyAdded: 0,
  reloaded: false,
  minutes: 6.5,
  loadBefore: '1.80 2.90 5.33',
  loadAfter: '3.56 3.88 4.97',
  ...extra
});
const byId = (figs: ReturnType<typeof soakFigures>) => Object.fromEntries(figs.map((f) => [f.id, f]));

describe('soakFigures', () => {
  it('measures heap growth from the first reset to the last, not from the highest one', () => {
    const f = byId(soakFigures(result([10, 11.5, 10.4], [1345, 1345, 1345])));
    expect(f['kiosk.heap.growth'].value).toBeCloseTo(0.4, 10);
    expect(verdict(f['kiosk.heap.growth'])).toBe('pass');
    expect(f['kiosk.heap.growth'].note).toContain('10.00 / 11.50 MB');
    // slope over 0, 500, 1000 interactions: (10.4 - 10) / 1000 per interaction → 0.4 MB per 1,000
    expect(f['kiosk.heap.growth'].note).toContain('trend 0.400 MB per 1,000');
    expect(f['kiosk.interactions'].value).toBe(1000);
    expect(verdict(f['kiosk.interactions'])).toBe('');
  });
  it.each([
    ['heap over 1 MB', result([10, 11.2], [1345, 1345]), 'kiosk.heap.growth'],
    ['a reset off the DOM baseline', result([10, 10, 10], [1345, 1346, 1345]), 'kiosk.nodes.off'],
    ['a console error', result([10, 10], [1, 1], { errors: ['x'] }), 'kiosk.errors'],
    ['a reload', result([10, 10], [1, 1], { reloaded: true }), 'kiosk.reloads'],
    ['a history entry', result([10, 10], [1, 1], { historyAdded: 2 }), 'kiosk.history']
  ])('%s fails its budget and nothing else', (_, r, failing) => {
    const figs = soakFigures(r);
    expect(figs.filter((f) => verdict(f) === 'FAIL').map((f) => f.id)).toEqual([failing]);
  });
  it('keeps the budgeted rows, each n/a with the reason, when the soak did not run', () => {
    const figs = soakFigures(null, 'not measured: --no-soak');
    expect(figs.map((f) => verdict(f))).toEqual(['n/a', 'n/a', 'n/a', 'n/a', 'n/a']);
    expect(figs.every((f) => f.note === 'not measured: --no-soak')).toBe(true);
  });
});
