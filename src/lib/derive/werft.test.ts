import { describe, expect, it } from 'vitest';
import { testCluster } from '../../../tests/unit/fixtures.ts';
import { NO_FILTERS, type Filters } from '../state/filters.ts';
import type { Item } from '../data/model.ts';
import { matchContext } from './match.ts';
import { SUPPLY, columnsOf, isAcyclic, stageIdsOf, werftCounts, werftGraph } from './werft.ts';

const c = testCluster();
const mw = c.data.masterplan!.medizinwerft;
const ctx = matchContext(c.data);
const v = <T,>(value: T) => ({ value, src: [{ kind: 'unconfirmed' as const, reason: { de: 'x', en: 'x' } }] });
const item = (id: string, stages: string[] | 'unknown', fields: string[] | 'unknown' = ['img']): Item =>
  ({ kind: 'actor', id, type: 'company', sites: [], branches: v(['mt']), sides: v(['th']), fields: v(fields), indications: v('unknown'), stages: v(stages) }) as unknown as Item;
const items = [
  item('a', ['trend', 'research']),
  item('b', ['research', 'drug']),
  item('c', ['tech', 'svc', 'idea']),
  item('d', 'unknown'),
  item('e', ['prod', 'market'], ['op']),
  item('f', ['fin', 'coord'], 'unknown')
];
const f = (p: Partial<Filters>): Filters => ({ ...NO_FILTERS, ...p });

describe('werftCounts', () => {
  it('counts sub-stages into their stage and the supply as any component', () => {
    const w = werftCounts(mw, items, NO_FILTERS, ctx);
    expect(w.n).toBe(6);
    expect(w.unknown).toBe(1);
    expect(w.stage).toMatchObject({ idea: 2, trend: 1, research: 2, dev: 1, drug: 1, prod: 1, market: 1, [SUPPLY]: 1, tech: 1, svc: 1, mat: 0, fin: 1, coord: 1 });
    expect(w.both).toMatchObject({ 'supply>idea': 1, 'idea>research': 1, 'research>dev': 1, 'dev>prod': 0, 'prod>market': 1 });
  });
  it.each([
    { name: 'the stage filter itself is ignored', filters: f({ stage: 'prod' }), n: 6, research: 2 },
    { name: 'a field filter narrows, unknown fields are not counted', filters: f({ field: 'img' }), n: 4, research: 2 },
    { name: 'a field that leaves a stage empty', filters: f({ field: 'op' }), n: 1, research: 0 }
  ])('$name', ({ filters, n, research }) => {
    const w = werftCounts(mw, items, filters, ctx);
    expect(w.n).toBe(n);
    expect(w.stage.research).toBe(research);
  });
  it('reports items left out because a filtered value is unknown', () => {
    expect(werftCounts(mw, items, f({ field: 'img' }), ctx).unknownOther).toBe(1);
  });
  it('has a count for every stage of the figure on the real data', () => {
    const w = werftCounts(mw, c.items, NO_FILTERS, c.ctx);
    for (const id of stageIdsOf(mw)) expect(w.stage[id]).toBeGreaterThanOrEqual(0);
    expect(w.n).toBe(c.items.length);
  });
});

describe('werftGraph', () => {
  const counts = werftCounts(mw, items, f({ field: 'op' }), ctx);
  it('is the chain of Abb. 5 as a path, without the health economy and without cycles', () => {
    for (const reading of ['schema', 'data'] as const) {
      const g = werftGraph(mw, reading, counts);
      expect(g.nodes.map((n) => n.id)).toEqual(['supply', 'idea', 'research', 'dev', 'prod', 'market']);
      expect(g.links.map((l) => `${l.source}>${l.target}`)).toEqual(['supply>idea', 'idea>research', 'research>dev', 'dev>prod', 'prod>market']);
      expect(isAcyclic(g)).toBe(true);
      expect(g.nodes.some((n) => /health|gesundheit|frame/i.test(n.id))).toBe(false);
    }
  });
  it('schema: equal widths; data: widths are the counts, empty stages stay as zero', () => {
    expect(werftGraph(mw, 'schema', counts).nodes.every((n) => n.value === 1)).toBe(true);
    expect(werftGraph(mw, 'schema', counts).links.every((l) => l.value === 1)).toBe(true);
    const d = werftGraph(mw, 'data', counts);
    expect(d.nodes.map((n) => n.value)).toEqual([0, 0, 0, 0, 1, 1]);
    expect(d.links.map((l) => l.value)).toEqual([0, 0, 0, 0, 1]);
  });
  it('detects a cycle', () => {
    const g = werftGraph(mw, 'schema', counts);
    expect(isAcyclic({ ...g, links: [...g.links, { source: 'market', target: 'supply', value: 1 }] })).toBe(false);
    expect(columnsOf(mw)[0]).toBe(SUPPLY);
  });
});
