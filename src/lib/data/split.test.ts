import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { hasStory, isCore, merge, mergeCore, split, splitText, STORY_KEYS, type Json } from './split.ts';
import { guardFile, SHAPES } from './guard.ts';
import { placementKind } from '../derive/branches.ts';

const read = (f: string) => readFileSync(`data/${f}`, 'utf8');

describe('split into core and detail', () => {
  it.each([
    ['a record', { id: 'a', src: [1], sites: [{ lon: 1, src: [2] }, { lon: 2 }] }, { id: 'a', src: [], sites: [{ lon: 1, src: [] }, { lon: 2 }] }],
    ['kept whole', { count: { value: 3, src: [1] } }, { count: { value: 3, src: [1] } }],
    [
      'sources of a placement in brief',
      { placement: { region: 'mt', src: [{ kind: 'masterplan', ref: '§3.3', note: { de: 'a', en: 'b' } }, { kind: 'derived', reason: { de: 'c', en: 'd' } }] } },
      { placement: { region: 'mt', src: [{ kind: 'masterplan', ref: '§3.3' }, { kind: 'derived' }] } }
    ],
    ['no detail', { a: [1, 2], b: 'x' }, { a: [1, 2], b: 'x' }]
  ] as [string, Json, Json][])('%s', (_name, value, core) => {
    const [c, d] = split(value);
    expect(c).toEqual(core);
    expect(merge(c, d)).toEqual(value);
  });

  it.each(['actors.json', 'projects.json'])('%s: core + detail give the file back, each byte once', (file) => {
    const text = read(file);
    const { core, detail } = splitText(text);
    expect(isCore(JSON.parse(core))).toBe(true);
    expect(isCore(JSON.parse(text))).toBe(false);
    expect(mergeCore(JSON.parse(core), JSON.parse(detail))).toEqual(JSON.parse(text));
    expect(core.length + detail.length).toBeLessThan(JSON.stringify(JSON.parse(text)).length * 1.1);
    expect(core).not.toContain('"description"');
    expect(JSON.parse(core)[file.replace('.json', '')][0].sites?.[0]?.src).toEqual([]);
  });

  it.each([['actors', 'actors.json'], ['projects', 'projects.json']] as const)('the core of %s passes the browser guard and is small', (key, file) => {
    const { core } = splitText(read(file));
    expect(guardFile(key, file, JSON.parse(core))).toEqual([]);
    expect(gzipSync(core).length).toBeLessThan(gzipSync(JSON.stringify(JSON.parse(read(file)))).length / 3);
  });
});

describe('projects.json: the lighthouse view reads its placements from the core', () => {
  it('tells stated from derived placements as the whole file does', () => {
    const whole = JSON.parse(read('projects.json')).projects;
    const core = JSON.parse(splitText(read('projects.json')).core).projects;
    expect(core.map(placementKind)).toEqual(whole.map(placementKind));
    expect(new Set(core.map(placementKind))).toEqual(new Set(['masterplan', 'derived']));
    expect(JSON.stringify(core)).not.toContain('"reason"');
  });
});

describe('masterplan.json: the story parts apart', () => {
  const text = readFileSync('data/masterplan.json', 'utf8');
  const whole = JSON.parse(text);
  const { core, detail } = splitText(text, 'masterplan');
  it('merged again, equals the file', () => {
    expect(mergeCore(JSON.parse(core), JSON.parse(detail))).toEqual(whole);
  });
  it('keeps in the core every part the guard checks and the dashboard draws; the story parts go', () => {
    const c = JSON.parse(core);
    for (const k of Object.keys(SHAPES.masterplan)) if (!STORY_KEYS.includes(k)) expect(c).toHaveProperty(k);
    for (const k of ['counts', 'document', 'branchModel', 'radars', 'medizinwerft', 'todayFuture']) expect(c).toHaveProperty(k);
    for (const k of STORY_KEYS) expect(c).not.toHaveProperty(k);
    expect(guardFile('masterplan', 'masterplan.json', c)).toEqual([]);
    expect(hasStory(c)).toBe(false);
    expect(hasStory(mergeCore(c, JSON.parse(detail)))).toBe(true);
    expect(hasStory(whole)).toBe(true);
  });
  it('is much smaller to fetch first', () => {
    expect(gzipSync(core).length).toBeLessThan(gzipSync(JSON.stringify(whole)).length * 0.5);
  });
});
