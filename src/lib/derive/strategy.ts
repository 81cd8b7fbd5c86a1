// Abb. 6 as the strategy view draws it: the four strategy fields around "Life Science Nord verknüpft …",
// each with its goal sentence; below, the Handlungsempfehlungen of §4.1–4.4 with the four areas of §4.2,
// the three marketing strategies and the target regions of §4.4. The focus themes of field 1 set the field
// filter; while one is set, field 1 is the active field. Pure.
import type { Masterplan, Source, Translated } from '../data/schema.ts';
import type { Lang } from '../state/url.ts';
import type { AroundIn } from '../layout/around.ts';

export interface StrategyTheme { id: string; label: string; fields: string[]; active: boolean }
export interface StrategyGroup { id: string; title: string | null; items: string[] }
export interface StrategyCard {
  id: string;
  number: number;
  label: string;
  goal: string;
  active: boolean;
  themes: StrategyTheme[];
  groups: StrategyGroup[];
  src: Source[];
}

export function strategyCards(mp: Masterplan, lang: Lang, t: (key: string) => string, field: string | null): StrategyCard[] {
  const txt = (x: Translated) => x[lang];
  return mp.strategyFields.map((f) => {
    const d = (mp.strategyDetails ?? []).find((x) => x.field === f.id);
    const themes = (d?.themes ?? []).flatMap((id) => {
      const th = mp.focusThemes.find((x) => x.id === id);
      return th ? [{ id, label: txt(th.label), fields: th.fields, active: field !== null && th.fields.includes(field) }] : [];
    });
    const groups: StrategyGroup[] = [];
    if (d?.strategies.length) groups.push({ id: 'strategies', title: t('strategy.strategies'), items: d.strategies.map(txt) });
    if (d?.regions.length) groups.push({ id: 'regions', title: t('strategy.regions'), items: d.regions.map(txt) });
    for (const a of d?.areas ?? []) groups.push({ id: a.id, title: txt(a.label), items: a.recommendations.map(txt) });
    if (d?.recommendations.length) groups.push({ id: 'recommendations', title: t('strategy.recommendations'), items: d.recommendations.map(txt) });
    return {
      id: f.id,
      number: f.number,
      label: txt(f.label),
      goal: txt(f.goal),
      active: themes.some((x) => x.active),
      themes,
      groups,
      src: [...f.src, ...(d?.src ?? [])]
    };
  });
}

/** The figure's input: the linking idea in the centre, the four fields around it. */
export function strategyFigure(cards: StrategyCard[], center: string): AroundIn {
  return { center, boxes: cards.map((c) => ({ id: c.id, title: `${c.number}  ${c.label}`, text: c.goal, items: [] })) };
}

/** One table row per recommendation (or strategy, region), with its field and area. */
export function strategyRows(cards: StrategyCard[]) {
  return cards.flatMap((c) =>
    c.groups.flatMap((g) => g.items.map((item, i) => ({ key: `${c.id}.${g.id}.${i}`, field: `${c.number} ${c.label}`, group: g.title ?? '', item })))
  );
}
