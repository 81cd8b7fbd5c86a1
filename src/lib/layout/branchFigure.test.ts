// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { layoutBranchFigure } from './branchFigure.ts';
import { MODEL_REGIONS } from './branchGeometry.ts';
import { BASE_STYLE, KIOSK_STYLE } from './figureStyle.ts';
import { OPT, SHARES } from '../../../tests/unit/branchModelFixtures.ts';
import type { ModelTexts } from '../derive/branchTexts.ts';

const texts = (compact: boolean): ModelTexts => ({
  shares: SHARES,
  sidesPct: { th: 54, dx: 46 },
  branchName: { mt: 'Medizintechnik', bt: 'Biotechnologie', ph: 'Pharma' },
  branchLines: OPT.branchLabels,
  sideName: { th: 'Therapie', dx: 'Diagnostik' },
  sideLabels: OPT.sideLabels,
  noneCount: 45,
  noneLabel: OPT.noneLabel,
  options: { ...OPT, compact }
});

describe('layoutBranchFigure', () => {
  it.each([
    [360, true, BASE_STYLE],
    [579, true, BASE_STYLE],
    [1280, false, BASE_STYLE],
    [1040, false, KIOSK_STYLE]
  ])('at %i px (compact %s): every region has a count; computed ahead, the drawing gets the very same layout', (width, compact, style) => {
    const input = { texts: texts(compact), width, style, widest: 'n = 62' };
    const ahead = layoutBranchFigure(input);
    expect(Object.keys(ahead.spots).sort()).toEqual([...MODEL_REGIONS].sort());
    expect(ahead.countFs).toBe(ahead.scene.fs - 1);
    expect(ahead.scene.width).toBeLessThanOrEqual(width);
    // the figure's own call, with equal (not identical) arguments, finds the remembered parts
    const drawn = layoutBranchFigure({ ...input, texts: texts(compact) });
    expect(drawn.scene).toBe(ahead.scene);
    expect(drawn.spots).toBe(ahead.spots);
  });

  it('a wider count or another width is laid out anew', () => {
    const a = layoutBranchFigure({ texts: texts(true), width: 579, style: BASE_STYLE, widest: 'n = 62' });
    expect(layoutBranchFigure({ texts: texts(true), width: 579, style: BASE_STYLE, widest: 'n = 1234567' }).spots).not.toBe(a.spots);
    expect(layoutBranchFigure({ texts: texts(true), width: 580, style: BASE_STYLE, widest: 'n = 62' }).scene).not.toBe(a.scene);
  });
});
