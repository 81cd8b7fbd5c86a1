// What a tap or a hover on the map hits, from the scene in screen pixels (no DOM): the nearest group or
// mark within 22 px (a 44 px target that never hides a neighbour), else a per-Kreis circle under the
// point. Kreis shapes are left to the caller (they are the SVG paths under the point).
import { nearestTarget } from './mapMarks.ts';
import type { Scene, SceneAggregate, SceneGroup } from './mapScene.ts';
import type { Point } from './mapTransform.ts';

export type Hit =
  | { kind: 'group'; group: SceneGroup }
  | { kind: 'mark'; key: string }
  | { kind: 'aggregate'; aggregate: SceneAggregate }
  | null;

/** The first disc (group or aggregate) that contains p, with 2 px to spare. */
export const within = <T extends { x: number; y: number; r: number }>(list: T[], p: Point): T | undefined =>
  list.find((t) => Math.hypot(t.x - p[0], t.y - p[1]) <= t.r + 2);

const dist = (t: { x: number; y: number }, p: Point) => Math.hypot(t.x - p[0], t.y - p[1]);

/** What a tap at p selects: the nearer of group and mark within maxDist, else an aggregate, else nothing. */
export function hitAt(scene: Scene, p: Point, maxDist = 22): Hit {
  const group = nearestTarget(scene.groups, p, maxDist);
  const mark = nearestTarget([...scene.marks].map(([key, m]) => ({ key, x: m.x, y: m.y })), p, maxDist);
  if (group && (!mark || dist(group, p) < dist(mark, p))) return { kind: 'group', group };
  if (mark) return { kind: 'mark', key: mark.key };
  const aggregate = within(scene.aggregates, p);
  return aggregate ? { kind: 'aggregate', aggregate } : null;
}

/** What a mouse over p shows a tooltip for: groups and aggregates (marks have their own); an id or null. */
export function hoverAt(scene: Scene, p: Point): { id: string; hit: Exclude<Hit, null> } | null {
  const g = within(scene.groups, p);
  if (g) return { id: 'g' + g.id, hit: { kind: 'group', group: g } };
  const a = within(scene.aggregates, p);
  return a ? { id: 'a' + a.kreis, hit: { kind: 'aggregate', aggregate: a } } : null;
}

/** Partner lines in screen pixels: each end at its mark or, when crowded, at its group. */
export function linkLines(scene: Scene, links: { key: string; from: string; to: string }[]) {
  const at = (key: string) => scene.marks.get(key) ?? scene.groups.find((g) => g.keys.includes(key));
  return links.flatMap((l) => {
    const a = at(l.from), b = at(l.to);
    return a && b ? [{ key: l.key, x1: a.x, y1: a.y, x2: b.x, y2: b.y }] : [];
  });
}

