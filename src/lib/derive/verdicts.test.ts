import { describe, expect, it } from 'vitest';
import { countVerdicts, verdictTable } from './verdicts.ts';
import { countItems, matchItem } from './match.ts';
import { DIMENSIONS, NO_FILTERS, type Dimension, type Filters } from '../state/filters.ts';
import { testCluster } from '../../../tests/unit/fixtures.ts';

const c = testCluster();
// values that occur in the data, per dimension
const VALUES: Record<Dimension, string[]> = {
  region: ['mt', 'bt', 'ph', 'mt.bt', 'none'],
  side: [...new Set(c.items.flatMap((i) => (Array.isArray(i.sides.value) ? i.sides.value : [])))],
  field: [...new Set(c.items.flatMap((i) => (Array.isArray(i.fields.value) ? i.fields.value : [])))],
  indication: [...new Set(c.items.flatMap((i) => (Array.isArray(i.indications.value) ? i.indications.value : [])))],
  stage: [...new Set(c.items.flatMap((i) => (Array.isArray(i.stages.value) ? i.stages.value : [])))],
  land: ['sh', 'hh'],
  kreis: [...new Set(c.items.flatMap((i) => i.sites.map((s) => s.kreis)))],
  project: c.data.projects.map((p) => p.id),
  type: [...new Set(c.data.actors.map((a) => a.type))]
};

describe('verdictTable', () => {
  it('draws its filter values from the data', () => {
    for (const dim of DIMENSIONS) expect(VALUES[dim].length, dim).toBeGreaterThan(1);
  });
  it('over 300 filter changes, with columns kept and dropped, every verdict equals matchItem and the counts countItems', () => {
    let seed = 11;
    const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    let filters: Filters = { ...NO_FILTERS };
    for (let step = 0; step < 300; step++) {
      const dim = DIMENSIONS[Math.floor(rnd() * DIMENSIONS.length)];
      const values = VALUES[dim];
      // a change sets, changes or clears one dimension, as a tap does
      filters = { ...filters, [dim]: rnd() < 0.25 ? null : values[Math.floor(rnd() * values.length)] };
      const t = verdictTable(c.items, filters, c.ctx);
      c.items.forEach((item, i) => expect(t.of(i), `${step} ${item.id}`).toBe(matchItem(item, filters, c.ctx)));
      const ignore: Dimension[] = [dim];
      c.items.forEach((item, i) => expect(t.of(i, ignore)).toBe(matchItem(item, filters, c.ctx, ignore)));
      expect(countVerdicts(t, 'actor')).toEqual(countItems(c.items.filter((i) => i.kind === 'actor'), filters, c.ctx));
    }
  });

  it('finds items by kind and id, and -1 for an unknown one', () => {
    const t = verdictTable(c.items, NO_FILTERS, c.ctx);
    const i = t.indexOf('project', 'moin');
    expect(c.items[i]).toMatchObject({ kind: 'project', id: 'moin' });
    expect(t.indexOf('actor', 'moin')).toBe(-1);
  });
});
