// The loaded data package as the views use it: validated files plus lookups.
import type { Topology } from 'topojson-specification';
import type { Actor, Masterplan, Project, SiteConfig, Text, Vocabulary } from './schema.ts';
import type { DataProblem, FileKey, ParsedData } from './files.ts';

export type Item = ({ kind: 'actor' } & Actor) | ({ kind: 'project' } & Project);

export interface ClusterData {
  vocabulary: Vocabulary | null;
  masterplan: Masterplan | null;
  actors: Actor[];
  projects: Project[];
  geo: Topology | null;
  site: SiteConfig | null;
  problems: DataProblem[];
  broken: Set<FileKey>;
  /** Every term of the vocabulary by list and id, e.g. terms.fields.get('img'). */
  terms: Record<TermList, Map<string, { id: string; label: Text }>>;
  /** Actor id → ids of the projects it is a partner of (derived from projects.json). */
  projectsOfActor: Map<string, string[]>;
}

export type TermList = 'branches' | 'sides' | 'fields' | 'indications' | 'stages' | 'laender' | 'kreise' | 'types';
export const TERM_LISTS: TermList[] = ['branches', 'sides', 'fields', 'indications', 'stages', 'laender', 'kreise', 'types'];

export function buildModel(parsed: ParsedData, problems: DataProblem[], broken: Set<FileKey>): ClusterData {
  const terms = Object.fromEntries(
    TERM_LISTS.map((l) => [l, new Map((parsed.vocabulary?.[l] ?? []).map((t) => [t.id, t]))])
  ) as unknown as ClusterData['terms'];
  const projects = broken.has('projects') ? [] : (parsed.projects ?? []);
  const actors = broken.has('actors') ? [] : (parsed.actors ?? []);
  const projectsOfActor = new Map<string, string[]>();
  for (const p of projects)
    for (const a of partnerIds(p)) projectsOfActor.set(a, [...(projectsOfActor.get(a) ?? []), p.id]);
  return {
    vocabulary: broken.has('vocabulary') ? null : parsed.vocabulary,
    masterplan: broken.has('masterplan') ? null : parsed.masterplan,
    actors,
    projects,
    geo: broken.has('geo') ? null : parsed.geo,
    site: parsed.site,
    problems,
    broken,
    terms,
    projectsOfActor
  };
}

/** A project's partner ids; none when its partners are unknown. */
export const partnerIds = (p: Pick<Project, 'partners'> | undefined): string[] => (Array.isArray(p?.partners.value) ? p.partners.value : []);

/** Actors and projects as one list of items for counting. */
export function itemsOf(data: Pick<ClusterData, 'actors' | 'projects'>): Item[] {
  return [
    ...data.actors.map((a) => ({ kind: 'actor' as const, ...a })),
    ...data.projects.map((p) => ({ kind: 'project' as const, ...p }))
  ];
}
