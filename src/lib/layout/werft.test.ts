import { describe, expect, it } from 'vitest';
import { layoutWerft, textBox, WIDE, type WerftLabel, type WerftLayoutIn } from './werft.ts';
import { overlaps } from './text.ts';
import type { WerftGraph } from '../derive/werft.ts';
import { KIOSK_STYLE } from './figureStyle.ts';

const COLS = ['supply', 'idea', 'research', 'dev', 'prod', 'market'];
const NAMES = {
  de: ['Zulieferung der Komponenten', 'Ideenschmiede', 'Forschung', 'Entwicklungswerkstatt', 'Produktionsdock', 'Auslieferung/Vermarktung'],
  en: ['Supply of components', 'Idea forge', 'Research', 'Development workshop', 'Production dock', 'Delivery/marketing']
};
const SUBS = {
  de: { supply: ['Technologien', 'Materialien', 'Services'], idea: ['Trendscouting', 'Business Development'], dev: ['Wirkstoffentwickler', 'Geräte-/Systementwickler'] },
  en: { supply: ['Technologies', 'Materials', 'Services'], idea: ['Trend scouting', 'Business development'], dev: ['Drug developers', 'Device/system developers'] }
};
const SUPPORT = {
  de: ['Projektmanagement', 'Finanzierung', 'Qualitätssicherung', 'Entwicklungs-/Planungsbüro', 'Koordination/Verknüpfung', 'Qualifizierung'],
  en: ['Project management', 'Financing', 'Quality assurance', 'Development/planning office', 'Coordination/linking', 'Qualification']
};
const graph = (values: number[], links: number[]): WerftGraph => ({
  nodes: COLS.map((id, i) => ({ id, value: values[i] })),
  links: COLS.slice(1).map((id, i) => ({ source: COLS[i], target: id, value: links[i] }))
});
const input = (lang: 'de' | 'en', g: WerftGraph): WerftLayoutIn => {
  const l = (id: string, label: string): WerftLabel => ({ id, label, detail: ['● 12'] });
  return {
    graph: g,
    columns: COLS.map((id, i) => l(id, NAMES[lang][i])),
    subs: Object.fromEntries(Object.entries(SUBS[lang]).map(([k, v]) => [k, v.map((s, i) => l(k + i, s))])),
    support: SUPPORT[lang].map((s, i) => ({ id: 's' + i, label: s, detail: i === 4 ? ['Norgenta u. a., Projekte', '● 3'] : ['● 3'] })),
    frameLabel: lang === 'de' ? 'Gesundheitswirtschaft – Auftraggeber und Abnehmer' : 'Health economy – commissions and buys',
    supportTitle: lang === 'de' ? 'Unterstützende Funktionen' : 'Supporting functions'
  };
};
const schema = graph([1, 1, 1, 1, 1, 1], [1, 1, 1, 1, 1]);
const data = graph([4, 0, 35, 12, 4, 3], [0, 0, 6, 2, 1]);

describe('layoutWerft', () => {
  it('kiosk style: every chip and stage at least 48 px high, larger text, no text overlaps', () => {
    for (const width of [1800, 1000, 600]) {
      const l = layoutWerft(input('de', data), { width }, KIOSK_STYLE);
      expect(l.fontSize).toBeGreaterThan(13);
      for (const c of [...l.chips, ...l.support]) expect(c.box.h, c.id).toBeGreaterThanOrEqual(48);
      for (const c of l.columns) expect(Math.min(c.hit.w, c.hit.h), c.id).toBeGreaterThanOrEqual(48);
      const boxes = [...l.columns, ...l.chips, ...l.support].map((c) => textBox(c.text, l.fontSize));
      for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i], boxes[j]), `${width}: ${i}/${j}`).toBe(false);
    }
  });
  it('schema: every stage equally thick, wide layouts flow left to right', () => {
    const l = layoutWerft(input('de', schema), { width: 1200 });
    expect(l.orientation).toBe('row');
    const h = l.columns.map((c) => c.node.h);
    for (const x of h) expect(x).toBeCloseTo(h[0]);
    for (let i = 1; i < l.columns.length; i++) expect(l.columns[i].node.x).toBeGreaterThan(l.columns[i - 1].node.x);
  });
  it('data: thickness proportional to the counts; an empty stage keeps its place with zero thickness', () => {
    const l = layoutWerft(input('de', data), { width: 1200 });
    const [s, idea, research, dev] = l.columns.map((c) => c.node.h);
    expect(dev / research).toBeCloseTo(12 / 35);
    expect(s / research).toBeCloseTo(4 / 35);
    expect(idea).toBe(0);
    expect(l.columns[1].empty).toBe(true);
    expect(l.links[0].empty).toBe(true);
    expect(l.links[2].empty).toBe(false);
  });
  it('nothing to count: all stages are gaps, no NaN', () => {
    const l = layoutWerft(input('en', graph([0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0])), { width: 900 });
    expect(l.columns.every((c) => c.empty && Number.isFinite(c.node.y))).toBe(true);
    expect(l.links.every((k) => !k.d.includes('NaN'))).toBe(true);
  });
  it(`narrow layouts (< ${WIDE}px) flow top to bottom`, () => {
    const l = layoutWerft(input('de', data), { width: 360 });
    expect(l.orientation).toBe('column');
    for (let i = 1; i < l.columns.length; i++) expect(l.columns[i].node.y).toBeGreaterThan(l.columns[i - 1].node.y);
    expect(l.columns[2].node.w / l.columns[3].node.w).toBeCloseTo(35 / 12);
  });
  for (const lang of ['de', 'en'] as const)
    for (const g of [schema, data])
      it.each([240, 300, 360, 600, 760, 900, 1300, 1800])(`${lang}: texts stay inside and apart at width %d`, (width) => {
        const l = layoutWerft(input(lang, g), { width });
        const boxes = [
          l.frame.text, l.supportTitle,
          ...l.columns.map((c) => c.text), ...l.chips.map((c) => c.text), ...l.support.map((c) => c.text)
        ].map((t) => textBox(t, l.fontSize));
        for (const b of boxes) {
          expect(b.x).toBeGreaterThanOrEqual(l.frame.x);
          expect(b.x + b.w).toBeLessThanOrEqual(l.frame.x + l.frame.w);
          expect(b.y + b.h).toBeLessThanOrEqual(l.height);
        }
        for (let i = 0; i < boxes.length; i++)
          for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i], boxes[j]), `${i}/${j}`).toBe(false);
        for (const c of [...l.chips, ...l.support]) {
          expect(c.box.h).toBeGreaterThanOrEqual(44);
          const t = textBox(c.text, l.fontSize);
          expect(t.x + t.w).toBeLessThanOrEqual(c.box.x + c.box.w);
        }
      });
});
