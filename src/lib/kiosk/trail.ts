// The kiosk's "Back": the views visited since the start, newest last, kept short so days of use
// never grow it.
import type { ViewId } from '../state/views.ts';

export const TRAIL_MAX = 12;

/** The trail after leaving `from` for `to` (no entry when the view does not change). */
export function pushTrail(trail: readonly ViewId[], from: ViewId, to: ViewId, max = TRAIL_MAX): ViewId[] {
  if (from === to) return [...trail];
  return [...trail, from].slice(-max);
}

/** The view Back leads to and the trail after it; null when there is nothing to go back to. */
export function popTrail(trail: readonly ViewId[]): { view: ViewId; trail: ViewId[] } | null {
  if (!trail.length) return null;
  return { view: trail[trail.length - 1], trail: trail.slice(0, -1) };
}
