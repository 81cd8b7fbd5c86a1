// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { projectRows } from './projectRows.ts';
import { modelTexts } from './branchTexts.ts';
import { i18n } from '../i18n/i18n.ts';
import { NO_FILTERS, type Filters } from '../state/filters.ts';
import { projectMarks } from './branches.ts';
import { testCluster } from '../../../tests/unit/fixtures.ts';

const cluster = testCluster();
const ui = i18n('de');
const texts = modelTexts(cluster, ui, false)!;
const projects = cluster.data.projects;
const marksFor = (f: Filters) => projectMarks(projects, f, cluster.ctx);

describe('rows of the lighthouse projects', () => {
  const rows = projectRows(cluster, texts, ui, marksFor(NO_FILTERS));
  it('one row per project, numbered in the data order, placed as the data says', () => {
    expect(rows.map((r) => r.id)).toEqual(projects.map((p) => p.id));
    expect(rows.map((r) => r.num)).toEqual(projects.map((_, i) => i + 1));
    for (const [i, r] of rows.entries()) {
      expect(r.region).toBe(projects[i].placement.region);
      expect(r.side).toBe(projects[i].placement.side);
      expect(r.short).toBe(projects[i].short);
      expect(r.partners).toBe(projects[i].partners.value === 'unknown' ? ui.t('core.unknown') : projects[i].partners.value.length);
    }
  });
  it.each([
    ['tandem', 'Medizintechnik'],
    ['moin', 'Schnittmenge Medizintechnik und Biotechnologie'],
    ['nordles', 'keiner Branche eindeutig zuzuordnen']
  ])('%s is placed in "%s"', (id, region) => {
    const r = rows.find((x) => x.id === id)!;
    expect(r.placement).toContain(region);
    expect(r.aria).toContain(r.short);
    expect(r.aria).toContain(r.placement);
  });
  it('without filters nothing is dimmed or selected, and both kinds of placement occur', () => {
    expect(rows.some((r) => r.dimmed || r.selected)).toBe(false);
    expect(new Set(rows.map((r) => r.kind))).toEqual(new Set(['masterplan', 'derived']));
  });
  it('a project filter selects that project and dims none (the filter rule ignores it here)', () => {
    const f = projectRows(cluster, texts, ui, marksFor({ ...NO_FILTERS, project: 'moin' }));
    expect(f.filter((r) => r.selected).map((r) => r.id)).toEqual(['moin']);
    expect(f.some((r) => r.dimmed)).toBe(false);
  });
  it('a branch filter dims the projects without that branch, and says so in their labels', () => {
    const f = projectRows(cluster, texts, ui, marksFor({ ...NO_FILTERS, region: 'ph' }));
    expect(f.some((r) => r.dimmed)).toBe(true);
    expect(f.some((r) => !r.dimmed)).toBe(true);
    for (const r of f) {
      expect(r.dimmed, r.id).toBe(r.match !== 'match');
      expect(r.aria.includes(ui.t('projects.dimmed')), r.id).toBe(r.dimmed);
    }
  });
  it('lists branches and sides as names, unknown as unknown', () => {
    for (const [i, r] of rows.entries()) {
      const b = projects[i].branches.value;
      if (b === 'unknown') expect(r.branches).toBe(ui.t('core.unknown'));
      else if (b !== 'none') expect(r.branches.split(', ')).toHaveLength(b.length);
    }
  });
});
