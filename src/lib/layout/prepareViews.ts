// The head start of a view's turn: its figure's layout computed at the waiting frame's width, in tasks
// before the figure is drawn (the model first, then what stands in it), with the very arguments the
// figure will use (the layouts remember them). Each returns its next step; the last returns the layout.
import type { Cluster } from '../state/cluster.ts';
import type { ExplorerState } from '../state/explorer.svelte.ts';
import type { ClusterModel } from '../state/model.svelte.ts';
import { i18n } from '../i18n/i18n.ts';
import { modelTexts, widestCount } from '../derive/branchTexts.ts';
import { projectRows } from '../derive/projectRows.ts';
import { branchFigureScene, branchFigureSpots, layoutBranchFigure } from './branchFigure.ts';
import { layoutProjects, projectsScene } from './projects.ts';
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
  if (!texts) return null;
  const style = figureStyle(explorer.mode);
  branchFigureScene({ texts, width, style });
  const figure = () => ({ texts, width, style, widest: widestCount(ui, model.regionCounts) });
  // the counts' places and the touch targets are each a search of the model: a task each
  return () => {
    branchFigureSpots(figure());
    return () => layoutBranchFigure(figure());
  };
}

export function prepareProjects({ cluster, explorer, model, compact }: ViewContext, width: number) {
  const ui = i18n(explorer.lang);
  const texts = modelTexts(cluster, ui, compact);
  if (!texts) return null;
  const style = figureStyle(explorer.mode);
  projectsScene(texts, width, style);
  return () => layoutProjects(texts, projectRows(cluster, texts, ui, model.projectMarks), width, style);
}
