// The lighthouse diagram's layout: the shared branch model scene, the project marks and their labels.
// Below 600 px, or when a label finds no free spot, the marks carry numbers and a list explains them.
import { layoutBranchModel, placeMarks, type MarkOut, type Scene } from '../../lib/layout/branchModel.ts';
import { placeLabels, textWidth, type LabelOut } from '../../lib/layout/labels.ts';
import type { ModelTexts } from '../branches/model.ts';
import type { ProjectRow } from './rows.ts';

export interface ProjectsScene {
  scene: Scene;
  r: number;
  labelFs: number;
  marks: Map<string, MarkOut>;
  labels: Map<string, LabelOut>;
  numbered: boolean;
}

export function layoutProjects(texts: ModelTexts, rows: Pick<ProjectRow, 'id' | 'short' | 'region' | 'side'>[], width: number): ProjectsScene {
  const narrow = width < 600;
  const r = narrow ? 11 : 8;
  const scene = layoutBranchModel(texts.shares, texts.sidesPct.th, { ...texts.options, noneSlot: 2 * r + 16 }, { width });
  const placed = placeMarks(scene.circles, scene.split.x, rows.map((p) => ({ id: p.id, region: p.region, side: p.side })), r + 4, scene.obstacles, scene.none.slot);
  const marks = new Map(placed.map((m) => [m.id, m]));
  const labelFs = scene.fs - 1;
  const labels = narrow
    ? null
    : placeLabels(
        rows.map((p) => ({ id: p.id, x: marks.get(p.id)!.x, y: marks.get(p.id)!.y, r: r + 3, w: textWidth(p.short, labelFs, true), h: labelFs * 1.25 })),
        scene.obstacles,
        { x: 0, y: 0, w: scene.width, h: scene.height }
      );
  return { scene, r, labelFs, marks, labels: new Map((labels ?? []).map((l) => [l.id, l])), numbered: labels === null };
}
