// The map geometry: Hamburg + Schleswig-Holstein fitted into the frame, neighbours as context.
// Projection: conformal conic (Lambert) with standard parallels 53.5° and 55° N and central meridian
// 10° E — the family official German maps use; it keeps shapes and angles true over the region, puts
// north straight up through the middle of SH and avoids Mercator's growing stretch towards Denmark.
import { feature, mesh } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { boxOf, type Point } from './mapTransform.ts';
import { memoize } from '../utils/memo.ts';
import { MAP_CONIC } from './lambert.ts';
import { polygonArea, shapeBounds, shapeCentroid, shapePath, type Affine, type PlanarShape, type Ring } from './planarPath.ts';

/** The box the geometry is clipped to (data/geo/SOURCE.md). */
export const CLIP = { west: 6.5, east: 13.0, south: 52.6, north: 56.0 };

export interface MapShape {
  id: string;
  name: string;
  d: string;
}
export interface KreisShape extends MapShape {
  land: 'sh' | 'hh';
  /** centroid and bounding box in frame pixels */
  c: Point;
  box: [Point, Point];
}
export interface MapGeometry {
  width: number;
  height: number;
  neighbours: MapShape[];
  /** Länder other than SH and HH */
  others: MapShape[];
  /** SH and HH (ids 'sh' / 'hh') */
  subject: MapShape[];
  kreise: KreisShape[];
  /** inner Kreis borders only */
  kreisMesh: string;
  project: (lon: number, lat: number) => Point;
  invert: (p: Point) => Point;
}

type Props = { ags?: string; name: string };
const LAND_ID: Record<string, 'sh' | 'hh'> = { '01': 'sh', '02': 'hh' };

function features(topo: Topology, key: string): Feature<Geometry, Props>[] {
  const obj = topo.objects[key] as GeometryCollection<Props> | undefined;
  if (!obj) return [];
  return (feature(topo, obj) as FeatureCollection<Geometry, Props>).features;
}

// The geometry is projected once per topology into the conic's plane; a frame of any size is that
// plane scaled and moved (as d3's fitExtent changes only scale and translate), so a size costs only
// the writing of its path strings.
const toPlane = (c: Position): Point => MAP_CONIC.forward(c[0], c[1]);
// A closed ring repeats its first point at the end; the path closes it with Z instead.
const ring = (r: Position[]): Ring => r.slice(0, -1).map(toPlane);

function planarShape(g: Geometry): PlanarShape {
  switch (g.type) {
    case 'Polygon': return { polygons: [g.coordinates.map(ring)], lines: [] };
    case 'MultiPolygon': return { polygons: g.coordinates.map((p) => p.map(ring)), lines: [] };
    case 'LineString': return { polygons: [], lines: [g.coordinates.map(toPlane)] };
    case 'MultiLineString': return { polygons: [], lines: g.coordinates.map((l) => l.map(toPlane)) };
    case 'GeometryCollection': {
      const parts = g.geometries.map(planarShape);
      return { polygons: parts.flatMap((p) => p.polygons), lines: parts.flatMap((p) => p.lines) };
    }
    default: return { polygons: [], lines: [] };
  }
}

/** The largest part (Hamburg's Kreis includes the island Neuwerk far out in the sea). */
function mainPart(s: PlanarShape): PlanarShape {
  if (s.polygons.length < 2) return s;
  const largest = s.polygons.reduce((a, b) => (Math.abs(polygonArea(b)) > Math.abs(polygonArea(a)) ? b : a));
  return { polygons: [largest], lines: [] };
}

/** Does the frame show only points inside the clip box? Samples its edges. */
export function frameInsideClip(invert: (p: Point) => Point, width: number, height: number, steps = 8): boolean {
  for (let i = 0; i <= steps; i++)
    for (const [x, y] of [[(width * i) / steps, 0], [(width * i) / steps, height], [0, (height * i) / steps], [width, (height * i) / steps]]) {
      const [lon, lat] = invert([x, y]);
      if (!(lon >= CLIP.west && lon <= CLIP.east && lat >= CLIP.south && lat <= CLIP.north)) return false;
    }
  return true;
}

/**
 * The frame's affine map of the plane: SH + HH (their plane box `subject`) fitted into the frame with a
 * padding, centred; very wide or tall frames would reach past the clip box, so they zoom in about the
 * centre until they do not.
 */
export function fitFrame(subject: [Point, Point], width: number, height: number): Affine {
  const pad = Math.round(Math.min(width, height) * 0.04) + 4;
  const [[x0, y0], [x1, y1]] = subject;
  const k = Math.min((width - 2 * pad) / (x1 - x0), (height - 2 * pad) / (y1 - y0));
  let t: Affine = { k, x: pad + (width - 2 * pad - k * (x1 - x0)) / 2 - k * x0, y: pad + (height - 2 * pad - k * (y1 - y0)) / 2 - k * y0 };
  const invert = (a: Affine) => (p: Point) => MAP_CONIC.invert([(p[0] - a.x) / a.k, (p[1] - a.y) / a.k]);
  for (let i = 0; i < 40 && !frameInsideClip(invert(t), width, height); i++) {
    // the plane point at the centre stays at the centre
    const cx = (width / 2 - t.x) / t.k, cy = (height / 2 - t.y) / t.k;
    const k2 = t.k * 1.05;
    t = { k: k2, x: width / 2 - cx * k2, y: height / 2 - cy * k2 };
  }
  return t;
}

interface Named {
  id: string;
  name: string;
  shape: PlanarShape;
}
interface Planar {
  subjectBox: [Point, Point];
  neighbours: Named[];
  others: Named[];
  laender: Named[];
  kreise: (Named & { land: 'sh' | 'hh'; c: Point; box: [Point, Point] })[];
  mesh: PlanarShape | null;
}

const planarOf = new WeakMap<Topology, Planar>();
/** The topology in the conic's plane, once per topology (what every frame size starts from). */
export function planar(topo: Topology): Planar {
  const cached = planarOf.get(topo);
  if (cached) return cached;
  const laender = features(topo, 'laender');
  const named = (f: Feature<Geometry, Props>, id: string): Named => ({ id, name: f.properties.name, shape: planarShape(f.geometry) });
  const subject = laender.filter((f) => LAND_ID[f.properties.ags ?? '']).map((f) => named(f, LAND_ID[f.properties.ags!]));
  const kreiseObj = topo.objects.kreise as GeometryCollection<Props> | undefined;
  const result: Planar = {
    subjectBox: shapeBounds({ polygons: subject.flatMap((s) => s.shape.polygons), lines: [] }),
    neighbours: features(topo, 'neighbours').map((f) => named(f, f.properties.name)),
    others: laender.filter((f) => !LAND_ID[f.properties.ags ?? '']).map((f) => named(f, f.properties.ags ?? f.properties.name)),
    laender: subject,
    kreise: features(topo, 'kreise').map((f) => {
      const ags = f.properties.ags ?? '';
      const s = named(f, ags);
      return { ...s, land: ags.startsWith('02') ? 'hh' : 'sh', c: shapeCentroid(s.shape), box: shapeBounds(mainPart(s.shape)) };
    }),
    mesh: kreiseObj ? planarShape(mesh(topo, kreiseObj, (a, b) => a !== b)) : null
  };
  planarOf.set(topo, result);
  return result;
}

function layoutUncached(topo: Topology, width: number, height: number): MapGeometry {
  const pl = planar(topo);
  const t = fitFrame(pl.subjectBox, width, height);
  const at = (p: Point): Point => [p[0] * t.k + t.x, p[1] * t.k + t.y];
  const shape = (s: Named): MapShape => ({ id: s.id, name: s.name, d: shapePath(s.shape, t) });
  return {
    width,
    height,
    neighbours: pl.neighbours.map(shape),
    others: pl.others.map(shape),
    subject: pl.laender.map(shape),
    kreise: pl.kreise.map((s) => ({ ...shape(s), land: s.land, c: at(s.c), box: [at(s.box[0]), at(s.box[1])] as [Point, Point] })),
    kreisMesh: pl.mesh ? shapePath(pl.mesh, t) : '',
    project: (lon, lat) => at(MAP_CONIC.forward(lon, lat)),
    invert: (p) => MAP_CONIC.invert([(p[0] - t.x) / t.k, (p[1] - t.y) / t.k])
  };
}

// The last few sizes per topology: the overview's panel and the map page, and one more (a resize, the
// first draw before measuring). Each geometry holds every shape's path, so only a few are kept; the
// overview's frame height follows the panel's other content, and an unbounded or larger cache would
// grow with every such height seen (a kiosk sees hundreds in a day).
const bySize = new WeakMap<Topology, (width: number, height: number) => MapGeometry>();
export function layoutMapGeometry(topo: Topology, size: { width: number; height: number }): MapGeometry {
  let fn = bySize.get(topo);
  if (!fn) bySize.set(topo, (fn = memoize((w: number, h: number) => layoutUncached(topo, w, h), 3)));
  return fn(size.width, size.height);
}

/** Frame height for a container width: roughly the shape of SH + HH, never extreme. */
export function mapHeight(width: number, compact: boolean): number {
  return Math.round(Math.max(260, Math.min(width * (compact ? 0.86 : 0.92), compact ? 620 : 900)));
}

/** The frame box of the filtered region: the Kreis, or the Kreise of the Land; null without a region filter. */
export function regionBox(geo: Pick<MapGeometry, 'kreise'>, region: { kreis: string | null; land: string | null }): [Point, Point] | null {
  const parts = geo.kreise.filter((k) => (region.kreis ? k.id === region.kreis : region.land ? k.land === region.land : false));
  return parts.length ? boxOf(parts.flatMap((k) => k.box)) : null;
}

/**
 * Frame height that lets a panel's map, with what sits above and below it (`chrome`), fit the window:
 * the usual height for the width, but no taller than the window leaves after the chrome and a margin;
 * never below 260. Narrow frames (phones, below 600 px) keep their usual shape and the page scrolls.
 */
export function fitMapHeight(width: number, compact: boolean, window: { height: number; chrome: number } | null, margin = 16): number {
  const usual = mapHeight(width, compact);
  if (!window || width < 600 || window.height <= 0 || window.chrome <= 0) return usual;
  return Math.max(260, Math.min(usual, Math.floor(window.height - window.chrome - margin)));
}
