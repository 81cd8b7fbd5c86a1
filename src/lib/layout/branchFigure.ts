// The branch figure's whole layout at one width: the model (circles, split, regions, texts), where the
// data counts stand and the round touch targets of the small regions. One function for the figure and
// for the view's turn, which computes it in three tasks ahead of drawing (every part is remembered by its
// arguments, so the draw then finds it done).
import { layoutBranchModel, type Scene } from './branchModel.ts';
import { countSpots, touchTargets, type CountSpot } from './branchLabels.ts';
import type { ModelRegion, Pt } from './branchGeometry.ts';
import type { FigureStyle } from './figureStyle.ts';
import type { ModelTexts } from '../derive/branchTexts.ts';

export interface BranchFigureIn {
  texts: ModelTexts;
  width: number;
  style: FigureStyle;
  /** a portrait kiosk screen's room for the full model */
  maxHeight?: number;
  /** the widest count the figure can show (all items), so a filter change never moves a count */
  widest: string;
}

export interface BranchFigureLayout {
  scene: Scene;
  countFs: number;
  spots: Partial<Record<ModelRegion, CountSpot>>;
  touch: Record<ModelRegion, Pt | null>;
}

/** The model alone (remembered): the first half of the figure's layout, which a view's turn computes a task earlier still. */
export function branchFigureScene({ texts, width, style, maxHeight }: Omit<BranchFigureIn, 'widest'>): Scene {
  return layoutBranchModel(texts.shares, texts.sidesPct.th, { ...texts.options, noneCountLine: true, style, maxHeight }, { width });
}

/** Where the counts stand (remembered), in the model: the second part, which a view's turn computes a task before the rest. */
export function branchFigureSpots(input: BranchFigureIn): Omit<BranchFigureLayout, 'touch'> {
  const { style, widest } = input;
  const scene = branchFigureScene(input);
  const countFs = scene.fs - 1;
  // A count too wide for its region stands outside the circles, joined to it by a leader.
  const outside = { bounds: { x: 0, y: 0, w: scene.width, h: scene.height }, avoid: [scene.none.rect], gap: style.calloutGap * countFs * 1.25 };
  return { scene, countFs, spots: countSpots(scene.circles, scene.split, scene.obstacles, countFs, widest, outside) };
}

export function layoutBranchFigure(input: BranchFigureIn): BranchFigureLayout {
  const { scene, countFs, spots } = branchFigureSpots(input);
  return { scene, countFs, spots, touch: touchTargets(scene.circles, input.style.hit / 2) };
}
