// Does an item (actor or project) match the filters? Pure; the single rule every view counts with.
// Dimensions combine with AND. A value that is unknown in an active dimension does not match and is
// reported as 'unknown' so counts can say how many were unknown.
import type { Item } from '../data/model.ts';
import { DIMENSIONS, regionBranches, type Dimension, type Filters } from '../state/filters.ts';

export type Verdict = 'match' | 'nomatch' | 'unknown';

export interface MatchContext {
  /** stage id → its parent stage id (Trendscouting → Ideenschmiede …) */
  stageParent: Map<string, string>;
  /** actor id → ids of the projects it is a partner of */
  projectsOfActor: Map<string, string[]>;
}

function inList(value: string[] | 'unknown' | 'none', id: string): Verdict {
  if (value === 'unknown') return 'unknown';
  if (value === 'none') return 'nomatch';
  return value.includes(id) ? 'match' : 'nomatch';
}

export function matchDimension(item: Item, dim: Dimension, id: string, ctx: MatchContext): Verdict {
  switch (dim) {
    case 'region': {
      const want = regionBranches(id as never);
      const have = item.branches.value;
      if (have === 'unknown') return 'unknown';
      if (want === 'none') return have === 'none' ? 'match' : 'nomatch';
      if (have === 'none') return 'nomatch';
      return want.every((b) => have.includes(b)) ? 'match' : 'nomatch';
    }
    case 'side':
      return inList(item.sides.value, id);
    case 'field':
      return inList(item.fields.value, id);
    case 'indication':
      return inList(item.indications.value, id);
    case 'stage': {
      // A main stage matches its sub-stages too (Entwicklungswerkstatt ⊃ Wirkstoffentwickler).
      const have = item.stages.value;
      if (have === 'unknown') return 'unknown';
      return have.some((s) => s === id || ctx.stageParent.get(s) === id) ? 'match' : 'nomatch';
    }
    case 'land':
      return item.sites.some((s) => s.land === id) ? 'match' : 'nomatch';
    case 'kreis':
      return item.sites.some((s) => s.kreis === id) ? 'match' : 'nomatch';
    case 'project':
      return item.kind === 'project'
        ? item.id === id ? 'match' : 'nomatch'
        : (ctx.projectsOfActor.get(item.id) ?? []).includes(id) ? 'match' : 'nomatch';
    case 'type':
      // Types describe organisations; projects have none and are not narrowed by it.
      return item.kind === 'project' ? 'match' : item.type === id ? 'match' : 'nomatch';
  }
}

/** Verdict over all active dimensions, optionally ignoring some (a view's own dimension). */
export function matchItem(item: Item, filters: Filters, ctx: MatchContext, ignore: Dimension[] = []): Verdict {
  let unknown = false;
  for (const dim of DIMENSIONS) {
    const id = filters[dim];
    if (id === null || ignore.includes(dim)) continue;
    const v = matchDimension(item, dim, id, ctx);
    if (v === 'nomatch') return 'nomatch';
    if (v === 'unknown') unknown = true;
  }
  return unknown ? 'unknown' : 'match';
}

export interface Count {
  /** items considered */
  n: number;
  match: number;
  /** did not match because a filtered value is unknown */
  unknown: number;
}

export function countItems(items: Item[], filters: Filters, ctx: MatchContext, ignore: Dimension[] = []): Count {
  const c: Count = { n: items.length, match: 0, unknown: 0 };
  for (const item of items) {
    const v = matchItem(item, filters, ctx, ignore);
    if (v === 'match') c.match++;
    else if (v === 'unknown') c.unknown++;
  }
  return c;
}

export function matchContext(data: {
  vocabulary: { stages: { id: string; parent?: string }[] } | null;
  projectsOfActor: Map<string, string[]>;
}): MatchContext {
  const stageParent = new Map<string, string>();
  for (const s of data.vocabulary?.stages ?? []) if (s.parent) stageParent.set(s.id, s.parent);
  return { stageParent, projectsOfActor: data.projectsOfActor };
}
