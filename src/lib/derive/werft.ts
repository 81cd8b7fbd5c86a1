// What the Medizinwerft flow counts and the graph it draws. The chain of Abb. 5 is a path:
// supply → Ideenschmiede → Forschung → Entwicklungswerkstatt → Produktionsdock → Auslieferung/Vermarktung.
// The health economy is the frame around it, never a node (it both commissions and buys: a node would
// close a cycle). Data reading: a stage's width = organisations and projects that match every filter
// except the stage filter and name that stage (a main stage includes its sub-stages; the supply counts
// any of its components); a band's width = those that name both neighbouring stages. Pure.
import type { Item } from '../data/model.ts';
import type { Masterplan } from '../data/schema.ts';
import { matchDimension, type MatchContext } from './match.ts';
import { verdictTable, type VerdictTable } from './verdicts.ts';
import type { Filters } from '../state/filters.ts';

export type Reading = 'schema' | 'data';
export const SUPPLY = 'supply';
export const WERFT_IGNORE = ['stage'] as const;

export interface WerftCounts {
  /** items matching all filters except the stage filter */
  n: number;
  /** of n, how many have no known stage */
  unknown: number;
  /** not counted: a filtered value is unknown */
  unknownOther: number;
  /** per stage id (and 'supply' for the supply group) */
  stage: Record<string, number>;
  /** per chain link "a>b": items naming both columns */
  both: Record<string, number>;
}

export interface WerftGraph {
  /** columns in flow order: 'supply' then the chain */
  nodes: { id: string; value: number }[];
  links: { source: string; target: string; value: number }[];
}

export const columnsOf = (mw: Masterplan['medizinwerft']) => [SUPPLY, ...mw.chain];
export const linkKey = (a: string, b: string) => `${a}>${b}`;

/** Every stage id the figure shows: chain, sub-stages, supply components, support functions. */
export const stageIdsOf = (mw: Masterplan['medizinwerft']) => [
  ...mw.chain,
  ...Object.values(mw.sub).flat(),
  ...mw.supply,
  ...mw.support
];

export function werftCounts(
  mw: Masterplan['medizinwerft'],
  items: Item[],
  filters: Filters,
  ctx: MatchContext,
  verdicts: VerdictTable = verdictTable(items, filters, ctx)
): WerftCounts {
  const ids = stageIdsOf(mw);
  const cols = columnsOf(mw);
  const out: WerftCounts = { n: 0, unknown: 0, unknownOther: 0, stage: {}, both: {} };
  for (const id of [SUPPLY, ...ids]) out.stage[id] = 0;
  for (let i = 1; i < cols.length; i++) out.both[linkKey(cols[i - 1], cols[i])] = 0;
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    const v = verdicts.of(i, WERFT_IGNORE);
    if (v === 'unknown') out.unknownOther++;
    if (v !== 'match') continue;
    out.n++;
    if (item.stages.value === 'unknown') {
      out.unknown++;
      continue;
    }
    const has = (id: string): boolean =>
      id === SUPPLY ? mw.supply.some((s) => has(s)) : matchDimension(item, 'stage', id, ctx) === 'match';
    for (const id of [SUPPLY, ...ids]) if (has(id)) out.stage[id]++;
    for (let i = 1; i < cols.length; i++) if (has(cols[i - 1]) && has(cols[i])) out.both[linkKey(cols[i - 1], cols[i])]++;
  }
  return out;
}

/** The sankey graph of a reading: "schema" gives every stage and band the same width. */
export function werftGraph(mw: Masterplan['medizinwerft'], reading: Reading, counts: WerftCounts): WerftGraph {
  const cols = columnsOf(mw);
  return {
    nodes: cols.map((id) => ({ id, value: reading === 'schema' ? 1 : counts.stage[id] ?? 0 })),
    links: cols.slice(1).map((id, i) => ({
      source: cols[i],
      target: id,
      value: reading === 'schema' ? 1 : counts.both[linkKey(cols[i], id)] ?? 0
    }))
  };
}

/** True if the graph's links have no cycle (Kahn's algorithm). */
export function isAcyclic(g: WerftGraph): boolean {
  const indeg = new Map(g.nodes.map((n) => [n.id, 0]));
  for (const l of g.links) indeg.set(l.target, (indeg.get(l.target) ?? 0) + 1);
  const queue = [...indeg].filter(([, d]) => d === 0).map(([id]) => id);
  let seen = 0;
  while (queue.length) {
    const id = queue.pop()!;
    seen++;
    for (const l of g.links)
      if (l.source === id) {
        const d = indeg.get(l.target)! - 1;
        indeg.set(l.target, d);
        if (d === 0) queue.push(l.target);
      }
  }
  return seen === indeg.size;
}
