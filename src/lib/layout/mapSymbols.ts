// The mark symbols: the shape says the type of the actor (or "project"), a ring of three fixed
// sectors says the branches (Medizintechnik top right, Biotechnologie bottom, Pharma top left), so
// position repeats what the colour says. Pure path strings centred on 0,0.
import { ringPath } from './ringPath.ts';

export const MARK_TYPES = ['uni', 'clinic', 'institute', 'company', 'network', 'authority', 'project'] as const;
export type MarkType = (typeof MARK_TYPES)[number];
export const BRANCH_ORDER = ['mt', 'bt', 'ph'] as const;

const poly = (pts: [number, number][]) => 'M' + pts.map(([x, y]) => `${x.toFixed(2)},${y.toFixed(2)}`).join('L') + 'Z';
const regular = (n: number, r: number, rot = -Math.PI / 2) =>
  poly(Array.from({ length: n }, (_, i) => [Math.cos(rot + (2 * Math.PI * i) / n) * r, Math.sin(rot + (2 * Math.PI * i) / n) * r]));

/** Shapes of about equal visual weight for radius r. */
export function symbolPath(type: string, r: number): string {
  switch (type) {
    case 'uni': return poly([[-r * 0.85, -r * 0.85], [r * 0.85, -r * 0.85], [r * 0.85, r * 0.85], [-r * 0.85, r * 0.85]]);
    case 'clinic': {
      const a = r * 0.36, b = r;
      return poly([[-a, -b], [a, -b], [a, -a], [b, -a], [b, a], [a, a], [a, b], [-a, b], [-a, a], [-b, a], [-b, -a], [-a, -a]]);
    }
    case 'institute': return regular(3, r * 1.15, -Math.PI / 2);
    case 'network': return regular(4, r * 1.1, -Math.PI / 2);
    case 'authority': // a house: public building
      return poly([[-r * 0.85, r * 0.85], [-r * 0.85, -r * 0.15], [0, -r * 1.05], [r * 0.85, -r * 0.15], [r * 0.85, r * 0.85]]);
    case 'project': {
      const pts: [number, number][] = [];
      for (let i = 0; i < 10; i++) {
        const rr = i % 2 ? r * 0.5 : r * 1.25, a = -Math.PI / 2 + (Math.PI * i) / 5;
        pts.push([Math.cos(a) * rr, Math.sin(a) * rr]);
      }
      return poly(pts);
    }
    default: { // company (and anything unknown): circle
      const k = r * 0.9;
      return `M${-k},0A${k},${k} 0 1,0 ${k},0A${k},${k} 0 1,0 ${-k},0Z`;
    }
  }
}

export interface RingPart {
  id: string;
  d: string;
  /** 'on': the actor has this branch; 'off': empty sector; 'none' / 'unknown': full ring */
  state: 'on' | 'off' | 'none' | 'unknown';
}
/** Branch ring between radii r0 and r1. */
export function branchRing(branches: string[] | 'none' | 'unknown', r0: number, r1: number): RingPart[] {
  const gen = ({ a0, a1 }: { a0: number; a1: number }) => ringPath(r0, r1, a0, a1);
  if (branches === 'none' || branches === 'unknown')
    return [{ id: branches, d: gen({ a0: 0, a1: 2 * Math.PI }), state: branches }];
  const gap = 0.12;
  return BRANCH_ORDER.map((b, i) => ({
    id: b,
    d: gen({ a0: (i * 2 * Math.PI) / 3 + gap, a1: ((i + 1) * 2 * Math.PI) / 3 - gap }),
    state: branches.includes(b) ? 'on' : 'off'
  }));
}
