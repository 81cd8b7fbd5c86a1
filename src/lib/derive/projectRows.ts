// One row per lighthouse project with everything the figure, the list and the table show.
import type { Cluster } from '../state/cluster.ts';
import type { I18n } from '../i18n/i18n.ts';
import type { ProjectMark } from './branches.ts';
import type { Verdict } from './match.ts';
import { termText } from './labels.ts';
import type { ModelRegion, Side } from '../layout/branchGeometry.ts';
import { regionName, type ModelTexts } from './branchTexts.ts';

export interface ProjectRow {
  id: string;
  num: number;
  short: string;
  name: string;
  nameLang: string | undefined;
  region: ModelRegion | 'none';
  side: Side;
  placement: string;
  kind: 'masterplan' | 'derived';
  /** the filter verdict of the derivation (project filter ignored) */
  match: Verdict;
  dimmed: boolean;
  selected: boolean;
  branches: string;
  sides: string;
  partners: number | string;
  aria: string;
}

/** `marks` are the projects' filter marks, in the order of the data (the model's projectMarks). */
export function projectRows(cluster: Cluster, texts: ModelTexts, ui: I18n, marks: ProjectMark[]): ProjectRow[] {
  const list = (l: 'branches' | 'sides', v: string[] | 'unknown' | 'none') =>
    v === 'unknown' ? ui.t('core.unknown') : v === 'none' ? ui.t('core.region.none') : v.map((id) => ui.text(termText(cluster.data, l, id))).join(', ');
  return cluster.data.projects.map((p, i) => {
    const m = marks[i];
    const side = p.placement.side;
    const placement = ui.t('projects.placement', {
      region: regionName(texts, p.placement.region, ui),
      side: side === 'both' ? ui.t('projects.side.both') : texts.sideName[side]
    });
    const kind = ui.t(`projects.kind.${m.kind}`);
    const name = ui.text(p.name);
    let aria = ui.t('projects.aria.project', { short: p.short, name, placement, kind });
    if (m.dimmed) aria += ` ${ui.t('projects.dimmed')}.`;
    return {
      id: p.id,
      num: i + 1,
      short: p.short,
      name,
      nameLang: ui.langOf(p.name),
      region: p.placement.region as ModelRegion | 'none',
      side,
      placement,
      kind: m.kind,
      match: m.match,
      dimmed: m.dimmed,
      selected: m.selected,
      branches: list('branches', p.branches.value),
      sides: list('sides', p.sides.value),
      partners: p.partners.value === 'unknown' ? ui.t('core.unknown') : p.partners.value.length,
      aria
    };
  });
}
