import { afterEach, describe, expect, it } from 'vitest';
import { MapZoom } from './mapZoom.svelte.ts';

const frame = { width: 400, height: 300 };
const target = { x: -400, y: -300, k: 2 };
let queue: ((t: number) => void)[] = [];
const raf = globalThis.requestAnimationFrame, caf = globalThis.cancelAnimationFrame;
function fakeFrames() {
  queue = [];
  globalThis.requestAnimationFrame = ((cb: (t: number) => void) => queue.push(cb)) as typeof requestAnimationFrame;
  globalThis.cancelAnimationFrame = ((id: number) => { queue[id - 1] = () => {}; }) as typeof cancelAnimationFrame;
}
const frameAt = (t: number) => queue.splice(0).forEach((cb) => cb(t));
afterEach(() => {
  globalThis.requestAnimationFrame = raf;
  globalThis.cancelAnimationFrame = caf;
});

describe('map zoom state', () => {
  it('without a duration lands at once', () => {
    const z = new MapZoom();
    z.set(target, frame);
    expect(z.current).toEqual(target);
  });

  it('with a duration glides, eased, and ends exactly at the target', () => {
    fakeFrames();
    const z = new MapZoom();
    z.set(target, frame, 400);
    frameAt(1000);
    expect(z.current.k).toBeCloseTo(1);
    frameAt(1100);
    frameAt(1200);
    expect(z.current.k).toBeGreaterThan(1.5); // eased out: more than half the way at half the time
    expect(z.current.k).toBeLessThan(2);
    frameAt(1300);
    frameAt(1400);
    expect(z.current).toEqual(target);
    expect(queue).toHaveLength(0);
  });

  it('a slow machine still sees the glide: at most a quarter of the way per frame', () => {
    fakeFrames();
    const z = new MapZoom();
    z.set(target, frame, 400);
    const ks: number[] = [];
    for (const t of [0, 5000, 10000, 15000, 20000]) {
      frameAt(t);
      ks.push(z.current.k);
    }
    expect(ks.slice(0, 4).every((k) => k < 2)).toBe(true);
    expect(new Set(ks).size).toBe(5);
    expect(z.current).toEqual(target);
  });

  it('a move without duration stops a running glide', () => {
    fakeFrames();
    const z = new MapZoom();
    z.set(target, frame, 400);
    frameAt(0);
    z.set({ x: 0, y: 0, k: 1 }, frame);
    frameAt(400);
    expect(z.current).toEqual({ x: 0, y: 0, k: 1 });
  });
});
