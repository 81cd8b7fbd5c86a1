// The cross-checks one by one, on small inputs and on the shipped vocabulary and geometry.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { DataProblem, Report } from './files.ts';
import { checkVocabulary, makeRef, uniqueIds } from './cross-vocabulary.ts';
import { checkProfile, checkSiteRefs } from './cross-items.ts';
import { checkShares } from './cross-masterplan.ts';
import { checkSiteGeometry, shapesOf } from './geometry.ts';
import { dedupe } from './validate.ts';
import type { Masterplan, Site, Vocabulary } from './schema.ts';

const read = (f: string) => JSON.parse(readFileSync(`data/${f}`, 'utf8'));
const VOC = read('vocabulary.json') as Vocabulary;
function collect(): [Report, DataProblem[]] {
  const out: DataProblem[] = [];
  return [(_k, path, expected, found, extra) => void out.push({ file: 'x', path, expected, found, level: 'error', ...extra }), out];
}
const site = (s: Partial<Site>): Site => ({ city: { name: 'Kiel' }, land: 'sh', kreis: '01002', lon: 10.1335, lat: 54.3204, src: [], ...s });

describe('vocabulary', () => {
  it('uniqueIds reports the second use of an id', () => {
    const [err, out] = collect();
    expect([...uniqueIds([{ id: 'a' }, { id: 'b' }, { id: 'a' }], 'actors', '$.actors', err)]).toEqual(['a', 'b']);
    expect(out.map((p) => p.path)).toEqual(['$.actors[2].id']);
  });
  it('checkVocabulary passes the shipped vocabulary and finds a stage parent that does not exist', () => {
    const [err, out] = collect();
    checkVocabulary(VOC, err);
    expect(out).toEqual([]);
    checkVocabulary({ ...VOC, stages: [...VOC.stages, { ...VOC.stages[6], id: 'zz', parent: 'nope' }] }, err);
    expect(out.map((p) => p.path)).toEqual([`$.stages[${VOC.stages.length}].parent`]);
  });
  it.each([
    ['an id of the list', 'uni', []],
    ['a wrong id, with a suggestion', 'hospital', [['value', 'did you mean "clinic"?']]],
    ['a missing value', undefined, [['field', undefined]]]
  ] as [string, string | undefined, [string, string | undefined][]][])('makeRef: %s', (_n, id, expected) => {
    const [err, out] = collect();
    makeRef(VOC, checkVocabulary(VOC, () => {}), err)('actors', '$.t', 'types', id);
    expect(out.map((p) => [p.code, p.hint])).toEqual(expected);
  });
});

describe('items', () => {
  const [err0] = collect();
  const ref = makeRef(VOC, checkVocabulary(VOC, err0), err0);
  it('checkProfile reports repeated ids', () => {
    const [err, out] = collect();
    const item = { branches: { value: ['mt', 'mt'] }, sides: { value: 'unknown' }, fields: { value: [] }, indications: { value: [] }, stages: { value: [] } };
    checkProfile('actors', '$.actors[0]', item as never, ref, err);
    expect(out.map((p) => p.path)).toEqual(['$.actors[0].branches.value']);
  });
  it.each([
    ['a Kreis of its Land', site({}), []],
    ['a Kreis of the other Land', site({ kreis: '02000' }), ['$.sites[0].kreis']]
  ] as [string, Site, string[]][])('checkSiteRefs: %s', (_n, s, paths) => {
    const [err, out] = collect();
    checkSiteRefs('actors', '$', [s], { vocabulary: VOC } as never, ref, err);
    expect(out.map((p) => p.path)).toEqual(paths);
  });
});

describe('geometry', () => {
  const shapes = shapesOf(read('geo/hh-sh-context.topo.json'), VOC);
  it.each([
    ['Kiel town hall in Kiel', site({}), []],
    ['Lübeck town hall filed under Kiel', site({ lon: 10.6855, lat: 53.8675 }), ['coordinates inside Kreis 01002']],
    ['Bremen filed under Schleswig-Holstein', site({ lon: 8.8, lat: 53.08 }), ['coordinates inside Land "sh"']]
  ] as [string, Site, string[]][])('checkSiteGeometry: %s', (_n, s, expected) => {
    const [err, out] = collect();
    checkSiteGeometry(shapes, 'actors', '$', [s], err);
    expect(out.map((p) => p.expected)).toEqual(expected);
  });
});

describe('masterplan and dedupe', () => {
  it.each([
    [[46, 39, 15], [54, 46], []],
    [[46, 39, 25], [54, 46], ['$.branchModel.shares']]
  ])('checkShares %j %j', (shares, sides, paths) => {
    const [err, out] = collect();
    checkShares({ branchModel: { shares: shares.map((percent) => ({ percent })), sides: sides.map((percent) => ({ percent })) } } as unknown as Masterplan, err);
    expect(out.map((p) => p.path)).toEqual(paths);
  });
  it('dedupe keeps one problem per place, the fuller one', () => {
    const p = (expected: string): DataProblem => ({ file: 'a.json', path: '$.x', expected, found: 'nothing', level: 'error', code: 'field' });
    expect(dedupe([p('a text'), p('one of: a, b; see vocabulary.json types')])).toEqual([p('one of: a, b; see vocabulary.json types')]);
  });
});
