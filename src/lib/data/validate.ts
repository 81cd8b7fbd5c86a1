// Validation of the data package for check:data and the build: JSON, the schema of each file, then the
// cross-checks between files (vocabulary, items, masterplan, geometry, data rules). Pure: takes the raw
// file texts, returns every problem (never only the first), each once, and the parsed data. The browser
// runs only the cheap structural guard (guard.ts) on the built package.
import * as v from 'valibot';
import { ActorsFile, MasterplanFile, ProjectsFile, SiteFile, VocabularyFile, type Actor, type Masterplan, type Project, type Vocabulary } from './schema.ts';
import { DATA_FILES, FILE_KEYS, brokenFiles, describe, type DataProblem, type FileKey, type ParsedData, type Report } from './files.ts';
import { parseJson } from './json.ts';
import { locateJsonError } from './json-locate.ts';
import { problemOf } from './issues.ts';
import { checkVocabulary, makeRef } from './cross-vocabulary.ts';
import { checkItems } from './cross-items.ts';
import { checkMasterplan } from './cross-masterplan.ts';
import { checkSiteGeometry, shapesOf } from './geometry.ts';
import { checkRules } from './rules.ts';

export { DATA_FILES, FILE_KEYS, formatProblem, type DataProblem, type FileKey, type ParsedData } from './files.ts';

export interface ValidationResult {
  data: ParsedData;
  problems: DataProblem[];
  /** Files with at least one error; the views that need them show a message instead. */
  broken: Set<FileKey>;
}

type Raw = Partial<Record<FileKey, string | null>>;

const SCHEMAS = { vocabulary: VocabularyFile, masterplan: MasterplanFile, actors: ActorsFile, projects: ProjectsFile, site: SiteFile } as const;

/** Parses each file; a missing or unreadable file and broken JSON are reported here. */
export function parseFiles(raw: Raw, err: Report): Partial<Record<FileKey, unknown>> {
  const parsed: Partial<Record<FileKey, unknown>> = {};
  for (const key of FILE_KEYS) {
    const text = raw[key];
    if (text == null) {
      err(key, '$', 'the file to exist and be readable', 'no file', { code: 'missing' });
      continue;
    }
    const r = parseJson(text, locateJsonError);
    if (r.ok) parsed[key] = r.value;
    else err(key, r.problem.path, r.problem.expected, r.problem.found, r.problem);
  }
  return parsed;
}

/** The schema of each parsed file; the geometry needs its two objects. */
export function checkSchemas(parsed: Partial<Record<FileKey, unknown>>, data: ParsedData, err: Report) {
  for (const key of ['vocabulary', 'masterplan', 'actors', 'projects', 'site'] as const) {
    if (!(key in parsed)) continue;
    const result = v.safeParse(SCHEMAS[key] as v.GenericSchema, parsed[key]);
    if (!result.success) {
      for (const issue of result.issues) {
        const p = problemOf(issue, SCHEMAS[key] as never);
        err(key, p.path, p.expected, p.found, p);
      }
      continue;
    }
    const out = result.output as never;
    if (key === 'actors') data.actors = (out as { actors: Actor[] }).actors;
    else if (key === 'projects') data.projects = (out as { projects: Project[] }).projects;
    else (data as unknown as Record<string, unknown>)[key] = out;
  }
  if ('geo' in parsed) {
    const geo = parsed.geo as ParsedData['geo'];
    const objects = geo?.objects ?? {};
    if (geo?.type !== 'Topology' || !objects.laender || !objects.kreise)
      err('geo', '$.objects', 'a TopoJSON Topology with objects "laender" and "kreise"', describe(Object.keys(objects)));
    else data.geo = geo;
  }
}

/** Every check between files, on data that may have failed its schema (then a throw is possible). */
export function crossCheck(data: ParsedData, err: Report) {
  const sets = data.vocabulary ? checkVocabulary(data.vocabulary, err) : null;
  const ref = makeRef(data.vocabulary, sets, err);
  const shapes = data.geo && data.vocabulary ? shapesOf(data.geo, data.vocabulary) : null;
  checkItems(data, ref, err, shapes ? (key, base, sites) => checkSiteGeometry(shapes, key, base, sites, err) : undefined);
  if (data.masterplan) checkMasterplan(data.masterplan, ref, err);
  checkRules(data, err);
}

/** Each problem once: the same place reported by the schema and a cross-check keeps the fuller message. */
export function dedupe(problems: DataProblem[]): DataProblem[] {
  const out = new Map<string, DataProblem>();
  for (const p of problems) {
    const key = p.code === 'field' || p.code === 'value' ? `${p.file} ${p.path} ${p.code}` : `${p.file} ${p.path} ${p.expected}`;
    const before = out.get(key);
    if (!before || (p.expected.length > before.expected.length && p.code === before.code)) out.set(key, { ...before, ...p });
  }
  return [...out.values()];
}

export function validateData(raw: Raw): ValidationResult {
  const problems: DataProblem[] = [];
  const data: ParsedData = { vocabulary: null, masterplan: null, actors: null, projects: null, geo: null, site: null };
  const report =
    (into: DataProblem[]): Report =>
    (key, path, expected, found, extra) =>
      into.push({ ...extra, file: DATA_FILES[key], path, expected, found, level: 'error' });

  const parsed = parseFiles(raw, report(problems));
  checkSchemas(parsed, data, report(problems));

  // Cross-checks run on every file that parsed, even one with schema errors, so one run reports all
  // problems; a file too malformed to walk is checked only through its schema errors.
  const lenient: ParsedData = {
    ...data,
    vocabulary: data.vocabulary ?? (parsed.vocabulary as Vocabulary | undefined) ?? null,
    masterplan: data.masterplan ?? (parsed.masterplan as Masterplan | undefined) ?? null,
    actors: data.actors ?? (parsed.actors as { actors?: Actor[] } | undefined)?.actors ?? null,
    projects: data.projects ?? (parsed.projects as { projects?: Project[] } | undefined)?.projects ?? null
  };
  const cross: DataProblem[] = [];
  try {
    crossCheck(lenient, report(cross));
  } catch {
    cross.length = 0;
    crossCheck(data, report(cross));
  }
  const all = dedupe([...problems, ...cross]);

  const c = data.site?.contact;
  if (c && !c.email.trim() && !c.url.trim())
    all.push({ file: DATA_FILES.site, path: '$.contact', expected: 'a feedback contact (email or url) for the accessibility statement', found: 'empty', level: 'warning' });
  return { data, problems: all, broken: brokenFiles(all) };
}
