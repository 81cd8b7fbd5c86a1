import { describe, expect, it } from 'vitest';

// jsdom has no layout: the chart falls back to a default width and needs only a stub observer.
globalThis.ResizeObserver ??= class { observe() {} unobserve() {} disconnect() {} } as unknown as typeof ResizeObserver;
import { fireEvent } from '@testing-library/svelte';
import { renderView } from '../../../tests/unit/render.ts';
import WerftView from './WerftView.svelte';
import { werftCounts } from '../../lib/derive/werft.ts';

describe('WerftView', () => {
  it('draws every stage, sub-stage, component and supporting function as a toggle; the frame is not one', () => {
    const { container, cluster } = renderView(WerftView);
    const mw = cluster.data.masterplan!.medizinwerft;
    const ids = [...container.querySelectorAll('[role="button"][data-stage]')].map((g) => g.getAttribute('data-stage')).sort();
    expect(ids).toEqual([...mw.chain, ...Object.values(mw.sub).flat(), ...mw.supply, ...mw.support].sort());
    expect(container.querySelector('svg')!.textContent).toContain('Gesundheitswirtschaft');
  });

  it('a stage toggles the stage filter, by click and by keyboard', async () => {
    const { container, explorer } = renderView(WerftView);
    const dev = container.querySelector('[data-stage="dev"]')!;
    await fireEvent.click(dev);
    expect(explorer.filters.stage).toBe('dev');
    expect(dev.getAttribute('aria-pressed')).toBe('true');
    await fireEvent.keyDown(dev, { key: ' ' });
    expect(explorer.filters.stage).toBeNull();
    await fireEvent.keyDown(container.querySelector('[data-stage="coord"]')!, { key: 'Enter' });
    expect(explorer.filters.stage).toBe('coord');
  });

  it('switches readings; the data reading says what a width counts, with n and unknowns', async () => {
    const { container, explorer, getByRole, cluster } = renderView(WerftView, { search: '?f=img' });
    expect(container.querySelector('[data-testid="werft-width"]')!.textContent).toContain('Schema');
    await fireEvent.click(getByRole('button', { name: 'In den Daten' }));
    expect(explorer.werftReading).toBe('data');
    const c = werftCounts(cluster.data.masterplan!.medizinwerft, cluster.items, explorer.filters, cluster.ctx);
    expect(container.querySelector('[data-testid="werft-width"]')!.textContent).toContain(`n = ${c.n}, davon ${c.unknown} ohne Angabe`);
    expect(container.querySelector('[data-stage="research"]')!.getAttribute('aria-label')).toContain(`${c.stage.research} Akteure und Projekte`);
  });

  it('emphasises the coverage statement of the active field, in the masterplan words', () => {
    const { container } = renderView(WerftView, { search: '?f=img' });
    expect(container.querySelector('[data-testid="werft-coverage-active"]')!.textContent).toContain('vollständige Abdeckung aller Funktionsbereiche');
    const none = renderView(WerftView, { search: '?f=diag' }).container;
    expect(none.querySelector('[data-testid="werft-coverage-active"]')).toBeNull();
    expect(none.textContent).toContain('nennt der Text keinen Abdeckungsgrad');
  });

  it('offers a data table with the same toggles', async () => {
    const { container, explorer } = renderView(WerftView, { search: '?tab=1&r=d' });
    expect(container.querySelector('svg')).toBeNull();
    const rows = container.querySelectorAll('table.data tbody tr');
    expect(rows.length).toBe(18);
    const btn = [...container.querySelectorAll('table.data button')].find((b) => b.textContent === 'Forschung')!;
    await fireEvent.click(btn);
    expect(explorer.filters.stage).toBe('research');
  });
});
