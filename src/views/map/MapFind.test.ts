import { describe, expect, it } from 'vitest';
import { fireEvent, render } from '@testing-library/svelte';
import Harness from '../../../tests/unit/Harness.svelte';
import MapFind from './MapFind.svelte';
import { ExplorerState } from '../../lib/state/explorer.svelte.ts';
import { parseSearch } from '../../lib/state/url.ts';
import { loadClusterData } from '../../../tests/unit/fixtures.ts';
import { buildModel } from '../../lib/data/model.ts';
import { makeCluster } from '../../lib/state/cluster.ts';
import { deriveMap } from '../../lib/derive/map.ts';
import { i18n } from '../../lib/i18n/i18n.ts';

// The real actors, each copied four times under new ids: a list longer than one page.
function largeCluster() {
  const data = loadClusterData();
  const copies = [1, 2, 3, 4].flatMap((k) => data.actors.map((a) => ({ ...a, id: `${a.id}-copy${k}` })));
  return makeCluster(buildModel({ ...data, actors: [...data.actors, ...copies] }, data.problems, data.broken));
}

describe('MapFind with a long list', () => {
  const cluster = largeCluster();
  const total = cluster.data.actors.length + cluster.data.projects.length;
  const setup = (search = '') => {
    const explorer = new ExplorerState(parseSearch(search));
    const props = { ui: i18n('de'), model: deriveMap(cluster, explorer.filters), onshow: () => {} };
    return render(Harness, { props: { component: MapFind, props, explorer, cluster } });
  };

  it('draws a page of 100 entries and the next page on request, naming how many are shown', async () => {
    expect(total).toBeGreaterThan(200);
    const { container, getByRole } = setup();
    expect(container.querySelectorAll('.find li')).toHaveLength(100);
    const more = getByRole('button', { name: `100 weitere zeigen (100 von ${total} gezeigt)` });
    await fireEvent.click(more);
    expect(container.querySelectorAll('.find li')).toHaveLength(200);
    while (container.querySelector('.find .more')) await fireEvent.click(container.querySelector('.find .more')!);
    expect(container.querySelectorAll('.find li')).toHaveLength(total);
  });

  it('typing starts again at the first page, and a short result has no "more" button', async () => {
    const { container } = setup();
    await fireEvent.click(container.querySelector('.find .more')!);
    const input = container.querySelector<HTMLInputElement>('.find input')!;
    await fireEvent.input(input, { target: { value: 'e' } });
    expect(container.querySelectorAll('.find li')).toHaveLength(100);
    await fireEvent.input(input, { target: { value: 'Lübeck' } });
    const n = container.querySelectorAll('.find li').length;
    expect(n).toBeGreaterThan(5);
    expect(n).toBeLessThan(100);
    expect(container.querySelector('.find .count')?.textContent?.trim()).toBe(`${n} Treffer`);
    expect(container.querySelector('.find .more')).toBeNull();
  });
});
