// URL ⇄ UI state. Short, language-neutral parameter names; embeds and shared links freeze them,
// so never rename one (README, "URL parameters"). Unknown or malformed parameters are dropped silently.
import { REGIONS, type Region } from '../data/files.ts';
import { DIMENSIONS, NO_FILTERS, type Dimension, type Filters } from './filters.ts';
import { parseIdle } from '../kiosk/idle.ts';

export const LANGS = ['de', 'en'] as const;
export type Lang = (typeof LANGS)[number];
import { VIEWS, type ViewId } from './views.ts';
export { VIEWS, type ViewId };
export const MODES = ['default', 'kiosk', 'embed', 'present'] as const;
export type Mode = (typeof MODES)[number];

export interface Selection {
  kind: 'actor' | 'project';
  id: string;
}

export interface UrlState {
  lang: Lang;
  view: ViewId;
  filters: Filters;
  selected: Selection | null;
  table: boolean;
  werftReading: 'schema' | 'data';
  projectsMode: 'today' | 'future';
  mode: Mode;
  step: number;
  /** kiosk: seconds without input before the reset (5…3600; null = the default) */
  idle: number | null;
  /** `theme=hc`: the high-contrast projector theme, in every mode */
  theme: Theme;
  /** `presenter=1`: the presentation's presenter window */
  presenter: boolean;
}
export const THEMES = ['default', 'hc'] as const;
export type Theme = (typeof THEMES)[number];

export const DEFAULT_STATE: UrlState = {
  lang: 'de',
  view: 'overview',
  filters: NO_FILTERS,
  selected: null,
  table: false,
  werftReading: 'schema',
  projectsMode: 'today',
  mode: 'default',
  step: 0,
  idle: null,
  theme: 'default',
  presenter: false
};

export const FILTER_PARAM: Record<Dimension, string> = {
  region: 'b',
  side: 's',
  field: 'f',
  indication: 'i',
  stage: 'w',
  land: 'l',
  kreis: 'k',
  project: 'p',
  type: 't'
};

const ID = /^[a-z0-9][a-z0-9-]{0,39}$/;
const pick = <T extends string>(list: readonly T[], value: string | null): T | undefined =>
  value !== null && (list as readonly string[]).includes(value) ? (value as T) : undefined;

/** Region ids contain '+', which a query string turns into a space; the URL uses '.' instead. */
const regionToParam = (r: Region) => r.replaceAll('+', '.');
const regionFromParam = (s: string | null): Region | undefined => pick(REGIONS, s?.replaceAll('.', '+') ?? null);

export function parseSearch(search: string): UrlState {
  let q: URLSearchParams;
  try {
    q = new URLSearchParams(search);
  } catch {
    return DEFAULT_STATE;
  }
  const filters: Filters = { ...NO_FILTERS };
  for (const dim of DIMENSIONS) {
    const raw = q.get(FILTER_PARAM[dim]);
    if (dim === 'region') filters.region = regionFromParam(raw) ?? null;
    else if (raw !== null && ID.test(raw)) filters[dim] = raw;
  }
  const sel = q.get('sel');
  const selMatch = sel ? /^([ap])\.([a-z0-9][a-z0-9-]{0,39})$/.exec(sel) : null;
  const step = Number(q.get('step'));
  return {
    lang: pick(LANGS, q.get('lang')) ?? DEFAULT_STATE.lang,
    view: pick(VIEWS, q.get('v')) ?? DEFAULT_STATE.view,
    filters,
    selected: selMatch ? { kind: selMatch[1] === 'a' ? 'actor' : 'project', id: selMatch[2] } : null,
    table: q.get('tab') === '1',
    werftReading: q.get('r') === 'd' ? 'data' : 'schema',
    projectsMode: q.get('tf') === 'f' ? 'future' : 'today',
    mode: pick(MODES, q.get('mode')) ?? DEFAULT_STATE.mode,
    step: Number.isInteger(step) && step > 0 && step < 100 ? step : 0,
    idle: parseIdle(q.get('idle')),
    theme: q.get('theme') === 'hc' ? 'hc' : 'default',
    presenter: q.get('presenter') === '1'
  };
}

/** Only what differs from the defaults, in a fixed order, so equal states give equal URLs. */
export function toSearch(s: UrlState): string {
  const q = new URLSearchParams();
  if (s.lang !== DEFAULT_STATE.lang) q.set('lang', s.lang);
  if (s.view !== DEFAULT_STATE.view) q.set('v', s.view);
  for (const dim of DIMENSIONS) {
    const value = s.filters[dim];
    if (value !== null) q.set(FILTER_PARAM[dim], dim === 'region' ? regionToParam(value as Region) : value);
  }
  if (s.selected) q.set('sel', `${s.selected.kind === 'actor' ? 'a' : 'p'}.${s.selected.id}`);
  if (s.table) q.set('tab', '1');
  if (s.werftReading === 'data') q.set('r', 'd');
  if (s.projectsMode === 'future') q.set('tf', 'f');
  if (s.mode !== 'default') q.set('mode', s.mode);
  if (s.step > 0) q.set('step', String(s.step));
  if (s.idle !== null) q.set('idle', String(s.idle));
  if (s.theme !== 'default') q.set('theme', s.theme);
  if (s.presenter) q.set('presenter', '1');
  const str = q.toString();
  return str ? '?' + str : '';
}
