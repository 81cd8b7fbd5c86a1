import { describe, expect, it } from 'vitest';
globalThis.ResizeObserver ??= class { observe() {} unobserve() {} disconnect() {} } as unknown as typeof ResizeObserver;
import { fireEvent , waitFor} from '@testing-library/svelte';
import { tick } from 'svelte';
import { renderView } from '../../../tests/unit/render.ts';
import ProjectsView from './ProjectsView.svelte';
import { projectMarks } from '../../lib/derive/branches.ts';

describe('ProjectsView', () => {
  it('draws every project as a toggle with solid or dashed ring by how its position is sourced', () => {
    const { container, cluster } = renderView(ProjectsView);
    const marks = container.querySelectorAll('[data-project]');
    expect(marks).toHaveLength(cluster.data.projects.length);
    expect(container.querySelectorAll('[data-project="moin"] .ring.masterplan')).toHaveLength(1);
    expect(container.querySelectorAll('[data-project="cicad"] .ring.derived')).toHaveLength(1);
    expect(container.textContent).toContain('Lage abgeleitet');
  });

  it('selecting a project sets the project filter and the selection; other filters dim, never remove', async () => {
    const { container, explorer, cluster } = renderView(ProjectsView, { search: '?s=dx' });
    const btn = container.querySelector('[data-project="moin"] [role="button"]')!;
    await fireEvent.keyDown(btn, { key: ' ' });
    expect(explorer.filters.project).toBe('moin');
    expect(explorer.selected).toEqual({ kind: 'project', id: 'moin' });
    expect(btn.getAttribute('aria-pressed')).toBe('true');
    const marks = projectMarks(cluster.data.projects, explorer.filters, cluster.ctx);
    for (const m of marks) {
      const g = container.querySelector(`[data-item="p.${m.id}"]`)!;
      expect(g.getAttribute('data-dimmed')).toBe(String(m.dimmed));
      expect(g.getAttribute('data-match')).toBe(m.match);
    }
    expect(marks.some((m) => m.match !== 'match')).toBe(true);
    expect(container.querySelectorAll('[data-project]')).toHaveLength(cluster.data.projects.length);
  });

  it('the future mode hatches the interfaces and marks the Abb. 7 text as illustrative', async () => {
    const { container, explorer } = renderView(ProjectsView);
    expect(container.querySelectorAll('.target')).toHaveLength(0);
    await fireEvent.click(container.querySelectorAll('.seg button')[1]);
    expect(explorer.projectsMode).toBe('future');
    expect(container.querySelectorAll('.target')).toHaveLength(4);
    expect(container.textContent).toContain('Illustrativ');
  });

  it('keeps the drawn model unchanged while filters and the selection change', async () => {
    const { container, explorer } = renderView(ProjectsView);
    const layer = () => [...container.querySelectorAll('[data-layer="masterplan"]')].map((e) => e.outerHTML).join('');
    const before = layer();
    expect(before).toContain('circle');
    explorer.toggleFilter('side', 'dx');
    explorer.toggleProject('moin');
    await tick();
    expect(layer()).toBe(before);
    expect(container.querySelector('[data-layer="masterplan"] [data-item]')).toBeNull();
    expect(container.querySelector('.filtered')?.textContent).toContain('unabhängig von den Filtern');
  });

  it('on the overview the legend folds into a disclosure; the source stays visible', () => {
    const { container } = renderView(ProjectsView, { props: { compact: true } });
    expect(container.querySelector('details .legend')).toBeTruthy();
    expect(container.querySelectorAll('.legend')).toHaveLength(1);
    expect(container.querySelector('.source')?.closest('details')).toBeNull();
  });

  it('the table lists short, name, position, its source, branches, side and partners', async () => {
    const { container, cluster, explorer } = renderView(ProjectsView, { search: '?tab=1&s=dx' });
    await waitFor(() => expect(container.querySelector('table.data')).toBeTruthy(), { timeout: 15_000 }); // the table's chunk arrives
    const rows = container.querySelectorAll('table.data tbody tr');
    expect(rows).toHaveLength(cluster.data.projects.length);
    const marks = projectMarks(cluster.data.projects, explorer.filters, cluster.ctx);
    expect([...rows].map((r) => r.getAttribute('data-row'))).toEqual(marks.map((m) => `p.${m.id}`));
    const said = { match: 'ja', nomatch: 'nein', unknown: 'unbekannt (Angabe fehlt)' };
    for (const m of marks) {
      const row = container.querySelector(`[data-row="p.${m.id}"]`)!;
      expect(row.classList.contains('dimmed')).toBe(m.dimmed);
      expect(row.lastElementChild?.textContent).toBe(said[m.match]);
    }
    await fireEvent.click(container.querySelector('[data-row="p.moin"] button')!);
    expect(explorer.filters.project).toBe('moin');
    expect(container.querySelector('[data-row="p.moin"] button')!.getAttribute('aria-pressed')).toBe('true');
    expect(container.querySelectorAll('table.data thead th')).toHaveLength(8);
  });
});
