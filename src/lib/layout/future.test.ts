import { describe, expect, it } from 'vitest';
import { layoutFuture } from './future.ts';

const opts = {
  branchLabels: { mt: ['Medizintechnik', '46 %'], bt: ['Biotechnologie', '39 %'], ph: ['Pharma', '15 %'] } as Record<'mt' | 'bt' | 'ph', [string, string]>,
  sideLabels: { th: 'Therapie 54 %', dx: 'Diagnostik 46 %' },
  noneTitle: '45',
  noneLabel: 'keiner Branche'
};
const marks = [
  { id: 'a', region: 'mt+bt' as const, side: 'th' as const },
  { id: 'b', region: 'mt' as const, side: 'dx' as const }
];

describe('layoutFuture', () => {
  it('puts today left and the target right, side by side when wide', () => {
    const l = layoutFuture({ mt: 46, bt: 39, ph: 15 }, 54, opts, marks, { width: 1200 });
    expect(l.panels.map((p) => p.id)).toEqual(['today', 'future']);
    expect(l.panels[1].x).toBeGreaterThanOrEqual(l.panels[0].x + l.panels[0].scene.width);
    expect(l.panels[1].x + l.panels[1].scene.width).toBeLessThanOrEqual(1200);
    expect(l.arrow).not.toBeNull();
    expect(l.panels[0].marks.map((m) => m.id)).toEqual(['a', 'b']);
  });
  it('stacks the panels when narrow', () => {
    const l = layoutFuture({ mt: 46, bt: 39, ph: 15 }, 54, opts, marks, { width: 400 });
    expect(l.panels[1].y).toBeGreaterThanOrEqual(l.panels[0].scene.height);
    expect(l.arrow).toBeNull();
  });
  it('narrows the panels to fit a given height', () => {
    const free = layoutFuture({ mt: 46, bt: 39, ph: 15 }, 54, opts, marks, { width: 1400 });
    const fit = layoutFuture({ mt: 46, bt: 39, ph: 15 }, 54, opts, marks, { width: 1400, height: free.height * 0.8 });
    expect(fit.height).toBeLessThan(free.height);
  });
});
