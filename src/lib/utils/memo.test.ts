import { describe, expect, it } from 'vitest';
import { memoize } from './memo.ts';

describe('memoize', () => {
  it('computes once per distinct arguments and forgets the oldest beyond its size', () => {
    let calls = 0;
    const sq = memoize((x: number, o: { k: number }) => (calls++, x * x + o.k), 2);
    expect(sq(3, { k: 1 })).toBe(10);
    expect(sq(3, { k: 1 })).toBe(10);
    expect(calls).toBe(1);
    sq(4, { k: 1 });
    sq(5, { k: 1 });
    sq(3, { k: 1 });
    expect(calls).toBe(4);
  });
});
