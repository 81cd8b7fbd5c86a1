// What the branch model and the lighthouse diagram count and mark under the filters. Pure.
import type { Item } from '../data/model.ts';
import { REGIONS, type Region } from '../data/files.ts';
import type { Project } from '../data/schema.ts';
import { regionBranches, regionOf, type Filters } from '../state/filters.ts';
import { matchItem, type MatchContext, type Verdict } from './match.ts';
import { verdictTable, type VerdictTable } from './verdicts.ts';

/** The exact region of an item: its whole branch set ('mt+bt' = Medizintechnik and Biotechnologie). */
export function exactRegion(item: Pick<Item, 'branches'>): Region | 'unknown' {
  const v = item.branches.value;
  if (v === 'unknown') return 'unknown';
  if (v === 'none') return 'none';
  return regionOf(v) ?? 'unknown';
}

export interface RegionCounts {
  /** items per exact region that match every filter except the region filter */
  byRegion: Record<Region, number>;
  /** all items considered */
  n: number;
  /** matching the other filters, but their branches are unknown */
  unknownBranches: number;
  /** not decidable because a value of another active filter is unknown */
  unknownOther: number;
}

const REGION_IGNORE = ['region'] as const;
const PROJECT_IGNORE = ['project'] as const;

/** Data layer of the branch model: per exact region, under all filters except the region filter itself. */
export function regionCounts(items: Item[], filters: Filters, ctx: MatchContext, verdicts: VerdictTable = verdictTable(items, filters, ctx)): RegionCounts {
  const byRegion = Object.fromEntries(REGIONS.map((r) => [r, 0])) as Record<Region, number>;
  const c: RegionCounts = { byRegion, n: items.length, unknownBranches: 0, unknownOther: 0 };
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    const v = verdicts.of(i, REGION_IGNORE);
    if (v === 'nomatch') continue;
    if (v === 'unknown') {
      c.unknownOther++;
      continue;
    }
    const r = exactRegion(item);
    if (r === 'unknown') c.unknownBranches++;
    else byRegion[r]++;
  }
  return c;
}

/** The exact regions a region filter covers: 'mt' covers every region that contains Medizintechnik. */
export function coveredRegions(filter: Region | null): Region[] {
  if (filter === null) return [];
  const want = regionBranches(filter);
  if (want === 'none') return ['none'];
  return REGIONS.filter((r) => {
    const have = regionBranches(r);
    return have !== 'none' && want.every((b) => have.includes(b));
  });
}

/** How a project's place in the model is sourced: stated in the masterplan text, or derived by us. */
export function placementKind(p: Pick<Project, 'placement'>): 'masterplan' | 'derived' {
  // The masterplan text (§3.3) places MOIN, EMB and NRoCK at the interface; Abb. 4 alone only names projects.
  const stated = p.placement.src.some((s) => s.kind === 'masterplan' && s.ref.includes('§'));
  return stated ? 'masterplan' : 'derived';
}

export interface ProjectMark {
  id: string;
  /** the filter verdict, ignoring the project filter itself */
  match: Verdict;
  /** does not match the filters of the other views (drawn dimmed, never removed) */
  dimmed: boolean;
  selected: boolean;
  kind: 'masterplan' | 'derived';
}

/** Every project, dimmed when it does not match the filters (the project filter itself is ignored). */
export function projectMarks(projects: Project[], filters: Filters, ctx: MatchContext, verdicts?: VerdictTable): ProjectMark[] {
  return projects.map((p) => {
    const i = verdicts ? verdicts.indexOf('project', p.id) : -1;
    const match = i >= 0 ? verdicts!.of(i, PROJECT_IGNORE) : matchItem({ kind: 'project', ...p }, filters, ctx, [...PROJECT_IGNORE]);
    return { id: p.id, match, dimmed: match !== 'match', selected: filters.project === p.id, kind: placementKind(p) };
  });
}

/** The exact regions the strategy's target area covers (Abb. 7): the interfaces between branches. */
export const TARGET_REGIONS: Region[] = ['mt+bt', 'mt+ph', 'bt+ph', 'mt+bt+ph'];
