import { describe, expect, it } from 'vitest';
import { sceneInput } from './mapScene.ts';

const mark = (key: string, verdict: string) => ({ key, order: 3, verdict, site: { lon: 10.1, lat: 54.3, kreis: '01002' } });

describe('sceneInput', () => {
  it('gives each site mark its position, Kreis, order and whether it matches', () => {
    expect(sceneInput([mark('a.x.0', 'match'), mark('a.y.0', 'unknown')])).toEqual([
      { key: 'a.x.0', lon: 10.1, lat: 54.3, kreis: '01002', order: 3, match: true },
      { key: 'a.y.0', lon: 10.1, lat: 54.3, kreis: '01002', order: 3, match: false }
    ]);
  });
  it('makes the input of a mark once; a new mark (a changed verdict) gets a new one', () => {
    const kept = mark('a.x.0', 'match');
    const [first] = sceneInput([kept]);
    expect(sceneInput([kept])[0]).toBe(first);
    const changed = { ...kept, verdict: 'nomatch' };
    expect(sceneInput([changed])[0]).toMatchObject({ key: 'a.x.0', match: false });
  });
});
