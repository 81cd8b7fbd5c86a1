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
