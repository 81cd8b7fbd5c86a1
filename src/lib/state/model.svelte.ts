// The one derived model: from the data and the UI state to everything the views show. The filter rule
// runs once per item and active dimension per change (verdictTable); every count and mark below reads
// those verdicts. Views read these fields and render; nothing here touches the DOM.
import { createContext } from 'svelte';
import type { Cluster } from './cluster.ts';
import type { ExplorerState } from './explorer.svelte.ts';
import { verdictTable, type VerdictTable } from '../derive/verdicts.ts';
import { summarize, type Summary } from '../derive/summary.ts';
import { projectMarks, regionCounts, type ProjectMark, type RegionCounts } from '../derive/branches.ts';
import { radarCounts, radarMax, type RadarCounts } from '../derive/radar.ts';
import { werftCounts, werftGraph, type WerftCounts, type WerftGraph } from '../derive/werft.ts';
import { deriveMap, type MapModel } from '../derive/map.ts';

export class ClusterModel {
  declare readonly verdicts: VerdictTable;
  declare readonly summary: Summary;
  declare readonly regionCounts: RegionCounts;
  declare readonly projectMarks: ProjectMark[];
  declare readonly radarCounts: RadarCounts[];
  declare readonly radarMax: number;
  declare readonly werftCounts: WerftCounts | null;
  declare readonly werftGraph: WerftGraph | null;
  declare readonly map: MapModel;

  constructor(cluster: Cluster, explorer: ExplorerState) {
    const filtersOf = () => explorer.filters;
    this.verdicts = $derived(verdictTable(cluster.items, filtersOf(), cluster.ctx));
    this.summary = $derived(summarize(cluster.items, filtersOf(), cluster.ctx, this.verdicts));
    this.regionCounts = $derived(regionCounts(cluster.items, filtersOf(), cluster.ctx, this.verdicts));
    this.projectMarks = $derived(projectMarks(cluster.data.projects, filtersOf(), cluster.ctx, this.verdicts));
    this.radarCounts = $derived(
      (cluster.data.masterplan?.radars ?? []).map((r) => radarCounts(r, cluster.items, filtersOf(), cluster.ctx, this.verdicts))
    );
    this.radarMax = $derived(radarMax(this.radarCounts));
    this.werftCounts = $derived.by(() => {
      const mp = cluster.data.masterplan;
      return mp ? werftCounts(mp.medizinwerft, cluster.items, filtersOf(), cluster.ctx, this.verdicts) : null;
    });
    this.werftGraph = $derived.by(() => {
      const mp = cluster.data.masterplan;
      return mp && this.werftCounts ? werftGraph(mp.medizinwerft, explorer.werftReading, this.werftCounts) : null;
    });
    this.map = $derived(deriveMap(cluster, filtersOf(), this.verdicts));
  }
}

export const [getModel, setModel] = createContext<ClusterModel>();
