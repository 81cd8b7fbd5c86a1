import { describe, expect, it } from 'vitest';
import { ExplorerState } from '../state/explorer.svelte.ts';
import { loopStep, playableScenes, playScene, SCENES } from './scenes.ts';

describe('attract loop scenes', () => {
  it('tell the branch model, a project on the map, the radars and the Medizinwerft', () => {
    expect(SCENES.map((s) => s.view)).toEqual(['branches', 'map', 'radar', 'werft']);
    for (const s of SCENES) expect(s.ms).toBeGreaterThanOrEqual(5000);
  });
  it.each(SCENES.map((s) => [s.id, s] as const))('%s is a state reached by the verbs of a tap', (_, scene) => {
    const e = new ExplorerState({ mode: 'kiosk', idle: 30, lang: 'en', view: 'map', filters: { ...new ExplorerState().filters, type: 'uni' } });
    e.select({ kind: 'actor', id: 'uksh' });
    playScene(e, scene, 'de');
    expect(e.view).toBe(scene.view);
    expect(e.lang).toBe('de');
    expect(e.selected).toBeNull();
    expect(e.filters.type).toBeNull();
    expect(e.mode).toBe('kiosk');
    expect(e.idle).toBe(30);
  });
  it('the project scene lights one project, the radar scene an axis', () => {
    const e = new ExplorerState({ mode: 'kiosk' });
    playScene(e, SCENES[1], 'de');
    expect(e.filters.project).toBe('inflammation');
    playScene(e, SCENES[2], 'en');
    expect(e.filters.project).toBeNull();
    expect([e.filters.field, e.filters.indication, e.lang]).toEqual(['ther', 'onko', 'en']);
  });
  it('drops scenes whose ids the data does not know', () => {
    const scenes = playableScenes(SCENES, (dim, id) => !(dim === 'project' && id === 'inflammation'));
    expect(scenes.map((s) => s.id)).toEqual(['branches', 'radar', 'werft']);
  });
  it.each([
    [0, 4, { index: 0, lang: 'de' }],
    [3, 4, { index: 3, lang: 'de' }],
    [4, 4, { index: 0, lang: 'en' }],
    [9, 4, { index: 1, lang: 'de' }],
    [-1, 4, { index: 0, lang: 'de' }],
    [2, 0, { index: -1, lang: 'de' }]
  ])('step %i of %i scenes', (n, count, expected) => {
    expect(loopStep(n, count)).toEqual(expected);
  });
});
