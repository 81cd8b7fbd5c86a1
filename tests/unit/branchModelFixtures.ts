// Shared inputs and independent measures for the branch model's layout tests.
import type { Circle } from '../../src/lib/layout/branchGeometry.ts';
import type { SceneOptions } from '../../src/lib/layout/branchModel.ts';

/** The published shares (Masterplan Abb. 2) and the Therapie share. */
export const SHARES = { mt: 46, bt: 39, ph: 15 };
export const THERAPY = 54;

export const OPT: SceneOptions = {
  branchLabels: { mt: ['Medizintechnik', '46 %'], bt: ['Biotechnologie', '39 %'], ph: ['Pharma', '15 %'] },
  sideLabels: { th: 'Therapie 54 %', dx: 'Diagnostik 46 %' },
  noneTitle: '45',
  noneLabel: 'nicht eindeutig einer Branche zuzuordnende Akteure'
};

/** The lighthouse projects as placed in data/projects.json: id, short name, region, side. */
export const PROJECTS = (
  [
    ['tandem', 'TANDEM', 'mt', 'both'], ['esp', 'ESP', 'bt+ph', 'th'], ['nordles', 'Nordles/LIDIA', 'none', 'both'],
    ['fusion', 'FUSION', 'mt', 'th'], ['inflammation', 'Inflammation at Interfaces', 'bt', 'both'], ['neu2', 'Neu2', 'bt+ph', 'th'],
    ['nrock', 'NRoCK', 'mt+ph', 'th'], ['moin', 'MOIN', 'mt+bt', 'dx'], ['emb', 'EMB/Keimzelle Cell3', 'mt+bt', 'th'],
    ['cicad', 'CICAD', 'mt', 'dx'], ['can', 'CAN', 'bt', 'both']
  ] as const
).map(([id, short, region, side]) => ({ id, short, region, side }));

export const inside = (c: Circle, x: number, y: number) => (x - c.cx) ** 2 + (y - c.cy) ** 2 < c.r * c.r;

/** Independent measure: counts grid cells (no use of the layout's own formulas). */
export function gridArea(circles: Circle[], test: (x: number, y: number) => boolean, n = 700) {
  const x0 = Math.min(...circles.map((c) => c.cx - c.r)), x1 = Math.max(...circles.map((c) => c.cx + c.r));
  const y0 = Math.min(...circles.map((c) => c.cy - c.r)), y1 = Math.max(...circles.map((c) => c.cy + c.r));
  const dx = (x1 - x0) / n, dy = (y1 - y0) / n;
  let a = 0;
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) if (test(x0 + (i + 0.5) * dx, y0 + (j + 0.5) * dy)) a++;
  return a * dx * dy;
}
