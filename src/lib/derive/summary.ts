// The sentence above the views: what is selected, how many match, how many are unknown.
import type { Item } from '../data/model.ts';
import type { MatchContext } from './match.ts';
import { verdictTable, type VerdictTable } from './verdicts.ts';
import { activeDimensions, type Dimension, type Filters } from '../state/filters.ts';

export interface Summary {
  projects: { match: number; unknown: number; n: number };
  actors: { match: number; unknown: number; n: number };
  /** per active dimension: how many items were left out only because that value is unknown */
  unknownBy: Partial<Record<Dimension, number>>;
  active: Dimension[];
}

export function summarize(items: Item[], filters: Filters, ctx: MatchContext, verdicts: VerdictTable = verdictTable(items, filters, ctx)): Summary {
  const s: Summary = {
    projects: { match: 0, unknown: 0, n: 0 },
    actors: { match: 0, unknown: 0, n: 0 },
    unknownBy: {},
    active: activeDimensions(filters)
  };
  for (let i = 0; i < items.length; i++) {
    const c = items[i].kind === 'project' ? s.projects : s.actors;
    c.n++;
    const v = verdicts.of(i);
    if (v === 'match') c.match++;
    else if (v === 'unknown') {
      c.unknown++;
      for (const dim of s.active)
        if (verdicts.inDimension(i, dim) === 'unknown') s.unknownBy[dim] = (s.unknownBy[dim] ?? 0) + 1;
    }
  }
  return s;
}

/** Which data layers could not be read (their files are broken or missing). */
export interface Missing {
  projects: boolean;
  actors: boolean;
}

/**
 * The message keys and parameters of the sentence's counting part. A layer whose file could not be read
 * is named as missing instead of counted as zero.
 */
export function countMessages(s: Summary, filtered: boolean, what: string, missing: Missing): [string, Record<string, string | number>][] {
  const notes: [string, Record<string, string | number>][] = [];
  if (missing.projects) notes.push(['problem.projectsMissing', {}]);
  if (missing.actors) notes.push(['problem.actorsMissing', {}]);
  const p = { projects: s.projects.match, projectsN: s.projects.n };
  const a = { actors: s.actors.match, actorsN: s.actors.n };
  if (missing.projects && missing.actors) return notes;
  if (!filtered) {
    if (missing.projects) return [...notes, ['problem.allActors', { actors: s.actors.n }]];
    if (missing.actors) return [...notes, ['problem.allProjects', { projects: s.projects.n }]];
    return [['summary.all', { projects: s.projects.n, actors: s.actors.n }]];
  }
  if (missing.projects) return [...notes, ['problem.filteredActors', { ...a, what }]];
  if (missing.actors) return [...notes, ['problem.filteredProjects', { ...p, what }]];
  return [['summary.filtered', { ...p, ...a, what }]];
}
