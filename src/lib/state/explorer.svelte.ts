// The one state of the UI: filters, language, view, selection, toggles, mode and step.
// Fields are $state.raw and replaced whole; they change only through the methods below,
// and the whole state round-trips through the URL (url.ts).
import { createContext } from 'svelte';
import { NO_FILTERS, type Dimension, type Filters } from './filters.ts';
import { DEFAULT_STATE, parseSearch, toSearch, type Lang, type Mode, type Selection, type Theme, type UrlState, type ViewId } from './url.ts';
import { axisFilterSet } from '../derive/radar.ts';

export class ExplorerState {
  lang = $state.raw<Lang>(DEFAULT_STATE.lang);
  view = $state.raw<ViewId>(DEFAULT_STATE.view);
  filters = $state.raw<Filters>(NO_FILTERS);
  selected = $state.raw<Selection | null>(null);
  table = $state.raw(false);
  werftReading = $state.raw<'schema' | 'data'>('schema');
  projectsMode = $state.raw<'today' | 'future'>('today');
  mode = $state.raw<Mode>('default');
  step = $state.raw(0);
  idle = $state.raw<number | null>(null);
  theme = $state.raw<Theme>('default');
  presenter = $state.raw(false);
  /** Filters before the last change, for "undo" when a combination matches nothing. */
  previousFilters = $state.raw<Filters | null>(null);

  constructor(initial: Partial<UrlState> = {}) {
    this.apply({ ...DEFAULT_STATE, ...initial });
  }

  get snapshot(): UrlState {
    return {
      lang: this.lang,
      view: this.view,
      filters: this.filters,
      selected: this.selected,
      table: this.table,
      werftReading: this.werftReading,
      projectsMode: this.projectsMode,
      mode: this.mode,
      step: this.step,
      idle: this.idle,
      theme: this.theme,
      presenter: this.presenter
    };
  }
  get search(): string {
    return toSearch(this.snapshot);
  }
  get hasFilters(): boolean {
    return Object.values(this.filters).some((v) => v !== null);
  }

  apply(s: UrlState) {
    this.lang = s.lang;
    this.view = s.view;
    this.filters = s.filters;
    this.selected = s.selected;
    this.table = s.table;
    this.werftReading = s.werftReading;
    this.projectsMode = s.projectsMode;
    this.mode = s.mode;
    this.step = s.step;
    this.idle = s.idle;
    this.theme = s.theme;
    this.presenter = s.presenter;
  }
  applySearch(search: string) {
    this.apply(parseSearch(search));
  }

  private setFilters(next: Filters) {
    this.previousFilters = this.filters;
    this.filters = next;
  }
  /** One value per dimension: tapping the active value again clears it. */
  toggleFilter(dim: Dimension, id: string) {
    this.setFilters({ ...this.filters, [dim]: this.filters[dim] === id ? null : id });
  }
  setFilter(dim: Dimension, id: string | null) {
    this.setFilters({ ...this.filters, [dim]: id });
  }
  /** Several dimensions at once (a radar axis sets indication and field together). */
  setFilterSet(next: Partial<Filters>) {
    this.setFilters({ ...this.filters, ...next });
  }
  clearFilter(dim: Dimension) {
    this.setFilter(dim, null);
  }
  resetFilters() {
    this.setFilters(NO_FILTERS);
  }
  undoFilters() {
    if (this.previousFilters) {
      this.filters = this.previousFilters;
      this.previousFilters = null;
    }
  }
  /** Drops ids the data does not know (hostile or stale links), so nothing unknown reaches the DOM. */
  sanitize(isKnown: (dim: Dimension | 'actor' | 'project', id: string) => boolean) {
    const clean = { ...this.filters };
    let changed = false;
    for (const [dim, id] of Object.entries(this.filters) as [Dimension, string | null][])
      if (id !== null && !isKnown(dim, id)) {
        clean[dim] = null;
        changed = true;
      }
    if (changed) this.filters = clean;
    if (this.selected && !isKnown(this.selected.kind, this.selected.id)) this.selected = null;
  }

  setLang(lang: Lang) {
    this.lang = lang;
  }
  setView(view: ViewId) {
    this.view = view;
  }
  select(sel: Selection | null) {
    this.selected = sel;
  }
  /** Selecting a project opens its details and sets the project filter. */
  toggleProject(id: string) {
    const on = this.filters.project !== id;
    this.toggleFilter('project', id);
    this.selected = on ? { kind: 'project', id } : null;
  }
  // Intent verbs: what a tap means, shared by the UI, the kiosk's attract loop and the presentation.

  /** A radar axis sets indication and field together; the active pair again clears both. */
  pickAxis(field: string, indication: string) {
    this.setFilterSet(axisFilterSet(this.filters, field, indication));
  }
  isActorSelected(id: string): boolean {
    return this.selected?.kind === 'actor' && this.selected.id === id;
  }
  /** Selecting an actor opens its details without filtering; again closes them. */
  toggleActor(id: string) {
    this.selected = this.isActorSelected(id) ? null : { kind: 'actor', id };
  }
  /** A Kreis of the map: Hamburg is a Land and a Kreis at once, and filters as the Land. */
  toggleKreis(ags: string, land: string) {
    if (land === 'hh') this.toggleFilter('land', 'hh');
    else this.toggleFilter('kreis', ags);
  }
  isKreisOn(ags: string, land: string): boolean {
    return this.filters.kreis === ags || this.filters.land === land;
  }
  /** Back to the start: no filters, nothing selected, the default view and language; mode, idle time, theme and window stay. */
  resetToStart(start: Partial<UrlState> = {}) {
    this.apply({ ...DEFAULT_STATE, mode: this.mode, idle: this.idle, theme: this.theme, presenter: this.presenter, ...start });
    this.previousFilters = null;
  }
  /** Presentation steps 1…count; out-of-range steps stop at the ends. */
  goToStep(n: number, count: number) {
    this.step = Math.min(Math.max(1, Math.round(n)), Math.max(1, count));
  }
  nextStep(count: number) {
    this.goToStep(this.step + 1, count);
  }
  previousStep(count: number) {
    this.goToStep(this.step - 1, count);
  }

  setTable(on: boolean) {
    this.table = on;
  }
  setWerftReading(r: 'schema' | 'data') {
    this.werftReading = r;
  }
  setProjectsMode(m: 'today' | 'future') {
    this.projectsMode = m;
  }
  setMode(m: Mode) {
    this.mode = m;
  }
  setTheme(t: Theme) {
    this.theme = t;
  }
  setStep(n: number) {
    this.step = Math.max(0, Math.round(n));
  }
}

export const [getExplorer, setExplorer] = createContext<ExplorerState>();
