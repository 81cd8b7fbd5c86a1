// Each correction made against the masterplan, undone in a copy, fails check:data at its place.
import { describe, expect, it } from 'vitest';
import { readDataDir } from '../../scripts/read-data.ts';
import { validateData } from '../../src/lib/data/validate.ts';
import { figureNumbers, quotesIn, TRUNCATED_URL } from '../../src/lib/data/rules.ts';
import { brokenCopy, type Json } from './data-copy.ts';

const idx = (list: Json[], id: string) => list.findIndex((x: Json) => x.id === id);
const citySite = (j: Json) => {
  for (const [i, a] of j.actors.entries()) for (const [k, s] of a.sites.entries()) if (s.precision === 'city') return [i, k];
  throw new Error('no city-level site');
};

const CASES: [string, string, (j: Json) => Json, RegExp][] = [
  ['Abb. 7 credited to Capgemini again', 'masterplan.json', (j) => ((j.document.credit.de = j.document.credit.de.replace('6 und 8', '6, 7 und 8')), j), /^\$\.document\.credit\.de$/],
  ['a figure that does not exist', 'actors.json', (j) => ((j.actors[0].mentioned[0] = { kind: 'masterplan', ref: 'Abb. 9' }), j), /^\$\.actors\[0\]\.mentioned\[0\]\.ref$/],
  ['a quote the figure does not print', 'actors.json', (j) => ((j.actors[idx(j.actors, 'fraunhofer-emb')].branches.src[1] = { kind: 'masterplan', ref: 'Abb. 4', note: { de: '„EMB liegt an der Grenzfläche Medizintechnik/Biotechnologie“', en: 'x' } }), j), /^\$\.actors\[\d+\]\.branches\.src\[1\]\.note\.de$/],
  ['a shortened goal of Abb. 6', 'masterplan.json', (j) => ((j.strategyFields[1].goal.de = j.strategyFields[1].goal.de.replace(' Life Science Nord', '')), j), /^\$\.strategyFields\[1\]\.goal\.de$/],
  ['a Medizinwerft heading not in Abb. 5', 'masterplan.json', (j) => ((j.medizinwerft.supplyLabel.label.de = 'Zulieferer'), j), /^\$\.medizinwerft\.supplyLabel\.label\.de$/],
  ['today/future without its reading', 'masterplan.json', (j) => ((j.todayFuture.today.src = [{ kind: 'masterplan', ref: 'Abb. 7' }]), j), /^\$\.todayFuture\.today\.src$/],
  ['the supply/support split without its reading', 'masterplan.json', (j) => ((j.medizinwerft.groupsSrc = [{ kind: 'masterplan', ref: 'Abb. 5' }]), j), /^\$\.medizinwerft\.groupsSrc$/],
  ['a council member that is no actor', 'masterplan.json', (j) => (j.council.members.push('no-such-actor'), j), /^\$\.council\.members\[10\]$/],
  ['a truncated address in a note', 'projects.json', (j) => ((j.projects[1].placement.src[0].note = { de: 'Seite gesehen unter http://.', en: 'page seen at http://.' }), j), /^\$\.projects\[1\]\.placement\.src\[0\]\.note\.de$/],
  ['partners [] instead of "unknown"', 'projects.json', (j) => ((j.projects[idx(j.projects, 'cicad')].partners.value = []), j), /^\$\.projects\[\d+\]\.partners\.value$/],
  ['fields [] instead of "unknown"', 'actors.json', (j) => ((j.actors[0].fields.value = []), j), /^\$\.actors\[0\]\.fields\.value$/],
  ['a placement side against the sides', 'projects.json', (j) => ((j.projects[idx(j.projects, 'neu2')].sides.value = ['th', 'dx']), j), /^\$\.projects\[\d+\]\.placement\.side$/],
  ['a city-level point without its mark', 'actors.json', (j) => { const [i, k] = citySite(j); delete j.actors[i].sites[k].precision; return j; }, /^\$\.actors\[\d+\]\.sites\[\d+\]\.precision$/],
  ['a city-level mark without its reason', 'actors.json', (j) => { const [i, k] = citySite(j); const s = j.actors[i].sites[k]; s.src = s.src.filter((x: Json) => x.kind !== 'derived'); return j; }, /^\$\.actors\[\d+\]\.sites\[\d+\]\.src$/]
];

describe.each(CASES)('a copy with %s', (_name, file, change, path) => {
  it(`fails in ${file} at the place`, () => {
    const { problems } = validateData(readDataDir(brokenCopy(file, change)));
    const errors = problems.filter((p) => p.level === 'error');
    expect(errors.map((e) => `${e.file} ${e.path}`)).toContainEqual(expect.stringMatching(new RegExp(`^${file.replace('.', '\\.')} ${path.source.slice(1)}`)));
  });
});

describe('rule helpers', () => {
  it.each([
    ['Abb. 4', [4]],
    ['Abb. 4 / §3.3', [4]],
    ['Abb. 2, 4, 6 und 8', [2, 4, 6, 8]],
    ['Abb. 5, §3.3', [5]],
    ['§4.2', []]
  ])('figureNumbers(%j)', (ref, nums) => expect(figureNumbers(ref)).toEqual(nums));
  it('quotesIn', () => expect(quotesIn('a „b  c“ d „e“')).toEqual(['b c', 'e']));
  it.each([
    ['Seite gesehen unter http://.', true],
    ['http://voyle.net/…; Eröffnung', true],
    ['https://', true],
    ['Seite gesehen unter http://inflammation-at-interfaces.de.', false],
    ['https://www.uksh.de', false]
  ])('TRUNCATED_URL %j → %s', (text, hit) => expect(TRUNCATED_URL.test(text)).toBe(hit));
});
