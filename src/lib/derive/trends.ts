// Abb. 1 as the trends view draws it: the four trends of §2 around the vision, each with its text and,
// where §2 names them, the diseases of ageing and the Hightech drivers. A disease linked (derived) to an
// indication axis of Abb. 3 sets the indication filter. Pure.
import type { Masterplan, Source } from '../data/schema.ts';
import type { Lang } from '../state/url.ts';
import type { AroundIn } from '../layout/around.ts';

export interface TrendRow {
  id: string;
  trend: string;
  text: string;
  items: string;
  src: Source[];
}

const tr = (t: { de: string; en: string }, lang: Lang) => t[lang];

export function trendItemsOf(mp: Masterplan, trend: string) {
  return (mp.trendItems ?? []).filter((g) => g.trend === trend);
}

/** The figure's input: the motto in the centre, the trends in the masterplan's order. */
export function trendsFigure(mp: Masterplan, lang: Lang, activeIndication: string | null): AroundIn & { active: Set<string> } {
  const active = new Set<string>();
  const boxes = mp.trends.map((t) => ({
    id: t.id,
    title: tr(t.label, lang),
    text: tr(t.text, lang),
    items: trendItemsOf(mp, t.id).flatMap((g) =>
      g.items.map((it) => {
        if (it.indication && it.indication === activeIndication) active.add(it.id);
        return { id: it.id, label: '• ' + tr(it.label, lang), link: it.indication !== null };
      })
    )
  }));
  return { center: tr(mp.document.motto, lang), boxes, active };
}

/** The indication a disease item links to, if any. */
export function indicationOf(mp: Masterplan, itemId: string): string | null {
  for (const g of mp.trendItems ?? []) for (const it of g.items) if (it.id === itemId) return it.indication;
  return null;
}

/** One table row per trend, with its diseases or drivers. */
export function trendRows(mp: Masterplan, lang: Lang): TrendRow[] {
  return mp.trends.map((t) => {
    const groups = trendItemsOf(mp, t.id);
    return {
      id: t.id,
      trend: tr(t.label, lang),
      text: tr(t.text, lang),
      items: groups.flatMap((g) => g.items.map((i) => tr(i.label, lang))).join('; '),
      src: [...t.src, ...groups.flatMap((g) => g.src)]
    };
  });
}

/** Sources listed once each, in their first order. */
export function uniqueSources(list: Source[]): Source[] {
  const seen = new Set<string>();
  return list.filter((s) => {
    const k = JSON.stringify(s);
    return seen.has(k) ? false : (seen.add(k), true);
  });
}
