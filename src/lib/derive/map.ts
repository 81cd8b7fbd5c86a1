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
  /** every item's verdict (matchItem, all filters), by 'a.<id>' / 'p.<id>' */
  verdicts: Map<string, Verdict>;
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

export function deriveMap(cluster: Cluster, filters: Filters, table: VerdictTable = verdictTable(cluster.items, filters, cluster.ctx)): MapModel {
  const actorItems = cluster.items.filter((i) => i.kind === 'actor');
  const projectItems = cluster.items.filter((i) => i.kind === 'project');
  const all = [...actorItems, ...projectItems];
  const rank = nameRank(cluster.items);
  const marks: SiteMark[] = [];
  const extern: MapModel['extern'] = [];
  const projectsNoSite: MapModel['projectsNoSite'] = [];
  const verdicts = new Map<string, Verdict>();
  for (const item of all) {
    const verdict = table.of(table.indexOf(item.kind, item.id));
    verdicts.set(`${item.kind === 'actor' ? 'a' : 'p'}.${item.id}`, verdict);
    const type = item.kind === 'actor' ? item.type : 'project';
    if (!item.sites.length) {
      if (item.kind === 'actor') extern.push({ actor: cluster.actor(item.id)!, verdict });
      else projectsNoSite.push({ project: cluster.project(item.id)!, verdict });
      continue;
    }
    const order = typeRank(type) * 10000 + rank.get(nameOf(item.name))!;
    item.sites.forEach((site, i) => {
      const outside = verdict !== 'nomatch' && !siteInRegion(site, filters);
      marks.push({
        key: `${item.kind === 'actor' ? 'a' : 'p'}.${item.id}.${i}`,
        kind: item.kind,
        id: item.id,
        name: item.name,
        short: item.short,
        type,
        branches: item.branches.value,
        site,
        verdict: outside ? 'nomatch' : verdict,
        outside,
        order
      });
    });
  }
  const byName = (a: { name: Text }, b: { name: Text }) => compareDe(nameOf(a.name), nameOf(b.name));
  extern.sort((a, b) => byName(a.actor, b.actor));
  projectsNoSite.sort((a, b) => byName(a.project, b.project));
  return {
    marks,
    extern,
    projectsNoSite,
    verdicts,
    counts: {
      actors: countVerdicts(table, 'actor'),
      noSite: extern.length,
      projects: countVerdicts(table, 'project'),
      projectsNoSite: projectsNoSite.length,
      sites: marks.filter((m) => m.kind === 'actor').length
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

/** Sites per Kreis, for the screen-reader summary: Kreis id and count, largest first. */
export function sitesPerKreis(marks: SiteMark[]): { kreis: string; n: number }[] {
  const by = new Map<string, number>();
  for (const m of marks) if (m.kind === 'actor') by.set(m.site.kreis, (by.get(m.site.kreis) ?? 0) + 1);
  return [...by].map(([kreis, n]) => ({ kreis, n })).sort((a, b) => b.n - a.n || compareDe(a.kreis, b.kreis));
}
