// The head start of the map's turn on the overview (see prepareViews.ts): the geometry in the conic's
// plane (once per topology, whatever the frame's size), then the sites' marks, each a task of its own
// before the map's panel is drawn. In the chunk of the views below the first screen, with the map.
import type { ViewContext } from './prepareViews.ts';
import { planar } from './map.ts';

export function prepareMap({ cluster, model }: ViewContext) {
  const geo = cluster.data.geo;
  if (!geo) return null;
  planar(geo);
  return () => model.map;
}
