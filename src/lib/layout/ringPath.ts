// SVG path of a ring sector (annulus between radii r0 < r1, from angle a0 to a1), angles in radians
// clockwise from 12 o'clock as in d3-shape's arc, which it replaces for the map's branch rings: the
// same path, without shipping d3-shape and d3-path for one shape.
const TAU = 2 * Math.PI;
const f = (n: number) => String(Math.round(n * 1e4) / 1e4);
const at = (r: number, a: number) => `${f(r * Math.sin(a))},${f(-r * Math.cos(a))}`;

export function ringPath(r0: number, r1: number, a0: number, a1: number): string {
  const span = Math.abs(a1 - a0);
  if (span >= TAU - 1e-9) {
    // a full ring: two half circles outside, two inside, drawn the other way round so the hole stays empty
    const outer = `M0,${f(-r1)}A${f(r1)},${f(r1)},0,1,1,0,${f(r1)}A${f(r1)},${f(r1)},0,1,1,0,${f(-r1)}`;
    return r0 > 0 ? `${outer}M0,${f(-r0)}A${f(r0)},${f(r0)},0,1,0,0,${f(r0)}A${f(r0)},${f(r0)},0,1,0,0,${f(-r0)}Z` : `${outer}Z`;
  }
  const large = span > Math.PI ? 1 : 0;
  const inner = r0 > 0 ? `L${at(r0, a1)}A${f(r0)},${f(r0)},0,${large},0,${at(r0, a0)}` : 'L0,0';
  return `M${at(r1, a0)}A${f(r1)},${f(r1)},0,${large},1,${at(r1, a1)}${inner}Z`;
}
