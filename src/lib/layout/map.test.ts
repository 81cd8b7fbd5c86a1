import { describe, expect, it } from 'vitest';
import { geoContains } from 'd3-geo';
import { feature } from 'topojson-client';
import type { FeatureCollection } from 'geojson';
import type { GeometryCollection } from 'topojson-specification';
import { CLIP, fitMapHeight, layoutMapGeometry, mapHeight } from './map.ts';
import { testCluster } from '../../../tests/unit/fixtures.ts';

const topo = testCluster().data.geo!;
const SIZES = [
  [300, 260], [360, 331], [390, 359], [768, 707], [900, 620], [1280, 900], [1400, 900], [700, 900]
] as const;

describe('map geometry (real TopoJSON)', () => {
  it('has SH and HH as subject, 16 Kreise, 3 neighbours, and inner Kreis borders', () => {
    const g = layoutMapGeometry(topo, { width: 600, height: 550 });
    expect(g.subject.map((s) => s.id).sort()).toEqual(['hh', 'sh']);
    expect(g.kreise).toHaveLength(16);
    expect(g.neighbours).toHaveLength(3);
    expect(g.others.length).toBe(5);
    expect(g.kreisMesh.length).toBeGreaterThan(1000);
    expect(g.kreise.find((k) => k.id === '02000')!.land).toBe('hh');
  });

  it.each(SIZES)('at %i×%i the whole of SH + HH is inside the frame', (width, height) => {
    const g = layoutMapGeometry(topo, { width, height });
    // extreme points of the region: List auf Sylt (N), Lauenburg/Elbe (S/E), Helgoland (W), Fehmarn (E)
    for (const [lon, lat] of [[8.43, 55.05], [10.57, 53.37], [7.89, 54.18], [11.24, 54.45], [9.73, 53.39]]) {
      const [x, y] = g.project(lon, lat);
      expect(x).toBeGreaterThan(0);
      expect(x).toBeLessThan(width);
      expect(y).toBeGreaterThan(0);
      expect(y).toBeLessThan(height);
    }
  });

  it.each(SIZES)('at %i×%i the clip edges of the geometry never show', (width, height) => {
    const g = layoutMapGeometry(topo, { width, height });
    for (let i = 0; i <= 10; i++)
      for (const p of [[(width * i) / 10, 0], [(width * i) / 10, height], [0, (height * i) / 10], [width, (height * i) / 10]] as [number, number][]) {
        const [lon, lat] = g.invert(p);
        expect(lon).toBeGreaterThan(CLIP.west);
        expect(lon).toBeLessThan(CLIP.east);
        expect(lat).toBeGreaterThan(CLIP.south);
        expect(lat).toBeLessThan(CLIP.north);
      }
  });

  it('fills the frame: SH + HH span most of the width or height', () => {
    const g = layoutMapGeometry(topo, { width: 600, height: 552 });
    const xs = g.kreise.flatMap((k) => [k.box[0][0], k.box[1][0]]);
    const ys = g.kreise.flatMap((k) => [k.box[0][1], k.box[1][1]]);
    const spanX = (Math.max(...xs) - Math.min(...xs)) / 600, spanY = (Math.max(...ys) - Math.min(...ys)) / 552;
    expect(Math.max(spanX, spanY)).toBeGreaterThan(0.8);
  });

  it('north is up and the projection is conformal: Kiel lies north of Hamburg, Lübeck east of Hamburg', () => {
    const g = layoutMapGeometry(topo, { width: 600, height: 552 });
    const hh = g.project(9.99, 53.55), kiel = g.project(10.13, 54.32), hl = g.project(10.69, 53.87);
    expect(kiel[1]).toBeLessThan(hh[1]);
    expect(hl[0]).toBeGreaterThan(hh[0]);
    // equal distances north and east (about 55.6 km) are drawn about equally long
    const north = g.project(10, 54.5), east = g.project(10 + 0.5 / Math.cos((54.25 * Math.PI) / 180), 54);
    const o = g.project(10, 54);
    const dn = Math.hypot(north[0] - o[0], north[1] - o[1]), de = Math.hypot(east[0] - o[0], east[1] - o[1]);
    expect(dn / de).toBeCloseTo(1, 1);
  });

  it('the Hamburg box is the city, not the island Neuwerk', () => {
    const g = layoutMapGeometry(topo, { width: 600, height: 552 });
    const hh = g.kreise.find((k) => k.id === '02000')!;
    const neuwerk = g.project(8.5, 53.92);
    expect(hh.box[0][0]).toBeGreaterThan(neuwerk[0] + 20);
    const centre = g.project(10.0, 53.55);
    expect(centre[0]).toBeGreaterThan(hh.box[0][0]);
    expect(centre[0]).toBeLessThan(hh.box[1][0]);
  });

  it('every site of the data lies in its Kreis polygon (the Kreis the marks filter by)', () => {
    const c = testCluster();
    const kreise = feature(topo, topo.objects.kreise as GeometryCollection<{ ags: string }>) as FeatureCollection;
    for (const item of c.items)
      for (const s of item.sites) {
        const k = kreise.features.find((f) => (f.properties as { ags: string }).ags === s.kreis)!;
        expect(geoContains(k, [s.lon, s.lat]), `${item.id} in ${s.kreis}`).toBe(true);
      }
  });

  it.each([
    [320, false, 294], [390, true, 335], [590, true, 507], [1000, false, 900], [800, true, 620], [100, false, 260]
  ])('frame height for width %i (compact %s) is %i', (w, compact, h) => {
    expect(mapHeight(w, compact)).toBe(h);
  });

  it.each([
    [900, true, null, 620],
    [900, true, { height: 1080, chrome: 290 }, 620],
    [900, true, { height: 900, chrome: 290 }, 594],
    [900, true, { height: 500, chrome: 290 }, 260],
    [600, false, { height: 0, chrome: 290 }, 552],
    [600, true, { height: 800, chrome: 0 }, 516],
    [590, true, { height: 800, chrome: 400 }, 507],
    [332, true, { height: 844, chrome: 560 }, 286]
  ] as const)('frame height for width %i (compact %s) in window %o is %i', (w, compact, win, h) => {
    expect(fitMapHeight(w, compact, win)).toBe(h);
  });
});
