import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { leanCopy } from './lean.ts';
import { Lean } from './schema.ts';

describe('lean copies', () => {
  const actors = readFileSync('data/actors.json', 'utf8');
  const projects = readFileSync('data/projects.json', 'utf8');
  it('keep every record and every filterable value', () => {
    const full = JSON.parse(actors).actors;
    const lean = JSON.parse(leanCopy(actors)).actors;
    expect(lean.map((a: { id: string }) => a.id)).toEqual(full.map((a: { id: string }) => a.id));
    for (const [i, a] of full.entries()) {
      for (const k of ['branches', 'sides', 'fields', 'indications', 'stages']) expect(lean[i][k].value).toEqual(a[k].value);
      expect(lean[i].sites.map((s: { lon: number }) => s.lon)).toEqual(a.sites.map((s: { lon: number }) => s.lon));
      expect(lean[i].src).toBeUndefined();
    }
  });
  it('keep the placement sources of projects', () => {
    const lean = JSON.parse(leanCopy(projects)).projects;
    expect(lean[0].placement.src.length).toBeGreaterThan(0);
    expect(lean[0].description).toBeUndefined();
  });
  it('validate with the lean schema and are much smaller', () => {
    expect(v.safeParse(Lean.ActorsFile, JSON.parse(leanCopy(actors))).success).toBe(true);
    expect(v.safeParse(Lean.ProjectsFile, JSON.parse(leanCopy(projects))).success).toBe(true);
    expect(leanCopy(actors).length).toBeLessThan(actors.length / 4);
  });
});
