import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { geoArea, geoBounds } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, FeatureCollection } from 'geojson';
import { simplifyTopology } from '../../scripts/simplify-geo.ts';

const source = JSON.parse(readFileSync('data/geo/hh-sh-context.topo.json', 'utf8')) as Topology;
const built = simplifyTopology(source);
const features = (t: Topology, key: string) => (feature(t, t.objects[key] as GeometryCollection) as FeatureCollection).features;
const points = (t: Topology) => t.arcs.reduce((n, a) => n + a.length, 0);
const KM2 = 6371 ** 2; // steradian → km² on a sphere of Earth's mean radius

describe('map geometry for the browser', () => {
  it('keeps every object, feature and property', () => {
    for (const key of ['laender', 'kreise', 'neighbours']) {
      const a = features(source, key), b = features(built, key);
      expect(b.map((f) => f.properties)).toEqual(a.map((f) => f.properties));
    }
  });
  it('is much smaller: fewer points, a smaller file', () => {
    expect(points(built)).toBeLessThan(points(source) * 0.75);
    expect(gzipSync(JSON.stringify(built)).length).toBeLessThan(gzipSync(JSON.stringify(source)).length * 0.45);
  });
  // the grey context is simplified harder, but every Land and neighbour keeps its shape and size
  const context = ['laender', 'neighbours'].flatMap((key) => features(source, key).map((f, i) => [key, String(f.properties!.name), f, features(built, key)[i]] as const));
  it.each(context)('%s %s keeps its area within 5 %%', (_, __, fa, fb) => {
    expect(Math.abs(geoArea(fb) / geoArea(fa) - 1)).toBeLessThan(0.05);
  });
  // table-driven: every Kreis of SH and Hamburg keeps its area within 0.5 % and its box within 500 m
  const byAgs = (fs: Feature[]) => new Map(fs.map((f) => [String(f.properties!.ags), f]));
  const a = byAgs(features(source, 'kreise')), b = byAgs(features(built, 'kreise'));
  it.each([...a.keys()])('Kreis %s keeps its area and extent', (ags) => {
    const fa = a.get(ags)!, fb = b.get(ags)!;
    const areaA = geoArea(fa) * KM2, areaB = geoArea(fb) * KM2;
    expect(Math.abs(areaB - areaA) / areaA).toBeLessThan(0.005);
    const [[w0, s0], [e0, n0]] = geoBounds(fa), [[w1, s1], [e1, n1]] = geoBounds(fb);
    for (const [x, y] of [[w0, w1], [e0, e1]]) expect(Math.abs(x - y) * 111 * Math.cos((54 * Math.PI) / 180)).toBeLessThan(0.5);
    for (const [x, y] of [[s0, s1], [n0, n1]]) expect(Math.abs(x - y) * 111).toBeLessThan(0.5);
  });
});
