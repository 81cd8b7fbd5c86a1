// The build's data step: a broken package stops the build with each problem printed once and no stack
// trace; the dev server prints warnings without doubling the word "warning"; dist/data/ holds the files.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { builtFiles, validateDataPlugin } from '../../scripts/vite-validate-data.ts';
import { brokenCopy } from './data-copy.ts';

function runBuildStart(dir: string, command: 'build' | 'serve') {
  const exits: number[] = [];
  const plugin = validateDataPlugin(dir, { exit: (code) => void exits.push(code) });
  const out: string[] = [];
  const err = vi.spyOn(console, 'error').mockImplementation((s: string) => void out.push(s));
  const warn = vi.spyOn(console, 'warn').mockImplementation((s: string) => void out.push(s));
  const vitest = process.env.VITEST;
  delete process.env.VITEST;
  try {
    (plugin.configResolved as (c: unknown) => void)({ command });
    (plugin.buildStart as () => void).call({});
    return { out, exits, thrown: null as Error | null };
  } catch (e) {
    return { out, exits, thrown: e as Error };
  } finally {
    process.env.VITEST = vitest;
    err.mockRestore();
    warn.mockRestore();
  }
}

afterEach(() => vi.restoreAllMocks());

describe('the data step of the build', () => {
  const broken = () =>
    brokenCopy('actors.json', (j) => {
      delete j.actors[0].type;
      j.actors[1].type = 'hospital';
      return j;
    });

  it('stops a build on broken data with exit code 1, printing each problem once and no stack trace', () => {
    const { out, exits, thrown } = runBuildStart(broken(), 'build');
    expect(thrown).toBeNull();
    expect(exits).toEqual([1]);
    expect(out.at(-1)).toContain('2 error(s)');
    expect(out.join('\n')).not.toMatch(/\n\s+at /);
    const errors = out.filter((l) => l.startsWith('ERROR'));
    expect(errors).toHaveLength(2);
    expect(new Set(errors).size).toBe(2);
    expect(errors[0]).toContain('missing field `type`');
  });

  it('keeps the dev server running and prints warnings as "warning site.json …", once', () => {
    const { out, exits, thrown } = runBuildStart(broken(), 'serve');
    expect(thrown).toBeNull();
    expect(exits).toEqual([]);
    const warnings = out.filter((l) => l.includes('site.json'));
    expect(warnings).toEqual([expect.stringMatching(/^warning site\.json \$\.contact: /)]);
    expect(out.join('\n')).not.toMatch(/warning:? warning/);
  });

  it('passes the shipped data', () => {
    const { exits, thrown } = runBuildStart(resolve('data'), 'build');
    expect([thrown, exits]).toEqual([null, []]);
  });

  it('writes each data file, actors and projects as core and detail', () => {
    const names = [...builtFiles(resolve('data')).keys()].sort();
    expect(names).toEqual(['actors.detail.json', 'actors.json', 'geo/hh-sh-context.topo.json', 'masterplan.json', 'masterplan.story.json', 'projects.detail.json', 'projects.json', 'site.json', 'vocabulary.json']);
  });
});

describe('the files served under data/', () => {
  it('pass broken JSON on as it is and leave a missing file out, so the page can say which', () => {
    const dir = brokenCopy('masterplan.json', () => '{ not json');
    rmSync(join(dir, 'site.json'));
    const files = builtFiles(dir);
    expect(files.get('masterplan.json')).toBe('{ not json');
    expect(files.has('site.json')).toBe(false);
    expect(files.has('actors.detail.json')).toBe(true);
  });
});
