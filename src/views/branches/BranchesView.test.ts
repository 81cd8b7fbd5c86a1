import { describe, expect, it } from 'vitest';
globalThis.ResizeObserver ??= class { observe() {} unobserve() {} disconnect() {} } as unknown as typeof ResizeObserver;
import { fireEvent } from '@testing-library/svelte';
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
    const before = container.querySelector('[data-count="bt+ph"]')?.textContent;
    await fireEvent.keyDown(lens, { key: 'Enter' });
    expect(explorer.filters.region).toBe('bt+ph');
    expect(lens.getAttribute('aria-pressed')).toBe('true');
    expect(container.querySelectorAll('.covered')).toHaveLength(2);
    expect(container.querySelector('[data-count="bt+ph"]')?.textContent).toBe(before);
    expect(container.textContent).toContain('unabhängig von den Filtern');
    await fireEvent.click(container.querySelector('[data-side="th"]')!);
    expect(explorer.filters.side).toBe('th');
    const c = regionCounts(cluster.items, explorer.filters, cluster.ctx);
    expect(container.querySelector('[data-count="none"]')?.textContent).toBe(`n = ${c.byRegion.none}`);
    await fireEvent.click(lens);
    expect(explorer.filters.region).toBeNull();
  });

  it('shows a table with share, count and toggles when the table is on', async () => {
    const { container, explorer } = renderView(BranchesView, { search: '?tab=1&lang=en' });
    const table = container.querySelector('table.data')!;
    expect(table).toBeTruthy();
    expect(table.querySelectorAll('tbody tr')).toHaveLength(10);
    expect(table.textContent).toContain('46% of the functions');
    expect(table.textContent).toContain('not published');
    await fireEvent.click(table.querySelector('tbody button')!);
    expect(explorer.filters.region).toBe('mt');
  });
});
