// Human labels for filter values and items, in the UI language.
import type { Cluster } from '../state/cluster.ts';
import type { I18n } from '../i18n/i18n.ts';
import type { Text } from '../data/schema.ts';
import { regionBranches, type Dimension } from '../state/filters.ts';
import type { ClusterData, TermList } from '../data/model.ts';

export function termText(data: ClusterData, list: TermList, id: string): Text | undefined {
  return data.terms[list].get(id)?.label;
}

export function filterLabel(cluster: Cluster, dim: Dimension, id: string, ui: I18n): string {
  const d = cluster.data;
  switch (dim) {
    case 'region': {
      const b = regionBranches(id as never);
      return b === 'none' ? ui.t('core.region.none') : b.map((x) => ui.text(termText(d, 'branches', x))).join(' ∩ ');
    }
    case 'project':
      return cluster.project(id)?.short ?? id;
    case 'side':
      return ui.text(termText(d, 'sides', id));
    case 'field':
      return ui.text(termText(d, 'fields', id));
    case 'indication':
      return ui.text(termText(d, 'indications', id));
    case 'stage':
      return ui.text(termText(d, 'stages', id));
    case 'land':
      return ui.text(termText(d, 'laender', id));
    case 'kreis':
      return ui.text(termText(d, 'kreise', id));
    case 'type':
      return ui.text(termText(d, 'types', id));
  }
}
