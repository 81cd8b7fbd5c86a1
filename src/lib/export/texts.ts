// The words an export carries: title, the active filters, "Stand 2009", the source line, the file
// name. Generic over views: a view names its source in `export.source.<id>` or `<id>.source`, else
// the masterplan's general source line is used. Pure (the translator is passed in).
import type { ExportTexts } from './layout.ts';
import { exportFileName } from './filename.ts';
import { activeDimensions, type Filters } from '../state/filters.ts';
import { filterLabel } from '../derive/labels.ts';
import type { Cluster } from '../state/cluster.ts';
import type { I18n } from '../i18n/i18n.ts';

export type Translate = (key: string, params?: Record<string, string | number>) => string;
export interface FilterWord { dim: string; label: string }

/** The active filters with their values' names in the UI language. */
export const filterWords = (cluster: Cluster, filters: Filters, ui: I18n): FilterWord[] =>
  activeDimensions(filters).map((dim) => ({ dim, label: filterLabel(cluster, dim, filters[dim]!, ui) }));

/** The first of the keys that has a message (a missing key translates to itself). */
export const firstMessage = (t: Translate, keys: readonly string[]): string | undefined =>
  keys.map((k) => [k, t(k)]).find(([k, v]) => v !== k)?.[1];

export function filterSentence(t: Translate, filters: readonly FilterWord[]): string {
  if (!filters.length) return t('core.filters.none');
  return `${t('core.filters')}: ${filters.map((f) => `${t('core.dim.' + f.dim)}: ${f.label}`).join('; ')}`;
}

export const viewName = (t: Translate, view: string) => firstMessage(t, [`core.view.${view}`, `${view}.title`]) ?? view;

export function exportTexts(t: Translate, view: string, filters: readonly FilterWord[]): ExportTexts {
  return {
    title: `${t('core.title')} – ${firstMessage(t, [`${view}.title`, `core.view.${view}`]) ?? view}`,
    filters: filterSentence(t, filters),
    stand: t('core.stand'),
    source: firstMessage(t, [`export.source.${view}`, `${view}.source`]) ?? t('core.source.line')
  };
}

export type ExportKind = 'svg' | 'png2x' | 'png1080';
const SUFFIX: Record<ExportKind, string> = { svg: '', png2x: '2x', png1080: '1920x1080' };

export const exportName = (t: Translate, view: string, filters: readonly FilterWord[], kind: ExportKind) =>
  exportFileName(viewName(t, view), filters.map((f) => f.label), kind === 'svg' ? 'svg' : 'png', SUFFIX[kind]);
