import { describe, expect, it } from 'vitest';
import { allowedList, nearest } from './suggest.ts';
import { choicesOf, expectation, schemaAt } from './issues.ts';
import { ActorsFile, ProjectsFile } from './schema.ts';

const TYPES = [
  { id: 'uni', words: ['University / college', 'Hochschule'] },
  { id: 'clinic', words: ['University hospital', 'Universitätsklinikum'] },
  { id: 'company', words: ['Company', 'Unternehmen'] }
];

describe('nearest', () => {
  it.each([
    ['hospital', 'clinic'],
    ['clinc', 'clinic'],
    ['Uni', 'uni'],
    ['firma', null],
    ['uni', null]
  ])('%s → %s', (value, id) => {
    expect(nearest(value, TYPES)).toBe(id);
  });
});

describe('allowedList', () => {
  it.each([
    [['a', 'b'], 10, 'a, b'],
    [['a', 'b', 'c'], 2, 'a, b, … (3 in all)']
  ] as [string[], number, string][])('%j', (ids, max, text) => expect(allowedList(ids, max)).toBe(text));
});

describe('schemaAt and expectation', () => {
  it.each([
    [ActorsFile, ['actors', 0, 'region'], 'one of: in, extern'],
    [ProjectsFile, ['projects', 0, 'placement', 'side'], 'one of: th, dx, both'],
    [ProjectsFile, ['projects', 0, 'placement', 'src', 0, 'reason'], 'a text {"de": "…", "en": "…"}'],
    [ActorsFile, ['actors', 0, 'sites'], 'a list'],
    [ActorsFile, ['actors', 0, 'nothing'], 'a value']
  ] as [never, (string | number)[], string][])('%#: %j', (schema, keys, text) => {
    expect(expectation(schemaAt(schema, keys))).toBe(text);
  });
  it('choicesOf a non-choice is null', () => expect(choicesOf(schemaAt(ActorsFile as never, ['actors']))).toBeNull());
});
