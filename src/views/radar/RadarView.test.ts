import { describe, expect, it } from 'vitest';
import { fireEvent, waitFor } from '@testing-library/svelte';
import { renderView } from '../../../tests/unit/render.ts';
import RadarView from './RadarView.svelte';
import { radarCounts } from '../../lib/derive/radar.ts';

const layer = (c: Element) => [...c.querySelectorAll('[data-layer="masterplan"]')].map((e) => e.outerHTML).join('');

describe('RadarView', () => {
  it('draws both radars with the masterplan axes, dominant ones marked', () => {
    const { container } = renderView(RadarView);
    expect(container.querySelectorAll('figure[data-field="ther"] .axis')).toHaveLength(7);
    expect(container.querySelectorAll('figure[data-field="diag"] .axis')).toHaveLength(6);
    const dominant = [...container.querySelectorAll('figure[data-field="ther"] [data-layer="masterplan"] text.dominant')].map((g) => g.getAttribute('data-label'));
    expect(dominant).toEqual(['onko', 'infekt']);
    expect(container.querySelectorAll('figure[data-field="ther"] [data-layer="masterplan"] .diamond')).toHaveLength(2);
    expect(container.querySelectorAll('polygon')).toHaveLength(0);
  });

  it('picking an axis sets indication and field; picking it again clears both', async () => {
    const { container, explorer } = renderView(RadarView);
    const axis = container.querySelector('figure[data-field="diag"] .axis[data-indication="onko"]')!;
    await fireEvent.click(axis);
    expect(explorer.filters.indication).toBe('onko');
    expect(explorer.filters.field).toBe('diag');
    expect(axis.getAttribute('aria-pressed')).toBe('true');
    expect(container.querySelector('button[data-field="diag"]')!.getAttribute('aria-pressed')).toBe('true');
    await fireEvent.keyDown(axis, { key: 'Enter' });
    expect(explorer.filters.indication).toBeNull();
    expect(explorer.filters.field).toBeNull();
  });

  it('the field selector toggles the global field filter', async () => {
    const { container, explorer } = renderView(RadarView);
    const img = container.querySelector('button[data-field="img"]')!;
    expect(img.textContent).toContain('Medizinwerft');
    await fireEvent.click(img);
    expect(explorer.filters.field).toBe('img');
    await fireEvent.click(img);
    expect(explorer.filters.field).toBeNull();
  });

  it('shows the counts of the pure derivation under filters, with n and unknowns, as data-count', () => {
    const { container, cluster, explorer } = renderView(RadarView, { search: '?s=th' });
    for (const radar of cluster.data.masterplan!.radars) {
      const c = radarCounts(radar, cluster.items, explorer.filters, cluster.ctx);
      const fig = container.querySelector(`figure[data-field="${radar.field}"]`)!;
      expect(fig.querySelector('figcaption')!.textContent).toContain(`n = ${c.n}`);
      const n = fig.querySelector(`[data-count="radar:${radar.field}:n"]`)!;
      expect([n.getAttribute('data-value'), n.textContent]).toEqual([String(c.n), String(c.n)]);
      expect(fig.querySelector(`[data-count="radar:${radar.field}:unknown"]`)!.getAttribute('data-value')).toBe(String(c.unknownIndication));
      for (const a of c.axes) {
        const el = fig.querySelector(`[data-count="radar:${radar.field}:${a.indication}"]`)!;
        expect(el.textContent).toBe(`● ${a.count}`);
        expect(el.getAttribute('data-value')).toBe(String(a.count));
        expect(el.closest('[data-layer]')).toBeNull();
      }
    }
  });

  it('the masterplan layer does not change with filters; the selection is drawn outside it', async () => {
    const { container, explorer } = renderView(RadarView);
    const before = layer(container);
    expect(before).toContain('Onkologie');
    await fireEvent.click(container.querySelector('figure[data-field="ther"] .axis[data-indication="onko"]')!);
    explorer.toggleFilter('side', 'dx');
    await Promise.resolve();
    expect(explorer.filters).toMatchObject({ field: 'ther', indication: 'onko', side: 'dx' });
    expect(container.querySelectorAll('figure[data-field="ther"] .axis .sel').length).toBeGreaterThan(0);
    expect(layer(container)).toBe(before);
  });

  it('an axis carries its figures in its accessible name', () => {
    const { container, cluster, explorer } = renderView(RadarView, { search: '?s=th' });
    const c = radarCounts(cluster.data.masterplan!.radars[0], cluster.items, explorer.filters, cluster.ctx);
    const axis = container.querySelector('figure[data-field="ther"] .axis[data-indication="onko"]')!;
    expect(axis.getAttribute('aria-label')).toContain(`Onkologie – Therapeutika: Masterplan dominant; Daten ${c.axes[0].count} von ${c.n}`);
  });

  it('renders one data table with the same toggles when the table is on, a row per axis', async () => {
    const { container, explorer, cluster } = renderView(RadarView, { search: '?tab=1&lang=en' });
    await waitFor(() => expect(container.querySelector('table.data')).toBeTruthy(), { timeout: 15_000 }); // the table's chunk arrives
    expect(container.querySelectorAll('table.data')).toHaveLength(1);
    expect(container.querySelector('svg')).toBeNull();
    const axes = cluster.data.masterplan!.radars.flatMap((r) => r.axes.map((a) => `${r.field}:${a.indication}`));
    expect([...container.querySelectorAll('tbody tr')].map((r) => r.getAttribute('data-row'))).toEqual(axes);
    const btn = container.querySelector('tr[data-row="ther:onko"] button')!;
    expect(btn.textContent).toBe('Oncology');
    await fireEvent.click(btn);
    expect(explorer.filters).toMatchObject({ field: 'ther', indication: 'onko' });
    expect(btn.getAttribute('aria-pressed')).toBe('true');
    const c = radarCounts(cluster.data.masterplan!.radars[1], cluster.items, explorer.filters, cluster.ctx);
    expect(container.querySelector('[data-count="radar:diag:n"]')!.getAttribute('data-value')).toBe(String(c.n));
    for (const a of c.axes) expect(container.querySelector(`td[data-count="radar:diag:${a.indication}"]`)!.getAttribute('data-value')).toBe(String(a.count));
  });

  it('compact: notes fold into a disclosure, the source line stays', () => {
    const { container } = renderView(RadarView, { props: { compact: true } });
    expect(container.querySelector('details.notes .legend')).not.toBeNull();
    expect(container.querySelector('figure[data-field="ther"] figcaption')!.textContent).toMatch(/n = \d+ \(\d+ ohne Indikation\); \d+ weitere ohne Anwendungsfeld/);
    expect(container.querySelector('[data-count="radar:ther:unknown"]')).not.toBeNull();
    expect(container.textContent).toContain('Abb. 3');
  });

  it('compact: each radar is drawn in a task of its own after the rest of the view, its frame waiting meanwhile', async () => {
    const { container } = renderView(RadarView, { props: { compact: true } });
    // the view's controls and notes first, no radar yet
    expect(container.querySelector('.fields .field')).not.toBeNull();
    expect(container.querySelectorAll('figure [data-pending]')).toHaveLength(2);
    expect(container.querySelector('figure svg')).toBeNull();
    await waitFor(() => expect(container.querySelector('figure[data-field="ther"] svg')).not.toBeNull());
    await waitFor(() => expect(container.querySelector('figure[data-field="diag"] svg')).not.toBeNull());
    expect(container.querySelector('[data-pending]')).toBeNull();
  });
});
