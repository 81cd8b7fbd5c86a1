import { describe, expect, it } from 'vitest';

// jsdom has no layout: the chart falls back to a default width and needs only a stub observer.
globalThis.ResizeObserver ??= class { observe() {} unobserve() {} disconnect() {} } as unknown as typeof ResizeObserver;
import { fireEvent } from '@testing-library/svelte';
import { renderView } from '../../../tests/unit/render.ts';
import RadarView from './RadarView.svelte';
import { radarCounts } from '../../lib/derive/radar.ts';

describe('RadarView', () => {
  it('draws both radars with the masterplan axes, dominant ones marked', () => {
    const { container } = renderView(RadarView);
    expect(container.querySelectorAll('figure[data-field="ther"] .axis')).toHaveLength(7);
    expect(container.querySelectorAll('figure[data-field="diag"] .axis')).toHaveLength(6);
    const dominant = [...container.querySelectorAll('figure[data-field="ther"] .axis.dominant')].map((g) => g.getAttribute('data-indication'));
    expect(dominant).toEqual(['onko', 'infekt']);
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

  it('shows the counts of the pure derivation under filters, with n and unknowns', () => {
    const { container, cluster, explorer } = renderView(RadarView, { search: '?s=th' });
    const radar = cluster.data.masterplan!.radars[0];
    const c = radarCounts(radar, cluster.items, explorer.filters, cluster.ctx);
    const fig = container.querySelector(`figure[data-field="${radar.field}"]`)!;
    expect(fig.querySelector('figcaption')!.textContent).toContain(`n = ${c.n}`);
    for (const a of c.axes)
      expect(fig.querySelector(`text[data-label="${a.indication}"] tspan.count`)!.textContent).toBe(`● ${a.count}`);
  });

  it('renders a data table with the same toggles when the table is on', async () => {
    const { container, explorer } = renderView(RadarView, { search: '?tab=1&lang=en' });
    expect(container.querySelectorAll('table.data')).toHaveLength(2);
    expect(container.querySelector('svg')).toBeNull();
    const btn = [...container.querySelectorAll('table.data[data-field="ther"] button')].find((b) => b.textContent === 'Oncology')!;
    await fireEvent.click(btn);
    expect(explorer.filters).toMatchObject({ field: 'ther', indication: 'onko' });
  });
});
