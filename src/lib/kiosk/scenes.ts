// The attract loop: a few calm scenes, each a real state of the app reached from the start with the
// same verbs a tap uses (ExplorerState). Scenes as data; ids the data does not know drop the scene.
import type { ExplorerState } from '../state/explorer.svelte.ts';
import type { Cluster } from '../state/cluster.ts';
import type { FigureViewId } from '../state/views.ts';
import type { Lang } from '../state/url.ts';

export type SceneVerb =
  | { verb: 'toggleFilter'; dim: 'project'; id: string }
  | { verb: 'pickAxis'; field: string; indication: string };

export interface Scene {
  id: string;
  view: FigureViewId;
  verbs: SceneVerb[];
  /** how long the scene stays, in ms */
  ms: number;
}

export const SCENES: Scene[] = [
  { id: 'branches', view: 'branches', verbs: [], ms: 9000 },
  // a project with partners across Schleswig-Holstein: its marks joined on the map
  { id: 'project', view: 'map', verbs: [{ verb: 'toggleFilter', dim: 'project', id: 'inflammation' }], ms: 10000 },
  // Onkologie, the dominant indication of the therapeutics radar (Abb. 3)
  { id: 'radar', view: 'radar', verbs: [{ verb: 'pickAxis', field: 'ther', indication: 'onko' }], ms: 9000 },
  { id: 'werft', view: 'werft', verbs: [], ms: 9000 }
];

const known = (v: SceneVerb, isKnown: Cluster['isKnown']) =>
  v.verb === 'toggleFilter' ? isKnown(v.dim, v.id) : isKnown('field', v.field) && isKnown('indication', v.indication);

/** The scenes whose ids the data knows. */
export const playableScenes = (scenes: Scene[], isKnown: Cluster['isKnown']): Scene[] =>
  scenes.filter((s) => s.verbs.every((v) => known(v, isKnown)));

type Verbs = Pick<ExplorerState, 'resetToStart' | 'setView' | 'toggleFilter' | 'pickAxis' | 'idle'>;

/** From the start state, in the given language, into the scene. */
export function playScene(explorer: Verbs, scene: Scene, lang: Lang) {
  explorer.resetToStart({ lang, idle: explorer.idle });
  explorer.setView(scene.view);
  for (const v of scene.verbs) {
    if (v.verb === 'toggleFilter') explorer.toggleFilter(v.dim, v.id);
    else explorer.pickAxis(v.field, v.indication);
  }
}

/** The n-th scene shown since the loop began: scenes round and round, German and English by turns. */
export function loopStep(n: number, count: number): { index: number; lang: Lang } {
  if (count <= 0) return { index: -1, lang: 'de' };
  const round = Math.floor(Math.max(0, n) / count);
  return { index: Math.max(0, n) % count, lang: round % 2 === 0 ? 'de' : 'en' };
}
