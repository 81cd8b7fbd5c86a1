// Lambert conformal conic, closed form (as d3-geo's conicConformalRaw), for the map's one projection:
// standard parallels 53.5° and 55° N, central meridian 10° E. The plane is y-down (screen) and in units
// of the Earth's radius; a frame of any size is this plane scaled and moved (see map.ts).
import type { Point } from './mapTransform.ts';

const RAD = Math.PI / 180;
const HALF_PI = Math.PI / 2;
const tany = (phi: number) => Math.tan((HALF_PI + phi) / 2);

export interface Conic {
  forward: (lon: number, lat: number) => Point;
  invert: (p: Point) => Point;
}

export function lambertConic(parallel1: number, parallel2: number, centralMeridian: number): Conic {
  const y0 = parallel1 * RAD, y1 = parallel2 * RAD;
  const cy0 = Math.cos(y0);
  const n = y0 === y1 ? Math.sin(y0) : Math.log(cy0 / Math.cos(y1)) / Math.log(tany(y1) / tany(y0));
  const f = (cy0 * Math.pow(tany(y0), n)) / n;
  return {
    forward(lon, lat) {
      const x = (lon - centralMeridian) * RAD;
      const r = f / Math.pow(tany(Math.min(lat * RAD, HALF_PI - 1e-6)), n);
      return [r * Math.sin(n * x), -(f - r * Math.cos(n * x))];
    },
    invert([x, yDown]) {
      const y = -yDown;
      const fy = f - y;
      const r = Math.sign(n) * Math.sqrt(x * x + fy * fy);
      const l = Math.atan2(x, Math.abs(fy)) * Math.sign(fy);
      return [l / n / RAD + centralMeridian, (2 * Math.atan(Math.pow(f / r, 1 / n)) - HALF_PI) / RAD];
    }
  };
}

/** The projection of the map of Hamburg and Schleswig-Holstein. */
export const MAP_CONIC = lambertConic(53.5, 55, 10);
