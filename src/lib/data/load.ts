// The one place the app loads its data, from its own origin (dist/data/). Each address is fetched once.
// `loadClusterData({ lean: true })` gives the first draw: every file, actors and projects as the cores the
// build writes (split.ts). `loadClusterData()` afterwards fetches only the two detail files and merges
// them in (a whole file, e.g. data/ copied by hand, needs none). No schema library and
// no geometry here: the built package was validated at build time, so the browser only guards its
// structure (guard.ts) and says which file is missing, unreachable, cut off or broken.
import { DATA_FILES, FILE_KEYS, brokenFiles, type DataProblem, type FileKey, type ParsedData } from './files.ts';
import { parseJson } from './json.ts';
import { guardFile } from './guard.ts';
import { DETAIL_FILES, isCore, mergeCore, type SplitKey } from './split.ts';
import { buildModel, type ClusterData } from './model.ts';
import { inlineData } from '../export/inline.ts';

type Fetched = { ok: true; text: string } | { ok: false; problem: Omit<DataProblem, 'file' | 'level'> };
const fetched = new Map<string, Promise<Fetched>>();

/** A missing file (404, or the host's index.html in its place), an HTTP or network failure, or the text. */
export async function fetchText(url: string, fetchFn: typeof fetch): Promise<Fetched> {
  const inline = inlineData(url); // the offline single file carries its data in the page
  if (inline !== null) return { ok: true, text: inline };
  let res: Response;
  try {
    res = await fetchFn(url);
  } catch (e) {
    return { ok: false, problem: { path: '$', code: 'network', expected: 'the file from the server', found: `no answer (${(e as Error).message})` } };
  }
  if (res.status === 404 || res.status === 410)
    return { ok: false, problem: { path: '$', code: 'missing', expected: 'the file on the server', found: `HTTP ${res.status}` } };
  if (!res.ok) return { ok: false, problem: { path: '$', code: 'network', expected: 'the file from the server', found: `HTTP ${res.status}` } };
  if (/text\/html/i.test(res.headers.get('content-type') ?? ''))
    return { ok: false, problem: { path: '$', code: 'html', expected: 'JSON', found: 'a web page (HTML): the file is missing on the server' } };
  try {
    return { ok: true, text: await res.text() };
  } catch (e) {
    return { ok: false, problem: { path: '$', code: 'truncated', expected: 'the complete file', found: `the transfer broke off (${(e as Error).message})` } };
  }
}

function fetchOnce(url: string, fetchFn: typeof fetch): Promise<Fetched> {
  if (!fetched.has(url)) fetched.set(url, fetchText(url, fetchFn));
  return fetched.get(url)!;
}

/** Forget what was fetched (tests). */
export const clearFetched = () => fetched.clear();

const parse = (f: Fetched) => (f.ok ? parseJson(f.text) : ({ ok: false, problem: f.problem } as const));

async function loadFile(key: FileKey, base: string, full: boolean, fetchFn: typeof fetch): Promise<{ value?: unknown; problems: DataProblem[] }> {
  const file = DATA_FILES[key];
  const fail = (problem: Omit<DataProblem, 'file' | 'level'>, level: DataProblem['level'] = 'error') => ({ problems: [{ ...problem, file, level }] });
  const first = parse(await fetchOnce(base + file, fetchFn));
  if (!first.ok) return fail(first.problem);
  let value = first.value;
  const problems: DataProblem[] = [];
  if (full && key in DETAIL_FILES && isCore(value)) {
    const detailFile = DETAIL_FILES[key as SplitKey];
    const detail = parse(await fetchOnce(base + detailFile, fetchFn));
    // Without its detail the data still draws; the sources are what is missing.
    if (detail.ok) value = mergeCore(value, detail.value);
    else problems.push({ ...detail.problem, file: detailFile, level: 'warning' });
  }
  const guarded = guardFile(key, file, value);
  return guarded.length ? { problems: [...problems, ...guarded] } : { value, problems };
}

export async function loadClusterData(
  { base = './data/', lean = false, fetchFn = fetch }: { base?: string; lean?: boolean; fetchFn?: typeof fetch } = {}
): Promise<ClusterData> {
  const results = await Promise.all(FILE_KEYS.map((key) => loadFile(key, base, !lean, fetchFn)));
  const data: ParsedData = { vocabulary: null, masterplan: null, actors: null, projects: null, geo: null, site: null };
  FILE_KEYS.forEach((key, i) => {
    const value = results[i].value as Record<string, unknown> | undefined;
    if (value === undefined) return;
    if (key === 'actors') data.actors = value.actors as ParsedData['actors'];
    else if (key === 'projects') data.projects = value.projects as ParsedData['projects'];
    else (data as unknown as Record<string, unknown>)[key] = value;
  });
  const problems = results.flatMap((r) => r.problems);
  return buildModel(data, problems, brokenFiles(problems));
}
