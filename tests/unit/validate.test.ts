// The data package passes, and each broken copy fails naming the file and the JSON path.
import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { readDataDir } from '../../scripts/read-data.ts';
import { formatProblem, validateData } from '../../src/lib/data/validate.ts';
import { brokenCopy, DATA, type Json } from './data-copy.ts';

describe('the shipped data package', () => {
  it('has no errors', () => {
    const { problems } = validateData(readDataDir(DATA));
    expect(problems.filter((p) => p.level === 'error')).toEqual([]);
  });
});

const firstIn = (j: Json) => j.actors.findIndex((a: Json) => a.region === 'in' && a.sites.length);

const CASES: [string, string, (j: Json) => Json | string, RegExp][] = [
  ['invalid JSON', 'actors.json', () => '{"stand": "2009",\n "actors": [}', /^line 2, column 13$/],
  ['missing field', 'projects.json', (j) => (delete j.projects[0].description, j), /^\$\.projects\[0\]\.description$/],
  ['wrong type', 'masterplan.json', (j) => ((j.branchModel.shares[0].percent = '46'), j), /^\$\.branchModel\.shares\[0\]\.percent$/],
  ['duplicate id', 'actors.json', (j) => ((j.actors[1].id = j.actors[0].id), j), /^\$\.actors\[1\]\.id$/],
  ['dangling partner reference', 'projects.json', (j) => (j.projects[0].partners.value.push('no-such-actor'), j), /^\$\.projects\[0\]\.partners\.value\[\d+\]$/],
  ['unknown vocabulary id', 'actors.json', (j) => ((j.actors[0].fields = { value: ['telepathy'], src: j.actors[0].fields.src }), j), /^\$\.actors\[0\]\.fields\.value\[0\]$/],
  ['bad share sum', 'masterplan.json', (j) => ((j.branchModel.shares[2].percent = 25), j), /^\$\.branchModel\.shares$/],
  ['bad side sum', 'masterplan.json', (j) => ((j.branchModel.sides[0].percent = 60), j), /^\$\.branchModel\.sides$/],
  ['site outside its Land', 'actors.json', (j) => { const i = firstIn(j); Object.assign(j.actors[i].sites[0], { land: 'sh', kreis: '01002', lon: 8.8, lat: 53.08 }); return j; }, /^\$\.actors\[\d+\]\.sites\[0\]$/],
  ['site outside its Kreis', 'actors.json', (j) => { const i = firstIn(j); Object.assign(j.actors[i].sites[0], { land: 'sh', kreis: '01002', lon: 10.6866, lat: 53.8655 }); return j; }, /^\$\.actors\[\d+\]\.sites\[0\]$/],
  ['missing translation', 'vocabulary.json', (j) => (delete j.fields[0].label.en, j), /^\$\.fields\[0\]\.label/],
  ['empty translation', 'masterplan.json', (j) => ((j.radarNote.de = '  '), j), /^\$\.radarNote\.de$/],
  ['source without reason', 'projects.json', (j) => ((j.projects[1].placement.src = [{ kind: 'derived' }]), j), /^\$\.projects\[1\]\.placement\.src\[0\]/],
  ['Kreis of the wrong Land', 'actors.json', (j) => { const i = firstIn(j); j.actors[i].sites[0].kreis = j.actors[i].sites[0].land === 'hh' ? '01002' : '02000'; return j; }, /^\$\.actors\[\d+\]\.sites\[0\]/],
  ['extern actor with a site', 'actors.json', (j) => { const e = j.actors.findIndex((a: Json) => a.region === 'extern'); j.actors[e].sites = j.actors[firstIn(j)].sites.map((s: Json) => ({ ...s, id: undefined })); return j; }, /^\$\.actors\[\d+\]\.sites$/],
  ['missing file', 'site.json', () => '', /^\$$/]
];

describe.each(CASES)('a copy with %s', (_name, file, change, path) => {
  it(`fails, naming ${file} and the path`, () => {
    const dir = brokenCopy(file, change);
    if (_name === 'missing file') writeFileSync(join(dir, file), 'null');
    const { problems } = validateData(readDataDir(dir));
    const errors = problems.filter((p) => p.level === 'error');
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.some((e) => e.file === file && path.test(e.path))).toBe(true);
    for (const e of errors) {
      expect(e.expected).toBeTruthy();
      expect(e.found).toBeTruthy();
    }
  });
});

describe('npm run check:data', () => {
  it('exits 0 on the shipped data', () => {
    const r = spawnSync('npx', ['tsx', 'scripts/check-data.ts'], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
  }, 30_000);

  it('exits non-zero and reports every error with file and path', () => {
    const dir = brokenCopy('masterplan.json', (j) => {
      j.branchModel.shares[0].percent = 'x';
      j.radars[0].axes[0].indication = 'nothing';
      return j;
    });
    const r = spawnSync('npx', ['tsx', 'scripts/check-data.ts', dir], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('masterplan.json $.branchModel.shares[0].percent');
    expect(r.stderr).toContain('masterplan.json $.radars[0].axes[0].indication');
  }, 30_000);
});

describe('messages for whoever maintains the data', () => {
  const problemsOf = (file: string, change: (j: Json) => Json | string) =>
    validateData(readDataDir(brokenCopy(file, change))).problems.filter((p) => p.level === 'error' && p.file === file);

  it('broken JSON: line, column and the offending line with a caret', () => {
    const [p, ...rest] = problemsOf('vocabulary.json', () => '{\n  "stand": "2009",\n  "branches": [\n    {"id": "mt",}\n  ]\n}');
    expect(rest).toEqual([]);
    expect(p.path).toBe('line 4, column 17');
    expect(formatProblem(p)).toBe(
      'ERROR vocabulary.json line 4, column 17: expected valid JSON, found Expected double-quoted property name\n' +
        '  4 |     {"id": "mt",}\n' +
        '    |                 ^'
    );
  });

  it('a missing field is reported once, as missing, with what it may hold', () => {
    const problems = problemsOf('actors.json', (j) => (delete j.actors[0].type, j));
    expect(problems.map((p) => formatProblem(p))).toEqual([
      'ERROR actors.json $.actors[0].type: missing field `type` (one of: uni, clinic, institute, company, network, authority; see vocabulary.json types)'
    ]);
  });

  it.each([
    ['a vocabulary id', 'actors.json', (j: Json) => ((j.actors[1].type = 'hospital'), j), '$.actors[1].type', 'one of: uni, clinic, institute, company, network, authority; see vocabulary.json types', 'did you mean "clinic"?'],
    ['a choice of the schema', 'actors.json', (j: Json) => ((j.actors[2].region = 'inn'), j), '$.actors[2].region', 'one of: in, extern', 'did you mean "in"?'],
    ['a placement side', 'projects.json', (j: Json) => ((j.projects[0].placement.side = 'bothh'), j), '$.projects[0].placement.side', 'one of: th, dx, both', 'did you mean "both"?']
  ])('a wrong value (%s) lists the allowed values and the nearest one', (_name, file, change, path, expected, hint) => {
    const problems = problemsOf(file, change);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ path, expected, hint });
  });

  it('a value far from every allowed one gets no suggestion', () => {
    const [p] = problemsOf('actors.json', (j) => ((j.actors[1].type = 'zzzzzzzz'), j));
    expect(p.hint).toBeUndefined();
  });
});
