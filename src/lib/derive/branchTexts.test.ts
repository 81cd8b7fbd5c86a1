// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest';
import { joinNames, modelTexts, regionFacts, regionName } from './branchTexts.ts';
import { i18n, loadMessages } from '../i18n/i18n.ts';
import { makeCluster } from '../state/cluster.ts';
import { loadClusterData, testCluster } from '../../../tests/unit/fixtures.ts';

const cluster = testCluster();
const de = i18n('de');
beforeAll(() => loadMessages('en'));

describe('the texts of the branch model', () => {
  it('reads the published shares and sides', () => {
    const t = modelTexts(cluster, de, false)!;
    expect(t.shares).toEqual({ mt: 46, bt: 39, ph: 15 });
    expect(t.sidesPct).toEqual({ th: 54, dx: 46 });
    expect(t.noneCount).toBe(45);
    expect(t.branchName).toEqual({ mt: 'Medizintechnik', bt: 'Biotechnologie', ph: 'Pharma' });
    expect(t.branchLines.mt).toEqual(['Medizintechnik', de.percent(46)]);
    expect(t.sideLabels.th).toBe(`${t.sideName.th} ${de.percent(54)}`);
    expect(t.options.branchLabels).toBe(t.branchLines);
    expect(t.options.noneTitle).toBe('45');
  });
  it('the compact figure names the unassigned actors short', () => {
    expect(modelTexts(cluster, de, true)!.noneLabel).toBe(de.t('core.region.none'));
    expect(modelTexts(cluster, de, false)!.noneLabel).not.toBe(de.t('core.region.none'));
  });
  it('speaks English when asked', () => {
    const t = modelTexts(cluster, i18n('en'), false)!;
    expect(t.sideName.th).not.toBe(modelTexts(cluster, de, false)!.sideName.th);
  });
  it('is null without the masterplan', () => {
    const data = loadClusterData();
    expect(modelTexts(makeCluster({ ...data, masterplan: null }), de, false)).toBeNull();
  });
});

describe('names and facts of a region', () => {
  const t = modelTexts(cluster, de, false)!;
  it.each([
    ['mt', 'Medizintechnik'],
    ['mt+bt', 'Schnittmenge Medizintechnik und Biotechnologie'],
    ['mt+bt+ph', 'Schnittmenge Medizintechnik, Biotechnologie und Pharma'],
    ['none', 'keiner Branche eindeutig zuzuordnen']
  ] as const)('%s is "%s"', (region, name) => expect(regionName(t, region, de)).toBe(name));
  it.each([
    [[], ''],
    [['A'], 'A'],
    [['A', 'B'], 'A und B'],
    [['A', 'B', 'C'], 'A, B und C']
  ])('joinNames(%o) = "%s"', (names, out) => expect(joinNames(names, de)).toBe(out));
  it.each([
    ['mt', 7, 'alle mit Medizintechnik', true],
    ['bt+ph', 3, 'alle mit Biotechnologie und Pharma', false],
    ['none', 2, null, true]
  ] as const)('the facts of %s with n = %i', (region, n, filter, published) => {
    const f = regionFacts(t, region, n, de);
    expect(f.name).toBe(regionName(t, region, de));
    expect(f.data).toBe(de.t('branches.tip.data', { n }));
    expect(f.filter).toBe(filter);
    expect(f.published === de.t('branches.tip.noSize')).toBe(!published);
  });
});
