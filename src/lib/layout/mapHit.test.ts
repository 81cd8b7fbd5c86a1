import { describe, expect, it } from 'vitest';
import { hitAt, hoverAt, linkLines, within } from './mapHit.ts';
import { boxOf } from './mapTransform.ts';
import type { Scene } from './mapScene.ts';
import type { Point } from './mapTransform.ts';

const scene: Scene = {
  mode: 'marks',
  marks: new Map([
    ['a.x.0', { x: 100, y: 100, ax: 100, ay: 100 }],
    ['a.y.0', { x: 130, y: 100, ax: 130, ay: 100 }]
  ]),
  groups: [{ id: 0, keys: ['a.z.0', 'a.w.0'], x: 200, y: 200, r: 17, grouped: true, kreis: '01002', match: 1 }],
  aggregates: [],
  labels: []
};
const aggScene: Scene = { ...scene, mode: 'aggregate', marks: new Map(), groups: [], aggregates: [{ kreis: '01003', n: 40, match: 3, x: 50, y: 50, r: 20 }] };

describe('map hit-testing', () => {
  it.each([
    [[104, 101], { kind: 'mark', key: 'a.x.0' }],
    [[121, 100], { kind: 'mark', key: 'a.y.0' }],
    [[205, 195], { kind: 'group', id: 0 }],
    [[160, 160], null],
    [[400, 400], null]
  ] as [Point, unknown][])('a tap at %o hits %o', (p, want) => {
    const h = hitAt(scene, p);
    expect(h && (h.kind === 'group' ? { kind: 'group', id: h.group.id } : h)).toEqual(want);
  });

  it('a group nearer than a mark wins; a mark nearer than a group wins', () => {
    const s: Scene = { ...scene, marks: new Map([['a.x.0', { x: 190, y: 200, ax: 0, ay: 0 }]]) };
    expect(hitAt(s, [198, 200])?.kind).toBe('group');
    expect(hitAt(s, [192, 200])?.kind).toBe('mark');
  });

  it.each([
    [[50, 69], '01003'],
    [[50, 73], null],
    [[200, 200], null]
  ] as [Point, string | null][])('a tap at %o on the per-Kreis circles hits %s', (p, kreis) => {
    const h = hitAt(aggScene, p);
    expect(h?.kind === 'aggregate' ? h.aggregate.kreis : null).toBe(kreis);
  });

  it('hover names groups and aggregates by a stable id, marks not (they have their own tooltips)', () => {
    expect(hoverAt(scene, [200, 210])?.id).toBe('g0');
    expect(hoverAt(scene, [100, 100])).toBeNull();
    expect(hoverAt(aggScene, [60, 60])?.id).toBe('a01003');
  });

  it('within allows 2 px beyond the radius', () => {
    expect(within([{ x: 0, y: 0, r: 10 }], [12, 0])).toBeDefined();
    expect(within([{ x: 0, y: 0, r: 10 }], [12.5, 0])).toBeUndefined();
  });

  it.each([
    [[[0, 0], [10, 5]], 0, [[0, 0], [10, 5]]],
    [[[4, 4]], 2, [[2, 2], [6, 6]]],
    [[[3, 9], [-1, 2], [5, 5]], 1, [[-2, 1], [6, 10]]]
  ] as [Point[], number, [Point, Point]][])('box of %o padded by %i is %o', (pts, pad, want) => {
    expect(boxOf(pts, pad)).toEqual(want);
  });

  it('partner lines end at marks, or at the group that holds a crowded partner; lines to nowhere are left out', () => {
    const lines = linkLines(scene, [
      { key: 'l1', from: 'a.x.0', to: 'a.y.0' },
      { key: 'l2', from: 'a.x.0', to: 'a.w.0' },
      { key: 'l3', from: 'a.x.0', to: 'a.gone.0' }
    ]);
    expect(lines).toEqual([
      { key: 'l1', x1: 100, y1: 100, x2: 130, y2: 100 },
      { key: 'l2', x1: 100, y1: 100, x2: 200, y2: 200 }
    ]);
  });
});
