// Generates a data package with N synthetic actors (for benchmarks and scale tests), written to a folder
// as a full copy of data/ whose actors.json is replaced. The output passes `npm run check:data <folder>`.
// Usage: tsx scripts/generate-actors.ts <count> <outDir>
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { feature } from 'topojson-client';
import { geoBounds, geoContains } from 'd3-geo';
import type { Topology, GeometryCollection } from 'topojson-specification';

type Props = { ags: string };

export function generateDataDir(count: number, outDir: string, seed = 1) {
  const dataDir = resolve('data');
  mkdirSync(outDir, { recursive: true });
  cpSync(dataDir, outDir, { recursive: true });
  const geo = JSON.parse(readFileSync(join(dataDir, 'geo/hh-sh-context.topo.json'), 'utf8')) as Topology;
  const vocab = JSON.parse(readFileSync(join(dataDir, 'vocabulary.json'), 'utf8'));
  const real = JSON.parse(readFileSync(join(dataDir, 'actors.json'), 'utf8'));
  const kreise = feature(geo, geo.objects.kreise as GeometryCollection<Props>).features;
  const laender = feature(geo, geo.objects.laender as GeometryCollection<Props>).features;
  const land = (ags: string) => laender.find((l) => l.properties.ags === ags.slice(0, 2))!;

  // Deterministic pseudo-random numbers (mulberry32), so every run measures the same data.
  let s = seed >>> 0;
  const rnd = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)];
  const some = (ids: string[], max: number) => [...new Set(Array.from({ length: 1 + Math.floor(rnd() * max) }, () => pick(ids)))];
  const ids = (list: string) => vocab[list].map((t: { id: string }) => t.id) as string[];
  const src = [{ kind: 'derived', reason: { de: 'Synthetische Testdaten für Leistungsmessungen.', en: 'Synthetic test data for benchmarks.' } }];
  const types = ['uni', 'clinic', 'institute', 'company', 'company', 'company', 'network'];

  const actors = [...real.actors];
  for (let i = 0; actors.length < count; i++) {
    const k = pick(kreise);
    const [[x0, y0], [x1, y1]] = geoBounds(k);
    let lon = 0, lat = 0;
    const ags = k.properties.ags;
    // Rounded as stored (4 decimals), then checked, so no point slips over a border.
    do {
      lon = +(x0 + rnd() * (x1 - x0)).toFixed(4);
      lat = +(y0 + rnd() * (y1 - y0)).toFixed(4);
    } while (!geoContains(k, [lon, lat]) || !geoContains(land(ags), [lon, lat]));
    const maybe = (v: unknown) => (rnd() < 0.15 ? 'unknown' : v);
    actors.push({
      id: `synthetic-${i}`,
      name: { name: `Beispielakteur ${i}` },
      type: pick(types),
      region: 'in',
      mentioned: [],
      count: null,
      sites: [{ city: { name: `Ort ${ags}` }, land: ags.startsWith('02') ? 'hh' : 'sh', kreis: ags, lon, lat, src }],
      branches: { value: rnd() < 0.1 ? 'none' : maybe(some(['mt', 'bt', 'ph'], 2)), src },
      sides: { value: maybe(some(['th', 'dx'], 2)), src },
      fields: { value: maybe(some(ids('fields'), 2)), src },
      indications: { value: maybe(some(ids('indications'), 3)), src },
      stages: { value: maybe(some(ids('stages'), 3)), src }
    });
  }
  writeFileSync(join(outDir, 'actors.json'), JSON.stringify({ stand: '2009', actors }));
  return outDir;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [count = '5000', out = '/tmp/lsn-data-5000'] = process.argv.slice(2);
  generateDataDir(Number(count), resolve(out));
  console.log(`wrote ${count} actors to ${out}`);
}
