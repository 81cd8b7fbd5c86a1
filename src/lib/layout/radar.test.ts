import { describe, expect, it } from 'vitest';
import { layoutRadar, MIN_NAMED_R, radarTicks, type RadarAxisIn } from './radar.ts';
import { overlaps, wrapLabel } from './text.ts';

const LABELS = {
  de: ['Onkologie', 'Entzündungen', 'Infektionskrankheiten', 'ZNS', 'Herz-Kreislauf', 'Immunologie', 'Stoffwechselkrankheiten'],
  en: ['Oncology', 'Inflammation', 'Infectious diseases', 'CNS', 'Cardiovascular', 'Immunology', 'Metabolic diseases']
};
const axes = (labels: string[]): RadarAxisIn[] =>
  labels.map((label, i) => ({ id: 'a' + i, label, bold: i === 0 || i === 2, extra: [...(i === 0 || i === 2 ? ['◆ dominant'] : []), '● 12'], value: i }));

describe('layoutRadar geometry', () => {
  const l = layoutRadar(axes(LABELS.de), { max: 6 }, { width: 600 });
  it('puts the first axis straight up and goes clockwise in equal steps', () => {
    expect(l.axes[0].x2).toBeCloseTo(l.cx);
    expect(l.axes[0].y2).toBeCloseTo(l.cy - l.r);
    expect(l.axes[1].angle).toBeCloseTo((2 * Math.PI) / 7);
    expect(l.axes[1].x2).toBeGreaterThan(l.cx);
  });
  it('places each count on its axis at value / scale maximum of the radius', () => {
    const a = l.axes[3];
    const d = Math.hypot(a.vx - l.cx, a.vy - l.cy);
    expect(d).toBeCloseTo((l.r * 3) / 6);
    expect(l.axes[0].vx).toBeCloseTo(l.cx);
    expect(l.axes[0].vy).toBeCloseTo(l.cy);
  });
  it('keeps the radius at or below maxR (the overview asks for a calmer chart), height following', () => {
    const small = layoutRadar(axes(LABELS.de), { max: 6, maxR: 110 }, { width: 600 });
    expect(small.r).toBeCloseTo(110);
    expect(l.r).toBeGreaterThan(110);
    expect(small.height).toBeLessThan(l.height - (l.r - 110));
  });
  it('draws the data scale as rings ending at the rim', () => {
    expect(l.rings.map((r) => r.value)).toEqual([2, 4, 6]);
    expect(l.rings[l.rings.length - 1].r).toBeCloseTo(l.r);
  });
  it('keeps every label where it stood when only the counts and the scale change (the frame is remembered)', () => {
    const other = layoutRadar(axes(LABELS.de).map((a) => ({ ...a, value: 6 - a.value })), { max: 12 }, { width: 600 });
    expect(other.axes.map((a) => a.box)).toEqual(l.axes.map((a) => a.box));
    expect(other.axes[0].box).toBe(l.axes[0].box);
    expect(Math.hypot(other.axes[0].vx - l.cx, other.axes[0].vy - l.cy)).toBeCloseTo((l.r * 6) / 12);
    expect(other.rings.map((r) => r.value)).toEqual(radarTicks(12));
  });
  it.each([
    [0, [1]], [1, [1]], [3, [1, 2, 3]], [7, [2, 4, 6, 8]], [23, [5, 10, 15, 20, 25]]
  ])('ticks for max %d are whole numbers %j', (max, want) => expect(radarTicks(max)).toEqual(want));
});

describe('labels fit and never collide', () => {
  for (const lang of ['de', 'en'] as const)
    for (const n of [6, 7])
      it.each([240, 300, 360, 600, 900])(`${lang}, ${n} axes, width %d`, (width) => {
        const l = layoutRadar(axes(LABELS[lang].slice(0, n)), { max: 12 }, { width });
        expect(l.r).toBeGreaterThan(20);
        for (const a of l.axes) {
          expect(a.box.x).toBeGreaterThanOrEqual(0);
          expect(a.box.x + a.box.w).toBeLessThanOrEqual(l.width);
          expect(a.box.y).toBeGreaterThanOrEqual(0);
          expect(a.box.y + a.box.h).toBeLessThanOrEqual(l.height);
        }
        for (let i = 0; i < l.axes.length; i++)
          for (let j = i + 1; j < l.axes.length; j++) expect(overlaps(l.axes[i].box, l.axes[j].box)).toBe(false);
      });
});

describe('numbered axes', () => {
  it('numbers the axes when names would leave too small a radius, and names them otherwise', () => {
    const narrow = layoutRadar(axes(LABELS.de), { max: 6 }, { width: 200 });
    expect(narrow.numbered).toBe(true);
    expect(narrow.axes.map((a) => a.lines)).toEqual(LABELS.de.map((_, i) => [String(i + 1)]));
    expect(narrow.r).toBeGreaterThanOrEqual(MIN_NAMED_R);
    const wide = layoutRadar(axes(LABELS.de), { max: 6 }, { width: 600 });
    expect(wide.numbered).toBe(false);
    expect(wide.r).toBeGreaterThanOrEqual(MIN_NAMED_R);
  });
});

describe('radius', () => {
  it.each(['de', 'en'] as const)('with named axes, never shrinks as the width grows (%s)', (lang) => {
    const rs = [240, 300, 360, 420, 500, 600, 800]
      .map((w) => layoutRadar(axes(LABELS[lang]), { max: 6 }, { width: w }))
      .filter((l) => !l.numbered)
      .map((l) => l.r);
    expect(rs.length).toBeGreaterThan(3);
    for (let i = 1; i < rs.length; i++) expect(rs[i]).toBeGreaterThanOrEqual(rs[i - 1] - 0.5);
  });
});

describe('wrapLabel', () => {
  it.each([
    ['Stoffwechselkrankheiten', 14, ['Stoffwechsel-', 'krankheiten']],
    ['Infektionskrankheiten', 14, ['Infektions-', 'krankheiten']],
    ['Geräte-/Systementwickler', 10, ['Geräte-/', 'System-', 'entwickler']],
    ['Business Development', 12, ['Business', 'Development']],
    ['Herz-Kreislauf', 20, ['Herz-Kreislauf']],
    ['Onkologie', 4, ['Onkologie']]
  ])('%s at %d chars', (text, max, want) => expect(wrapLabel(text, max)).toEqual(want));
});
