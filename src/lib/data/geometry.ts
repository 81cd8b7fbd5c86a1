// Geometry checks of sites: the point lies inside its Land and inside its Kreis (point-in-polygon on the
// shipped TopoJSON). For check:data and the build only; the browser trusts the built package.
import { feature } from 'topojson-client';
import { geoContains } from 'd3-geo';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, Geometry } from 'geojson';
import type { FileKey, Report } from './files.ts';
import type { Site, Vocabulary } from './schema.ts';

export interface Shapes {
  land: Map<string, Feature<Geometry>>;
  kreis: Map<string, Feature<Geometry>>;
}

/** Land shapes by Land id (matched through the vocabulary's AGS), Kreis shapes by AGS. */
export function shapesOf(geo: Topology, voc: Vocabulary): Shapes {
  const ags = (f: Feature<Geometry>) => String((f.properties as { ags?: string } | null)?.ags);
  const laender = feature(geo, geo.objects.laender as GeometryCollection).features;
  const kreise = feature(geo, geo.objects.kreise as GeometryCollection).features;
  const land = new Map<string, Feature<Geometry>>();
  for (const l of voc.laender) {
    const f = laender.find((g) => ags(g) === l.ags);
    if (f) land.set(l.id, f);
  }
  return { land, kreis: new Map(kreise.map((k) => [ags(k), k])) };
}

/** Each site inside its Land, and then inside its Kreis. */
export function checkSiteGeometry(shapes: Shapes, key: FileKey, base: string, sites: Site[], err: Report) {
  sites.forEach((s, i) => {
    const land = shapes.land.get(s.land);
    if (land && !geoContains(land, [s.lon, s.lat]))
      return err(key, `${base}.sites[${i}]`, `coordinates inside Land "${s.land}"`, `lon ${s.lon}, lat ${s.lat}`);
    const kreis = shapes.kreis.get(s.kreis);
    if (kreis && !geoContains(kreis, [s.lon, s.lat]))
      err(key, `${base}.sites[${i}]`, `coordinates inside Kreis ${s.kreis}`, `lon ${s.lon}, lat ${s.lat}`);
  });
}
