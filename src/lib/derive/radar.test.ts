import { describe, expect, it } from 'vitest';
import { testCluster } from '../../../tests/unit/fixtures.ts';
import { NO_FILTERS, type Filters } from '../state/filters.ts';
import type { Item } from '../data/model.ts';
import { axisActive, axisFilterSet, radarCounts, radarMax } from './radar.ts';
import { matchContext } from './match.ts';

const c = testCluster();
const mp = c.data.masterplan!;
const ther = mp.radars.find((r) => r.field === 'ther')!;
const diag = mp.radars.find((r) => r.field === 'diag')!;

// A small synthetic set: the rule, not the current content of the data files.
const v = <T,>(value: T) => ({ value, src: [{ kind: 'unconfirmed' as const, reason: { de: 'x', en: 'x' } }] });
const item = (id: string, fields: string[] | 'unknown', indications: string[] | 'unknown', sides: string[] | 'unknown' = ['th']): Item =>
  ({ kind: 'actor', id, type: 'company', sites: [{ land: 'hh', kreis: '02000' }], branches: v(['mt']), sides: v(sides), fields: v(fields), indications: v(indications), stages: v(['research']) }) as unknown as Item;
const items = [
  item('a', ['ther'], ['onko', 'infekt']),
  item('b', ['ther', 'diag'], ['onko']),
  item('c', ['ther'], 'unknown'),
  item('d', 'unknown', ['onko']),
  item('e', ['diag'], ['allerg'], ['dx']),
  item('f', ['ther'], ['zns'], 'unknown')
];
const ctx = matchContext({ vocabulary: { stages: [] }, projectsOfActor: new Map() });
const f = (p: Partial<Filters>): Filters => ({ ...NO_FILTERS, ...p });

describe('radarCounts', () => {
  it.each([
    { name: 'no filters', filters: f({}), n: 4, unknownInd: 1, unknownField: 1, onko: 2, infekt: 1, zns: 1 },
    { name: 'indication and field filters are ignored', filters: f({ indication: 'zns', field: 'img' }), n: 4, unknownInd: 1, unknownField: 1, onko: 2, infekt: 1, zns: 1 },
    { name: 'side filter: unknown side is not counted', filters: f({ side: 'th' }), n: 3, unknownInd: 1, unknownField: 1, onko: 2, infekt: 1, zns: 0 },
    { name: 'side that nothing has', filters: f({ side: 'dx' }), n: 0, unknownInd: 0, unknownField: 0, onko: 0, infekt: 0, zns: 0 }
  ])('therapeutics: $name', ({ filters, n, unknownInd, unknownField, onko, infekt, zns }) => {
    const r = radarCounts(ther, items, filters, ctx);
    expect(r.n).toBe(n);
    expect(r.unknownIndication).toBe(unknownInd);
    expect(r.unknownField).toBe(unknownField);
    const by = Object.fromEntries(r.axes.map((a) => [a.indication, a.count]));
    expect(by).toMatchObject({ onko, infekt, zns });
  });

  it('counts diagnostics on its own axes, with the masterplan levels unchanged', () => {
    const r = radarCounts(diag, items, NO_FILTERS, ctx);
    expect(r.n).toBe(2);
    expect(r.axes.find((a) => a.indication === 'allerg')!.count).toBe(1);
    expect(r.axes.filter((a) => a.level === 'dominant').map((a) => a.indication)).toEqual(['onko', 'infekt']);
  });

  it('reports items whose other filter values are unknown', () => {
    expect(radarCounts(ther, items, f({ side: 'th' }), ctx).unknownOther).toBe(1);
  });

  it('on the real data: every count is at most n, n + unknown field at most all items', () => {
    for (const radar of mp.radars) {
      const r = radarCounts(radar, c.items, NO_FILTERS, c.ctx);
      expect(r.n + r.unknownField).toBeLessThanOrEqual(c.items.length);
      for (const a of r.axes) expect(a.count).toBeLessThanOrEqual(r.n - r.unknownIndication);
    }
  });

  it('the shared data scale is at least 1', () => {
    expect(radarMax([])).toBe(1);
    expect(radarMax([radarCounts(ther, items, NO_FILTERS, ctx)])).toBe(2);
  });
});

describe('masterplan layer', () => {
  it('has the axes of Abb. 3 and only Onkologie and Infektionen as dominant', () => {
    expect(ther.axes.map((a) => a.indication)).toEqual(['onko', 'entz', 'infekt', 'zns', 'hk', 'immun', 'stoff']);
    expect(diag.axes.map((a) => a.indication)).toEqual(['onko', 'entz', 'infekt', 'zns', 'allerg', 'hk']);
  });
});

describe('axisFilterSet', () => {
  it('sets indication and the radar field together, and clears both when the pair is active', () => {
    const on = axisFilterSet(NO_FILTERS, 'diag', 'onko');
    expect(on).toEqual({ field: 'diag', indication: 'onko' });
    const active = f(on);
    expect(axisActive(active, 'diag', 'onko')).toBe(true);
    expect(axisActive(active, 'ther', 'onko')).toBe(false);
    expect(axisFilterSet(active, 'diag', 'onko')).toEqual({ field: null, indication: null });
    expect(axisFilterSet(active, 'ther', 'onko')).toEqual({ field: 'ther', indication: 'onko' });
  });
});
