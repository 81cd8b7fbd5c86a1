import { describe, expect, it } from 'vitest';
import { placeSiteMarks, sceneInput } from './mapScene.ts';

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

describe('placeSiteMarks', () => {
  const at = (x: number, y: number) => ({ x, y, ax: x, ay: y });
  it('places the marks the scene has, in the derivation order, and leaves out the others', () => {
    const a = mark('a.a.0', 'match'), b = mark('a.b.0', 'match'), c = mark('a.c.0', 'nomatch');
    const scene = { marks: new Map([['a.c.0', at(3, 4)], ['a.a.0', at(1, 2)]]) };
    expect(placeSiteMarks([a, b, c], scene)).toEqual([{ m: a, ...at(1, 2) }, { m: c, ...at(3, 4) }]);
  });
  it.each([
    ['the same mark at the same place', (m: object) => m, at(1, 2), true],
    ['the same mark moved', (m: object) => m, at(1, 2.5), false],
    ['a new mark (changed verdict) at the same place', (m: object) => ({ ...m }), at(1, 2), false]
  ])('keeps the placed object only if neither changed: %s', (_, next, place, kept) => {
    const m = mark('a.k.0', 'match');
    const [first] = placeSiteMarks([m], { marks: new Map([['a.k.0', at(1, 2)]]) });
    const again = next(m) as typeof m;
    const [second] = placeSiteMarks([again], { marks: new Map([['a.k.0', place]]) });
    expect(second === first).toBe(kept);
    expect(second).toEqual({ m: again, ...place });
  });
});
