// Zoom and pan of the map as a pure transform: screen = base · k + (x, y), where "base" is the
// fitted map frame (0..width × 0..height). The view never leaves the frame, so the clip edges of
// the geometry never show and the map can never be lost off-screen.

export interface Transform {
  x: number;
  y: number;
  k: number;
}
export interface Frame {
  width: number;
  height: number;
}
export type Point = [number, number];

export const IDENTITY: Transform = Object.freeze({ x: 0, y: 0, k: 1 });
export const MIN_K = 1;
export const MAX_K = 16;

const clampNum = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** Keeps k within [MIN_K, MAX_K] and the frame covering the whole viewport. */
export function clamp(t: Transform, f: Frame): Transform {
  const k = clampNum(t.k, MIN_K, MAX_K);
  return { k, x: clampNum(t.x, f.width * (1 - k), 0), y: clampNum(t.y, f.height * (1 - k), 0) };
}

/** Screen point of a base point. */
export const apply = (t: Transform, p: Point): Point => [p[0] * t.k + t.x, p[1] * t.k + t.y];
/** Base point under a screen point. */
export const invert = (t: Transform, p: Point): Point => [(p[0] - t.x) / t.k, (p[1] - t.y) / t.k];

/** Zoom by `factor` keeping the base point under the screen point `at` fixed (wheel, buttons, pinch). */
export function zoomAt(t: Transform, at: Point, factor: number, f: Frame): Transform {
  const k = clampNum(t.k * factor, MIN_K, MAX_K);
  const [bx, by] = invert(t, at);
  return clamp({ k, x: at[0] - bx * k, y: at[1] - by * k }, f);
}

export function panBy(t: Transform, dx: number, dy: number, f: Frame): Transform {
  return clamp({ k: t.k, x: t.x + dx, y: t.y + dy }, f);
}

/**
 * Two-pointer pinch: the transform at the start of the gesture and both pointers then and now.
 * The base point under the start midpoint follows the current midpoint; the scale follows the distance.
 */
export function pinch(t0: Transform, a0: Point, b0: Point, a1: Point, b1: Point, f: Frame): Transform {
  const d0 = Math.hypot(b0[0] - a0[0], b0[1] - a0[1]) || 1;
  const d1 = Math.hypot(b1[0] - a1[0], b1[1] - a1[1]) || 1;
  const m0: Point = [(a0[0] + b0[0]) / 2, (a0[1] + b0[1]) / 2];
  const m1: Point = [(a1[0] + b1[0]) / 2, (a1[1] + b1[1]) / 2];
  const k = clampNum((t0.k * d1) / d0, MIN_K, MAX_K);
  const [bx, by] = invert(t0, m0);
  return clamp({ k, x: m1[0] - bx * k, y: m1[1] - by * k }, f);
}

/** The transform that shows the base box [[x0,y0],[x1,y1]] centred, with `pad` pixels around, at most maxK. */
export function zoomToBox(box: [Point, Point], f: Frame, pad = 24, maxK = 8): Transform {
  const [[x0, y0], [x1, y1]] = box;
  const w = Math.max(x1 - x0, 1), h = Math.max(y1 - y0, 1);
  const k = clampNum(Math.min((f.width - 2 * pad) / w, (f.height - 2 * pad) / h), MIN_K, maxK);
  const cx = (x0 + x1) / 2, cy = (y0 + y1) / 2;
  return clamp({ k, x: f.width / 2 - cx * k, y: f.height / 2 - cy * k }, f);
}

/** The base box (before zoom) around points, with `pad` pixels on every side. */
export function boxOf(points: Point[], pad = 0): [Point, Point] {
  const xs = points.map((p) => p[0]), ys = points.map((p) => p[1]);
  return [[Math.min(...xs) - pad, Math.min(...ys) - pad], [Math.max(...xs) + pad, Math.max(...ys) + pad]];
}

/** Keyboard: arrows pan by a step, + / − zoom about the centre, 0 resets. Null for other keys. */
export function keyTransform(t: Transform, key: string, f: Frame): Transform | null {
  const step = Math.round(Math.min(f.width, f.height) / 8);
  const centre: Point = [f.width / 2, f.height / 2];
  switch (key) {
    case 'ArrowLeft': return panBy(t, step, 0, f);
    case 'ArrowRight': return panBy(t, -step, 0, f);
    case 'ArrowUp': return panBy(t, 0, step, f);
    case 'ArrowDown': return panBy(t, 0, -step, f);
    case '+': case '=': return zoomAt(t, centre, 1.5, f);
    case '-': case '_': return zoomAt(t, centre, 1 / 1.5, f);
    case '0': case 'Home': return IDENTITY;
    default: return null;
  }
}

/**
 * Interpolates between two views for an animated move: the scale geometrically, the base point at the
 * frame's centre linearly, so the map glides to its target without overshooting or bulging.
 */
export function transformTween(f: Frame): (a: Transform, b: Transform) => (u: number) => Transform {
  const centre: Point = [f.width / 2, f.height / 2];
  return (a, b) => {
    const ca = invert(a, centre), cb = invert(b, centre);
    return (u) => {
      if (u >= 1) return b;
      const k = a.k * Math.pow(b.k / a.k, u);
      const cx = ca[0] + (cb[0] - ca[0]) * u, cy = ca[1] + (cb[1] - ca[1]) * u;
      return { k, x: centre[0] - cx * k, y: centre[1] - cy * k };
    };
  };
}
