// The views of the app: id (also the URL value), their component, and the data files they need.
// A view whose files are broken shows the problems instead; the others still render.
import type { Component } from 'svelte';
import type { FileKey } from '../lib/data/validate.ts';
import { FIGURE_VIEWS, MASTERPLAN_VIEWS, type ChartViewId } from '../lib/state/views.ts';
import { withMessages } from '../lib/i18n/i18n.ts';
import BranchesView from './branches/BranchesView.svelte';
import ProjectsView from './projects/ProjectsView.svelte';
import { lazy } from '../lib/utils/lazy.ts';
import { prepareBranches, prepareProjects, type ViewContext } from '../lib/layout/prepareViews.ts';
import type { PrepareStep } from '../lib/attach/whenNear.ts';

export type ViewComponent = Component<{ compact?: boolean }>;

export interface ViewEntry {
  id: ChartViewId;
  /** message keys: `<id>.title`, `<id>.howto` in src/messages/<lang>/<id>.json */
  /** in the start's script (the views a phone's first screen shows) … */
  component?: ViewComponent;
  /** … or a chunk of its own, fetched when the view first comes near (or the page is idle) */
  load?: () => Promise<{ default: ViewComponent }>;
  /** drawn once the masterplan's story parts have arrived too (its figures off the overview) */
  story?: boolean;
  /**
   * Computes the figure's layout at `width` ahead of drawing it, exactly as the figure will (the
   * layouts remember their results): the view's drawing is then a shorter task. What it returns is a
   * further step, run in a task of its own.
   */
  prepare?: (view: ViewContext, width: number) => PrepareStep;
  needs: FileKey[];
  /** Files of the data layer: when broken, the view says so and still draws the masterplan layer. */
  uses: FileKey[];
}

type Below = typeof import('../chunks/below.ts');
// A view takes its turn once its chunk is here (whenNear.ts): its head start can then use it at once.
let belowHere: Below | null = null;
const below = lazy(() => import('../chunks/below.ts').then((m) => (belowHere = m)));

const ENTRIES: Record<ChartViewId, Omit<ViewEntry, 'id'>> = {
  branches: { component: BranchesView, prepare: prepareBranches, needs: ['vocabulary', 'masterplan'], uses: ['actors', 'projects'] },
  projects: { component: ProjectsView, prepare: prepareProjects, needs: ['vocabulary', 'masterplan', 'projects'], uses: ['actors'] },
  radar: { load: () => below().then((m) => ({ default: m.RadarView })), needs: ['vocabulary', 'masterplan'], uses: ['actors', 'projects'] },
  werft: { load: () => below().then((m) => ({ default: m.WerftView })), needs: ['vocabulary', 'masterplan'], uses: ['actors', 'projects'] },
  map: { load: () => below().then((m) => ({ default: m.MapView })), prepare: (view) => belowHere?.prepareMap(view), needs: ['vocabulary', 'geo'], uses: ['actors', 'projects'] },
  trends: { load: withMessages(() => import('./trends/TrendsView.svelte')), story: true, needs: ['vocabulary', 'masterplan'], uses: [] },
  strategy: { load: withMessages(() => import('./strategy/StrategyView.svelte')), story: true, needs: ['vocabulary', 'masterplan'], uses: [] },
  future: { load: withMessages(() => import('./future/FutureView.svelte')), story: true, needs: ['vocabulary', 'masterplan', 'projects'], uses: [] },
  transfer: { load: withMessages(() => import('./transfer/TransferView.svelte')), story: true, needs: ['vocabulary', 'masterplan'], uses: [] }
};

/** In the order of the one list of views (the overview's order). */
export const VIEW_ENTRIES: ViewEntry[] = FIGURE_VIEWS.map((id) => ({ id, ...ENTRIES[id] }));
/** The masterplan's story figures: views of their own, not on the overview. */
export const MASTERPLAN_ENTRIES: ViewEntry[] = MASTERPLAN_VIEWS.map((id) => ({ id, ...ENTRIES[id] }));
export const viewEntry = (id: ChartViewId): ViewEntry => ({ id, ...ENTRIES[id] });
/** Every view with a figure: the five, then the masterplan's (the handout's order). */
export const CHART_ENTRIES: ViewEntry[] = [...VIEW_ENTRIES, ...MASTERPLAN_ENTRIES];
