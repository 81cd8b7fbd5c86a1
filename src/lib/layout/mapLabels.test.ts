import { describe, expect, it } from 'vitest';
import { placeLabels, textWidth, type Box } from './mapLabels.ts';
import { layoutMapGeometry } from './map.ts';
import { layoutScene, sceneOptions } from './mapScene.ts';
import { IDENTITY, zoomToBox } from './mapTransform.ts';
import { deriveMap } from '../derive/map.ts';
import { NO_FILTERS } from '../state/filters.ts';
import { testCluster } from '../../../tests/unit/fixtures.ts';

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

describe('label placement', () => {
  it('puts a label right of its place when there is room', () => {
    const [l] = placeLabels([{ id: 'a', text: 'Kiel', x: 100, y: 100, r: 5 }], { width: 400, height: 300, fontSize: 14 });
    expect(l.anchor).toBe('start');
    expect(l.box.x0).toBeCloseTo(108);
    expect(l.box.x1 - l.box.x0).toBeCloseTo(textWidth('Kiel', 14));
  });

  it('moves to the left at the right edge, and drops a label that fits nowhere', () => {
    const [edge] = placeLabels([{ id: 'edge', text: 'Lübeck', x: 390, y: 100, r: 4 }], { width: 400, height: 300, fontSize: 14 });
    expect(edge.anchor).toBe('end');
    expect(placeLabels([{ id: 'tiny', text: 'Neumünster', x: 10, y: 10, r: 4 }], { width: 60, height: 20, fontSize: 14 })).toEqual([]);
  });

  it('never overlaps another label or a hard obstacle, and stays inside the frame', () => {
    const labels = Array.from({ length: 12 }, (_, i) => ({ id: `l${i}`, text: 'Flensburg', x: 100 + (i % 3) * 20, y: 80 + Math.floor(i / 3) * 12, r: 4 }));
    const hard = [{ x0: 90, y0: 60, x1: 130, y1: 75 }];
    const out = placeLabels(labels, { width: 400, height: 300, fontSize: 13, hard });
    for (let i = 0; i < out.length; i++) {
      expect(out[i].box.x0).toBeGreaterThanOrEqual(0);
      expect(out[i].box.x1).toBeLessThanOrEqual(400);
      for (const h of hard) expect(overlaps(out[i].box, h)).toBe(false);
      for (let j = i + 1; j < out.length; j++) expect(overlaps(out[i].box, out[j].box)).toBe(false);
    }
  });

  it('prefers a position that covers no mark', () => {
    const [l] = placeLabels([{ id: 'a', text: 'Kiel', x: 100, y: 100, r: 5 }], {
      width: 400, height: 300, fontSize: 14, soft: [{ x0: 105, y0: 80, x1: 160, y1: 120 }]
    });
    expect(l.anchor).toBe('end');
  });
});

describe('the map scene on the real data', () => {
  const c = testCluster();
  const model = deriveMap(c, NO_FILTERS);
  const input = model.marks.map((m) => ({ key: m.key, lon: m.site.lon, lat: m.site.lat, kreis: m.site.kreis, order: m.order, match: true }));
  const cities = (c.data.vocabulary?.kreise ?? []).filter((k) => k.kind === 'city').map((k) => ({ id: k.id, text: 'name' in k.label ? k.label.name : k.label.de }));

  it.each([328, 358, 736, 900, 1200, 1500])('at width %i: city labels are placed, never overlapping each other, groups or the frame', (width) => {
    const geo = layoutMapGeometry(c.data.geo!, { width, height: Math.round(width * 0.92) });
    for (const t of [IDENTITY, zoomToBox(geo.kreise.find((k) => k.id === '02000')!.box, geo, 16, 8)]) {
      const s = layoutScene(geo, input, cities, t, sceneOptions(width));
      if (t === IDENTITY) expect(s.labels.map((l) => l.id)).toEqual(expect.arrayContaining(['02000', '01002', '01003']));
      const groups = s.groups.map((g) => ({ x0: g.x - g.r, y0: g.y - g.r, x1: g.x + g.r, y1: g.y + g.r }));
      for (const [i, l] of s.labels.entries()) {
        expect(l.box.x0).toBeGreaterThanOrEqual(0);
        expect(l.box.x1).toBeLessThanOrEqual(width);
        for (const g of groups) expect(overlaps(l.box, g)).toBe(false);
        for (const m of s.labels.slice(i + 1)) expect(overlaps(l.box, m.box)).toBe(false);
      }
      // at the whole view every mark is drawn, either alone or inside a group (zoomed in, off-screen groups are left out)
      const drawn = s.marks.size + s.groups.reduce((n, g) => n + g.keys.length, 0);
      if (t === IDENTITY) expect(drawn).toBe(input.length);
      else expect(drawn).toBeLessThanOrEqual(input.length);
      for (const g of s.groups) {
        expect(g.x - g.r).toBeGreaterThanOrEqual(0);
        expect(g.x + g.r).toBeLessThanOrEqual(width);
      }
    }
  });

  it('aggregates per Kreis above the threshold', () => {
    const geo = layoutMapGeometry(c.data.geo!, { width: 600, height: 552 });
    const many = Array.from({ length: 20_000 }, (_, i) => ({ ...input[i % input.length], key: `x${i}` }));
    const t0 = performance.now();
    const s = layoutScene(geo, many, cities, IDENTITY, sceneOptions(600));
    expect(performance.now() - t0).toBeLessThan(200);
    expect(s.mode).toBe('aggregate');
    expect(s.marks.size).toBe(0);
    expect(s.aggregates.reduce((n, a) => n + a.n, 0)).toBe(20_000);
  });
});
