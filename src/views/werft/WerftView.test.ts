import { describe, expect, it } from 'vitest';
import { fireEvent , waitFor} from '@testing-library/svelte';
import { renderView } from '../../../tests/unit/render.ts';
import WerftView from './WerftView.svelte';
import { werftCounts } from '../../lib/derive/werft.ts';

const layer = (c: Element) => [...c.querySelectorAll('[data-layer="masterplan"]')].map((e) => e.outerHTML).join('');

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

  it('offers a data table with the same toggles, a row per stage id, and its n', async () => {
    const { container, explorer, cluster } = renderView(WerftView, { search: '?tab=1&r=d' });
    await waitFor(() => expect(container.querySelector('table.data')).toBeTruthy(), { timeout: 15_000 }); // the table's chunk arrives
    expect(container.querySelector('svg')).toBeNull();
    const rows = container.querySelectorAll('table.data tbody tr');
    expect(rows.length).toBe(18);
    const mw = cluster.data.masterplan!.medizinwerft;
    expect(new Set([...rows].map((r) => r.getAttribute('data-row')))).toEqual(new Set([...mw.chain, ...Object.values(mw.sub).flat(), ...mw.supply, ...mw.support]));
    const btn = container.querySelector('tr[data-row="research"] button')!;
    expect(btn.textContent).toBe('Forschung');
    await fireEvent.click(btn);
    expect(explorer.filters.stage).toBe('research');
    expect(btn.getAttribute('aria-pressed')).toBe('true');
    const c = werftCounts(mw, cluster.items, explorer.filters, cluster.ctx);
    expect(container.querySelector('[data-count="stage:n"]')!.getAttribute('data-value')).toBe(String(c.n));
    expect(container.querySelector('td[data-count="stage:research"]')!.getAttribute('data-value')).toBe(String(c.stage.research));
  });

  it('the data reading shows each count with data-count = the derivation, outside the masterplan layer', () => {
    const { container, cluster, explorer } = renderView(WerftView, { search: '?r=d&s=th' });
    const c = werftCounts(cluster.data.masterplan!.medizinwerft, cluster.items, explorer.filters, cluster.ctx);
    const shown = [...container.querySelectorAll('svg [data-count]')];
    expect(shown.length).toBe(19);
    for (const el of shown) {
      const id = el.getAttribute('data-count')!.replace('stage:', '');
      expect(el.getAttribute('data-value')).toBe(String(c.stage[id]));
      expect(el.textContent).toBe(`● ${c.stage[id]}`);
      expect(el.closest('[data-layer]')).toBeNull();
    }
    expect(container.querySelector('[data-count="stage:unknown"]')!.getAttribute('data-value')).toBe(String(c.unknown));
  });

  it.each(['', '?r=d'])('the masterplan layer does not change with filters (%s)', async (search) => {
    const { container, explorer } = renderView(WerftView, { search });
    const before = layer(container);
    expect(before).toContain('Forschung');
    await fireEvent.click(container.querySelector('[data-stage="research"]')!);
    explorer.toggleFilter('side', 'dx');
    explorer.toggleFilter('field', 'img');
    await Promise.resolve();
    expect(container.querySelector('[data-stage="research"]')!.getAttribute('aria-pressed')).toBe('true');
    expect(layer(container)).toBe(before);
  });

  it('compact: coverage list and notes fold into a disclosure; the active statement and source stay', () => {
    const { container } = renderView(WerftView, { props: { compact: true } });
    expect(container.querySelector('details.notes .coverage ul')).not.toBeNull();
    expect(container.textContent).toContain('Abb. 5');
    const active = renderView(WerftView, { search: '?f=img', props: { compact: true } }).container;
    expect(active.querySelector('[data-testid="werft-coverage-active"]')!.closest('details')).toBeNull();
  });
});
