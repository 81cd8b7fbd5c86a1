// What the indication radars count. The masterplan layer is the axes and their levels only (never a
// value). The data layer counts, per radar field, the organisations and projects that match every
// active filter except indication and field (the radars' own dimensions), have that field, and name
// the axis' indication. Pure.
import type { Item } from '../data/model.ts';
import type { Masterplan } from '../data/schema.ts';
import { matchDimension, type MatchContext } from './match.ts';
import { verdictTable, type VerdictTable } from './verdicts.ts';
import type { Filters } from '../state/filters.ts';

export interface RadarAxisCount {
  indication: string;
  level: 'dominant' | 'named';
  count: number;
}
export interface RadarCounts {
  field: string;
  axes: RadarAxisCount[];
  /** items with this field that match the other filters */
  n: number;
  /** of n, how many have no known indication */
  unknownIndication: number;
  /** items matching the other filters whose field is unknown (not in n) */
  unknownField: number;
  /** items matching the other filters whose match is undecided because a filtered value is unknown */
  unknownOther: number;
}

export const RADAR_IGNORE = ['indication', 'field'] as const;

export function radarCounts(
  radar: Masterplan['radars'][number],
  items: Item[],
  filters: Filters,
  ctx: MatchContext,
  verdicts: VerdictTable = verdictTable(items, filters, ctx)
): RadarCounts {
  const out: RadarCounts = {
    field: radar.field,
    axes: radar.axes.map((a) => ({ indication: a.indication, level: a.level, count: 0 })),
    n: 0,
    unknownIndication: 0,
    unknownField: 0,
    unknownOther: 0
  };
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    const v = verdicts.of(i, RADAR_IGNORE);
    if (v === 'unknown') out.unknownOther++;
    if (v !== 'match') continue;
    const f = matchDimension(item, 'field', radar.field, ctx);
    if (f === 'unknown') out.unknownField++;
    if (f !== 'match') continue;
    out.n++;
    const ind = item.indications.value;
    if (ind === 'unknown') {
      out.unknownIndication++;
      continue;
    }
    for (const a of out.axes) if (ind.includes(a.indication)) a.count++;
  }
  return out;
}

/** The data scale shared by both radars, so their dots compare: at least 1. */
export const radarMax = (all: RadarCounts[]) => Math.max(1, ...all.flatMap((r) => r.axes.map((a) => a.count)));

/** Is this axis the active filter pair? */
export const axisActive = (filters: Filters, field: string, indication: string) =>
  filters.field === field && filters.indication === indication;

/** Picking an axis sets indication and field together; picking the active pair again clears both. */
export function axisFilterSet(filters: Filters, field: string, indication: string): Pick<Filters, 'field' | 'indication'> {
  return axisActive(filters, field, indication) ? { field: null, indication: null } : { field, indication };
}
