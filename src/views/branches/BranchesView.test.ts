import { describe, expect, it } from 'vitest';
globalThis.ResizeObserver ??= class { observe() {} unobserve() {} disconnect() {} } as unknown as typeof ResizeObserver;
import { fireEvent , waitFor} from '@testing-library/svelte';
import { tick } from 'svelte';
import { REGIONS } from '../../lib/data/schema.ts';
import { renderView } from '../../../tests/unit/render.ts';
import BranchesView from './BranchesView.svelte';
import { regionCounts } from '../../lib/derive/branches.ts';

describe('BranchesView', () => {
  it('draws the published shares, the sides, the 45 and its source; every area is a toggle', () => {
    const { container } = renderView(BranchesView);
    const text = container.textContent ?? '';
    for (const s of ['46\u202f%', '39\u202f%', '15\u202f%', 'Therapie 54\u202f%', 'Diagnostik 46\u202f%', '45', 'Abb. 2', 'nicht maßstäblich, nicht veröffentlicht'])
      expect(text).toContain(s);
    const regions = [...container.querySelectorAll('[data-region]')].map((e) => e.getAttribute('data-region'));
    expect(regions.sort()).toEqual(['bt', 'bt+ph', 'mt', 'mt+bt', 'mt+bt+ph', 'mt+ph', 'none', 'ph'].sort());
    for (const e of container.querySelectorAll('[role="button"]')) {
      expect(e.getAttribute('aria-pressed')).toBe('false');
      expect(e.getAttribute('aria-label')).toBeTruthy();
    }
  });

  it('an area toggles the region filter, a side the side filter; the counts ignore the region filter', async () => {
    const { container, explorer, cluster } = renderView(BranchesView);
    const lens = container.querySelector('[data-region="bt+ph"]')!;
    const before = container.querySelector('[data-count="region:bt+ph"]')?.textContent;
    await fireEvent.keyDown(lens, { key: 'Enter' });
    expect(explorer.filters.region).toBe('bt+ph');
    expect(lens.getAttribute('aria-pressed')).toBe('true');
    expect(container.querySelectorAll('.covered')).toHaveLength(2);
    expect(container.querySelector('[data-count="region:bt+ph"]')?.textContent).toBe(before);
    expect(container.textContent).toContain('unabhängig von den Filtern');
    await fireEvent.click(container.querySelector('[data-side="th"]')!);
    expect(explorer.filters.side).toBe('th');
    const c = regionCounts(cluster.items, explorer.filters, cluster.ctx);
    expect(container.querySelector('[data-count="region:none"]')?.textContent).toBe(`n = ${c.byRegion.none}`);
    await fireEvent.click(lens);
    expect(explorer.filters.region).toBeNull();
  });

  it('keeps the masterplan layer unchanged under filters; every count shown carries its derived value', async () => {
    const { container, explorer, cluster } = renderView(BranchesView);
    const layer = () => [...container.querySelectorAll('[data-layer="masterplan"]')].map((e) => e.outerHTML).join('');
    expect(container.querySelectorAll('[data-layer="masterplan"] text').length).toBeGreaterThan(5);
    const before = layer();
    for (const [dim, id] of [['region', 'mt'], ['side', 'dx'], ['region', 'none'], ['project', 'moin']] as const) {
      explorer.toggleFilter(dim, id);
      await tick();
      expect(layer(), `${dim}=${id}`).toBe(before);
      const c = regionCounts(cluster.items, explorer.filters, cluster.ctx);
      const shown = [...container.querySelectorAll('[data-count]')];
      expect(shown.map((e) => e.getAttribute('data-count'))).toContain('region:none');
      for (const e of shown) {
        const r = e.getAttribute('data-count')!.replace('region:', '') as keyof typeof c.byRegion;
        expect(e.getAttribute('data-value')).toBe(String(c.byRegion[r]));
        expect(e.textContent).toBe(`n = ${c.byRegion[r]}`);
        expect(e.closest('[data-layer]')).toBeNull();
      }
    }
  });

  it('folds the notes into a disclosure on the overview, keeping n, the unknowns and the source visible', () => {
    const { container, explorer, cluster } = renderView(BranchesView, { props: { compact: true } });
    const c = regionCounts(cluster.items, explorer.filters, cluster.ctx);
    const short = [...container.querySelectorAll('.data')].find((e) => !e.closest('details'));
    expect(short?.textContent).toBe(`Daten (kursiv, „n =“): n = ${c.n}; ${c.unknownBranches + c.unknownOther} ohne Angabe`);
    expect(container.querySelector('details summary')?.textContent).toBe('Erläuterungen');
    expect(container.querySelector('details')?.textContent).toContain('nicht maßstäblich');
    expect(container.querySelector('.source')?.closest('details')).toBeNull();
  });

  it('shows a table with share, count and toggles when the table is on', async () => {
    const { container, explorer, cluster } = renderView(BranchesView, { search: '?tab=1&lang=en' });
    await waitFor(() => expect(container.querySelector('table.data')).toBeTruthy(), { timeout: 15_000 }); // the table's chunk arrives
    const table = container.querySelector('table.data')!;
    expect(table).toBeTruthy();
    expect(table.querySelectorAll('tbody tr')).toHaveLength(10);
    const keys = [...table.querySelectorAll('tbody tr')].map((r) => r.getAttribute('data-row'));
    expect(keys).toEqual([...REGIONS.map((r) => `region:${r}`), 'side:th', 'side:dx']);
    const c = regionCounts(cluster.items, explorer.filters, cluster.ctx);
    expect(table.querySelector('[data-row="region:mt+bt"] td.num')?.textContent).toBe(String(c.byRegion['mt+bt']));
    expect(table.querySelector('tfoot')?.textContent).toContain(`n = ${c.n}`);
    expect(table.textContent).toContain('46% of the functions');
    expect(table.textContent).toContain('not published');
    await fireEvent.click(table.querySelector('tbody button')!);
    expect(explorer.filters.region).toBe('mt');
  });
});
