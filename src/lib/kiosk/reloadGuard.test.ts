import { describe, expect, it } from 'vitest';
import { claimReload, RELOAD_KEY } from './reloadGuard.ts';

const memory = (init: Record<string, string> = {}) => {
  const m = new Map(Object.entries(init));
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), m };
};

describe('claimReload', () => {
  it.each([
    ['never reloaded', {}, 100_000, true],
    ['last reload 61 s ago', { [RELOAD_KEY]: '39000' }, 100_000, true],
    ['last reload exactly a minute ago', { [RELOAD_KEY]: '40000' }, 100_000, true],
    ['last reload 59 s ago', { [RELOAD_KEY]: '41000' }, 100_000, false],
    ['last reload 1 s ago', { [RELOAD_KEY]: '99000' }, 100_000, false],
    ['a time in the future (clock changed)', { [RELOAD_KEY]: '500000' }, 100_000, true],
    ['garbage stored', { [RELOAD_KEY]: 'x' }, 100_000, true]
  ])('%s', (_, init, now, expected) => {
    const s = memory(init as Record<string, string>);
    expect(claimReload(s, now)).toBe(expected);
    if (expected) expect(s.m.get(RELOAD_KEY)).toBe(String(now));
  });
  it('allows one reload a minute, however often asked', () => {
    const s = memory();
    const granted = [0, 1000, 30_000, 59_999, 60_000, 61_000, 119_999, 120_000].filter((t) => claimReload(s, 1_000_000 + t));
    expect(granted).toEqual([0, 60_000, 120_000]);
  });
  it('never reloads without storage or when storage throws', () => {
    expect(claimReload(null, 1)).toBe(false);
    const broken = { getItem: () => { throw new Error('blocked'); }, setItem: () => {} };
    expect(claimReload(broken, 1)).toBe(false);
  });
});
