import { describe, expect, it } from 'vitest';
globalThis.ResizeObserver ??= class { observe() {} unobserve() {} disconnect() {} } as unknown as typeof ResizeObserver;
import { fireEvent, waitFor } from '@testing-library/svelte';
import { renderView } from '../../../tests/unit/render.ts';
import MapView from './MapView.svelte';
import { deriveMap } from '../../lib/derive/map.ts';
import { NO_FILTERS } from '../../lib/state/filters.ts';

describe('MapView', { timeout: 30_000 }, () => {
  it('draws the region, a mark or group for every site, the city labels and the attribution', () => {
    const { container, cluster } = renderView(MapView);
    expect(container.querySelectorAll('path[data-kreis]')).toHaveLength(16);
    const marks = container.querySelectorAll('[data-mark]').length;
    const grouped = [...container.querySelectorAll('[data-group]')].reduce((n, g) => n + Number(g.getAttribute('data-group')), 0);
    expect(marks + grouped).toBe(deriveMap(cluster, NO_FILTERS).marks.length);
    const labels = [...container.querySelectorAll('text.city')].map((t) => t.textContent);
    expect(labels).toEqual(expect.arrayContaining(['Hamburg', 'Kiel', 'Lübeck']));
    for (const m of container.querySelectorAll('[data-mark]')) {
      expect(m.getAttribute('aria-label')).toBeTruthy();
      expect(m.getAttribute('aria-pressed')).toBe('false');
      expect(m.getAttribute('tabindex')).toBe('0');
    }
    expect(container.querySelector('.attribution a[href="https://www.bkg.bund.de"]')).not.toBeNull();
  });

  it('a mark selects its actor by keyboard; the Kreis list and the Land buttons set the region filters', async () => {
    const { container, explorer, getByRole, getByLabelText } = renderView(MapView);
    const mark = container.querySelector('[data-mark^="a."]')!;
    await fireEvent.keyDown(mark, { key: 'Enter' });
    expect(explorer.selected).toEqual({ kind: 'actor', id: mark.getAttribute('data-mark')!.split('.')[1] });
    await fireEvent.change(getByLabelText('Kreis oder kreisfreie Stadt'), { target: { value: '01003' } });
    expect(explorer.filters.kreis).toBe('01003');
    await fireEvent.click(getByRole('button', { name: 'Hamburg', exact: true } as never));
    expect(explorer.filters.land).toBe('hh');
  });

  it('filters dim the marks that do not match, and the counts say how many of n', async () => {
    const { container, cluster } = renderView(MapView, { search: '?k=01002' });
    const d = deriveMap(cluster, { ...NO_FILTERS, kreis: '01002' });
    for (const el of container.querySelectorAll('[data-mark]')) {
      const m = d.marks.find((x) => x.key === el.getAttribute('data-mark'))!;
      expect(el.getAttribute('data-dimmed')).toBe(String(m.verdict !== 'match'));
    }
    expect(container.querySelector('.counts')?.textContent).toContain(`${d.counts.actors.match} von ${d.counts.actors.n} Akteuren`);
  });

  it('every site mark and every listed actor says which item it is and its verdict; the counts carry data-count', () => {
    const f = { ...NO_FILTERS, kreis: '01002' };
    const { container, cluster } = renderView(MapView, { search: '?k=01002' });
    const d = deriveMap(cluster, f);
    const items = [...container.querySelectorAll('[data-item][data-match]')];
    expect(items.length).toBeGreaterThan(10);
    for (const el of items) {
      const [kind, id] = [el.getAttribute('data-item')!.slice(0, 1), el.getAttribute('data-item')!.slice(2)];
      // a site mark has its site's verdict; an item listed beside the map its item's
      const key = el.getAttribute('data-mark');
      const verdict = key ? d.marks.find((m) => m.key === key)?.verdict : d.verdictOf(kind === 'a' ? 'actor' : 'project', id);
      expect(el.getAttribute('data-match'), el.getAttribute('data-item')!).toBe(verdict);
    }
    const count = (k: string) => Number(container.querySelector(`.counts [data-count="${k}"]`)?.getAttribute('data-value'));
    expect(count('map:actors')).toBe(d.counts.actors.n);
    expect(count('map:actors-match')).toBe(d.counts.actors.match);
    expect(count('map:no-site')).toBe(d.counts.noSite);
    expect(count('map:projects-match')).toBe(d.counts.projects.match);
  });

  it('on the overview the legend and the actors without a site are folded, and vertical swipes scroll the page', async () => {
    const { container } = renderView(MapView, { props: { compact: true } });
    // the overview's canvas comes a task after the rest of the panel, which waits unseen meanwhile
    expect(container.querySelector('svg.map')).toBeNull();
    expect(container.querySelector('.stage [data-pending]')).not.toBeNull();
    await waitFor(() => expect(container.querySelector('svg.map')).not.toBeNull());
    // then its marks, a task after the regions
    expect(container.querySelector('svg.map [data-mark], svg.map [data-gid]')).toBeNull();
    await waitFor(() => expect(container.querySelector('svg.map [data-pending]')).toBeNull());
    expect(container.querySelector('svg.map [data-mark], svg.map [data-gid]')).not.toBeNull();
    expect(container.querySelector('.stage [data-pending]')).toBeNull();
    const details = container.querySelector('details.more')!;
    expect(details.querySelector('summary')?.textContent).toBe('Legende und Akteure ohne Standort');
    expect(details.querySelector('.legend')).not.toBeNull();
    expect(details.querySelector('[data-item^="a."]')).not.toBeNull();
    expect(container.querySelector('.find')).toBeNull();
    expect(container.querySelector('svg.map')?.getAttribute('data-touch')).toBe('pan-y');
  });

  it('the find list narrows while typing and selects a project with its filter', async () => {
    const { container, explorer, getByRole } = renderView(MapView);
    const input = getByRole('searchbox');
    await fireEvent.input(input, { target: { value: 'moin' } });
    const buttons = container.querySelectorAll('.find li button');
    expect(buttons.length).toBeGreaterThan(0);
    const moin = [...buttons].find((b) => b.textContent?.includes('Molecular Imaging North'))!;
    await fireEvent.click(moin);
    expect(explorer.filters.project).toBe('moin');
    expect(explorer.selected).toEqual({ kind: 'project', id: 'moin' });
  });

  it('shows the data table instead of the map when the table is on', async () => {
    const { container, cluster } = renderView(MapView, { search: '?tab=1' });
    await waitFor(() => expect(container.querySelector('table.data')).toBeTruthy(), { timeout: 15_000 }); // the table's chunk arrives
    expect(container.querySelector('svg.map')).toBeNull();
    const rows = container.querySelectorAll('table.data tbody tr');
    const d = deriveMap(cluster, NO_FILTERS);
    expect(rows).toHaveLength(d.marks.length + d.extern.length);
  });
});

describe('MapCanvas with many marks', { timeout: 30_000 }, () => {
  it('above 400 sites draws one circle per Kreis, each a button that filters by its Kreis', async () => {
    const { default: MapCanvas } = await import('./MapCanvas.svelte');
    const { layoutMapGeometry } = await import('../../lib/layout/map.ts');
    const { IDENTITY } = await import('../../lib/layout/mapTransform.ts');
    const { testCluster } = await import('../../../tests/unit/fixtures.ts');
    const c = testCluster();
    const real = deriveMap(c, NO_FILTERS).marks;
    const marks = Array.from({ length: 5000 }, (_, i) => ({ ...real[i % real.length], key: `m${i}` }));
    const picked: string[] = [];
    const geo = layoutMapGeometry(c.data.geo!, { width: 600, height: 552 });
    const none = () => ({ title: '', lines: [] });
    const { container } = renderView(MapCanvas, {
      props: {
        geo, content: { marks, cities: [], links: [] }, view: IDENTITY, onview: () => {},
        text: { aria: 'map', hint: { wheel: '', touch: '' }, mark: () => '', markLang: () => undefined, markTip: none, group: () => '', groupTip: none, aggregate: (k: string, n: number) => `${k}: ${n}`, aggregateTip: none },
        pick: { isSelected: () => false, onmark: () => {}, kreisOn: () => false, onkreis: (k: string) => picked.push(k), kreis: null, land: null }
      }
    });
    expect(container.querySelectorAll('[data-mark]')).toHaveLength(0);
    const aggregates = [...container.querySelectorAll('g.aggregate')];
    const kreise = new Set(real.map((m) => m.site.kreis));
    expect(aggregates).toHaveLength(kreise.size);
    expect(aggregates.reduce((n, a) => n + Number(a.querySelector('text')!.textContent), 0)).toBe(5000);
    for (const a of aggregates) {
      expect(a.getAttribute('data-count')).toMatch(/^map:kreis:\d{5}$/);
      expect(a.getAttribute('data-value')).toBe(a.querySelector('text')!.textContent);
    }
    await fireEvent.keyDown(aggregates[0], { key: 'Enter' });
    expect(picked).toHaveLength(1);
    expect(aggregates[0].getAttribute('aria-label')).toBe(`${picked[0]}: ${aggregates[0].querySelector('text')!.textContent}`);
  });
});
