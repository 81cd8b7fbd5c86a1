import { describe, expect, it } from 'vitest';
import { countItems, matchDimension, matchItem, type MatchContext } from './match.ts';
import { NO_FILTERS, type Filters } from '../state/filters.ts';
import type { Item } from '../data/model.ts';
import { summarize } from './summary.ts';

const src = [{ kind: 'masterplan' as const, ref: 'test' }];
function item(id: string, over: Partial<Record<'branches' | 'sides' | 'fields' | 'indications' | 'stages', unknown>> & { kind?: 'actor' | 'project'; type?: string; kreis?: string } = {}): Item {
  const v = (value: unknown) => ({ value, src });
  const kind = over.kind ?? 'actor';
  const base = {
    id,
    name: { name: id },
    sites: over.kreis ? [{ city: { name: 'X' }, land: over.kreis.startsWith('02') ? 'hh' : 'sh', kreis: over.kreis, lon: 0, lat: 0, src }] : [],
    branches: v(over.branches ?? ['mt']),
    sides: v(over.sides ?? ['th']),
    fields: v(over.fields ?? ['img']),
    indications: v(over.indications ?? 'unknown'),
    stages: v(over.stages ?? ['research'])
  };
  return (kind === 'actor'
    ? { kind, ...base, type: over.type ?? 'company', region: 'in', mentioned: [], count: null }
    : { kind, ...base, short: id, description: { de: 'x', en: 'x' }, placement: { region: 'mt', side: 'th', src }, partners: v([]) }) as unknown as Item;
}
const ctx: MatchContext = { stageParent: new Map([['drug', 'dev'], ['device', 'dev']]), projectsOfActor: new Map([['a1', ['p1']]]) };
const f = (over: Partial<Filters>): Filters => ({ ...NO_FILTERS, ...over });

describe('matchDimension', () => {
  it.each([
    ['region mt matches mt+bt', item('a', { branches: ['mt', 'bt'] }), 'region', 'mt', 'match'],
    ['region mt+bt needs both', item('a', { branches: ['mt'] }), 'region', 'mt+bt', 'nomatch'],
    ['region none matches "none"', item('a', { branches: 'none' }), 'region', 'none', 'match'],
    ['region none excludes branch items', item('a', { branches: ['bt'] }), 'region', 'none', 'nomatch'],
    ['unknown branches are unknown', item('a', { branches: 'unknown' }), 'region', 'mt', 'unknown'],
    ['indication unknown', item('a'), 'indication', 'onko', 'unknown'],
    ['main stage matches its sub-stage', item('a', { stages: ['drug'] }), 'stage', 'dev', 'match'],
    ['sub-stage does not match its parent', item('a', { stages: ['dev'] }), 'stage', 'drug', 'nomatch'],
    ['kreis by site', item('a', { kreis: '01002' }), 'kreis', '01002', 'match'],
    ['land by site', item('a', { kreis: '02000' }), 'land', 'sh', 'nomatch'],
    ['no site never matches a place', item('a'), 'land', 'hh', 'nomatch'],
    ['partner of the project', item('a1'), 'project', 'p1', 'match'],
    ['the project itself', item('p1', { kind: 'project' }), 'project', 'p1', 'match'],
    ['type narrows actors only', item('p1', { kind: 'project' }), 'type', 'uni', 'match'],
    ['type of an actor', item('a', { type: 'company' }), 'type', 'uni', 'nomatch']
  ] as const)('%s', (_n, it_, dim, id, verdict) => {
    expect(matchDimension(it_, dim, id, ctx)).toBe(verdict);
  });
});

describe('matchItem and countItems', () => {
  const items = [
    item('a1', { fields: ['img'], indications: ['onko'] }),
    item('a2', { fields: ['img'] }),
    item('a3', { fields: ['ther'], indications: ['onko'] }),
    item('p1', { kind: 'project', fields: ['img'], indications: ['infekt'] })
  ];
  it('combines dimensions with AND and counts unknowns apart', () => {
    expect(countItems(items, f({ field: 'img', indication: 'onko' }), ctx)).toEqual({ n: 4, match: 1, unknown: 1 });
  });
  it('a "no" in one dimension outweighs an unknown in another', () => {
    expect(matchItem(items[1], f({ field: 'ther', indication: 'onko' }), ctx)).toBe('nomatch');
  });
  it('can ignore a dimension', () => {
    expect(countItems(items, f({ field: 'img', indication: 'onko' }), ctx, ['indication'])).toEqual({ n: 4, match: 3, unknown: 0 });
  });
  it('summarizes per kind and names the unknown dimension', () => {
    const s = summarize(items, f({ indication: 'onko' }), ctx);
    expect(s.actors).toEqual({ n: 3, match: 2, unknown: 1 });
    expect(s.projects).toEqual({ n: 1, match: 0, unknown: 0 });
    expect(s.unknownBy).toEqual({ indication: 1 });
  });
});
