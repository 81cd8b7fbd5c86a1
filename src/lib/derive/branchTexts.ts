// What both branch-model views read from the masterplan and the vocabulary, in the UI language.
import type { Cluster } from '../state/cluster.ts';
import type { I18n } from '../i18n/i18n.ts';
import { termText } from './labels.ts';
import type { BranchId } from '../layout/branchGeometry.ts';
import type { SceneOptions } from '../layout/branchModel.ts';
import type { Region } from '../data/schema.ts';
import { regionBranches } from '../state/filters.ts';

export interface ModelTexts {
  shares: Record<BranchId, number>;
  sidesPct: Record<'th' | 'dx', number>;
  branchName: Record<BranchId, string>;
  branchLines: Record<BranchId, [string, string]>;
  sideName: Record<'th' | 'dx', string>;
  sideLabels: Record<'th' | 'dx', string>;
  noneCount: number;
  noneLabel: string;
  options: SceneOptions;
}

export function modelTexts(cluster: Cluster, ui: I18n, compact: boolean): ModelTexts | null {
  const bm = cluster.data.masterplan?.branchModel;
  if (!bm) return null;
  const share = (b: string) => bm.shares.find((s) => s.branch === b)?.percent ?? 0;
  const side = (s: string) => bm.sides.find((x) => x.side === s)?.percent ?? 50;
  const ids: BranchId[] = ['mt', 'bt', 'ph'];
  const shares = Object.fromEntries(ids.map((b) => [b, share(b)])) as Record<BranchId, number>;
  const branchName = Object.fromEntries(ids.map((b) => [b, ui.text(termText(cluster.data, 'branches', b))])) as Record<BranchId, string>;
  const branchLines = Object.fromEntries(ids.map((b) => [b, [branchName[b], ui.percent(shares[b])]])) as Record<BranchId, [string, string]>;
  const sideName = { th: ui.text(termText(cluster.data, 'sides', 'th')), dx: ui.text(termText(cluster.data, 'sides', 'dx')) };
  const sidesPct = { th: side('th'), dx: side('dx') };
  const sideLabels = { th: `${sideName.th} ${ui.percent(sidesPct.th)}`, dx: `${sideName.dx} ${ui.percent(sidesPct.dx)}` };
  const noneLabel = compact ? ui.t('core.region.none') : ui.text(bm.unassigned.label);
  return {
    shares,
    sidesPct,
    branchName,
    branchLines,
    sideName,
    sideLabels,
    noneCount: bm.unassigned.count,
    noneLabel,
    options: { compact, branchLabels: branchLines, sideLabels, noneTitle: ui.number(bm.unassigned.count), noneLabel }
  };
}

/** The widest count the branch figure can show (all items): its spots are found for it. */
export const widestCount = (ui: I18n, counts: { n: number }): string => ui.t('branches.count', { n: counts.n });

/** "Medizintechnik" / "Schnittmenge Medizintechnik und Biotechnologie" / "keiner Branche …". */
export function regionName(t: ModelTexts, region: Region, ui: I18n): string {
  const b = regionBranches(region);
  if (b === 'none') return ui.t('core.region.none');
  const names = b.map((x) => t.branchName[x as BranchId]);
  return names.length === 1 ? names[0] : ui.t('branches.overlap', { names: joinNames(names, ui) });
}

export function joinNames(names: string[], ui: I18n): string {
  const and = ` ${ui.t('branches.and')} `;
  return names.length < 2 ? names.join('') : names.slice(0, -1).join(', ') + and + names[names.length - 1];
}

/** The figures of one area of the model (aria-label and tooltip carry the same). */
export function regionFacts(t: ModelTexts, region: Region, n: number, ui: I18n): { name: string; published: string; data: string; filter: string | null } {
  const name = regionName(t, region, ui);
  const data = ui.t('branches.tip.data', { n });
  if (region === 'none') return { name, published: ui.t('branches.tip.published', { value: ui.t('branches.table.noneValue', { n: t.noneCount }) }), data, filter: null };
  const b = regionBranches(region) as BranchId[];
  const filter = ui.t('branches.filterHas', { names: joinNames(b.map((x) => t.branchName[x]), ui) });
  const published = b.length === 1 ? ui.t('branches.tip.published', { value: ui.t('branches.shareOf', { pct: ui.percent(t.shares[b[0]]) }) }) : ui.t('branches.tip.noSize');
  return { name, published, data, filter };
}
