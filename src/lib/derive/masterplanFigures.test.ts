// The four masterplan figures' derivations against the real data, with the cross-checks the data needs.
import { describe, expect, it } from 'vitest';
import { testCluster } from '../../../tests/unit/fixtures.ts';
import { indicationOf, trendRows, trendsFigure, uniqueSources } from './trends.ts';
import { strategyCards, strategyFigure, strategyRows } from './strategy.ts';
import { futureCounts, isInterface } from './future.ts';
import { transferIsReading, transferRows, transferSides } from './transfer.ts';

const c = testCluster();
const mp = c.data.masterplan!;
const t = (k: string) => k;

describe('masterplan figure data', () => {
  it('links trend items, strategy details and themes only to ids that exist', () => {
    for (const g of mp.trendItems ?? []) {
      expect(mp.trends.map((x) => x.id)).toContain(g.trend);
      for (const i of g.items) if (i.indication) expect(c.data.terms.indications.has(i.indication), i.id).toBe(true);
    }
    for (const d of mp.strategyDetails ?? []) {
      expect(mp.strategyFields.map((f) => f.id)).toContain(d.field);
      for (const th of d.themes) expect(mp.focusThemes.map((f) => f.id)).toContain(th);
    }
    // a link to an indication is the app's reading, so the group says so
    for (const g of mp.trendItems ?? []) if (g.items.some((i) => i.indication)) expect(g.src.some((s) => s.kind === 'derived')).toBe(true);
  });
});

describe('trends', () => {
  it('puts the motto in the centre and the four trends around it, diseases under demography', () => {
    const f = trendsFigure(mp, 'de', null);
    expect(f.center).toContain('Medizin von morgen');
    expect(f.boxes.map((b) => b.id)).toEqual(['demography', 'health', 'hightech', 'education']);
    expect(f.boxes[0].items.map((i) => i.id)).toEqual(['cancer', 'metabolic', 'neuro', 'cardio', 'musculo']);
    expect(f.boxes[0].items.find((i) => i.id === 'musculo')!.link).toBe(false);
    expect(f.boxes[2].items).toHaveLength(3);
  });
  it.each([['onko', ['cancer']], ['zns', ['neuro']], ['img', []]])('indication %s marks %j active', (ind, want) => {
    expect([...trendsFigure(mp, 'en', ind).active]).toEqual(want);
  });
  it('maps an item to its indication and lists the table rows', () => {
    expect(indicationOf(mp, 'cardio')).toBe('hk');
    expect(indicationOf(mp, 'molecular')).toBeNull();
    expect(trendRows(mp, 'de')[2].items).toBe('Molekularisierung; Miniaturisierung; Computerisierung');
  });
  it('lists each source once', () => {
    const s = { kind: 'masterplan' as const, ref: '§2' };
    expect(uniqueSources([s, { ...s }, { kind: 'masterplan', ref: '§1' }])).toHaveLength(2);
  });
});

describe('strategy', () => {
  const cards = strategyCards(mp, 'de', t, null);
  it('gives each of the four fields its goal and recommendations, §4.2 its four areas, §4.4 regions and strategies', () => {
    expect(cards.map((x) => x.number)).toEqual([1, 2, 3, 4]);
    expect(cards[1].groups.map((g) => g.id)).toEqual(['qualification', 'funding', 'transfer', 'settlement']);
    expect(cards[3].groups.find((g) => g.id === 'regions')!.items).toEqual(['USA', 'Skandinavien', 'Baltischer Raum', 'Naher und Mittlerer Osten']);
    expect(cards[3].groups.find((g) => g.id === 'strategies')!.items).toHaveLength(3);
    expect(cards[0].groups.find((g) => g.id === 'recommendations')!.items).toHaveLength(3);
  });
  it.each([['img', true], ['ther', true], [null, false]])('field filter %s makes field 1 active: %s', (field, on) => {
    const cs = strategyCards(mp, 'de', t, field);
    expect(cs[0].active).toBe(on);
    expect(cs.slice(1).some((x) => x.active)).toBe(false);
  });
  it('draws the four fields around the centre and one table row per item', () => {
    const f = strategyFigure(cards, 'LSN');
    expect(f.boxes[0].title).toBe('1  Inhaltliche Ausrichtung');
    const rows = strategyRows(cards);
    expect(rows.length).toBe(cards.reduce((n, x) => n + x.groups.reduce((m, g) => m + g.items.length, 0), 0));
    expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
  });
});

describe('today / target and transfer', () => {
  it.each([
    [[{ region: 'mt+bt' }, { region: 'mt' }, { region: 'none' }, { region: 'bt+ph' }], { interdisciplinary: 2, single: 1, none: 1 }],
    [[], { interdisciplinary: 0, single: 0, none: 0 }]
  ])('counts %j', (rows, want) => expect(futureCounts(rows)).toEqual(want));
  it('calls a region with two or more branches an interface', () => {
    expect(isInterface('mt+ph')).toBe(true);
    expect(isInterface('ph')).toBe(false);
  });
  it('reads the levels 1a, 1b, 2, 3 between the two sides, marked as a reading', () => {
    expect(transferRows(mp, 'de').map((r) => r.id)).toEqual(['1a', '1b', '2', '3']);
    expect(transferSides(mp, 'en')[1]).toMatch(/^Industry/);
    expect(transferIsReading(mp)).toBe(true);
  });
});
