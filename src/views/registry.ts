// The views of the app: id (also the URL value), their component, and the data files they need.
// A view whose files are broken shows the problems instead; the others still render.
import type { Component } from 'svelte';
import type { FileKey } from '../lib/data/validate.ts';
import type { ViewId } from '../lib/state/url.ts';
import BranchesView from './branches/BranchesView.svelte';
import ProjectsView from './projects/ProjectsView.svelte';
import RadarView from './radar/RadarView.svelte';
import WerftView from './werft/WerftView.svelte';
import MapView from './map/MapView.svelte';

export interface ViewEntry {
  id: Exclude<ViewId, 'overview' | 'sources' | 'a11y'>;
  /** message keys: `<id>.title`, `<id>.howto` in src/messages/<lang>/<id>.json */
  component: Component<{ compact?: boolean }>;
  needs: FileKey[];
  /** Files of the data layer: when broken, the view says so and still draws the masterplan layer. */
  uses: FileKey[];
}

/** In this order on the overview. */
export const VIEW_ENTRIES: ViewEntry[] = [
  { id: 'branches', component: BranchesView, needs: ['vocabulary', 'masterplan'], uses: ['actors', 'projects'] },
  { id: 'projects', component: ProjectsView, needs: ['vocabulary', 'masterplan', 'projects'], uses: ['actors'] },
  { id: 'radar', component: RadarView, needs: ['vocabulary', 'masterplan'], uses: ['actors', 'projects'] },
  { id: 'werft', component: WerftView, needs: ['vocabulary', 'masterplan'], uses: ['actors', 'projects'] },
  { id: 'map', component: MapView, needs: ['vocabulary', 'geo'], uses: ['actors', 'projects'] }
];
