import { describe, expect, it } from 'vitest';
import { coveredRegions, exactRegion, placementKind, projectMarks, regionCounts } from './branches.ts';
import { NO_FILTERS } from '../state/filters.ts';
import { matchItem } from './match.ts';
import { testCluster } from '../../../tests/unit/fixtures.ts';

const src = [{ kind: 'unconfirmed' as const, reason: { de: 'x', en: 'x' } }];
describe('exactRegion', () => {
  it.each([
    [['bt', 'mt'], 'mt+bt'],
    [['ph', 'bt', 'mt'], 'mt+bt+ph'],
    [['ph'], 'ph'],
    ['none', 'none'],
    ['unknown', 'unknown'],
    [[], 'unknown']
  ])('%j → %s', (value, region) => {
    expect(exactRegion({ branches: { value: value as never, src } })).toBe(region);
  });
});

describe('coveredRegions (a region filter means "has all of these branches")', () => {
  it.each([
    ['mt', ['mt', 'mt+bt', 'mt+ph', 'mt+bt+ph']],
    ['bt+ph', ['bt+ph', 'mt+bt+ph']],
    ['mt+bt+ph', ['mt+bt+ph']],
    ['none', ['none']]
  ])('%s', (f, regions) => expect(coveredRegions(f as never)).toEqual(regions));
  it('nothing without a filter', () => expect(coveredRegions(null)).toEqual([]));
});

describe('regionCounts on the real data', () => {
  const { items, ctx } = testCluster();
  it('without filters every item is in exactly one region or unknown', () => {
    const c = regionCounts(items, NO_FILTERS, ctx);
    const sum = Object.values(c.byRegion).reduce((a, b) => a + b, 0);
    expect(sum + c.unknownBranches + c.unknownOther).toBe(items.length);
    expect(c.n).toBe(items.length);
    expect(c.unknownOther).toBe(0);
  });
  it('ignores the region filter itself but follows the others', () => {
    const f = { ...NO_FILTERS, region: 'mt' as const };
    expect(regionCounts(items, f, ctx)).toEqual(regionCounts(items, NO_FILTERS, ctx));
    const side = { ...NO_FILTERS, side: 'dx' };
    const c = regionCounts(items, side, ctx);
    const expected = items.filter((i) => matchItem(i, side, ctx) === 'match' && exactRegion(i) === 'mt').length;
    expect(c.byRegion.mt).toBe(expected);
    expect(c.unknownOther).toBe(items.filter((i) => matchItem(i, side, ctx) === 'unknown').length);
  });
});

describe('projectMarks', () => {
  const { data, ctx } = testCluster();
  it('dims the projects that do not match, never removes them, ignoring the project filter', () => {
    const f = { ...NO_FILTERS, side: 'dx', project: data.projects[0].id };
    const marks = projectMarks(data.projects, f, ctx);
    expect(marks).toHaveLength(data.projects.length);
    for (const m of marks) {
      const p = data.projects.find((q) => q.id === m.id)!;
      const verdict = matchItem({ kind: 'project', ...p }, { ...f, project: null }, ctx);
      expect(m.match).toBe(verdict);
      expect(m.dimmed).toBe(verdict !== 'match');
    }
    expect(marks.filter((m) => m.selected).map((m) => m.id)).toEqual([data.projects[0].id]);
  });
  it('MOIN, EMB and NRoCK are placed by the masterplan text, the others derived', () => {
    const byKind = (k: string) => data.projects.filter((p) => placementKind(p) === k).map((p) => p.id).sort();
    expect(byKind('masterplan')).toEqual(['emb', 'moin', 'nrock']);
  });
});
