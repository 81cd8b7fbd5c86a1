import { describe, expect, it } from 'vitest';
import { popTrail, pushTrail } from './trail.ts';

describe('trail', () => {
  it.each([
    [[], 'overview', 'map', ['overview']],
    [['overview'], 'map', 'radar', ['overview', 'map']],
    [['overview'], 'map', 'map', ['overview']]
  ] as const)('%j: %s → %s', (trail, from, to, expected) => {
    expect(pushTrail(trail, from, to)).toEqual(expected);
  });
  it('stays short', () => {
    let t = pushTrail([], 'overview', 'map', 3);
    for (const v of ['map', 'radar', 'werft', 'branches'] as const) t = pushTrail(t, v, 'overview', 3);
    expect(t).toEqual(['radar', 'werft', 'branches']);
  });
  it('pops the newest view, and nothing when empty', () => {
    expect(popTrail(['overview', 'map'])).toEqual({ view: 'map', trail: ['overview'] });
    expect(popTrail([])).toBeNull();
  });
});
