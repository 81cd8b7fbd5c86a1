import { describe, expect, it } from 'vitest';
import { layoutAround, type AroundIn } from './around.ts';
import { overlaps } from './text.ts';

const input: AroundIn = {
  center: '„Wir verknüpfen innovative Technologien heute für die Medizin von morgen.“',
  boxes: ['Demographischer Wandel – „Silberne Revolution“', 'Gesundheitsmarkt', 'Hightech-Trends', 'Bildungstrends'].map((title, i) => ({
    id: 'b' + i,
    title,
    text: 'Der Anteil älterer Menschen steigt; Krebs, Stoffwechsel-, neurodegenerative Erkrankungen nehmen zu.',
    items: i === 0 ? [{ id: 'x', label: '• Krebs', link: true }, { id: 'y', label: '• Erkrankungen des Stütz- und Bewegungsapparates', link: false }] : []
  }))
};

describe('layoutAround', () => {
  it.each([[1600], [1000], [700], [390]])('at width %d keeps every box inside and apart', (width) => {
    const l = layoutAround(input, { width });
    expect(l.boxes).toHaveLength(4);
    for (const b of l.boxes) {
      expect(b.x).toBeGreaterThanOrEqual(0);
      expect(b.x + b.w).toBeLessThanOrEqual(width + 0.01);
      expect(b.y + b.h).toBeLessThanOrEqual(l.height + 0.01);
    }
    for (let i = 0; i < 4; i++) for (let j = i + 1; j < 4; j++) expect(overlaps(l.boxes[i], l.boxes[j])).toBe(false);
  });
  it('puts the centre between the columns when wide and on top when narrow', () => {
    const wide = layoutAround(input, { width: 1200 });
    expect(wide.narrow).toBe(false);
    expect(wide.center.cx).toBeCloseTo(600, 0);
    expect(wide.center.cx - wide.center.rx).toBeGreaterThan(wide.boxes[0].x + wide.boxes[0].w);
    const narrow = layoutAround(input, { width: 390 });
    expect(narrow.narrow).toBe(true);
    expect(narrow.boxes[0].y).toBeGreaterThan(narrow.center.cy + narrow.center.ry - 1);
  });
  it('joins each box to the rim of the centre', () => {
    const l = layoutAround(input, { width: 1200 });
    for (const k of l.links) {
      const dx = (k.x2 - l.center.cx) / l.center.rx, dy = (k.y2 - l.center.cy) / l.center.ry;
      expect(dx * dx + dy * dy).toBeCloseTo(1);
    }
  });
  it('shrinks the type to fit a given height, not below fsMin', () => {
    const free = layoutAround(input, { width: 900 });
    const fit = layoutAround(input, { width: 900, height: free.height * 0.8 });
    expect(fit.fs).toBeLessThan(free.fs);
    expect(layoutAround(input, { width: 900, height: 10 }, { fsMin: 14 }).fs).toBe(14);
  });
  it('gives each item its own lines below the text, wrapped within the box', () => {
    const l = layoutAround(input, { width: 700 });
    const b = l.boxes[0];
    expect(b.items[1].lines.length).toBeGreaterThan(1);
    expect(b.items[0].lines[0].y).toBeGreaterThan(b.text[b.text.length - 1].y);
    expect(b.items[1].hit.y).toBeGreaterThanOrEqual(b.items[0].hit.y + b.items[0].hit.h - 1);
  });
});
