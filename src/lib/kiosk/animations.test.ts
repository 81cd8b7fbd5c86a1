import { describe, expect, it } from 'vitest';
import { cancelAnimationsIn } from './animations.ts';

const fake = (n: number) => {
  const cancelled: number[] = [];
  let asked: unknown;
  const root = {
    getAnimations(options?: { subtree?: boolean }) {
      asked = options;
      return Array.from({ length: n }, (_, i) => ({ cancel: () => cancelled.push(i) }));
    }
  };
  return { root, cancelled, asked: () => asked };
};

describe('cancelAnimationsIn', () => {
  it.each([0, 1, 7])('cancels all %i animations of the subtree', (n) => {
    const f = fake(n);
    expect(cancelAnimationsIn(f.root)).toBe(n);
    expect(f.cancelled).toEqual(Array.from({ length: n }, (_, i) => i));
    expect(f.asked()).toEqual({ subtree: true });
  });
  it('does nothing without a root or without the Web Animations API (jsdom)', () => {
    expect(cancelAnimationsIn(null)).toBe(0);
    expect(cancelAnimationsIn(undefined)).toBe(0);
    expect(cancelAnimationsIn({} as never)).toBe(0);
  });
});
