// Cross-checks of actors and projects: vocabulary ids, sites (Land, Kreis, and region "in"/"extern"),
// unique ids, and partners that exist.
import { describe, type ParsedData, type Report } from './files.ts';
import { uniqueIds, type Ref } from './cross-vocabulary.ts';
import type { Actor, Project, Site } from './schema.ts';

const PROFILE = ['branches', 'sides', 'fields', 'indications', 'stages'] as const;

export function checkProfile(key: 'actors' | 'projects', base: string, item: Actor | Project, ref: Ref, err: Report) {
  for (const prop of PROFILE) {
    const value = item[prop]?.value;
    if (!Array.isArray(value)) continue;
    value.forEach((id, j) => ref(key, `${base}.${prop}.value[${j}]`, prop, id));
    if (new Set(value).size !== value.length) err(key, `${base}.${prop}.value`, 'no repeated ids', describe(value));
  }
}

/** Land and Kreis are vocabulary ids, and the Kreis lies in that Land. */
export function checkSiteRefs(key: 'actors' | 'projects', base: string, sites: Site[], data: ParsedData, ref: Ref, err: Report) {
  const kreise = new Map((data.vocabulary?.kreise ?? []).map((k) => [k.id, k]));
  sites.forEach((s, i) => {
    const p = `${base}.sites[${i}]`;
    ref(key, `${p}.land`, 'laender', s.land);
    ref(key, `${p}.kreis`, 'kreise', s.kreis);
    const k = kreise.get(s.kreis);
    if (k && k.land !== s.land) err(key, `${p}.kreis`, `a Kreis of Land "${s.land}"`, `${s.kreis} (in "${k.land}")`);
  });
}

/** The cross-checks of actors.json and projects.json; `sites` runs the geometry checks when given. */
export function checkItems(data: ParsedData, ref: Ref, err: Report, sites?: (key: 'actors' | 'projects', base: string, s: Site[]) => void) {
  const actorIds = new Set<string>();
  if (data.actors) {
    uniqueIds(data.actors, 'actors', '$.actors', err).forEach((id) => actorIds.add(id));
    const siteIds = new Set<string>();
    data.actors.forEach((a, i) => {
      const base = `$.actors[${i}]`;
      ref('actors', `${base}.type`, 'types', a.type);
      checkProfile('actors', base, a, ref, err);
      checkSiteRefs('actors', base, a.sites ?? [], data, ref, err);
      sites?.('actors', base, a.sites ?? []);
      if (a.region === 'in' && a.sites?.length === 0) err('actors', `${base}.sites`, 'at least one site for region "in"', 'none');
      if (a.region === 'extern' && a.sites?.length > 0) err('actors', `${base}.sites`, 'no sites for region "extern"', `${a.sites.length} sites`);
      (a.sites ?? []).forEach((s, j) => {
        if (!s.id) return;
        if (siteIds.has(s.id)) err('actors', `${base}.sites[${j}].id`, 'a unique site id', describe(s.id));
        siteIds.add(s.id);
      });
    });
  }
  if (data.projects) {
    uniqueIds(data.projects, 'projects', '$.projects', err);
    data.projects.forEach((p, i) => {
      const base = `$.projects[${i}]`;
      if (actorIds.has(p.id)) err('projects', `${base}.id`, 'an id not used by an actor', describe(p.id));
      checkProfile('projects', base, p, ref, err);
      checkSiteRefs('projects', base, p.sites ?? [], data, ref, err);
      sites?.('projects', base, p.sites ?? []);
      const partners = p.partners?.value;
      if (data.actors && Array.isArray(partners))
        partners.forEach((id, j) => {
          if (!actorIds.has(id)) err('projects', `${base}.partners.value[${j}]`, 'the id of an actor in actors.json', describe(id));
        });
    });
  }
}
