// A region filter on the map: framed, outlined above the marks, marks agree with the sentence, the find
// list counts its matching entries and can show only those.
import { describe, expect, it } from 'vitest';
globalThis.ResizeObserver ??= class { observe() {} unobserve() {} disconnect() {} } as unknown as typeof ResizeObserver;
import { fireEvent, waitFor } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { renderView } from '../../../tests/unit/render.ts';
import MapView from './MapView.svelte';
import { deriveMap, findEntries } from '../../lib/derive/map.ts';
import { summarize } from '../../lib/derive/summary.ts';
import { NO_FILTERS } from '../../lib/state/filters.ts';

const scaleOf = (c: Element) => Number(/scale\(([\d.]+)\)/.exec(c.querySelector('svg.map > g')!.getAttribute('transform')!)![1]);

describe('MapView with a region filter', { timeout: 30_000 }, () => {
  it('?k=01002 frames Kiel on the first draw and outlines it above the marks', () => {
    const { container } = renderView(MapView, { search: '?v=map&k=01002' });
    expect(scaleOf(container)).toBeGreaterThan(2);
    const outline = container.querySelector('[data-outline="01002"]')!;
    const lastMark = [...container.querySelectorAll('[data-mark]')].at(-1)!;
    expect(lastMark.compareDocumentPosition(outline) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('choosing a Kreis glides to it, clearing it glides back to the whole map', async () => {
    const { container, getByLabelText } = renderView(MapView, { search: '?v=map' });
    expect(scaleOf(container)).toBe(1);
    await fireEvent.change(getByLabelText('Kreis oder kreisfreie Stadt'), { target: { value: '01003' } });
    await waitFor(() => expect(scaleOf(container)).toBeGreaterThan(2), { timeout: 10_000 });
    await fireEvent.change(getByLabelText('Kreis oder kreisfreie Stadt'), { target: { value: '' } });
    await waitFor(() => expect(scaleOf(container)).toBe(1), { timeout: 10_000 });
  });

  it('under prefers-reduced-motion the map frames the Kreis at once', async () => {
    const before = window.matchMedia;
    window.matchMedia = ((q: string) => ({ matches: q.includes('reduce'), media: q })) as unknown as typeof window.matchMedia;
    try {
      const { container, getByLabelText } = renderView(MapView, { search: '?v=map' });
      await fireEvent.change(getByLabelText('Kreis oder kreisfreie Stadt'), { target: { value: '01003' } });
      flushSync();
      expect(scaleOf(container)).toBeGreaterThan(2);
    } finally {
      window.matchMedia = before;
    }
  });

  it.each(['01002', '01003', '02000'])('Kreis %s: the bright stars are the projects the sentence counts', (kreis) => {
    const { container, cluster } = renderView(MapView, { search: `?v=map&k=${kreis}` });
    const f = { ...NO_FILTERS, kreis };
    const s = summarize(cluster.items, f, cluster.ctx);
    const bright = [...container.querySelectorAll('[data-mark^="p."][data-dimmed="false"]')].map((e) => e.getAttribute('data-item'));
    expect(new Set(bright).size).toBe(s.projects.match);
    const sites = deriveMap(cluster, f).marks;
    for (const el of container.querySelectorAll('[data-mark^="p."]'))
      expect(el.getAttribute('data-dimmed'), el.getAttribute('data-mark')!).toBe(String(sites.find((m) => m.key === el.getAttribute('data-mark'))!.site.kreis !== kreis));
  });

  it('the find list says how many entries match and shows only those on request', async () => {
    const { container, cluster, getByRole } = renderView(MapView, { search: '?v=map&k=01002' });
    const all = findEntries(cluster, '', (t) => ('name' in t ? t.name : t.de)).length;
    const m = deriveMap(cluster, { ...NO_FILTERS, kreis: '01002' });
    const match = cluster.items.filter((it) => m.verdictOf(it.kind, it.id) === 'match').length;
    expect(container.querySelector('.find .count')?.textContent?.trim()).toBe(`${match} von ${all} Einträgen passen zu den Filtern`);
    expect(container.querySelectorAll('.find li')).toHaveLength(all);
    const only = getByRole('button', { name: 'nur Treffer zeigen' });
    expect(only.getAttribute('aria-pressed')).toBe('false');
    await fireEvent.click(only);
    expect(only.getAttribute('aria-pressed')).toBe('true');
    const shown = [...container.querySelectorAll('.find li')];
    expect(shown).toHaveLength(match);
    expect(shown.every((li) => li.getAttribute('data-match') === 'match')).toBe(true);
  });

  it('without filters the find list counts its entries and offers no toggle', () => {
    const { container, queryByRole } = renderView(MapView, { search: '?v=map' });
    expect(container.querySelector('.find .count')?.textContent?.trim()).toMatch(/^\d+ Treffer$/);
    expect(queryByRole('button', { name: 'nur Treffer zeigen' })).toBeNull();
  });
});
