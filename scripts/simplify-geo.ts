// The map geometry as the browser gets it. The source file in data/geo/ stays as published (check:data
// tests every site against it); the built copy drops vertices whose triangle is smaller than MIN_WEIGHT
// (Visvalingam, planar in degrees²: 3e-6 ≈ 150 m × 150 m) and is quantized to QUANTIZE steps across the
// clip box (about 40 m). Both are below a pixel at the map's usual zoom and about 2 px at its deepest
// (16×), and they cut the file from 22 to 13 kB gzip and the work of drawing it by a third.
import { presimplify, simplify } from 'topojson-simplify';
import { quantize } from 'topojson-client';
import type { Topology } from 'topojson-specification';

export const MIN_WEIGHT = 3e-6;
export const QUANTIZE = 1e4;

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export function simplifyTopology(topo: Topology): Topology {
  const s = simplify(presimplify(structuredClone(topo) as Topology<{}>), MIN_WEIGHT);
  // presimplify adds a weight as each point's third coordinate: drop it before quantizing again.
  s.arcs = s.arcs.map((arc) => arc.map((p) => [p[0], p[1]]));
  return quantize(s, QUANTIZE);
}
