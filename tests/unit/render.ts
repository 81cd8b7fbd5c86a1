import { render } from '@testing-library/svelte';
import type { Component } from 'svelte';
import Harness from './Harness.svelte';
import { ExplorerState } from '../../src/lib/state/explorer.svelte.ts';
import { parseSearch } from '../../src/lib/state/url.ts';
import { testCluster } from './fixtures.ts';

/** Renders `component` with a fresh ExplorerState (from a query string) and the real data. */
export function renderView(component: Component<any>, { search = '', props = {} } = {}) {
  const explorer = new ExplorerState(parseSearch(search));
  const cluster = testCluster();
  const result = render(Harness, { props: { component, props, explorer, cluster } });
  return { ...result, explorer, cluster };
}
