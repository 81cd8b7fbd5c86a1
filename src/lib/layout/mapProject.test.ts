// The closed-form conic, projected once and scaled per size, equals d3-geo projecting each size directly
// (d3-geo is the reference here only; the app does not ship it); each size once.
import { describe, expect, it } from 'vitest';
import { geoConicConformal, geoPath, type GeoProjection } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection } from 'geojson';
import type { GeometryCollection } from 'topojson-specification';
import { CLIP, layoutMapGeometry, regionBox } from './map.ts';
import { testCluster } from '../../../tests/unit/fixtures.ts';

const topo = testCluster().data.geo!;
const laender = (feature(topo, topo.objects.laender as GeometryCollection<{ ags: string }>) as FeatureCollection).features;
const kreise = (feature(topo, topo.objects.kreise as GeometryCollection<{ ags: string }>) as FeatureCollection).features;
const subject: FeatureCollection = { type: 'FeatureCollection', features: laender.filter((f) => ['01', '02'].includes(f.properties!.ags)) };

// d3-geo's projection fitted as the map fits its frame (padding, then zoom until inside the clip box)
function mapProjection(subject: FeatureCollection, width: number, height: number): GeoProjection {
  const pad = Math.round(Math.min(width, height) * 0.04) + 4;
  const p = geoConicConformal().parallels([53.5, 55]).rotate([-10, 0]).fitExtent([[pad, pad], [width - pad, height - pad]], subject);
  const inside = () => [0, 1, 2, 3, 4, 5, 6, 7, 8].map((i) => i / 8).every((i) => [[width * i, 0], [width * i, height], [0, height * i], [width, height * i]].every(([x, y]) => {
    const [lon, lat] = p.invert!([x, y])!;
    return lon >= CLIP.west && lon <= CLIP.east && lat >= CLIP.south && lat <= CLIP.north;
  }));
  for (let i = 0; i < 40 && !inside(); i++) {
    const c = p.invert!([width / 2, height / 2])!;
    p.scale(p.scale() * 1.05);
    const [cx, cy] = p(c)!;
    const [tx, ty] = p.translate();
    p.translate([tx + width / 2 - cx, ty + height / 2 - cy]);
  }
  return p;
}

describe('map geometry projected once per topology', () => {
  it.each([[300, 260], [600, 552], [900, 620], [1400, 900], [700, 900]])('at %i×%i the Kreise match a direct projection', (width, height) => {
    const g = layoutMapGeometry(topo, { width, height });
    const direct = geoPath(mapProjection(subject, width, height));
    for (const k of g.kreise) {
      const f = kreise.find((x) => x.properties!.ags === k.id) as Feature;
      const [cx, cy] = direct.centroid(f);
      const [[x0, y0], [x1, y1]] = direct.bounds(f);
      // the box is the largest part's: inside the whole Kreis' box, and equal to it for a Kreis of one part
      expect(k.box[0][0]).toBeGreaterThan(x0 - 0.5);
      expect(k.box[1][1]).toBeLessThan(y1 + 0.5);
      if (f.geometry.type === 'Polygon') for (const [a, b] of [[k.box[0][0], x0], [k.box[0][1], y0], [k.box[1][0], x1], [k.box[1][1], y1]]) expect(a).toBeCloseTo(b, 0);
      expect(k.c[0]).toBeCloseTo(cx, 0);
      expect(k.c[1]).toBeCloseTo(cy, 0);
      // the path starts where the direct projection starts
      const start = /^M([-\d.]+),([-\d.]+)/.exec(k.d)!.slice(1).map(Number);
      const first = /^M([-\d.]+),([-\d.]+)/.exec(direct(f)!)!.slice(1).map(Number);
      expect(start[0]).toBeCloseTo(first[0], 0);
      expect(start[1]).toBeCloseTo(first[1], 0);
    }
  });

  it('project() and the drawn frame agree: a point projected lies where the Kreis box says', () => {
    const g = layoutMapGeometry(topo, { width: 600, height: 552 });
    const [x, y] = g.project(10.13, 54.32); // Kiel
    const kiel = g.kreise.find((k) => k.id === '01002')!;
    expect(x).toBeGreaterThan(kiel.box[0][0]);
    expect(x).toBeLessThan(kiel.box[1][0]);
    expect(y).toBeGreaterThan(kiel.box[0][1]);
    expect(y).toBeLessThan(kiel.box[1][1]);
  });

  it('the same size twice is computed once; another size is new', () => {
    const a = layoutMapGeometry(topo, { width: 640, height: 500 });
    expect(layoutMapGeometry(topo, { width: 640, height: 500 })).toBe(a);
    expect(layoutMapGeometry(topo, { width: 641, height: 500 })).not.toBe(a);
  });

  it('path coordinates carry one decimal at most', () => {
    const g = layoutMapGeometry(topo, { width: 900, height: 620 });
    expect(g.kreisMesh).not.toMatch(/\d\.\d\d/);
    for (const k of g.kreise) expect(k.d).not.toMatch(/\d\.\d\d/);
  });
});

describe('the box of a region filter', () => {
  const g = layoutMapGeometry(topo, { width: 600, height: 552 });
  it.each([
    [{ kreis: '01002', land: null }, ['01002']],
    [{ kreis: null, land: 'hh' }, ['02000']],
    [{ kreis: null, land: 'sh' }, g.kreise.filter((k) => k.land === 'sh').map((k) => k.id)]
  ] as [{ kreis: string | null; land: string | null }, string[]][])('%o spans the boxes of %o', (region, ids) => {
    const box = regionBox(g, region)!;
    const parts = g.kreise.filter((k) => ids.includes(k.id));
    expect(box[0][0]).toBeCloseTo(Math.min(...parts.map((k) => k.box[0][0])));
    expect(box[1][1]).toBeCloseTo(Math.max(...parts.map((k) => k.box[1][1])));
  });
  it.each([[{ kreis: null, land: null }], [{ kreis: '99999', land: null }]])('%o has no box', (region) => {
    expect(regionBox(g, region)).toBeNull();
  });
});

describe('the closed-form conic', () => {
  const d3 = geoConicConformal().parallels([53.5, 55]).rotate([-10, 0]).scale(1).translate([0, 0]);
  it.each([[10.13, 54.32], [9.99, 53.55], [8.43, 55.05], [6.5, 52.6], [13, 56], [11.24, 54.45]])('projects (%f, %f) as d3-geo does and back', (lon, lat) => {
    const g = layoutMapGeometry(topo, { width: 600, height: 552 });
    const p = g.project(lon, lat);
    const [ilon, ilat] = g.invert(p);
    expect(ilon).toBeCloseTo(lon, 9);
    expect(ilat).toBeCloseTo(lat, 9);
    const direct = mapProjection(subject, 600, 552)([lon, lat])!;
    expect(p[0]).toBeCloseTo(direct[0], 1);
    expect(p[1]).toBeCloseTo(direct[1], 1);
    expect(d3([lon, lat])).toBeTruthy();
  });
});
