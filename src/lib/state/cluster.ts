// The loaded data plus what every view derives from it once: items, match context, id checks.
import { createContext } from 'svelte';
import { itemsOf, type ClusterData, type Item } from '../data/model.ts';
import { matchContext, type MatchContext } from '../derive/match.ts';
import { REGIONS } from '../data/files.ts';
import type { Dimension } from './filters.ts';
import { DIMENSION_LIST } from './filters.ts';

export interface Cluster {
  data: ClusterData;
  items: Item[];
  ctx: MatchContext;
  isKnown(dim: Dimension | 'actor' | 'project', id: string): boolean;
  actor(id: string): ClusterData['actors'][number] | undefined;
  project(id: string): ClusterData['projects'][number] | undefined;
}

export function makeCluster(data: ClusterData): Cluster {
  const actors = new Map(data.actors.map((a) => [a.id, a]));
  const projects = new Map(data.projects.map((p) => [p.id, p]));
  return {
    data,
    items: itemsOf(data),
    ctx: matchContext(data),
    actor: (id) => actors.get(id),
    project: (id) => projects.get(id),
    isKnown(dim, id) {
      if (dim === 'actor') return actors.has(id);
      if (dim === 'project') return projects.has(id);
      if (dim === 'region') return (REGIONS as readonly string[]).includes(id);
      const list = DIMENSION_LIST[dim] as keyof ClusterData['terms'];
      return data.terms[list]?.has(id) ?? false;
    }
  };
}

export const [getCluster, setCluster] = createContext<Cluster>();
