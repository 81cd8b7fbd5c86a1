// What the shared details panel shows for a selected actor or project. Pure.
import type { Cluster } from '../state/cluster.ts';
import type { I18n } from '../i18n/i18n.ts';
import type { Source, Site } from '../data/schema.ts';
import type { Selection } from '../state/url.ts';
import type { TermList } from '../data/model.ts';
import { filterLabel } from './labels.ts';

export interface DetailRow {
  key: string;
  label: string;
  values: string[];
  lang?: string;
  src?: Source[];
}
export interface Details {
  kindLabel: string;
  title: string;
  titleLang?: string;
  subtitle?: string;
  subtitleLang?: string;
  description?: string;
  rows: DetailRow[];
}

type Valued = { value: string[] | 'unknown' | 'none'; src: Source[] };

function listRow(cluster: Cluster, ui: I18n, key: string, list: TermList, v: Valued): DetailRow {
  const values =
    v.value === 'unknown' ? [] : v.value === 'none' ? [ui.t('core.region.none')] : v.value.map((id) => ui.text(cluster.data.terms[list].get(id)?.label) || id);
  return { key, label: ui.t('details.' + key), values, src: v.src };
}

function siteText(cluster: Cluster, ui: I18n, s: Site): string {
  const kreis = ui.text(cluster.data.terms.kreise.get(s.kreis)?.label);
  const city = ui.text(s.city);
  return city === kreis ? city : `${city} (${kreis})`;
}

export function describeItem(cluster: Cluster, sel: Selection, ui: I18n): Details | null {
  if (sel.kind === 'actor') {
    const a = cluster.actor(sel.id);
    if (!a) return null;
    const projects = cluster.data.projectsOfActor.get(a.id) ?? [];
    const rows: DetailRow[] = [
      { key: 'type', label: ui.t('details.type'), values: [ui.text(cluster.data.terms.types.get(a.type)?.label)] },
      {
        key: 'sites',
        label: ui.t('details.sites'),
        values: a.region === 'extern' ? [ui.t('details.extern')] : a.sites.map((s) => siteText(cluster, ui, s)),
        lang: ui.lang === 'en' ? 'de' : undefined,
        src: a.sites.flatMap((s) => s.src)
      },
      listRow(cluster, ui, 'branches', 'branches', a.branches),
      listRow(cluster, ui, 'sides', 'sides', a.sides),
      listRow(cluster, ui, 'fields', 'fields', a.fields),
      listRow(cluster, ui, 'indications', 'indications', a.indications),
      listRow(cluster, ui, 'stages', 'stages', a.stages),
      { key: 'projects', label: ui.t('details.projects'), values: projects.map((id) => cluster.project(id)?.short ?? id) }
    ];
    if (a.count)
      rows.push({
        key: 'count',
        label: ui.t('details.count'),
        values: [ui.t('details.count.' + a.count.group)],
        src: [{ kind: 'unconfirmed', reason: a.count.reason }]
      });
    if (a.mentioned.length) rows.push({ key: 'mentioned', label: ui.t('details.mentioned'), values: [ui.t('details.mentioned.yes')], src: a.mentioned });
    return {
      kindLabel: ui.t('details.kind.actor'),
      title: ui.text(a.name),
      titleLang: ui.langOf(a.name),
      subtitle: a.short,
      description: a.description ? ui.text(a.description) : undefined,
      rows
    };
  }
  const p = cluster.project(sel.id);
  if (!p) return null;
  return {
    kindLabel: ui.t('details.kind.project'),
    title: p.short,
    subtitle: ui.text(p.name),
    subtitleLang: ui.langOf(p.name),
    description: ui.text(p.description),
    rows: [
      {
        key: 'placement',
        label: ui.t('details.placement'),
        values: [
          filterLabel(cluster, 'region', p.placement.region, ui) +
            ' · ' +
            (p.placement.side === 'both' ? ui.t('details.bothSides') : filterLabel(cluster, 'side', p.placement.side, ui))
        ],
        src: p.placement.src
      },
      listRow(cluster, ui, 'branches', 'branches', p.branches),
      listRow(cluster, ui, 'sides', 'sides', p.sides),
      listRow(cluster, ui, 'fields', 'fields', p.fields),
      listRow(cluster, ui, 'indications', 'indications', p.indications),
      listRow(cluster, ui, 'stages', 'stages', p.stages),
      {
        key: 'partners',
        label: ui.t('details.partners'),
        values:
          p.partners.value === 'unknown'
            ? [ui.t('core.unknown')]
            : p.partners.value.map((id) => {
                const a = cluster.actor(id);
                return a ? (a.short ?? ui.text(a.name)) : id;
              }),
        lang: ui.lang === 'en' ? 'de' : undefined,
        src: p.partners.src
      },
      {
        key: 'sites',
        label: ui.t('details.sites'),
        values: p.sites.map((s) => siteText(cluster, ui, s)),
        lang: ui.lang === 'en' ? 'de' : undefined,
        src: p.sites.flatMap((s) => s.src)
      }
    ]
  };
}
