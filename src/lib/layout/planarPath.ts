// Planar geometry (already projected) to SVG path data, bounds, centroid and area: what d3-geo's
// geoPath does for a geoIdentity, without its stream machinery, since the map draws the same rings at
// every size, only scaled.
import type { Point } from './mapTransform.ts';

/** A polygon is rings; a shape is polygons (outer ring first, holes after) or lines. */
export type Ring = Point[];
export interface PlanarShape {
  polygons: Ring[][];
  lines: Ring[];
}

export interface Affine {
  k: number;
  x: number;
  y: number;
}

const r1 = (v: number) => Math.round(v * 10) / 10;

function ringPath(ring: Ring, t: Affine, close: boolean, out: string[]) {
  for (let i = 0; i < ring.length; i++) out.push((i ? 'L' : 'M') + r1(ring[i][0] * t.k + t.x) + ',' + r1(ring[i][1] * t.k + t.y));
  if (close) out.push('Z');
}

/**
 * SVG path data of the shape under the affine map, one decimal. Closed rings end with Z, without repeating
 * the first point. Joined once, so the string is flat: a string grown by `+=` is kept as a tree of pieces,
 * several times its size, for as long as the geometry is cached.
 */
export function shapePath(shape: PlanarShape, t: Affine): string {
  const out: string[] = [];
  for (const polygon of shape.polygons) for (const ring of polygon) ringPath(ring, t, true, out);
  for (const line of shape.lines) ringPath(line, t, false, out);
  return out.join('');
}

/** Signed area of a ring (shoelace). */
export function ringArea(ring: Ring): number {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) a += ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
  return a / 2;
}

export function polygonArea(polygon: Ring[]): number {
  return polygon.reduce((a, r) => a + ringArea(r), 0);
}

/** Area-weighted centroid of the polygons (holes, wound the other way, subtract). */
export function shapeCentroid(shape: PlanarShape): Point {
  let a = 0, cx = 0, cy = 0;
  for (const polygon of shape.polygons)
    for (const ring of polygon)
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const w = ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
        a += w;
        cx += (ring[j][0] + ring[i][0]) * w;
        cy += (ring[j][1] + ring[i][1]) * w;
      }
  return a ? [cx / (3 * a), cy / (3 * a)] : [NaN, NaN];
}

export function shapeBounds(shape: PlanarShape): [Point, Point] {
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (const ring of [...shape.polygons.flat(), ...shape.lines])
    for (const [x, y] of ring) {
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
    }
  return [[x0, y0], [x1, y1]];
}
