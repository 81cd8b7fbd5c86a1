// The map geometry: Hamburg + Schleswig-Holstein fitted into the frame, neighbours as context.
// Projection: conformal conic (Lambert) with standard parallels 53.5° and 55° N and central meridian
// 10° E — the family official German maps use; it keeps shapes and angles true over the region, puts
// north straight up through the middle of SH and avoids Mercator's growing stretch towards Denmark.
import { geoArea, geoConicConformal, geoIdentity, geoPath, type GeoProjection } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { boxOf, type Point } from './mapTransform.ts';
import { memoize } from '../utils/memo.ts';

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

function mainPart(f: Feature<Geometry, Props>): Feature<Geometry, Props> {
  if (f.geometry.type !== 'MultiPolygon') return f;
  const parts = f.geometry.coordinates.map((c) => ({ ...f, geometry: { type: 'Polygon' as const, coordinates: c } }));
  return parts.reduce((a, b) => (geoArea(b) > geoArea(a) ? b : a));
}

/** Does the frame show only points inside the clip box? Samples its edges. */
export function frameInsideClip(projection: GeoProjection, width: number, height: number, steps = 8): boolean {
  for (let i = 0; i <= steps; i++)
    for (const [x, y] of [[(width * i) / steps, 0], [(width * i) / steps, height], [0, (height * i) / steps], [width, (height * i) / steps]]) {
      const ll = projection.invert?.([x, y]);
      if (!ll || ll[0] < CLIP.west || ll[0] > CLIP.east || ll[1] < CLIP.south || ll[1] > CLIP.north) return false;
    }
  return true;
}

export function mapProjection(subject: FeatureCollection, width: number, height: number): GeoProjection {
  const pad = Math.round(Math.min(width, height) * 0.04) + 4;
  const p = geoConicConformal().parallels([53.5, 55]).rotate([-10, 0]);
  p.fitExtent([[pad, pad], [width - pad, height - pad]], subject);
  // Very wide or tall frames would reach past the clip box: zoom in about the centre until they do not.
  for (let i = 0; i < 40 && !frameInsideClip(p, width, height); i++) {
    const c = p.invert!([width / 2, height / 2])!;
    p.scale(p.scale() * 1.05);
    const [cx, cy] = p(c)!;
    const [tx, ty] = p.translate();
    p.translate([tx + width / 2 - cx, ty + height / 2 - cy]);
  }
  return p;
}

// The geometry is projected once per topology, into the plane of a reference projection; a frame of
// any size is the same conic projection scaled and moved (fitExtent changes only scale and translate),
// so each size only scales the planar coordinates: no trigonometry per size, and each size once.
const REF = 4000;
interface Planar {
  ref: GeoProjection;
  subject: FeatureCollection;
  neighbours: PlanarShape[];
  others: PlanarShape[];
  laender: PlanarShape[];
  kreise: (PlanarShape & { land: 'sh' | 'hh'; c: Point; box: [Point, Point] })[];
  mesh: Geometry | null;
}
type PlanarShape = { id: string; name: string; f: Feature<Geometry, Props> | Geometry };

function projectGeometry(g: Geometry, p: GeoProjection): Geometry {
  const pt = (c: number[]) => p(c as [number, number]) ?? [NaN, NaN];
  switch (g.type) {
    case 'Point': return { type: 'Point', coordinates: pt(g.coordinates) };
    case 'MultiPoint': case 'LineString': return { type: g.type, coordinates: g.coordinates.map(pt) } as Geometry;
    case 'MultiLineString': case 'Polygon': return { type: g.type, coordinates: g.coordinates.map((r) => r.map(pt)) } as Geometry;
    case 'MultiPolygon': return { type: 'MultiPolygon', coordinates: g.coordinates.map((q) => q.map((r) => r.map(pt))) };
    case 'GeometryCollection': return { type: 'GeometryCollection', geometries: g.geometries.map((x) => projectGeometry(x, p)) };
  }
}

const planarOf = new WeakMap<Topology, Planar>();
function planar(topo: Topology): Planar {
  const cached = planarOf.get(topo);
  if (cached) return cached;
  const laender = features(topo, 'laender');
  const subjectF = laender.filter((f) => LAND_ID[f.properties.ags ?? '']);
  const subject: FeatureCollection = { type: 'FeatureCollection', features: subjectF };
  const ref = mapProjection(subject, REF, REF);
  const flat = (f: Feature<Geometry, Props>) => ({ ...f, geometry: projectGeometry(f.geometry, ref) });
  const shape = (f: Feature<Geometry, Props>, id: string): PlanarShape => ({ id, name: f.properties.name, f: flat(f) });
  const path = geoPath();
  const kreiseObj = topo.objects.kreise as GeometryCollection<Props> | undefined;
  const result: Planar = {
    ref,
    subject,
    neighbours: features(topo, 'neighbours').map((f) => shape(f, f.properties.name)),
    others: laender.filter((f) => !LAND_ID[f.properties.ags ?? '']).map((f) => shape(f, f.properties.ags ?? f.properties.name)),
    laender: subjectF.map((f) => shape(f, LAND_ID[f.properties.ags!])),
    kreise: features(topo, 'kreise').map((f) => {
      const ags = f.properties.ags ?? '';
      const s = shape(f, ags);
      // The box of the largest part (Hamburg's Kreis includes the island Neuwerk far out in the sea).
      return { ...s, land: ags.startsWith('02') ? 'hh' : 'sh', c: path.centroid(s.f) as Point, box: path.bounds(flat(mainPart(f))) as [Point, Point] };
    }),
    mesh: kreiseObj ? projectGeometry(mesh(topo, kreiseObj, (a, b) => a !== b), ref) : null
  };
  planarOf.set(topo, result);
  return result;
}

function layoutUncached(topo: Topology, width: number, height: number): MapGeometry {
  const pl = planar(topo);
  const projection = mapProjection(pl.subject, width, height);
  // frame = ref plane · k + (tx, ty)
  const k = projection.scale() / pl.ref.scale();
  const [tx, ty] = projection.translate(), [rx, ry] = pl.ref.translate();
  const at = (p: Point): Point => [p[0] * k + tx - rx * k, p[1] * k + ty - ry * k];
  const path = geoPath(geoIdentity().scale(k).translate([tx - rx * k, ty - ry * k])).digits(1);
  const shape = (s: PlanarShape): MapShape => ({ id: s.id, name: s.name, d: flatString(path(s.f as Feature) ?? '') });
  return {
    width,
    height,
    neighbours: pl.neighbours.map(shape),
    others: pl.others.map(shape),
    subject: pl.laender.map(shape),
    kreise: pl.kreise.map((s) => ({ ...shape(s), land: s.land, c: at(s.c), box: [at(s.box[0]), at(s.box[1])] as [Point, Point] })),
    kreisMesh: pl.mesh ? flatString(path(pl.mesh) ?? '') : '',
    project: (lon, lat) => (projection([lon, lat]) ?? [NaN, NaN]) as Point,
    invert: (p) => (projection.invert?.(p) ?? [NaN, NaN]) as Point
  };
}

/**
 * d3's path generator builds its string piece by piece: the engine keeps such a string as a tree of
 * thousands of fragments (several times the memory of its characters) until it is read as a whole.
 * Copied once into one flat string, a geometry takes a fraction of that memory.
 */
export const flatString = (s: string): string => JSON.parse(JSON.stringify(s)) as string;

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
