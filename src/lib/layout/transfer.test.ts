import { describe, expect, it } from 'vitest';
import { layoutTransfer } from './transfer.ts';

const levels = [
  { id: '1a', label: 'Lizenzen/Patente', example: '' },
  { id: '1b', label: 'Gründung', example: 'neues Unternehmen' },
  { id: '2', label: 'Kooperation mit Dritten', example: 'z. B. BMBF, EU' },
  { id: '3', label: 'Cluster', example: 'z. B. MediaGate; Handelskammer Hamburg, IHK Schleswig-Holstein – egal in welcher Branche / welchem Bereich' }
];
const sides: [string, string] = ['Akademie, wissenschaftliche Einrichtungen', 'Industrie, andere Einrichtungen'];

describe('layoutTransfer', () => {
  it.each([[1400], [900], [420]])('at width %d stacks the bands top to bottom between the sides', (width) => {
    const l = layoutTransfer(levels, sides, { width });
    expect(l.bands.map((b) => b.id)).toEqual(['1a', '1b', '2', '3']);
    for (let i = 1; i < l.bands.length; i++) expect(l.bands[i].y).toBeGreaterThanOrEqual(l.bands[i - 1].y + l.bands[i - 1].h);
    const last = l.bands[l.bands.length - 1];
    expect(last.y + last.h).toBeLessThanOrEqual(l.height + 0.01);
    expect(l.sides[0].x + l.sides[0].w).toBeLessThan(l.bands[0].badge.x - l.bands[0].badge.r);
    expect(l.sides[1].x + l.sides[1].w).toBeLessThanOrEqual(width);
  });
  it('draws a band without example with its name only', () => {
    const l = layoutTransfer(levels, sides, { width: 900 });
    expect(l.bands[0].example).toEqual([]);
    expect(l.bands[3].example.length).toBeGreaterThan(0);
  });
  it('shrinks the type to fit a height', () => {
    const free = layoutTransfer(levels, sides, { width: 700 });
    expect(layoutTransfer(levels, sides, { width: 700, height: free.height * 0.85 }).fs).toBeLessThan(free.fs);
  });
});
