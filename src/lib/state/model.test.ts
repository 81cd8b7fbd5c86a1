import { describe, expect, it } from 'vitest';
import { flushSync } from 'svelte';
import { ClusterModel } from './model.svelte.ts';
import { ExplorerState } from './explorer.svelte.ts';
import { parseSearch } from './url.ts';
import { testCluster } from '../../../tests/unit/fixtures.ts';
import { summarize } from '../derive/summary.ts';
import { projectMarks, regionCounts } from '../derive/branches.ts';
import { radarCounts } from '../derive/radar.ts';
import { werftCounts } from '../derive/werft.ts';
import { deriveMap } from '../derive/map.ts';
import { matchItem } from '../derive/match.ts';
import { verdictTable } from '../derive/verdicts.ts';

const SEARCHES = ['', '?b=mt', '?b=mt.bt&s=th', '?i=onko&f=ther', '?w=dev&l=sh', '?k=01002', '?p=moin', '?t=uni&b=none', '?i=zns&w=research&t=company'];

describe('ClusterModel', () => {
  const cluster = testCluster();
  it.each(SEARCHES)('%s: every field equals its derivation run on its own', (search) => {
    const explorer = new ExplorerState(parseSearch(search));
    const model = new ClusterModel(cluster, explorer);
    const { items, ctx } = cluster;
    const f = explorer.filters;
    const mp = cluster.data.masterplan!;
    expect(model.summary).toEqual(summarize(items, f, ctx));
    expect(model.regionCounts).toEqual(regionCounts(items, f, ctx));
    expect(model.projectMarks).toEqual(projectMarks(cluster.data.projects, f, ctx));
    expect(model.radarCounts).toEqual(mp.radars.map((r) => radarCounts(r, items, f, ctx)));
    expect(model.werftCounts).toEqual(werftCounts(mp.medizinwerft, items, f, ctx));
    const { verdictOf, ...map } = model.map;
    const { verdictOf: alone, ...mapAlone } = deriveMap(cluster, f);
    expect(map).toEqual(mapAlone);
    for (const it of items) expect(verdictOf(it.kind, it.id)).toBe(alone(it.kind, it.id));
  });

  it('follows a filter change, and every field reads the same verdict table', () => {
    const explorer = new ExplorerState();
    const model = new ClusterModel(cluster, explorer);
    const before = model.summary.actors.match;
    const table = model.verdicts;
    expect(model.verdicts).toBe(table);
    explorer.toggleFilter('region', 'mt');
    flushSync();
    expect(model.verdicts).not.toBe(table);
    expect(model.summary.actors.match).toBeLessThan(before);
    expect(model.summary).toEqual(summarize(cluster.items, explorer.filters, cluster.ctx));
  });
});

describe('verdictTable', () => {
  const cluster = testCluster();
  it.each(SEARCHES)('%s: equals the filter rule item by item, with and without ignored dimensions', (search) => {
    const f = parseSearch(search).filters;
    const t = verdictTable(cluster.items, f, cluster.ctx);
    cluster.items.forEach((item, i) => {
      expect(t.of(i)).toBe(matchItem(item, f, cluster.ctx));
      expect(t.of(i, ['region', 'indication'])).toBe(matchItem(item, f, cluster.ctx, ['region', 'indication']));
    });
    expect(t.indexOf('project', 'moin')).toBeGreaterThanOrEqual(0);
    expect(t.indexOf('actor', 'no-such-actor')).toBe(-1);
  });
});
