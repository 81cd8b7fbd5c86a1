import { describe, expect, it } from 'vitest';
import { loadClusterData } from '../../../tests/unit/fixtures.ts';
import { makeCluster } from '../state/cluster.ts';
import { ExplorerState } from '../state/explorer.svelte.ts';
import { ClusterModel } from '../state/model.svelte.ts';
import { i18n } from '../i18n/i18n.ts';
import { modelTexts, widestCount } from '../derive/branchTexts.ts';
import { projectRows } from '../derive/projectRows.ts';
import { layoutBranchFigure } from './branchFigure.ts';
import { layoutProjects } from './projects.ts';
import { BASE_STYLE } from './figureStyle.ts';
import { prepareBranches, prepareProjects } from './prepareViews.ts';
import { prepareMap } from './prepareBelow.ts';

const cluster = makeCluster(loadClusterData());

describe('a view’s head start', () => {
  it.each([
    ['de', 579],
    ['en', 390]
  ] as const)('(%s, %i px): the figure drawn after it gets the very layouts computed ahead', (lang, width) => {
    const explorer = new ExplorerState({ lang });
    const model = new ClusterModel(cluster, explorer);
    const view = { cluster, explorer, model, compact: true };
    // in steps, each given by the one before: the branch model in three, the projects in two
    const spotsStep = prepareBranches(view, width)!() as () => ReturnType<typeof layoutBranchFigure>;
    expect(spotsStep).toBeTypeOf('function');
    const aheadBranches = spotsStep();
    const aheadProjects = prepareProjects(view, width)!();
    const ui = i18n(lang);
    const texts = modelTexts(cluster, ui, true)!;
    // what the figures compute when drawn, with arguments of their own
    const branches = layoutBranchFigure({ texts: modelTexts(cluster, ui, true)!, width, style: BASE_STYLE, widest: widestCount(ui, model.regionCounts) });
    expect(branches.scene).toBe(aheadBranches.scene);
    expect(branches.spots).toBe(aheadBranches.spots);
    expect(branches.touch).toEqual(aheadBranches.touch);
    const projects = layoutProjects(texts, projectRows(cluster, texts, ui, model.projectMarks), width, BASE_STYLE);
    expect(projects).toBe(aheadProjects);
  });

  it('the map: the geometry in its plane first, then the marks the map draws', () => {
    const explorer = new ExplorerState({ lang: 'de' });
    const model = new ClusterModel(cluster, explorer);
    const marks = prepareMap({ cluster, explorer, model, compact: true })!;
    expect(marks).toBeTypeOf('function');
    expect(marks()).toBe(model.map);
    const noMap = makeCluster({ ...loadClusterData(), geo: null });
    expect(prepareMap({ cluster: noMap, explorer, model: new ClusterModel(noMap, explorer), compact: true })).toBeNull();
  });
});
