import { describe, expect, it } from 'vitest';
globalThis.ResizeObserver ??= class { observe() {} unobserve() {} disconnect() {} } as unknown as typeof ResizeObserver;
import { fireEvent } from '@testing-library/svelte';
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
    for (const m of marks) expect(container.querySelector(`[data-project="${m.id}"]`)!.getAttribute('data-dimmed')).toBe(String(m.dimmed));
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

  it('the table lists short, name, position, its source, branches, side and partners', () => {
    const { container, cluster } = renderView(ProjectsView, { search: '?tab=1' });
    const rows = container.querySelectorAll('table.data tbody tr');
    expect(rows).toHaveLength(cluster.data.projects.length);
    expect(container.querySelectorAll('table.data thead th')).toHaveLength(7);
  });
});
