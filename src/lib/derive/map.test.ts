import { describe, expect, it } from 'vitest';
import { deriveMap, findEntries, fold, partnerLinks, siteInRegion, sitesPerKreis } from './map.ts';
import { summarize } from './summary.ts';
import { countItems, matchItem } from './match.ts';
import { NO_FILTERS, type Filters } from '../state/filters.ts';
import { testCluster } from '../../../tests/unit/fixtures.ts';
import { partnerIds } from '../data/model.ts';
import type { Text } from '../data/schema.ts';

const c = testCluster();
const label = (t: Text) => ('name' in t ? t.name : t.de);
const F = (f: Partial<Filters>): Filters => ({ ...NO_FILTERS, ...f });

describe('map derivation', () => {
  it('without filters: one mark per site of every actor and project, extern actors listed beside', () => {
    const m = deriveMap(c, NO_FILTERS);
    const sites = c.data.actors.reduce((n, a) => n + a.sites.length, 0) + c.data.projects.reduce((n, p) => n + p.sites.length, 0);
    expect(m.marks).toHaveLength(sites);
    expect(new Set(m.marks.map((x) => x.key)).size).toBe(sites);
    expect(m.marks.every((x) => x.verdict === 'match')).toBe(true);
    expect(m.extern.map((e) => e.actor.id).sort()).toEqual(c.data.actors.filter((a) => !a.sites.length).map((a) => a.id).sort());
    expect(m.counts.noSite).toBe(m.extern.length);
    expect(m.counts.actors).toEqual({ n: c.data.actors.length, match: c.data.actors.length, unknown: 0 });
    expect(m.counts.sites).toBe(c.data.actors.reduce((n, a) => n + a.sites.length, 0));
  });

  it('an actor with several sites has several marks', () => {
    const multi = c.data.actors.find((a) => a.sites.length > 1);
    if (!multi) return; // the data may not have one yet
    expect(deriveMap(c, NO_FILTERS).marks.filter((x) => x.id === multi.id)).toHaveLength(multi.sites.length);
  });

  it.each([
    { kreis: '01002' },
    { land: 'hh' },
    { type: 'uni' },
    { region: 'mt' as const },
    { field: 'img', land: 'sh' },
    { project: 'moin' },
    { indication: 'onko' },
    { region: 'none' as const, kreis: '02000' }
  ] as Partial<Filters>[])('with filters %o every mark has the verdict of matchItem (a site outside the region: nomatch), and counts equal countItems', (f) => {
    const filters = F(f);
    const m = deriveMap(c, filters);
    for (const mark of m.marks) {
      const item = c.items.find((i) => i.kind === mark.kind && i.id === mark.id)!;
      const v = matchItem(item, filters, c.ctx);
      expect(m.verdictOf(item.kind, item.id)).toBe(v);
      const outside = v !== 'nomatch' && !siteInRegion(mark.site, filters);
      expect(mark.outside).toBe(outside);
      expect(mark.verdict).toBe(outside ? 'nomatch' : v);
    }
    // also the items without a site: listed beside the map with the same verdict
    for (const item of c.items) expect(m.verdictOf(item.kind, item.id), item.id).toBe(matchItem(item, filters, c.ctx));
    for (const e of m.extern) expect(e.verdict).toBe(m.verdictOf('actor', e.actor.id));
    expect(m.verdictOf('actor', 'no-such-actor')).toBe('nomatch');
    expect(m.counts.actors).toEqual(countItems(c.items.filter((i) => i.kind === 'actor'), filters, c.ctx));
    expect(m.counts.projects).toEqual(countItems(c.items.filter((i) => i.kind === 'project'), filters, c.ctx));
  });

  it('a Kreis filter dims every mark outside that Kreis (single-site actors)', () => {
    const m = deriveMap(c, F({ kreis: '01002' }));
    for (const mark of m.marks.filter((x) => x.kind === 'actor' && c.actor(x.id)!.sites.length === 1))
      expect(mark.verdict === 'match').toBe(mark.site.kreis === '01002');
  });

  it('partner links join each project site to the nearest site of each partner that has one', () => {
    for (const p of c.data.projects) {
      const links = partnerLinks(c, p.id);
      const placed = partnerIds(p).filter((a) => (c.actor(a)?.sites.length ?? 0) > 0);
      expect(links).toHaveLength(p.sites.length * placed.length);
      for (const l of links) {
        expect(l.from).toMatch(new RegExp(`^p\\.${p.id}\\.\\d+$`));
        expect(l.to.startsWith(`a.${l.actor}.`)).toBe(true);
      }
    }
    expect(partnerLinks(c, 'nosuch')).toEqual([]);
  });

  it.each([
    ['lubeck', 'Lübeck'],
    ['UKE', 'UKE'],
    ['MOIN', 'MOIN']
  ])('find "%s" narrows to entries naming %s (case and accents folded)', (q, want) => {
    const out = findEntries(c, q, label);
    expect(out.length).toBeGreaterThan(0);
    for (const e of out) expect([label(e.name), e.short ?? '', ...e.cities.map(label)].some((s) => fold(s).includes(fold(want)))).toBe(true);
  });

  it('the find list holds every actor and project A–Z', () => {
    const out = findEntries(c, '', label);
    expect(out).toHaveLength(c.data.actors.length + c.data.projects.length);
    const names = out.map((e) => label(e.name));
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'de')));
  });

  it('sites per Kreis: Hamburg first, counts add up', () => {
    const m = deriveMap(c, NO_FILTERS);
    const per = sitesPerKreis(c.data.actors);
    expect(per.reduce((n, k) => n + k.n, 0)).toBe(m.counts.sites);
    expect(per[0].kreis).toBe('02000');
  });

  it.each([
    [{ kreis: '01002' }],
    [{ kreis: '01003' }],
    [{ land: 'hh' }],
    [{ land: 'sh', indication: 'onko' }],
    [{ kreis: '02000', type: 'uni' }]
  ] as [Partial<Filters>][])('under %o the bright marks are exactly the items the sentence counts, each with a site in the region', (f) => {
    const filters = F(f);
    const m = deriveMap(c, filters);
    const s = summarize(c.items, filters, c.ctx);
    const bright = (kind: string) => new Set(m.marks.filter((x) => x.kind === kind && x.verdict === 'match').map((x) => x.id));
    expect(bright('project').size).toBe(s.projects.match);
    expect(bright('actor').size).toBe(s.actors.match);
    expect(m.marks.filter((x) => x.verdict === 'match').every((x) => siteInRegion(x.site, filters))).toBe(true);
  });

  it('Kiel: 4 of 11 lighthouse projects, and 4 bright stars, all in Kiel; their other sites are marked outside', () => {
    const m = deriveMap(c, F({ kreis: '01002' }));
    const stars = m.marks.filter((x) => x.kind === 'project');
    expect(stars.filter((x) => x.verdict === 'match').map((x) => x.site.kreis)).toEqual(['01002', '01002', '01002', '01002']);
    expect(stars.filter((x) => x.outside).every((x) => x.site.kreis !== '01002')).toBe(true);
    expect(stars.filter((x) => x.outside).length).toBeGreaterThan(0);
    expect(m.counts.projects).toEqual({ n: 11, match: 4, unknown: 0 });
  });
});
