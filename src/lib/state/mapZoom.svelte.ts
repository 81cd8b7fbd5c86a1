// The map's zoom state with an optional glide to a new view (requestAnimationFrame, eased). A move with
// duration 0 (a gesture, reduced motion) lands at once and stops a running glide. A glide advances at
// most a quarter of its way per frame, so a busy machine shows it slower, never as a jump.
import { transformTween, IDENTITY, type Frame, type Transform } from '../layout/mapTransform.ts';

const easeOut = (u: number) => 1 - Math.pow(1 - u, 3);

export class MapZoom {
  current = $state.raw<Transform>(IDENTITY);
  /** whether a glide is under way (the map says so in data-gliding, for tests and screenshots) */
  gliding = $state(false);
  #frame = 0;

  set(target: Transform, frame: Frame, duration = 0) {
    if (this.#frame) cancelAnimationFrame(this.#frame);
    this.#frame = 0;
    if (duration <= 0 || typeof requestAnimationFrame !== 'function') {
      this.current = target;
      this.gliding = false;
      return;
    }
    this.gliding = true;
    const step = transformTween(frame)(this.current, target);
    let start: number | null = null, u = 0;
    const tick = (now: number) => {
      start ??= now;
      u = Math.min(1, (now - start) / duration, u + 0.25);
      this.current = step(easeOut(u));
      this.#frame = u < 1 ? requestAnimationFrame(tick) : 0;
      if (u >= 1) this.gliding = false;
    };
    this.#frame = requestAnimationFrame(tick);
  }
}
