import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, parseSearch, toSearch } from '../../src/lib/state/url.ts';
import { ExplorerState } from '../../src/lib/state/explorer.svelte.ts';
import { testCluster } from './fixtures.ts';
import { hostileQueries, MARK } from './hostile-queries.ts';

// 1,000 generated hostile query strings through the URL parser and the state, as the app reads a link:
// parseSearch, then the ids the data does not know are dropped (sanitize). What was right is kept, what was
// wrong falls back to its default, nothing throws, and the canonical URL holds nothing of the input's junk.
const cases = hostileQueries(1000);
const cluster = testCluster();

describe('hostile query strings', () => {
  it('the generator covers right and wrong values of every parameter, long inputs and repeated keys', () => {
    const keys = ['lang', 'v', 'b', 's', 'f', 'i', 'w', 'l', 'k', 'p', 't', 'sel', 'tab', 'r', 'tf', 'mode', 'step'];
    for (const k of keys) {
      expect(cases.filter((c) => c.right.includes(k)).length, `right ${k}`).toBeGreaterThan(100);
      expect(cases.filter((c) => c.wrong.includes(k)).length, `wrong ${k}`).toBeGreaterThan(100);
    }
    expect(cases.some((c) => c.search.length > 8000)).toBe(true);
    expect(cases.filter((c) => c.search.includes('%E0%A4%A')).length).toBeGreaterThan(10);
    expect(new Set(cases.map((c) => c.search)).size).toBe(cases.length);
  });

  it.each(cases.map((c, n) => ({ n, ...c })))('case $n: right [$right], wrong [$wrong]', ({ search, expected }) => {
    const parsed = parseSearch(search);
    const state = new ExplorerState(parsed);
    state.sanitize(cluster.isKnown);
    expect(state.snapshot).toEqual(expected);
    const canonical = toSearch(state.snapshot);
    expect(canonical).toBe(toSearch(expected));
    expect(canonical).not.toContain(MARK);
    expect(canonical.length).toBeLessThan(400);
    expect(parseSearch(canonical)).toEqual(expected);
  });

  it('never touches prototypes and survives input the URL parser itself may reject', () => {
    for (const search of ['?__proto__[x]=1&constructor[prototype][y]=1', '?' + '&'.repeat(50_000), '?' + 'a=%'.repeat(20_000), '%', '??lang=en', '#lang=en'])
      expect(() => parseSearch(search), search.slice(0, 40)).not.toThrow();
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    expect(({} as Record<string, unknown>).y).toBeUndefined();
    expect(parseSearch('?' + '&'.repeat(50_000))).toEqual(DEFAULT_STATE);
  });
});
