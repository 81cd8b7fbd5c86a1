// Every value the app shows, with its source, for the sources page.
import type { Cluster } from '../state/cluster.ts';
import type { I18n } from '../i18n/i18n.ts';
import type { Source } from '../data/schema.ts';

export interface SourceRow {
  key: string;
  what: string;
  value: string;
  src: Source[];
}
export interface SourceGroup {
  id: string;
  title: string;
  rows: SourceRow[];
}

const list = (ui: I18n, cluster: Cluster, l: 'branches' | 'sides' | 'fields' | 'indications' | 'stages', v: string[] | 'unknown' | 'none') =>
  v === 'unknown' ? ui.t('core.unknown') : v === 'none' ? ui.t('core.region.none') : v.map((id) => ui.text(cluster.data.terms[l].get(id)?.label)).join(', ');

export function sourceRows(cluster: Cluster, ui: I18n): SourceGroup[] {
  const d = cluster.data;
  const groups: SourceGroup[] = [];
  const mp = d.masterplan;
  if (mp) {
    const b = mp.branchModel;
    groups.push({
      id: 'masterplan',
      title: ui.t('sources.masterplan'),
      rows: [
        ...mp.counts.map((c) => ({ key: 'count-' + c.id, what: ui.text(c.label), value: ui.number(c.value), src: c.src })),
        ...mp.market.map((m) => ({ key: 'market-' + m.id, what: ui.text(m.label), value: `${ui.number(m.value)} ${ui.text(m.unit)} (${m.year})`, src: m.src })),
        ...b.shares.map((s) => ({ key: 'share-' + s.branch, what: `${ui.text(d.terms.branches.get(s.branch)?.label)} – ${ui.text(b.sharesOf)}`, value: ui.percent(s.percent), src: s.src })),
        ...b.sides.map((s) => ({ key: 'side-' + s.side, what: ui.text(d.terms.sides.get(s.side)?.label), value: ui.percent(s.percent), src: s.src })),
        { key: 'unassigned', what: ui.text(b.unassigned.label), value: ui.number(b.unassigned.count), src: b.unassigned.src },
        ...b.overlapOrder.map((o, i) => ({ key: 'order-' + i, what: ui.t('sources.overlapOrder'), value: `${o.smaller} < ${o.larger}`, src: o.src })),
        ...mp.coverage.map((c) => ({ key: 'cov-' + c.field, what: `${ui.t('sources.coverage')}: ${ui.text(d.terms.fields.get(c.field)?.label)}`, value: ui.text(c.label), src: c.src })),
        ...mp.radars.flatMap((r) =>
          r.axes.map((a) => ({
            key: `radar-${r.field}-${a.indication}`,
            what: `${ui.text(d.terms.fields.get(r.field)?.label)}: ${ui.text(d.terms.indications.get(a.indication)?.label)}`,
            value: ui.t('sources.level.' + a.level),
            src: r.src
          }))
        ),
        // Abb. 8 is a story part: it is listed once masterplan.story.json has arrived.
        ...(mp.transferLevels
          ? [{ key: 'transfer', what: ui.t('sources.transfer'), value: mp.transferLevels.levels.map((l) => `${l.id} ${ui.text(l.label)}`).join('; '), src: mp.transferLevels.src }]
          : [])
      ]
    });
  }
  groups.push({
    id: 'projects',
    title: ui.t('sources.projects'),
    rows: d.projects.flatMap((p) => [
      { key: p.id + '-placement', what: `${p.short}: ${ui.t('details.placement')}`, value: `${p.placement.region} · ${p.placement.side}`, src: p.placement.src },
      { key: p.id + '-partners', what: `${p.short}: ${ui.t('details.partners')}`, value: p.partners.value === 'unknown' ? ui.t('core.unknown') : p.partners.value.join(', '), src: p.partners.src },
      { key: p.id + '-ind', what: `${p.short}: ${ui.t('details.indications')}`, value: list(ui, cluster, 'indications', p.indications.value), src: p.indications.src },
      ...p.sites.map((s, i) => ({ key: `${p.id}-site-${i}`, what: `${p.short}: ${ui.t('details.sites')}`, value: `${ui.text(s.city)} (${s.lat}, ${s.lon})`, src: s.src }))
    ])
  });
  groups.push({
    id: 'actors',
    title: ui.t('sources.actors'),
    rows: d.actors.flatMap((a) => {
      const name = a.short ?? ui.text(a.name);
      return [
        { key: a.id + '-branches', what: `${name}: ${ui.t('details.branches')}`, value: list(ui, cluster, 'branches', a.branches.value), src: a.branches.src },
        { key: a.id + '-fields', what: `${name}: ${ui.t('details.fields')}`, value: list(ui, cluster, 'fields', a.fields.value), src: a.fields.src },
        { key: a.id + '-ind', what: `${name}: ${ui.t('details.indications')}`, value: list(ui, cluster, 'indications', a.indications.value), src: a.indications.src },
        { key: a.id + '-stages', what: `${name}: ${ui.t('details.stages')}`, value: list(ui, cluster, 'stages', a.stages.value), src: a.stages.src },
        ...a.sites.map((s, i) => ({ key: `${a.id}-site-${i}`, what: `${name}: ${ui.t('details.sites')}`, value: `${ui.text(s.city)} (${s.lat}, ${s.lon})`, src: s.src }))
      ];
    })
  });
  return groups;
}
