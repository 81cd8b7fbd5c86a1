// The map's DOM behaviour as one Svelte attachment: pointer, wheel, touch and keys feed the pure
// gestures (layout/mapGestures.ts); the results go to callbacks. Options are read on every event, so
// the attachment is set up once per element.
import type { Attachment } from 'svelte/attachments';
import { newGesture, pointerDown, pointerMove, pointerUp, wheelGesture, type GestureOptions, type GestureResult, type Hint } from '../layout/mapGestures.ts';
import { keyTransform, type Frame, type Point, type Transform } from '../layout/mapTransform.ts';

export interface MapGestureConfig extends GestureOptions {
  view: Transform;
  frame: Frame;
  onview: (t: Transform) => void;
  ontap: (p: Point, target: Element) => void;
  /** a mouse moving over the map without a button (tooltips of groups); null when it leaves */
  onhover: (p: Point | null) => void;
  onhint: (hint: Hint) => void;
}

export function mapGestures(config: () => MapGestureConfig): Attachment<SVGSVGElement> {
  return (svg) => {
    const g = newGesture();
    const local = (e: { clientX: number; clientY: number }): Point => {
      const b = svg.getBoundingClientRect();
      return [e.clientX - b.left, e.clientY - b.top];
    };
    const run = (r: GestureResult, c: MapGestureConfig, e?: PointerEvent) => {
      if (r.capture && e)
        try {
          svg.setPointerCapture(e.pointerId); // keep the drag when the finger leaves the map
        } catch {
          /* the pointer is gone already */
        }
      if (r.view) c.onview(r.view);
      if (r.hint) c.onhint(r.hint);
    };
    const down = (e: PointerEvent) => run(pointerDown(g, e.pointerId, local(e), e.pointerType === 'touch', config().view), config());
    const move = (e: PointerEvent) => {
      const c = config();
      if (e.pointerType === 'mouse' && !g.start?.moved) c.onhover(local(e));
      run(pointerMove(g, e.pointerId, local(e), c.frame, c), c, e);
    };
    const up = (e: PointerEvent) => {
      const c = config();
      const r = pointerUp(g, e.pointerId, e.type === 'pointercancel', c.view, c);
      if (r.tap) c.ontap(r.tap, e.target as Element);
      run(r, c);
    };
    const leave = (e: PointerEvent) => {
      if (e.pointerType === 'mouse') config().onhover(null);
    };
    const wheel = (e: WheelEvent) => {
      const c = config();
      const r = wheelGesture(e, c.view, local(e), c.frame, c);
      if (r.view) e.preventDefault();
      run(r, c);
    };
    // cooperative: two fingers move the map, so the page must not scroll under them
    const touchmove = (e: TouchEvent) => {
      if (config().cooperative && e.touches.length > 1) e.preventDefault();
    };
    const key = (e: KeyboardEvent) => {
      if (e.target !== svg) return;
      const c = config();
      const next = keyTransform(c.view, e.key, c.frame);
      if (next) {
        e.preventDefault();
        c.onview(next);
      }
    };
    const on: [string, EventListener, AddEventListenerOptions?][] = [
      ['pointerdown', down as EventListener],
      ['pointermove', move as EventListener],
      ['pointerup', up as EventListener],
      ['pointercancel', up as EventListener],
      ['pointerleave', leave as EventListener],
      ['wheel', wheel as EventListener, { passive: false }],
      ['touchmove', touchmove as EventListener, { passive: false }],
      ['keydown', key as EventListener]
    ];
    for (const [type, fn, opts] of on) svg.addEventListener(type, fn, opts);
    return () => {
      for (const [type, fn] of on) svg.removeEventListener(type, fn);
    };
  };
}
