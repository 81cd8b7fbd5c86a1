// The filter rule, run once per item and active dimension per filter change. Every count and mark of
// every view reads its verdicts from this table, each ignoring its own dimensions where it must.
import type { Item } from '../data/model.ts';
import { activeDimensions, type Dimension, type Filters } from '../state/filters.ts';
import { matchDimension, type Count, type MatchContext, type Verdict } from './match.ts';

const CODE: Verdict[] = ['match', 'nomatch', 'unknown'];
const MATCH = 0, NOMATCH = 1, UNKNOWN = 2;

export interface VerdictTable {
  items: Item[];
  filters: Filters;
  ctx: MatchContext;
  active: Dimension[];
  /** Verdict of item i over all active dimensions except `ignore` (AND; unknown when undecided). */
  of(i: number, ignore?: readonly Dimension[]): Verdict;
  /** Verdict of item i in one active dimension. */
  inDimension(i: number, dim: Dimension): Verdict;
  /** Index of an item by kind and id, or -1. */
  indexOf(kind: Item['kind'], id: string): number;
}

// Where each item stands, by kind and id: built once per item list, not per filter change.
const indexes = new WeakMap<Item[], Record<Item['kind'], Map<string, number>>>();
function indexOfItems(items: Item[]) {
  let index = indexes.get(items);
  if (!index) {
    index = { actor: new Map(), project: new Map() };
    items.forEach((it, i) => index![it.kind].set(it.id, i));
    indexes.set(items, index);
  }
  return index;
}

// The columns of the last filter values, per item list and context: a column depends on nothing else.
const COLUMNS_KEPT = 24;
const columnCaches = new WeakMap<Item[], { ctx: MatchContext; columns: Map<string, Uint8Array> }>();
function dimensionColumn(items: Item[], dim: Dimension, id: string, ctx: MatchContext): Uint8Array {
  let cache = columnCaches.get(items);
  if (!cache || cache.ctx !== ctx) columnCaches.set(items, (cache = { ctx, columns: new Map() }));
  const key = `${dim}=${id}`;
  let col = cache.columns.get(key);
  if (col) {
    cache.columns.delete(key); // most recent last
  } else {
    col = new Uint8Array(items.length);
    for (let i = 0; i < items.length; i++) {
      const v = matchDimension(items[i], dim, id, ctx);
      col[i] = v === 'match' ? MATCH : v === 'nomatch' ? NOMATCH : UNKNOWN;
    }
    if (cache.columns.size >= COLUMNS_KEPT) cache.columns.delete(cache.columns.keys().next().value!);
  }
  cache.columns.set(key, col);
  return col;
}

export function verdictTable(items: Item[], filters: Filters, ctx: MatchContext): VerdictTable {
  const active = activeDimensions(filters);
  // One byte per item and active dimension; a change of one filter computes only that column.
  const codes = active.map((dim) => dimensionColumn(items, dim, filters[dim]!, ctx));
  return {
    items,
    filters,
    ctx,
    active,
    of(i, ignore = []) {
      let unknown = false;
      for (let d = 0; d < active.length; d++) {
        if (ignore.length && ignore.includes(active[d])) continue;
        const c = codes[d][i];
        if (c === NOMATCH) return 'nomatch';
        if (c === UNKNOWN) unknown = true;
      }
      return unknown ? 'unknown' : 'match';
    },
    inDimension(i, dim) {
      const d = active.indexOf(dim);
      return d < 0 ? 'match' : CODE[codes[d][i]];
    },
    indexOf(kind, id) {
      return indexOfItems(items)[kind].get(id) ?? -1;
    }
  };
}

/** Counts the items of one kind (or all) by their verdict. */
export function countVerdicts(t: VerdictTable, kind?: Item['kind'], ignore: readonly Dimension[] = []): Count {
  const c: Count = { n: 0, match: 0, unknown: 0 };
  for (let i = 0; i < t.items.length; i++) {
    if (kind && t.items[i].kind !== kind) continue;
    c.n++;
    const v = t.of(i, ignore);
    if (v === 'match') c.match++;
    else if (v === 'unknown') c.unknown++;
  }
  return c;
}
