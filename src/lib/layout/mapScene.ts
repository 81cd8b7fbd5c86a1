// Everything drawn on top of the geometry for one zoom state, in screen pixels: the marks (spread,
// grouped or aggregated per Kreis), the city labels and the partner lines. Pure; the component renders it.
import type { MapGeometry } from './map.ts';
import { apply, type Point, type Transform } from './mapTransform.ts';
import { BASE_STYLE, scaledFs, type FigureStyle } from './figureStyle.ts';
import { AGGREGATE_ABOVE, GROUP_R, aggregateByKreis, aggregateRadius, spreadMarks, type Crowd } from './mapMarks.ts';
import { placeLabels, textWidth, type Box, type PlacedLabel } from './mapLabels.ts';
import { compareDe } from '../utils/compareDe.ts';
import { length } from '../utils/length.ts';

export interface SceneMarkIn {
  key: string;
  lon: number;
  lat: number;
  kreis: string;
  order: number;
  match: boolean;
}
/** A site mark as the derivation gives it. */
interface SiteMarkLike {
  key: string;
  order: number;
  verdict: string;
  site: { lon: number; lat: number; kreis: string };
}
// The derivation reuses a mark whose verdict did not change, so its scene input is made once.
const inputs = new WeakMap<SiteMarkLike, SceneMarkIn>();
/** The scene's input for the derivation's marks. */
export function sceneInput(marks: readonly SiteMarkLike[]): SceneMarkIn[] {
  return marks.map((m) => {
    let input = inputs.get(m);
    if (!input) inputs.set(m, (input = { key: m.key, lon: m.site.lon, lat: m.site.lat, kreis: m.site.kreis, order: m.order, match: m.verdict === 'match' }));
    return input;
  });
}

export interface SceneOptions {
  /** distance between spread marks */
  spacing: number;
  /** crowds larger than this are drawn as one group mark */
  maxSpread: number;
  fontSize: number;
  aggregateAbove?: number;
}
export interface SceneGroup extends Crowd {
  /** the Kreis most of its marks are in (names the group) */
  kreis: string;
  match: number;
}
export interface SceneAggregate {
  kreis: string;
  n: number;
  match: number;
  x: number;
  y: number;
  r: number;
}
export interface Scene {
  mode: 'marks' | 'aggregate';
  marks: Map<string, { x: number; y: number; ax: number; ay: number }>;
  groups: SceneGroup[];
  aggregates: SceneAggregate[];
  labels: PlacedLabel[];
}

export function sceneOptions(width: number, style: FigureStyle = BASE_STYLE): SceneOptions {
  const small = width < 600;
  return { spacing: Math.round(Math.min(26, Math.max(17, width / 48)) * style.text), maxSpread: small ? 12 : 40, fontSize: scaledFs(small ? 13 : 15, style) };
}

/** A mark the scene draws, with its place. */
export interface PlacedMark<M> {
  m: M;
  x: number;
  y: number;
  ax: number;
  ay: number;
}
// A mark whose derivation and place did not change keeps its placed object: the keyed list then leaves
// its element alone, and a filter change touches only the marks it changes.
const placed = new WeakMap<object, PlacedMark<never>>();
/** The marks the scene places, in the derivation's order. */
export function placeSiteMarks<M extends { key: string }>(marks: readonly M[], scene: Pick<Scene, 'marks'>): PlacedMark<M>[] {
  const out: PlacedMark<M>[] = [];
  for (const m of marks) {
    const at = scene.marks.get(m.key);
    if (!at) continue;
    let p = placed.get(m) as PlacedMark<M> | undefined;
    if (!p || p.x !== at.x || p.y !== at.y || p.ax !== at.ax || p.ay !== at.ay) placed.set(m, (p = { m, ...at }) as PlacedMark<never>);
    out.push(p);
  }
  return out;
}

export function layoutScene(
  geo: MapGeometry,
  input: SceneMarkIn[],
  cities: { id: string; text: string }[],
  t: Transform,
  opts: SceneOptions
): Scene {
  const { width, height } = geo;
  const kreisAt = new Map(geo.kreise.map((k) => [k.id, k]));
  const scene: Scene = { mode: 'marks', marks: new Map(), groups: [], aggregates: [], labels: [] };
  const hard: Box[] = [];
  const soft: Box[] = [];
  const clearance = new Map<string, number>();
  if (input.length > (opts.aggregateAbove ?? AGGREGATE_ABOVE)) {
    scene.mode = 'aggregate';
    const counts = aggregateByKreis(input);
    const max = Math.max(...counts.map((c) => c.n));
    for (const c of counts) {
      const k = kreisAt.get(c.kreis);
      if (!k) continue;
      const r = aggregateRadius(c.n, max, 10, Math.max(16, opts.spacing * 1.3));
      const [px, py] = apply(t, k.c);
      if (px < 0 || px > width || py < 0 || py > height) continue;
      const x = Math.min(width - r - 1, Math.max(r + 1, px)), y = Math.min(height - r - 1, Math.max(r + 1, py));
      scene.aggregates.push({ ...c, x, y, r });
      clearance.set(c.kreis, r);
      hard.push({ x0: x - r, y0: y - r, x1: x + r, y1: y + r });
    }
  } else {
    const screen = input.map((m) => {
      const [x, y] = apply(t, geo.project(m.lon, m.lat));
      return { key: m.key, x, y, order: m.order };
    });
    const byKey = new Map(input.map((m) => [m.key, m]));
    const spread = spreadMarks(screen, opts.spacing, opts.maxSpread);
    for (const m of spread.marks) scene.marks.set(m.key, m);
    for (const c of spread.crowds) {
      const box = { x0: c.x - c.r, y0: c.y - c.r, x1: c.x + c.r, y1: c.y + c.r };
      if (c.grouped) {
        // a group with its count stays whole inside the frame; one whose place is off-screen is not drawn
        if (c.x < 0 || c.x > width || c.y < 0 || c.y > height) continue;
        c.x = Math.min(width - GROUP_R - 1, Math.max(GROUP_R + 1, c.x));
        c.y = Math.min(height - GROUP_R - 1, Math.max(GROUP_R + 1, c.y));
        const kreise = c.keys.map((k) => byKey.get(k)!.kreis);
        const kreis = [...new Set(kreise)].sort((a, b) => kreise.filter((x) => x === b).length - kreise.filter((x) => x === a).length || compareDe(a, b))[0];
        scene.groups.push({ ...c, r: GROUP_R, kreis, match: c.keys.filter((k) => byKey.get(k)!.match).length });
        hard.push({ x0: c.x - GROUP_R, y0: c.y - GROUP_R, x1: c.x + GROUP_R, y1: c.y + GROUP_R });
      } else soft.push(box);
      // a city's clearance is the disc of the crowd at its centre
      for (const k of c.keys) {
        const kr = byKey.get(k)!.kreis;
        const kk = kreisAt.get(kr);
        if (!kk) continue;
        const [cx, cy] = apply(t, kk.c);
        if (length(cx - c.x, cy - c.y) < c.r + opts.spacing) clearance.set(kr, Math.max(clearance.get(kr) ?? 0, c.r + length(cx - c.x, cy - c.y)));
      }
    }
  }
  const anchors = cities
    .map((c) => {
      const k = kreisAt.get(c.id);
      if (!k) return null;
      const [x, y] = apply(t, k.c);
      return { id: c.id, text: c.text, x, y, r: Math.min(clearance.get(c.id) ?? 4, 80) };
    })
    .filter((a): a is NonNullable<typeof a> => !!a && a.x > 0 && a.x < width && a.y > 0 && a.y < height);
  scene.labels = placeLabels(anchors, { width, height, fontSize: opts.fontSize, hard, soft });
  return scene;
}

/** Width of a group or aggregate count label (for tests and hit areas). */
export const countWidth = (n: number, fontSize: number) => textWidth(String(n), fontSize);
export type { Point };
