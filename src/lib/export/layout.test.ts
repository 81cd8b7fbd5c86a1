import { describe, expect, it } from 'vitest';
import { fitContain, frameSizes, layoutExport, layoutExportFrame, PAD, wrapWords } from './layout.ts';

const texts = {
  title: 'Branchenmodell',
  filters: 'Aktive Filter: Indikation: Onkologie',
  stand: 'Stand 2009',
  source: 'Quelle: Masterplan Life Science Nord (Norgenta, 2009), Abb. 2 und §3.3. Abbildungen nachgezeichnet; Abb. 2, 4, 6, 7 und 8 im Original © 2009 Capgemini.'
};

describe('wrapWords', () => {
  it('gives the text back when joined', () => {
    const lines = wrapWords(texts.source, 300, 12);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(texts.source);
  });
  it('keeps a short text on one line', () => expect(wrapWords('Stand 2009', 300, 12)).toEqual(['Stand 2009']));
});

describe('layoutExport', () => {
  it('frames one figure: texts above and below, figure centred', () => {
    const l = layoutExport([{ x: 100, y: 300, w: 800, h: 500 }], texts);
    expect(l.width).toBe(800 + 2 * PAD);
    expect(l.figures[0].x).toBeCloseTo(PAD);
    const title = l.lines.find((t) => t.part === 'title')!;
    const source = l.lines.filter((t) => t.part === 'source');
    expect(title.y).toBeLessThan(l.figures[0].y);
    expect(source[0].y).toBeGreaterThan(l.figures[0].y + 500);
    expect(source.at(-1)!.y).toBeLessThan(l.height);
  });
  it('keeps two figures side by side as on screen', () => {
    const l = layoutExport([{ x: 10, y: 200, w: 400, h: 400 }, { x: 430, y: 200, w: 400, h: 400 }], texts);
    expect(l.width).toBe(820 + 2 * PAD);
    expect(l.figures[1].x - l.figures[0].x).toBeCloseTo(420);
    expect(l.figures[1].y).toBeCloseTo(l.figures[0].y);
  });
  it('widens a small figure to fit the texts, and centres it', () => {
    const l = layoutExport([{ x: 0, y: 0, w: 200, h: 100 }], texts);
    expect(l.width).toBe(520);
    expect(l.figures[0].x).toBeCloseTo(160);
  });
});

describe('layoutExportFrame (1920×1080)', () => {
  const HD = { width: 1920, height: 1080 };
  const bottomOf = (l: ReturnType<typeof layoutExportFrame>, part: string) => Math.max(...l.lines.filter((t) => t.part === part).map((t) => t.y));
  const topOf = (l: ReturnType<typeof layoutExportFrame>, part: string) => Math.min(...l.lines.filter((t) => t.part === part).map((t) => t.y - t.size));
  it('sets the texts at a slide\'s sizes', () => {
    const s = frameSizes(1920);
    expect(s.title.size).toBeGreaterThanOrEqual(36);
    expect(s.source.size).toBeGreaterThanOrEqual(18);
  });
  it('scales a wide figure to fill the width between the texts', () => {
    const l = layoutExportFrame([{ x: 100, y: 300, w: 1000, h: 400 }], texts, HD);
    expect([l.width, l.height]).toEqual([1920, 1080]);
    const fw = 1000 * l.scale, fh = 400 * l.scale;
    expect(fw).toBeGreaterThan(1920 * 0.9);
    expect(l.figures[0].y).toBeGreaterThan(bottomOf(l, 'filters'));
    expect(l.figures[0].y + fh).toBeLessThan(topOf(l, 'stand'));
    expect(bottomOf(l, 'source')).toBeLessThanOrEqual(1080);
  });
  it('scales a tall figure to fill the height, centred', () => {
    const l = layoutExportFrame([{ x: 0, y: 0, w: 600, h: 900 }], texts, HD);
    const fw = 600 * l.scale, fh = 900 * l.scale;
    expect(topOf(l, 'stand') - (bottomOf(l, 'filters'))).toBeLessThan(fh + 120);
    expect(l.figures[0].x + fw / 2).toBeCloseTo(960, 0);
  });
  it('keeps two figures side by side, scaled together', () => {
    const l = layoutExportFrame([{ x: 10, y: 200, w: 400, h: 400 }, { x: 430, y: 200, w: 400, h: 400 }], texts, HD);
    expect(l.figures[1].x - l.figures[0].x).toBeCloseTo(420 * l.scale);
    expect(l.figures[1].y).toBeCloseTo(l.figures[0].y);
  });
});

describe('fitContain', () => {
  it.each([
    [1000, 500, 1920, 1080, 1.92, 0, 60],
    [500, 1000, 1920, 1080, 1.08, 690, 0],
    [1920, 1080, 1920, 1080, 1, 0, 0]
  ])('%d×%d in %d×%d', (w, h, W, H, scale, x, y) => {
    const f = fitContain(w, h, W, H);
    expect(f.scale).toBeCloseTo(scale);
    expect(f.x).toBeCloseTo(x);
    expect(f.y).toBeCloseTo(y);
  });
});
