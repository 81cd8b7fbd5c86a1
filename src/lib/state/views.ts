// The one list of the app's pages. Their ids are the URL's `v` values (never rename one); the figure
// views are drawn in this order on the overview and have a component in src/views/registry.ts.
export const FIGURE_VIEWS = ['branches', 'projects', 'radar', 'werft', 'map'] as const;
export type FigureViewId = (typeof FIGURE_VIEWS)[number];

/** The masterplan's figures that tell its story (Abb. 1, 6, 7, 8): views of their own, not on the overview. */
export const MASTERPLAN_VIEWS = ['trends', 'strategy', 'future', 'transfer'] as const;
export type MasterplanViewId = (typeof MASTERPLAN_VIEWS)[number];
/** Every view drawn by a component of src/views/registry.ts. */
export type ChartViewId = FigureViewId | MasterplanViewId;

/** Pages without a figure of their own. */
export const TEXT_VIEWS = ['sources', 'a11y', 'handout'] as const;

export const VIEWS = ['overview', ...FIGURE_VIEWS, ...MASTERPLAN_VIEWS, ...TEXT_VIEWS] as const;
export type ViewId = (typeof VIEWS)[number];

/** The header's tabs: every page but the accessibility statement (the footer links it) and the handout (the export menu links it). */
export const NAV_VIEWS: readonly ViewId[] = VIEWS.filter((v) => v !== 'a11y' && v !== 'handout');

export const isFigureView = (v: ViewId): v is FigureViewId => (FIGURE_VIEWS as readonly string[]).includes(v);
export const isChartView = (v: ViewId): v is ChartViewId => isFigureView(v) || (MASTERPLAN_VIEWS as readonly string[]).includes(v);

/**
 * Whether the page needs the detail files (sources, descriptions, the masterplan's story parts) beyond
 * the cores of the first draw: a selection (details panel), the sources page, the handout, a masterplan
 * figure view, the presentation (its slides show them), or the kiosk: it runs for days and is tapped by the
 * minute, so it loads everything at once and its memory is settled from the first idle reset on.
 */
export function wantsDetail(view: ViewId, mode: string, selected: unknown): boolean {
  return !!selected || view === 'sources' || view === 'handout' || (MASTERPLAN_VIEWS as readonly string[]).includes(view) || mode === 'present' || mode === 'kiosk';
}
