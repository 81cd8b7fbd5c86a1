// Filter vocabulary shared by the state, the URL and the derivations. Pure, no Svelte.
import type { Region } from '../data/schema.ts';

export const DIMENSIONS = ['region', 'side', 'field', 'indication', 'stage', 'land', 'kreis', 'project', 'type'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/** One value per dimension at a time; null = no filter. */
export type Filters = Record<Dimension, string | null> & { region: Region | null };

export const NO_FILTERS: Filters = Object.freeze({
  region: null,
  side: null,
  field: null,
  indication: null,
  stage: null,
  land: null,
  kreis: null,
  project: null,
  type: null
});

/** Which vocabulary list each dimension takes its ids from ('regions' and 'projects' are special). */
export const DIMENSION_LIST: Record<Dimension, string> = {
  region: 'regions',
  side: 'sides',
  field: 'fields',
  indication: 'indications',
  stage: 'stages',
  land: 'laender',
  kreis: 'kreise',
  project: 'projects',
  type: 'types'
};

export const activeDimensions = (f: Filters): Dimension[] => DIMENSIONS.filter((d) => f[d] !== null);

/** The branch region as its set of branches; 'none' = the actors that fit no single branch. */
export function regionBranches(region: Region): string[] | 'none' {
  return region === 'none' ? 'none' : region.split('+');
}
export function regionOf(branches: string[]): Region | null {
  const order = ['mt', 'bt', 'ph'];
  const ids = order.filter((b) => branches.includes(b));
  return ids.length ? (ids.join('+') as Region) : null;
}
