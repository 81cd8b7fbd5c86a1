// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { arc } from 'd3-shape';
import { ringPath } from './ringPath.ts';

const numbers = (d: string) => (d.match(/-?\d+(\.\d+)?(e-?\d+)?/g) ?? []).map(Number);
const commands = (d: string) => d.replace(/[^MALZ]/g, '');

describe('ring sector path', () => {
  const reference = arc<{ a0: number; a1: number; r0: number; r1: number }>()
    .innerRadius((d) => d.r0)
    .outerRadius((d) => d.r1)
    .startAngle((d) => d.a0)
    .endAngle((d) => d.a1);
  const third = (2 * Math.PI) / 3;
  it.each([
    ['a third of a ring with gaps', 7, 9, 0.12, third - 0.12],
    ['the second third', 8.4, 11.2, third + 0.12, 2 * third - 0.12],
    ['the last third', 7, 9, 2 * third + 0.12, 2 * Math.PI - 0.12],
    ['more than half', 5, 10, 0.3, 4.5],
    ['a full ring', 7, 9, 0, 2 * Math.PI],
    ['a full disc', 0, 9, 0, 2 * Math.PI],
    ['a pie slice', 0, 9, 0.5, 2]
  ])('%s (r %s–%s) is drawn as d3-shape draws it', (_, r0, r1, a0, a1) => {
    const ours = ringPath(r0, r1, a0, a1);
    const theirs = reference({ r0, r1, a0, a1 })!;
    expect(commands(ours)).toBe(commands(theirs));
    const [a, b] = [numbers(ours), numbers(theirs)];
    expect(a.length).toBe(b.length);
    a.forEach((n, i) => expect(n).toBeCloseTo(b[i], 3));
  });
});
