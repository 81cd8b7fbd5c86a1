// Marks that share a place: deterministic spreading on hexagonal rings, grouping of crowded places,
// and aggregation per Kreis when there are too many marks to draw one by one. Pure, screen pixels.
import type { Point } from './mapTransform.ts';
import { length } from '../utils/length.ts';

export interface MarkIn {
  key: string;
  /** screen position of the true place */
  x: number;
  y: number;
  /** order inside a crowd (e.g. type, then name); ties broken by key */
  order: number;
}
export interface PlacedMark {
  key: string;
  x: number;
  y: number;
  /** the true place, for a leader line when moved */
  ax: number;
  ay: number;
  crowd: number;
}
export interface Crowd {
  id: number;
  keys: string[];
  /** centre and radius of the disc the spread marks occupy */
  x: number;
  y: number;
  r: number;
  grouped: boolean;
}
export interface Spread {
  marks: PlacedMark[];
  crowds: Crowd[];
}

/** Slot i of a hexagonal ring packing: ring 0 is the centre, ring j holds 6·j slots at distance j·spacing. */
export function ringSlot(i: number, spacing: number): Point {
  if (i === 0) return [0, 0];
  let j = 1, first = 1;
  while (i >= first + 6 * j) first += 6 * j++;
  const a = (2 * Math.PI * (i - first)) / (6 * j) - Math.PI / 2;
  return [Math.cos(a) * j * spacing, Math.sin(a) * j * spacing];
}
/** Rings needed for n slots. */
export function ringsFor(n: number): number {
  let j = 0, cap = 1;
  while (cap < n) cap += 6 * ++j;
  return j;
}
const discRadius = (n: number, spacing: number) => ringsFor(n) * spacing + spacing / 2;
/** Radius of the group mark drawn for a crowd larger than maxSpread. */
export const GROUP_R = 17;
/** The radius a crowd of n occupies: one mark, its spread disc, or the group mark. */
export const crowdRadius = (n: number, spacing: number, maxSpread: number) =>
  n <= 1 ? spacing / 2 : n > maxSpread ? Math.max(GROUP_R, spacing / 2) : discRadius(n, spacing);

/**
 * Marks closer than `spacing` form a crowd; a crowd is spread on rings around its centre, and crowds
 * whose discs touch merge, until no discs overlap. Crowds larger than `maxSpread` are not spread but
 * grouped (drawn as one mark with a count). Deterministic: the result depends only on the input set.
 */
export function spreadMarks(input: MarkIn[], spacing: number, maxSpread = Infinity): Spread {
  const marks = [...input].sort((a, b) => a.order - b.order || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  // Merge crowds whose discs overlap. A crowd is checked against every other one; when it grew it is
  // queued again, so at the end no two discs overlap. O(n²) at most; the order comes from the sorted input.
  type C = { members: MarkIn[]; x: number; y: number; sx: number; sy: number; r: number; alive: boolean };
  const all: C[] = marks.map((m) => ({ members: [m], x: m.x, y: m.y, sx: m.x, sy: m.y, r: crowdRadius(1, spacing, maxSpread), alive: true }));
  const queue = all.map((c) => c);
  for (let q = 0; q < queue.length; q++) {
    const a = queue[q];
    if (!a.alive) continue;
    let grew = false;
    for (const b of all) {
      if (b === a || !b.alive) continue;
      const dx = a.x - b.x, dy = a.y - b.y, rr = a.r + b.r;
      if (dx * dx + dy * dy >= rr * rr) continue;
      a.members.push(...b.members);
      a.sx += b.sx;
      a.sy += b.sy;
      a.x = a.sx / a.members.length;
      a.y = a.sy / a.members.length;
      a.r = crowdRadius(a.members.length, spacing, maxSpread);
      b.alive = false;
      grew = true;
    }
    if (grew) queue.push(a);
  }
  const crowds = all.filter((c) => c.alive);
  for (const c of crowds) c.members.sort((p, q) => p.order - q.order || (p.key < q.key ? -1 : 1));
  crowds.sort((a, b) => a.x - b.x || a.y - b.y);
  const out: Spread = { marks: [], crowds: [] };
  crowds.forEach((c, id) => {
    const n = c.members.length;
    const grouped = n > maxSpread;
    out.crowds.push({ id, keys: c.members.map((m) => m.key), x: c.x, y: c.y, r: crowdRadius(n, spacing, maxSpread), grouped });
    if (grouped) return;
    // The single mark of a crowd stays on its place; crowds fill the rings in order.
    c.members.forEach((m, i) => {
      const [dx, dy] = n === 1 ? [0, 0] : ringSlot(i, spacing);
      out.marks.push({ key: m.key, x: n === 1 ? m.x : c.x + dx, y: n === 1 ? m.y : c.y + dy, ax: m.x, ay: m.y, crowd: id });
    });
  });
  return out;
}

export interface KreisCount {
  kreis: string;
  n: number;
  match: number;
}
/** Marks per Kreis (for drawing many thousands as one circle per Kreis), largest first, ties by AGS. */
export function aggregateByKreis(marks: { kreis: string; match: boolean }[]): KreisCount[] {
  const by = new Map<string, KreisCount>();
  for (const m of marks) {
    let c = by.get(m.kreis);
    if (!c) by.set(m.kreis, (c = { kreis: m.kreis, n: 0, match: 0 }));
    c.n++;
    if (m.match) c.match++;
  }
  return [...by.values()].sort((a, b) => b.n - a.n || (a.kreis < b.kreis ? -1 : 1));
}

/** Above this many marks the map draws one circle per Kreis instead of single marks. */
export const AGGREGATE_ABOVE = 400;

/** Circle radius for an aggregate: area proportional to the count, between rMin and rMax. */
export function aggregateRadius(n: number, max: number, rMin = 12, rMax = 40): number {
  if (max <= 0 || n <= 0) return 0;
  return rMin + (rMax - rMin) * Math.sqrt(n / max);
}

/** The target nearest to a tap within maxDist (22 px = a 44 px touch target), or null. Ties: first in the list. */
export function nearestTarget<T extends { x: number; y: number }>(targets: T[], p: Point, maxDist = 22): T | null {
  let best: T | null = null, bestD = maxDist;
  for (const t of targets) {
    const d = length(t.x - p[0], t.y - p[1]);
    if (d <= bestD && (best === null || d < bestD)) (best = t), (bestD = d);
  }
  return best;
}
