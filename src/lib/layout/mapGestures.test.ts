import { describe, expect, it } from 'vitest';
import { newGesture, pointerDown, pointerMove, pointerUp, touchAction, wheelGesture, type GestureOptions } from './mapGestures.ts';
import { IDENTITY, type Point } from './mapTransform.ts';

const frame = { width: 400, height: 300 };
const PLAIN: GestureOptions = { cooperative: false, wheelNeedsCtrl: false };
const COOP: GestureOptions = { cooperative: true, wheelNeedsCtrl: false };
const OVERVIEW: GestureOptions = { cooperative: false, wheelNeedsCtrl: true };

function drag(opts: GestureOptions, touch: boolean, path: Point[]) {
  const g = newGesture();
  pointerDown(g, 1, path[0], touch, IDENTITY);
  const out = path.slice(1).map((p) => pointerMove(g, 1, p, frame, opts));
  return { g, out, up: pointerUp(g, 1, false, IDENTITY, opts) };
}

describe('map gestures', () => {
  it('a press without movement is a tap at its point', () => {
    const { up, out } = drag(PLAIN, false, [[100, 100], [103, 102]]);
    expect(out[0]).toEqual({});
    expect(up.tap).toEqual([103, 102]);
  });

  it.each([
    ['mouse, plain', PLAIN, false],
    ['touch, plain', PLAIN, true],
    ['mouse, cooperative', COOP, false]
  ] as const)('%s: a drag pans (zoomed in) and captures the pointer once, no tap', (_, opts, touch) => {
    const g = newGesture();
    const view = { x: -200, y: -150, k: 2 };
    pointerDown(g, 1, [100, 100], touch, view);
    const a = pointerMove(g, 1, [120, 110], frame, opts);
    const b = pointerMove(g, 1, [140, 130], frame, opts);
    expect(a.capture).toBe(true);
    expect(b.capture).toBeUndefined();
    expect(b.view).toEqual({ x: -160, y: -120, k: 2 });
    expect(pointerUp(g, 1, false, b.view!, opts).tap).toBeUndefined();
  });

  it('cooperative: one finger does not move the map and asks for the hint once', () => {
    const { out, up } = drag(COOP, true, [[100, 100], [100, 140], [100, 180]]);
    expect(out).toEqual([{ hint: 'touch' }, {}]);
    expect(up.tap).toBeUndefined();
  });

  it('cooperative: one finger taken over by the page scroll (cancelled) asks for the hint', () => {
    const g = newGesture();
    pointerDown(g, 1, [10, 10], true, IDENTITY);
    expect(pointerUp(g, 1, true, IDENTITY, COOP)).toEqual({ hint: 'touch' });
    pointerDown(g, 2, [10, 10], true, IDENTITY);
    expect(pointerUp(g, 2, true, IDENTITY, PLAIN)).toEqual({});
  });

  it.each([PLAIN, COOP])('two fingers pinch: spreading them from 40 to 140 px zooms 3.5×', (opts) => {
    const g = newGesture();
    pointerDown(g, 1, [180, 150], true, IDENTITY);
    pointerDown(g, 2, [220, 150], true, IDENTITY);
    pointerMove(g, 1, [130, 150], frame, opts);
    const r = pointerMove(g, 2, [270, 150], frame, opts);
    expect(r.view!.k).toBeCloseTo(3.5);
    expect(pointerUp(g, 1, false, r.view!, opts).tap).toBeUndefined();
    // the remaining finger continues as a moved pointer: no tap when it lifts
    expect(pointerUp(g, 2, false, r.view!, opts).tap).toBeUndefined();
  });

  it.each([
    ['plain wheel zooms in', PLAIN, { ctrlKey: false, metaKey: false, deltaY: -100 }, 'zoom'],
    ['plain wheel out at full view lets the page scroll', PLAIN, { ctrlKey: false, metaKey: false, deltaY: 100 }, 'none'],
    ['overview: plain wheel scrolls the page', OVERVIEW, { ctrlKey: false, metaKey: false, deltaY: -100 }, 'none'],
    ['overview: Ctrl + wheel zooms', OVERVIEW, { ctrlKey: true, metaKey: false, deltaY: -100 }, 'zoom'],
    ['cooperative: plain wheel asks for the hint', COOP, { ctrlKey: false, metaKey: false, deltaY: -100 }, 'hint'],
    ['cooperative: Ctrl + wheel zooms', COOP, { ctrlKey: true, metaKey: false, deltaY: -100 }, 'zoom'],
    ['cooperative: ⌘ + wheel zooms', COOP, { ctrlKey: false, metaKey: true, deltaY: -100 }, 'zoom']
  ] as const)('%s', (_, opts, w, want) => {
    const r = wheelGesture({ ...w, deltaMode: 0 }, IDENTITY, [200, 150], frame, opts);
    const got = r.view ? 'zoom' : r.hint ? 'hint' : 'none';
    expect(got).toBe(want);
    if (r.view) expect(r.view.k).toBeCloseTo(Math.exp(0.2));
  });

  it('a line-mode wheel step zooms more than a pixel step', () => {
    const px = wheelGesture({ deltaY: -3, deltaMode: 0, ctrlKey: false, metaKey: false }, IDENTITY, [0, 0], frame, PLAIN).view!;
    const lines = wheelGesture({ deltaY: -3, deltaMode: 1, ctrlKey: false, metaKey: false }, IDENTITY, [0, 0], frame, PLAIN).view!;
    expect(lines.k).toBeCloseTo(Math.exp(0.15));
    expect(lines.k).toBeGreaterThan(px.k);
  });

  it.each([[PLAIN, 'none'], [OVERVIEW, 'pan-y'], [COOP, 'pan-x pan-y']] as const)('touch-action for %o is %s', (opts, want) => {
    expect(touchAction(opts)).toBe(want);
  });
});
