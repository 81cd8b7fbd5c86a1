import { beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { builtFiles } from '../../../scripts/vite-validate-data.ts';
import { clearFetched, loadClusterData } from './load.ts';
import { DATA_FILES } from './files.ts';

const BUILT = builtFiles(resolve('data'));
type Answer = string | Response | Error;

/** A fetch that serves the built data/ folder, with some answers replaced, and records every address. */
function server(replace: Record<string, Answer> = {}, files = BUILT) {
  const asked: string[] = [];
  const fetchFn = (async (url: string) => {
    asked.push(url);
    const name = url.replace('./data/', '');
    const a = replace[name] ?? files.get(name) ?? new Response('', { status: 404 });
    if (a instanceof Error) throw a;
    return typeof a === 'string' ? new Response(a, { headers: { 'content-type': 'application/json' } }) : a;
  }) as typeof fetch;
  return { fetchFn, asked };
}

const html = () => new Response('<!doctype html><html><body>app</body></html>', { headers: { 'content-type': 'text/html' } });

beforeEach(clearFetched);

describe('loadClusterData', () => {
  it('draws from the cores first, then fetches only the two detail files, each address once', async () => {
    const { fetchFn, asked } = server();
    const first = await loadClusterData({ lean: true, fetchFn });
    expect(first.problems.filter((p) => p.level === 'error')).toEqual([]);
    expect(first.actors.length).toBeGreaterThan(40);
    expect(first.actors[0].sites[0].src).toEqual([]);
    const full = await loadClusterData({ fetchFn });
    expect(full.actors[0].sites[0].src.length).toBeGreaterThan(0);
    expect(full.projects[0].description?.de).toBeTruthy();
    expect(new Set(asked).size).toBe(asked.length);
    expect(asked.filter((u) => u.includes('detail'))).toEqual(['./data/actors.detail.json', './data/projects.detail.json']);
  });

  it('takes whole files as they are (data/ copied by hand) and asks for no detail', async () => {
    const whole = new Map(Object.values(DATA_FILES).map((f) => [f, JSON.stringify(JSON.parse(readFileSync(`data/${f}`, 'utf8')))]));
    const { fetchFn, asked } = server({}, whole);
    const full = await loadClusterData({ fetchFn });
    expect(full.broken.size).toBe(0);
    expect(full.actors[0].sites[0].src.length).toBeGreaterThan(0);
    expect(asked.some((u) => u.includes('detail'))).toBe(false);
  });

  it.each([
    ['HTTP 404', { 'actors.json': new Response('', { status: 404 }) }, 'missing'],
    ['the host answers with its index.html', { 'actors.json': html() }, 'html'],
    ['index.html sent as JSON', { 'actors.json': '<!DOCTYPE html><html></html>' }, 'html'],
    ['a server error', { 'actors.json': new Response('', { status: 503 }) }, 'network'],
    ['no connection', { 'actors.json': new TypeError('Failed to fetch') }, 'network'],
    ['a body cut off', { 'actors.json': BUILT.get('actors.json')!.slice(0, 5000) }, 'truncated'],
    ['a broken record', { 'actors.json': '{"actors":[{"id":"x"}]}' }, 'field']
  ] as [string, Record<string, Answer>, string][])('%s: actors.json is broken with code %s; the other files load', async (_name, replace, code) => {
    const { fetchFn } = server(replace);
    const data = await loadClusterData({ lean: true, fetchFn });
    expect([...data.broken]).toEqual(['actors']);
    expect(data.problems[0]).toMatchObject({ file: 'actors.json', code, level: 'error' });
    expect(data.actors).toEqual([]);
    expect(data.projects.length).toBe(11);
  });

  it('a missing detail file is a warning: the data still draws', async () => {
    const { fetchFn } = server({ 'projects.detail.json': new Response('', { status: 404 }) });
    const data = await loadClusterData({ fetchFn });
    expect(data.broken.size).toBe(0);
    expect(data.problems).toContainEqual(expect.objectContaining({ file: 'projects.detail.json', code: 'missing', level: 'warning' }));
    expect(data.projects.length).toBe(11);
  });
});
