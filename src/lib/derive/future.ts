// Abb. 7 as the "today / strategic target" view reads it: which lighthouse projects lie at an interface
// of the branch model (interdisciplinary) and which in one branch, and the target areas (the interfaces).
// Abb. 7 is marked "Illustrativ": the counts describe the data's placements, not the figure. Pure.
import type { Region } from '../data/schema.ts';
import { TARGET_REGIONS } from './branches.ts';

export const isInterface = (region: string) => region.includes('+');

export interface FutureCounts { interdisciplinary: number; single: number; none: number }

export function futureCounts(rows: { region: string }[]): FutureCounts {
  const c = { interdisciplinary: 0, single: 0, none: 0 };
  for (const r of rows) {
    if (r.region === 'none') c.none++;
    else if (isInterface(r.region)) c.interdisciplinary++;
    else c.single++;
  }
  return c;
}

/** The target areas of the figure, each as the branch-region filter it sets. */
export const FUTURE_TARGETS: Region[] = TARGET_REGIONS;
