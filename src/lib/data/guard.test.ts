import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { guardFile, shapeProblems, type Shape } from './guard.ts';
import { DATA_FILES, FILE_KEYS } from './files.ts';
import { mergeCore, splitText } from './split.ts';

describe('shapeProblems', () => {
  it.each([
    ['a text', 's', 'x', []],
    ['a number for a text', 's', 1, [['$', 'a text', '1']]],
    ['a missing field', { a: 'n' }, {}, [['$.a', 'the field (a number)', 'nothing']]],
    ['an optional field', { a: 'n?' }, { a: null }, []],
    ['a translated text', 'T', { de: 'a', en: 'b' }, []],
    ['half a translation', 'T', { de: 'a' }, [['$', 'a text {"de","en"} or {"name"}', '{"de":"a"}']]],
    ['a list of ids or unknown', ['L'], [['a'], 'unknown'], []],
    ['a list item', { xs: [{ id: 's' }] }, { xs: [{ id: 'a' }, { id: 2 }] }, [['$.xs[1].id', 'a text', '2']]],
    ['not a list', ['s'], { a: 1 }, [['$', 'a list', '{"a":1}']]]
  ] as [string, Shape, unknown, string[][]][])('%s', (_name, shape, value, problems) => {
    expect(shapeProblems(value, shape)).toEqual(problems);
  });
});

describe('guardFile', () => {
  it.each(FILE_KEYS)('passes the shipped %s', (key) => {
    expect(guardFile(key, DATA_FILES[key], JSON.parse(readFileSync(`data/${DATA_FILES[key]}`, 'utf8')))).toEqual([]);
  });
  it('names the file and the place', () => {
    const [p] = guardFile('actors', 'actors.json', { actors: [{ id: 'x' }] });
    expect(p).toMatchObject({ file: 'actors.json', path: '$.actors[0].name', code: 'field', level: 'error' });
  });
  it('stops after a few problems', () => {
    expect(guardFile('actors', 'actors.json', { actors: Array(50).fill({}) }, 5)).toHaveLength(5);
  });
  it('checks the masterplan\'s story parts once they are merged, not in the core that comes first', () => {
    const { core, detail } = splitText(readFileSync('data/masterplan.json', 'utf8'), 'masterplan');
    const story = JSON.parse(detail);
    story.trends[1].label = 7;
    expect(guardFile('masterplan', 'masterplan.json', JSON.parse(core))).toEqual([]);
    expect(guardFile('masterplan', 'masterplan.json', mergeCore(JSON.parse(core), story))).toEqual([
      expect.objectContaining({ file: 'masterplan.json', path: '$.trends[1].label', code: 'value' })
    ]);
  });
});
