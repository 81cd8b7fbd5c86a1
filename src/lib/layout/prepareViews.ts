// The head start of a view's turn: its figure's layout computed at the waiting frame's width, a task
// before the figure is drawn, with the very arguments the figure will use (the layouts remember them).
import type { Cluster } from '../state/cluster.ts';
import type { ExplorerState } from '../state/explorer.svelte.ts';
import type { ClusterModel } from '../state/model.svelte.ts';
import { i18n } from '../i18n/i18n.ts';
import { modelTexts, widestCount } from '../derive/branchTexts.ts';
import { projectRows } from '../derive/projectRows.ts';
import { layoutBranchFigure } from './branchFigure.ts';
import { layoutProjects } from './projects.ts';
import { figureStyle } from './figureStyle.ts';

export interface ViewContext {
  cluster: Cluster;
  explorer: ExplorerState;
  model: ClusterModel;
  compact: boolean;
}

export function prepareBranches({ cluster, explorer, model, compact }: ViewContext, width: number) {
  const ui = i18n(explorer.lang);
  const texts = modelTexts(cluster, ui, compact);
  return texts ? layoutBranchFigure({ texts, width, style: figureStyle(explorer.mode), widest: widestCount(ui, model.regionCounts) }) : null;
}

export function prepareProjects({ cluster, explorer, model, compact }: ViewContext, width: number) {
  const ui = i18n(explorer.lang);
  const texts = modelTexts(cluster, ui, compact);
  return texts ? layoutProjects(texts, projectRows(cluster, texts, ui, model.projectMarks), width, figureStyle(explorer.mode)) : null;
}
