// The map geometry as the browser gets it. The source file in data/geo/ stays as published (check:data
// tests every site against it); the built copy drops vertices whose triangle is smaller than MIN_WEIGHT
// (Visvalingam, planar in degrees²: 3e-6 ≈ 150 m × 150 m) and is quantized to QUANTIZE steps across the
// clip box (about 100 m). Both are below a pixel at the map's usual zoom and a few pixels at its
// deepest (16×), where the source's own 150 m simplification shows as much. Borders that no Kreis of Hamburg or Schleswig-Holstein uses are grey context: they are
// simplified CONTEXT times as hard, and context islands smaller than MIN_CONTEXT_ISLAND are left out.
// Together this cuts the file from 22 to about 8 kB gzip.
import { filter, presimplify, simplify, planarRingArea } from 'topojson-simplify';
import { feature, quantize } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

export const MIN_WEIGHT = 3e-6;
export const CONTEXT = 100;
/** degrees², about 4 km² at 54° N */
export const MIN_CONTEXT_ISLAND = 6e-4;
export const QUANTIZE = 4000;

/** Indices of the arcs the Kreise use (their outlines are the map's subject). */
function focusArcs(topo: Topology): Set<number> {
  const out = new Set<number>();
  const walk = (a: unknown): void => {
    if (typeof a === 'number') out.add(a < 0 ? ~a : a);
    else if (Array.isArray(a)) a.forEach(walk);
  };
  for (const g of (topo.objects.kreise as GeometryCollection).geometries) walk('arcs' in g ? g.arcs : []);
  return out;
}

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export function simplifyTopology(topo: Topology): Topology {
  const pre = presimplify(structuredClone(topo) as Topology<{}>);
  const focus = focusArcs(pre);
  // presimplify adds a weight as each point's third coordinate; context points weigh less, so they go first.
  pre.arcs.forEach((arc, i) => {
    if (!focus.has(i)) for (const p of arc) p[2] = p[2] / CONTEXT;
  });
  const s = simplify(pre, MIN_WEIGHT);
  const area = (ring: number[]) => planarRingArea((feature(s, { type: 'Polygon', arcs: [ring] }) as unknown as { geometry: { coordinates: [number, number][][] } }).geometry.coordinates[0]);
  // a ring is a list of arc indices (the package's types say otherwise)
  const keep = (ring: number[]) => ring.some((a) => focus.has(a < 0 ? ~a : a)) || area(ring) >= MIN_CONTEXT_ISLAND;
  const kept = filter(s, keep as unknown as Parameters<typeof filter>[1]);
  // drop the weights before quantizing again
  kept.arcs = kept.arcs.map((arc) => arc.map((p) => [p[0], p[1]]));
  return quantize(kept, QUANTIZE);
}
