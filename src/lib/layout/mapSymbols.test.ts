import { describe, expect, it } from 'vitest';
import { branchRing, MARK_TYPES, symbolPath } from './mapSymbols.ts';

describe('mark symbols', () => {
  it('every type has its own shape', () => {
    const paths = MARK_TYPES.map((t) => symbolPath(t, 6));
    expect(new Set(paths).size).toBe(MARK_TYPES.length);
    for (const p of paths) expect(p).toMatch(/^M.*Z$/);
  });
  it('an unknown type is drawn like a company (circle)', () => {
    expect(symbolPath('something-new', 6)).toBe(symbolPath('company', 6));
  });
  it.each([
    [['mt'], ['on', 'off', 'off']],
    [['bt', 'ph'], ['off', 'on', 'on']],
    [['mt', 'bt', 'ph'], ['on', 'on', 'on']],
    [[], ['off', 'off', 'off']]
  ])('branches %o fill the fixed sectors mt, bt, ph as %o', (branches, states) => {
    const ring = branchRing(branches, 7, 9);
    expect(ring.map((r) => r.id)).toEqual(['mt', 'bt', 'ph']);
    expect(ring.map((r) => r.state)).toEqual(states);
  });
  it.each(['none', 'unknown'] as const)('"%s" is one full ring of its own kind', (v) => {
    expect(branchRing(v, 7, 9)).toEqual([expect.objectContaining({ id: v, state: v })]);
  });
});
