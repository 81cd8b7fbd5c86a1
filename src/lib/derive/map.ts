// What the map shows under the filters: one mark per site of an actor or project, its verdict
// (matchItem with all filters; under a Land or Kreis filter a site outside that region does not match,
// so the marks that stay bright are exactly the items the sentence counts, each in the region), the
// actors without a site in the region, counts with n and unknowns,
// the partner links of a selected project and the A–Z find list. Pure.
import type { Cluster } from '../state/cluster.ts';
import type { Filters } from '../state/filters.ts';
import type { Count, Verdict } from './match.ts';
import { countVerdicts, verdictTable, type VerdictTable } from './verdicts.ts';
import type { Actor, Project, Site, Text } from '../data/schema.ts';
import { MARK_TYPES } from '../layout/mapSymbols.ts';
import { partnerIds } from '../data/model.ts';
import { compareDe } from '../utils/compareDe.ts';

export interface SiteMark {
  /** unique: a.<actor>.<i> or p.<project>.<i> */
  key: string;
  kind: 'actor' | 'project';
  id: string;
  name: Text;
  short?: string;
  /** actor type or 'project' */
  type: string;
  branches: string[] | 'none' | 'unknown';
  site: Site;
  /** the site's verdict: the item's, or 'nomatch' for a site outside the filtered Land or Kreis */
  verdict: Verdict;
  /** the item matches, but this site lies outside the filtered Land or Kreis */
  outside: boolean;
  /** order inside a crowd: type, then name */
  order: number;
}

export interface MapCounts {
  actors: Count;
  /** actors with no site in the region (listed beside the map) */
  noSite: number;
  projects: Count;
  projectsNoSite: number;
  sites: number;
}

export interface MapModel {
  marks: SiteMark[];
  extern: { actor: Actor; verdict: Verdict }[];
  projectsNoSite: { project: Project; verdict: Verdict }[];
  counts: MapCounts;
  /** an item's verdict (matchItem, all filters); 'nomatch' for an unknown id */
  verdictOf(kind: 'actor' | 'project', id: string): Verdict;
}

/** Does a site lie in the filtered Land and Kreis (true when no region filter is active)? */
export const siteInRegion = (site: Site, filters: Pick<Filters, 'land' | 'kreis'>) =>
  (!filters.land || site.land === filters.land) && (!filters.kreis || site.kreis === filters.kreis);

const nameOf = (t: Text) => ('name' in t ? t.name : t.de);
const typeRank = (t: string) => {
  const i = (MARK_TYPES as readonly string[]).indexOf(t);
  return i < 0 ? MARK_TYPES.length : i;
};

// A–Z rank of every name, once per data set (it does not depend on the filters).
const nameRanks = new WeakMap<object, Map<string, number>>();
function nameRank(items: Cluster['items']): Map<string, number> {
  let rank = nameRanks.get(items);
  if (!rank) {
    const names = [...new Set(items.map((i) => nameOf(i.name)))].sort(compareDe);
    rank = new Map(names.map((n, i) => [n, i]));
    nameRanks.set(items, rank);
  }
  return rank;
}

// What a mark needs that does not depend on the filters, once per data set: the item's place in the
// verdict table, its order in a crowd and its marks' keys; the items without a site already A–Z.
interface ItemBase {
  index: number;
  item: Cluster['items'][number];
  type: string;
  order: number;
  keys: string[];
}
interface MapBase {
  withSites: ItemBase[];
  /** the marks of the last call, in the same order: one whose verdict did not change is reused */
  last: SiteMark[];
  actorsNoSite: ItemBase[];
  projectsNoSite: ItemBase[];
}
const mapBases = new WeakMap<object, MapBase>();
function mapBase(items: Cluster['items']): MapBase {
  let base = mapBases.get(items);
  if (base) return base;
  const rank = nameRank(items);
  const bases = items.map((item, index): ItemBase => {
    const type = item.kind === 'actor' ? item.type : 'project';
    const prefix = `${item.kind === 'actor' ? 'a' : 'p'}.${item.id}.`;
    return { index, item, type, order: typeRank(type) * 10000 + rank.get(nameOf(item.name))!, keys: item.sites.map((_, i) => prefix + i) };
  });
  const byName = (a: ItemBase, b: ItemBase) => compareDe(nameOf(a.item.name), nameOf(b.item.name));
  const ofKind = (kind: 'actor' | 'project') => bases.filter((b) => b.item.kind === kind);
  base = {
    last: [],
    withSites: [...ofKind('actor'), ...ofKind('project')].filter((b) => b.item.sites.length),
    actorsNoSite: ofKind('actor').filter((b) => !b.item.sites.length).sort(byName),
    projectsNoSite: ofKind('project').filter((b) => !b.item.sites.length).sort(byName)
  };
  mapBases.set(items, base);
  return base;
}

export function deriveMap(cluster: Cluster, filters: Filters, table: VerdictTable = verdictTable(cluster.items, filters, cluster.ctx)): MapModel {
  const base = mapBase(cluster.items);
  const regional = !!(filters.land || filters.kreis);
  const marks: SiteMark[] = [];
  let actorSites = 0;
  for (const { index, item, type, order, keys } of base.withSites) {
    const verdict = table.of(index);
    const branches = item.branches.value;
    item.sites.forEach((site, i) => {
      const outside = regional && verdict !== 'nomatch' && !siteInRegion(site, filters);
      const siteVerdict = outside ? 'nomatch' : verdict;
      const last = base.last[marks.length];
      marks.push(
        last && last.verdict === siteVerdict && last.outside === outside && last.site === site
          ? last
          : { key: keys[i], kind: item.kind, id: item.id, name: item.name, short: item.short, type, branches, site, verdict: siteVerdict, outside, order }
      );
    });
    if (item.kind === 'actor') actorSites += item.sites.length;
  }
  base.last = marks;
  const extern = base.actorsNoSite.map((b) => ({ actor: cluster.actor(b.item.id)!, verdict: table.of(b.index) }));
  const projectsNoSite = base.projectsNoSite.map((b) => ({ project: cluster.project(b.item.id)!, verdict: table.of(b.index) }));
  return {
    marks,
    extern,
    projectsNoSite,
    verdictOf: (kind, id) => {
      const i = table.indexOf(kind, id);
      return i < 0 ? 'nomatch' : table.of(i);
    },
    counts: {
      actors: countVerdicts(table, 'actor'),
      noSite: extern.length,
      projects: countVerdicts(table, 'project'),
      projectsNoSite: projectsNoSite.length,
      sites: actorSites
    }
  };
}

export interface PartnerLink {
  key: string;
  actor: string;
  /** mark keys (see SiteMark.key) of the project site and the partner site */
  from: string;
  to: string;
}
/** Lines from each site of a project to the nearest site of each partner. */
export function partnerLinks(cluster: Cluster, projectId: string): PartnerLink[] {
  const p = cluster.project(projectId);
  if (!p) return [];
  const links: PartnerLink[] = [];
  p.sites.forEach((ps, i) => {
    for (const aid of partnerIds(p)) {
      const a = cluster.actor(aid);
      if (!a || !a.sites.length) continue;
      const d = (s: Site) => Math.hypot((s.lon - ps.lon) * Math.cos((ps.lat * Math.PI) / 180), s.lat - ps.lat);
      const j = a.sites.reduce((best, s, k) => (d(s) < d(a.sites[best]) ? k : best), 0);
      links.push({ key: `${i}.${aid}`, actor: aid, from: `p.${p.id}.${i}`, to: `a.${aid}.${j}` });
    }
  });
  return links;
}

export interface FindEntry {
  kind: 'actor' | 'project';
  id: string;
  name: Text;
  short?: string;
  /** city names of the sites, or [] */
  cities: Text[];
}
/** Lower case without diacritics, so "lubeck" finds Lübeck and "uke" finds UKE. */
export const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replaceAll('ß', 'ss');

/** All actors and projects A–Z (by the name as shown), narrowed to those whose name, short name or city contains the query. */
export function findEntries(cluster: Cluster, query: string, label: (t: Text) => string): FindEntry[] {
  const q = fold(query.trim());
  const entries: FindEntry[] = [
    ...cluster.data.actors.map((a) => ({ kind: 'actor' as const, id: a.id, name: a.name, short: a.short, cities: a.sites.map((s) => s.city) })),
    ...cluster.data.projects.map((p) => ({ kind: 'project' as const, id: p.id, name: p.name, short: p.short, cities: p.sites.map((s) => s.city) }))
  ];
  return entries
    .filter((e) => !q || [label(e.name), e.short ?? '', ...e.cities.map(label)].some((s) => fold(s).includes(q)))
    .sort((a, b) => compareDe(label(a.name), label(b.name)) || compareDe(a.id, b.id));
}

/** Sites of the actors per Kreis, for the screen-reader summary (every site, whatever the filters): largest first. */
export function sitesPerKreis(actors: readonly { sites: readonly Site[] }[]): { kreis: string; n: number }[] {
  const by = new Map<string, number>();
  for (const a of actors) for (const s of a.sites) by.set(s.kreis, (by.get(s.kreis) ?? 0) + 1);
  return [...by].map(([kreis, n]) => ({ kreis, n })).sort((a, b) => b.n - a.n || compareDe(a.kreis, b.kreis));
}
