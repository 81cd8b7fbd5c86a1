// The map follows a swap of the cluster's contents (lean data first, the full data later).
import { describe, expect, it } from 'vitest';
globalThis.ResizeObserver ??= class { observe() {} unobserve() {} disconnect() {} } as unknown as typeof ResizeObserver;
import { render, waitFor } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import Harness from '../../../tests/unit/Harness.svelte';
import { testCluster } from '../../../tests/unit/fixtures.ts';
import { ExplorerState } from '../../lib/state/explorer.svelte.ts';
import { LiveCluster } from '../../lib/state/live-cluster.svelte.ts';
import { makeCluster } from '../../lib/state/cluster.ts';
import { parseSearch } from '../../lib/state/url.ts';
import MapView from './MapView.svelte';

function renderSwappable(search: string) {
  const full = testCluster();
  // a first data set without geometry and without the type and Kreis names
  const terms = { ...full.data.terms, types: new Map(), kreise: new Map() };
  const live = new LiveCluster(makeCluster({ ...full.data, geo: null, terms }));
  const explorer = new ExplorerState(parseSearch(search));
  const result = render(Harness, { props: { component: MapView, props: {}, explorer, cluster: live } });
  return { ...result, swap: () => flushSync(() => live.replace(full)), full };
}

describe('MapView after the cluster data is swapped', { timeout: 30_000 }, () => {
  it('draws the map geometry that arrives with the new data', () => {
    const { container, swap } = renderSwappable('?v=map');
    expect(container.querySelector('svg.map')).toBeNull();
    swap();
    expect(container.querySelectorAll('svg.map path[data-kreis]')).toHaveLength(16);
    expect([...container.querySelectorAll('text.city')].map((t) => t.textContent)).toContain('Kiel');
  });

  it('the table shows the type and Kreis names of the new data', async () => {
    const { container, swap } = renderSwappable('?v=map&tab=1');
    await waitFor(() => expect(container.querySelector('table.data')).toBeTruthy(), { timeout: 15_000 }); // the table's chunk arrives
    const cells = () => [...container.querySelectorAll('table.data tbody td')].map((td) => td.textContent?.trim());
    expect(cells()).not.toContain('Universität / Hochschule');
    swap();
    expect(cells()).toContain('Universität / Hochschule');
    expect(cells()).toContain('Kiel');
  });
});
