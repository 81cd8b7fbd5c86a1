// Pointer and wheel gestures of the map as plain state and maths (no DOM): drag pans, two pointers
// pinch, the wheel zooms about the pointer. Cooperative (for a map inside a scrolling page): one finger
// and the plain wheel leave the page scrolling and ask for a hint; two fingers and Ctrl/⌘ + wheel move
// the map. The attachment in src/lib/attach/mapGestures.ts feeds DOM events in.
import { panBy, pinch, zoomAt, type Frame, type Point, type Transform } from './mapTransform.ts';

export interface GestureOptions {
  /** page scrolls over the map: Ctrl/⌘ + wheel zooms, two fingers pan and pinch */
  cooperative: boolean;
  /** only the wheel needs Ctrl (the overview panel); touches behave as usual */
  wheelNeedsCtrl: boolean;
}
export type Hint = 'wheel' | 'touch';
export interface GestureResult {
  view?: Transform;
  /** keep receiving this pointer when it leaves the map (a drag started) */
  capture?: boolean;
  /** a tap (no drag) at this point */
  tap?: Point;
  hint?: Hint;
}
interface Start {
  t: Transform;
  a: Point;
  b?: Point;
  moved: boolean;
}
export interface Gesture {
  pointers: Map<number, { p: Point; touch: boolean }>;
  start: Start | null;
}

/** Pointer movement below which a press is a tap, not a drag. */
export const TAP_SLOP = 6;

export const newGesture = (): Gesture => ({ pointers: new Map(), start: null });

const points = (g: Gesture) => [...g.pointers.values()].map((v) => v.p);

/** A pointer goes down; returns nothing to do. Mutates the gesture state. */
export function pointerDown(g: Gesture, id: number, p: Point, touch: boolean, view: Transform): GestureResult {
  g.pointers.set(id, { p, touch });
  const [a, b] = points(g);
  g.start = { t: view, a, b, moved: g.pointers.size > 1 };
  return {};
}

/** A pointer moves: a pan, a pinch, a hint (one finger in cooperative mode) or nothing. */
export function pointerMove(g: Gesture, id: number, p: Point, frame: Frame, opts: GestureOptions): GestureResult {
  const cur = g.pointers.get(id);
  const s = g.start;
  if (!cur || !s) return {};
  cur.p = p;
  const [a, b] = points(g);
  if (s.b && b) return { view: pinch(s.t, s.a, s.b, a, b, frame) };
  if (s.b) return {};
  const dx = a[0] - s.a[0], dy = a[1] - s.a[1];
  if (!s.moved && Math.hypot(dx, dy) < TAP_SLOP) return {};
  const first = !s.moved;
  s.moved = true;
  if (opts.cooperative && cur.touch) return first ? { hint: 'touch' } : {};
  return first ? { view: panBy(s.t, dx, dy, frame), capture: true } : { view: panBy(s.t, dx, dy, frame) };
}

/** A pointer goes up (or is cancelled): a tap when it did not move. */
export function pointerUp(g: Gesture, id: number, cancelled: boolean, view: Transform, opts: GestureOptions): GestureResult {
  const cur = g.pointers.get(id);
  g.pointers.delete(id);
  const out: GestureResult = {};
  if (cur && g.start && !g.start.moved && !cancelled) out.tap = cur.p;
  // the browser took a single finger over to scroll the page
  if (cur && cancelled && cur.touch && opts.cooperative && g.pointers.size === 0 && g.start && !g.start.b) out.hint = 'touch';
  const rest = points(g);
  g.start = rest.length ? { t: view, a: rest[0], moved: true } : null;
  return out;
}

export interface WheelInput {
  deltaY: number;
  /** 0 pixels, 1 lines, 2 pages */
  deltaMode: number;
  ctrlKey: boolean;
  metaKey: boolean;
}
/** What a wheel turn does: zoom (and the page must not scroll), a hint, or nothing (the page scrolls). */
export function wheelGesture(w: WheelInput, view: Transform, at: Point, frame: Frame, opts: GestureOptions): GestureResult {
  const modifier = w.ctrlKey || (opts.cooperative && w.metaKey);
  if (opts.cooperative && !modifier) return { hint: 'wheel' };
  if (opts.wheelNeedsCtrl && !modifier) return {};
  const factor = Math.exp(-w.deltaY * (w.deltaMode ? 0.05 : 0.002));
  if (factor < 1 && view.k <= 1) return {}; // fully out: let the page scroll
  return { view: zoomAt(view, at, factor, frame) };
}

/** The touch-action of the map: which touch gestures the browser keeps for the page. */
export function touchAction(opts: GestureOptions): 'none' | 'pan-y' | 'pan-x pan-y' {
  return opts.cooperative ? 'pan-x pan-y' : opts.wheelNeedsCtrl ? 'pan-y' : 'none';
}
