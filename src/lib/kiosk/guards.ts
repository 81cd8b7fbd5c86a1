// The kiosk root's behaviour towards touch and the browser: no context menu, no dragging images or
// text out, no page pinch (Safari's gesture events; Chromium gets touch-action and --disable-pinch),
// and every input counts as activity for the idle timer. Everything is removed again on teardown.
import type { Attachment } from 'svelte/attachments';

export const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;
const BLOCKED_EVENTS = ['contextmenu', 'dragstart', 'selectstart', 'gesturestart'] as const;

/** Listeners on window (capture phase), so no component can swallow them first. */
export function kioskGuards(onActivity: () => void, target: Window = window): Attachment<HTMLElement> {
  return () => {
    const block = (e: Event) => e.preventDefault();
    const active = () => onActivity();
    for (const t of BLOCKED_EVENTS) target.addEventListener(t, block, { capture: true });
    for (const t of ACTIVITY_EVENTS) target.addEventListener(t, active, { capture: true, passive: true });
    return () => {
      for (const t of BLOCKED_EVENTS) target.removeEventListener(t, block, { capture: true });
      for (const t of ACTIVITY_EVENTS) target.removeEventListener(t, active, { capture: true });
    };
  };
}

/**
 * While the attract loop runs, the first touch (or key) only ends it: pointerdown, pointerup and the
 * click that follows are stopped in the capture phase before anything beneath can act on them.
 */
export function swallowFirstTouch(onFirst: () => void, onEnd: () => void, target: Window = window): () => void {
  let first = true;
  let endTimer: ReturnType<typeof setTimeout> | undefined;
  const halt = (e: Event) => e.stopImmediatePropagation();
  const stop = (e: Event) => {
    e.preventDefault();
    halt(e);
  };
  const down = (e: Event) => {
    stop(e);
    if (first) onFirst();
    first = false;
  };
  const up = (e: Event) => {
    stop(e);
    // the click normally follows at once; if it never comes (a swipe), end anyway
    clearTimeout(endTimer);
    endTimer = setTimeout(onEnd, 400);
  };
  const click = (e: Event) => {
    stop(e);
    clearTimeout(endTimer);
    onEnd();
  };
  const key = (e: Event) => {
    stop(e);
    onFirst();
    onEnd();
  };
  const on: [string, (e: Event) => void][] = [
    ['pointerdown', down],
    ['mousedown', stop],
    ['touchstart', halt],
    ['pointerup', up],
    ['pointercancel', up],
    ['mouseup', stop],
    ['touchend', halt],
    ['click', click],
    ['keydown', key]
  ];
  for (const [t, f] of on) target.addEventListener(t, f, { capture: true });
  return () => {
    clearTimeout(endTimer);
    for (const [t, f] of on) target.removeEventListener(t, f, { capture: true });
  };
}
