// The lighthouse diagram's layout: the shared branch model scene, the project marks and their labels.
// Below 600 px, or when a label finds no free spot, the marks carry numbers and a list explains them.
import { memoize } from '../utils/memo.ts';
import { layoutBranchModel, type Scene, type SceneOptions } from './branchModel.ts';
import { placeMarks, type MarkIn, type MarkOut } from './branchMarks.ts';
import type { BranchId } from './branchGeometry.ts';
import { BASE_STYLE, type FigureStyle } from './figureStyle.ts';
import { placeLabels, textWidth, type LabelOut } from './text.ts';

/** Below this width the marks carry numbers instead of names (too little room for names). */
export const NUMBERS_BELOW = 600;

/** What the layout reads of the model's texts and of each project. */
export interface ProjectsModel { shares: Record<BranchId, number>; sidesPct: Record<'th' | 'dx', number>; options: SceneOptions }
export type ProjectMarkIn = MarkIn & { short: string };

export interface ProjectsScene {
  scene: Scene;
  r: number;
  labelFs: number;
  marks: Map<string, MarkOut>;
  labels: Map<string, LabelOut>;
  numbered: boolean;
  /** radius of a mark's touch target */
  hitR: number;
}

const markRadius = (width: number, style: FigureStyle) => Math.round((width < NUMBERS_BELOW ? 11 : 8) * style.text);

/** The model alone (remembered): the first part of the layout, which a view's turn computes a task earlier still. */
export function projectsScene(texts: ProjectsModel, width: number, style: FigureStyle = BASE_STYLE): Scene {
  return sceneAt(texts.shares, texts.sidesPct.th, texts.options, width, style);
}
const sceneAt = (shares: ProjectsModel['shares'], therapyPercent: number, options: SceneOptions, width: number, style: FigureStyle) =>
  layoutBranchModel(shares, therapyPercent, { ...options, noneSlot: 2 * markRadius(width, style) + 16, style }, { width });

function layoutProjectsUncached(shares: ProjectsModel['shares'], therapyPercent: number, options: SceneOptions, rows: ProjectMarkIn[], width: number, style: FigureStyle): ProjectsScene {
  const narrow = width < NUMBERS_BELOW;
  const r = markRadius(width, style);
  const scene = sceneAt(shares, therapyPercent, options, width, style);
  const placed = placeMarks(scene.circles, scene.split.x, rows.map((p) => ({ id: p.id, region: p.region, side: p.side })), r + 4, scene.obstacles, scene.none.slot);
  const marks = new Map(placed.map((m) => [m.id, m]));
  const labelFs = scene.fs - 1;
  const items = rows.map((p) => ({ id: p.id, x: marks.get(p.id)!.x, y: marks.get(p.id)!.y, r: r + 3, w: textWidth(p.short, labelFs, true), h: labelFs * 1.25 }));
  const labels = narrow ? [] : placeLabels(items, { bounds: { x: 0, y: 0, w: scene.width, h: scene.height }, hard: scene.obstacles, marks: items, gap: 2 });
  const numbered = narrow || labels.some((l) => l === null);
  return { scene, r, labelFs, marks, labels: new Map(numbered ? [] : labels.map((l) => [l!.id, l!])), numbered, hitR: style.hit / 2 };
}

// Remembered by what the layout reads (not the rows' filter state), so a filter change costs nothing.
const remembered = memoize(layoutProjectsUncached);

export function layoutProjects(texts: ProjectsModel, rows: ProjectMarkIn[], width: number, style: FigureStyle = BASE_STYLE): ProjectsScene {
  return remembered(texts.shares, texts.sidesPct.th, texts.options, rows.map(({ id, short, region, side }) => ({ id, short, region, side })), width, style);
}
