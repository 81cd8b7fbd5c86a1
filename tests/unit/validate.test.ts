// The data package passes, and each broken copy fails naming the file and the JSON path.
import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { readDataDir } from '../../scripts/read-data.ts';
import { validateData } from '../../src/lib/data/validate.ts';

const DATA = resolve('data');
type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

function brokenCopy(file: string, change: (json: Json) => Json | string): string {
  const dir = mkdtempSync(join(tmpdir(), 'lsn-data-'));
  cpSync(DATA, dir, { recursive: true });
  const path = join(dir, file);
  const out = change(JSON.parse(readFileSync(path, 'utf8')));
  writeFileSync(path, typeof out === 'string' ? out : JSON.stringify(out));
  return dir;
}

describe('the shipped data package', () => {
  it('has no errors', () => {
    const { problems } = validateData(readDataDir(DATA));
    expect(problems.filter((p) => p.level === 'error')).toEqual([]);
  });
});

const firstIn = (j: Json) => j.actors.findIndex((a: Json) => a.region === 'in' && a.sites.length);

const CASES: [string, string, (j: Json) => Json | string, RegExp][] = [
  ['invalid JSON', 'actors.json', () => '{"stand": "2009", "actors": [', /^\$$/],
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
