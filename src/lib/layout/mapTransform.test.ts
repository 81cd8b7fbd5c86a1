import { describe, expect, it } from 'vitest';
import { apply, clamp, IDENTITY, invert, keyTransform, MAX_K, panBy, pinch, transformTween, zoomAt, zoomToBox, type Point } from './mapTransform.ts';

const f = { width: 400, height: 300 };

describe('map zoom and pan', () => {
  it.each([
    [{ x: 10, y: 10, k: 1 }, { x: 0, y: 0, k: 1 }],
    [{ x: 0, y: 0, k: 0.5 }, { x: 0, y: 0, k: 1 }],
    [{ x: -5000, y: 50, k: 2 }, { x: -400, y: 0, k: 2 }],
    [{ x: 0, y: 0, k: 99 }, { x: 0, y: 0, k: MAX_K }]
  ])('clamps %o to %o (the frame always covers the view)', (t, want) => {
    expect(clamp(t, f)).toEqual(want);
  });

  it.each([
    [[200, 150], 2],
    [[0, 0], 3],
    [[390, 20], 1.7]
  ] as [Point, number][])('zooming about %o by %d keeps that point fixed', (at, factor) => {
    const before = invert(IDENTITY, at);
    const t = zoomAt(IDENTITY, at, factor, f);
    expect(t.k).toBeCloseTo(factor);
    const after = apply(t, before);
    expect(after[0]).toBeCloseTo(at[0]);
    expect(after[1]).toBeCloseTo(at[1]);
  });

  it('zooming out never goes below the whole map', () => {
    expect(zoomAt({ x: -100, y: -100, k: 2 }, [200, 150], 0.1, f)).toEqual(IDENTITY);
  });

  it('pans within the frame only', () => {
    const t = zoomAt(IDENTITY, [200, 150], 2, f);
    expect(panBy(t, 30, -20, f)).toEqual({ k: 2, x: t.x + 30, y: t.y - 20 });
    expect(panBy(t, 5000, 5000, f)).toEqual({ k: 2, x: 0, y: 0 });
    expect(panBy(IDENTITY, 50, 50, f)).toEqual(IDENTITY);
  });

  it('pinch: spreading two fingers to double distance doubles k about their midpoint', () => {
    const t = pinch(IDENTITY, [150, 150], [250, 150], [100, 150], [300, 150], f);
    expect(t.k).toBeCloseTo(2);
    const p = apply(t, [200, 150]);
    expect(p[0]).toBeCloseTo(200);
    expect(p[1]).toBeCloseTo(150);
  });

  it('pinch: moving both fingers together pans', () => {
    const t0 = { x: -200, y: -150, k: 2 };
    const t = pinch(t0, [100, 100], [200, 100], [120, 110], [220, 110], f);
    expect(t).toEqual({ k: 2, x: -180, y: -140 });
  });

  it('zoomToBox centres the box and fits it with padding', () => {
    const t = zoomToBox([[100, 100], [140, 130]], f, 20, 8);
    expect(t.k).toBeCloseTo(Math.min(360 / 40, 260 / 30, 8));
    const c = apply(t, [120, 115]);
    expect(c[0]).toBeCloseTo(200);
    expect(c[1]).toBeCloseTo(150);
  });

  it.each([
    ['ArrowLeft', { x: 0, y: 0, k: 1 }],
    ['+', { k: 1.5, x: -100, y: -75 }],
    ['0', IDENTITY],
    ['a', null]
  ])('key %s', (key, want) => {
    expect(keyTransform(IDENTITY, key, f)).toEqual(want);
  });
  it('arrow keys pan when zoomed in', () => {
    const t = { x: -200, y: -150, k: 2 };
    expect(keyTransform(t, 'ArrowLeft', f)).toEqual({ x: -200 + 38, y: -150, k: 2 });
    expect(keyTransform(t, 'ArrowDown', f)).toEqual({ x: -200, y: -150 - 38, k: 2 });
  });
});

describe('animated moves between views', () => {
  const tween = transformTween(f);
  const a = IDENTITY, b = { x: -600, y: -450, k: 4 };
  it.each([[0], [0.25], [0.5], [1]])('at u = %d the scale is geometric and the centre moves linearly', (u) => {
    const t = tween(a, b)(u);
    expect(t.k).toBeCloseTo(Math.pow(4, u));
    const c = invert(t, [200, 150]);
    const ca = invert(a, [200, 150]), cb = invert(b, [200, 150]);
    expect(c[0]).toBeCloseTo(ca[0] + (cb[0] - ca[0]) * u);
    expect(c[1]).toBeCloseTo(ca[1] + (cb[1] - ca[1]) * u);
  });
  it('ends exactly at the target', () => {
    expect(tween(a, b)(1)).toBe(b);
  });
});
