// Abb. 7 redrawn: the branch model twice, "Heute" on the left with the lighthouse projects as dots
// (filled: at an interface, i.e. interdisciplinary; hollow: in one branch), "Zukunft" on the right with
// the interfaces hatched as the strategic target area. Narrow, the panels stack. Pure.
import { layoutBranchModel, placeMarks, type MarkIn, type MarkOut, type Scene, type SceneOptions } from './branchModel.ts';
import type { BranchId } from './branchModel.ts';

export interface FuturePanel { id: 'today' | 'future'; x: number; y: number; scene: Scene; marks: MarkOut[] }
export interface FutureLayout { width: number; height: number; r: number; panels: FuturePanel[]; arrow: { x1: number; x2: number; y: number } | null }

export function layoutFuture(
  shares: Record<BranchId, number>,
  thPct: number,
  options: SceneOptions,
  marks: MarkIn[],
  size: { width: number; height?: number }
): FutureLayout {
  const stacked = size.width < 640;
  const gap = stacked ? 16 : 56;
  let pw = stacked ? size.width : Math.floor((size.width - gap) / 2);
  const r = 7;
  const make = (w: number) => {
    const scene = layoutBranchModel(shares, thPct, { ...options, noneSlot: 2 * r + 16 }, { width: w });
    return { scene, placed: placeMarks(scene.circles, scene.split.x, marks, r + 4, scene.obstacles, scene.none.slot) };
  };
  let a = make(pw);
  // a given height bounds the panels (a slide): narrower panels are shorter
  const bound = size.height;
  while (bound && (stacked ? 2 * a.scene.height + gap : a.scene.height) > bound && pw > 260) {
    pw = Math.floor(pw * 0.92);
    a = make(pw);
  }
  const h = a.scene.height;
  const total = stacked ? pw : 2 * pw + gap;
  const x0 = Math.max(0, Math.floor((size.width - total) / 2));
  const panels: FuturePanel[] = [
    { id: 'today', x: x0, y: 0, scene: a.scene, marks: a.placed },
    { id: 'future', x: stacked ? x0 : x0 + pw + gap, y: stacked ? h + gap : 0, scene: a.scene, marks: a.placed }
  ];
  return {
    width: size.width,
    height: stacked ? 2 * h + gap : h,
    r,
    panels,
    arrow: stacked ? null : { x1: x0 + pw + 8, x2: x0 + pw + gap - 8, y: h / 2 }
  };
}
