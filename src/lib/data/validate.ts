// Validation of the data package: schema per file, then cross-checks between files.
// Pure: takes the raw file texts, returns every problem (never only the first) and the parsed data.
import * as v from 'valibot';
import { feature } from 'topojson-client';
import { geoContains } from 'd3-geo';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, Geometry } from 'geojson';
import {
  Lean,
  ActorsFile,
  MasterplanFile,
  ProjectsFile,
  SiteFile,
  VocabularyFile,
  type Actor,
  type Masterplan,
  type Project,
  type Site,
  type SiteConfig,
  type Vocabulary
} from './schema.ts';

export const DATA_FILES = {
  vocabulary: 'vocabulary.json',
  masterplan: 'masterplan.json',
  actors: 'actors.json',
  projects: 'projects.json',
  geo: 'geo/hh-sh-context.topo.json',
  site: 'site.json'
} as const;
export type FileKey = keyof typeof DATA_FILES;
export const FILE_KEYS = Object.keys(DATA_FILES) as FileKey[];

export interface DataProblem {
  file: string;
  /** JSON path, e.g. `$.actors[3].sites[0].lat` */
  path: string;
  expected: string;
  found: string;
  level: 'error' | 'warning';
}

export interface ParsedData {
  vocabulary: Vocabulary | null;
  masterplan: Masterplan | null;
  actors: Actor[] | null;
  projects: Project[] | null;
  geo: Topology | null;
  site: SiteConfig | null;
}

export interface ValidationResult {
  data: ParsedData;
  problems: DataProblem[];
  /** Files with at least one error; the views that need them show a message instead. */
  broken: Set<FileKey>;
}

type Raw = Partial<Record<FileKey, string | null>>;

const pathOf = (issue: v.BaseIssue<unknown>): string =>
  '$' +
  (issue.path ?? [])
    .map((p) => (typeof p.key === 'number' ? `[${p.key}]` : `.${String(p.key)}`))
    .join('');

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  const s = JSON.stringify(value);
  return s.length > 60 ? s.slice(0, 57) + '…' : s;
}

const SCHEMAS = {
  vocabulary: VocabularyFile,
  masterplan: MasterplanFile,
  actors: ActorsFile,
  projects: ProjectsFile,
  site: SiteFile
} as const;

/** `lean`: actors and projects are the lean copies (lean.ts), validated without their sources. */
export function validateData(raw: Raw, { lean = false } = {}): ValidationResult {
  const problems: DataProblem[] = [];
  const data: ParsedData = { vocabulary: null, masterplan: null, actors: null, projects: null, geo: null, site: null };
  const err = (key: FileKey, path: string, expected: string, found: string) =>
    problems.push({ file: DATA_FILES[key], path, expected, found, level: 'error' });

  const parsed: Partial<Record<FileKey, unknown>> = {};
  for (const key of FILE_KEYS) {
    const text = raw[key];
    if (text == null) {
      err(key, '$', 'the file to exist and be readable', 'no file');
      continue;
    }
    try {
      parsed[key] = JSON.parse(text);
    } catch (e) {
      err(key, '$', 'valid JSON', (e as Error).message);
    }
  }

  for (const key of ['vocabulary', 'masterplan', 'actors', 'projects', 'site'] as const) {
    if (!(key in parsed)) continue;
    const schema = lean && key === 'actors' ? Lean.ActorsFile : lean && key === 'projects' ? Lean.ProjectsFile : SCHEMAS[key];
    const result = v.safeParse(schema as (typeof SCHEMAS)[typeof key], parsed[key]);
    if (!result.success) {
      for (const issue of result.issues) {
        const leaf = deepestIssue(issue);
        err(key, pathOf(leaf), leaf.expected ?? leaf.message, leaf.received ?? describe(leaf.input));
      }
      continue;
    }
    const out = result.output as never;
    if (key === 'actors') data.actors = (out as { actors: Actor[] }).actors;
    else if (key === 'projects') data.projects = (out as { projects: Project[] }).projects;
    else (data as unknown as Record<string, unknown>)[key] = out;
  }
  if ('geo' in parsed) {
    const geo = parsed.geo as Topology;
    const objects = geo?.objects ?? {};
    if (geo?.type !== 'Topology' || !objects.laender || !objects.kreise)
      err('geo', '$.objects', 'a TopoJSON Topology with objects "laender" and "kreise"', describe(Object.keys(objects)));
    else data.geo = geo;
  }

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
    crossCheck(lenient, cross);
  } catch {
    cross.length = 0;
    crossCheck(data, cross);
  }
  const seen = new Set(problems.map((p) => `${p.file} ${p.path} ${p.expected}`));
  for (const p of cross) if (!seen.has(`${p.file} ${p.path} ${p.expected}`)) problems.push(p);

  if (data.site) {
    const c = data.site.contact;
    if (!c.email.trim() && !c.url.trim())
      problems.push({
        file: DATA_FILES.site,
        path: '$.contact',
        expected: 'a feedback contact (email or url) for the accessibility statement',
        found: 'empty',
        level: 'warning'
      });
  }
  const broken = new Set<FileKey>();
  for (const p of problems)
    if (p.level === 'error') broken.add(FILE_KEYS.find((k) => DATA_FILES[k] === p.file)!);
  return { data, problems, broken };
}

/** Unions report "invalid type" at the parent; the nested issue is the helpful one. */
function deepestIssue(issue: v.BaseIssue<unknown>): v.BaseIssue<unknown> {
  let best = issue;
  for (const sub of issue.issues ?? []) {
    const d = deepestIssue(sub);
    if ((d.path?.length ?? 0) > (best.path?.length ?? 0)) best = d;
  }
  return best;
}

function crossCheck(data: ParsedData, problems: DataProblem[]) {
  const err = (key: FileKey, path: string, expected: string, found: string) =>
    problems.push({ file: DATA_FILES[key], path, expected, found, level: 'error' });
  const voc = data.vocabulary;

  // Unique ids inside each vocabulary list, and stage parents.
  const sets: Record<string, Set<string>> = {};
  if (voc) {
    for (const list of ['branches', 'sides', 'fields', 'indications', 'stages', 'laender', 'kreise', 'types'] as const) {
      sets[list] = uniqueIds(voc[list], 'vocabulary', `$.${list}`, err);
    }
    voc.stages.forEach((s, i) => {
      if (s.parent && !sets.stages.has(s.parent))
        err('vocabulary', `$.stages[${i}].parent`, 'the id of a stage', describe(s.parent));
    });
    voc.kreise.forEach((k, i) => {
      if (!sets.laender.has(k.land)) err('vocabulary', `$.kreise[${i}].land`, 'the id of a Land', describe(k.land));
    });
  }
  const ref = (key: FileKey, path: string, list: string, id: string) => {
    if (sets[list] && !sets[list].has(id)) err(key, path, `an id from vocabulary.json ${list}`, describe(id));
  };

  // Geometry by Land and Kreis for the point-in-polygon checks.
  const landShape = new Map<string, Feature<Geometry>>();
  const kreisShape = new Map<string, Feature<Geometry>>();
  if (data.geo && voc) {
    const laender = feature(data.geo, data.geo.objects.laender as GeometryCollection).features;
    const kreise = feature(data.geo, data.geo.objects.kreise as GeometryCollection).features;
    for (const l of voc.laender) {
      const f = laender.find((g) => (g.properties as { ags?: string } | null)?.ags === l.ags);
      if (f) landShape.set(l.id, f);
    }
    for (const k of kreise) kreisShape.set(String((k.properties as { ags?: string } | null)?.ags), k);
  }

  const checkSites = (key: FileKey, base: string, sites: Site[]) => {
    const kreise = voc ? new Map(voc.kreise.map((k) => [k.id, k])) : null;
    sites.forEach((s, i) => {
      const p = `${base}.sites[${i}]`;
      ref(key, `${p}.land`, 'laender', s.land);
      ref(key, `${p}.kreis`, 'kreise', s.kreis);
      const k = kreise?.get(s.kreis);
      if (k && k.land !== s.land) err(key, `${p}.kreis`, `a Kreis of Land "${s.land}"`, `${s.kreis} (in "${k.land}")`);
      const land = landShape.get(s.land);
      if (land && !geoContains(land, [s.lon, s.lat]))
        err(key, `${p}`, `coordinates inside Land "${s.land}"`, `lon ${s.lon}, lat ${s.lat}`);
      else {
        const shape = kreisShape.get(s.kreis);
        if (shape && !geoContains(shape, [s.lon, s.lat]))
          err(key, `${p}`, `coordinates inside Kreis ${s.kreis}`, `lon ${s.lon}, lat ${s.lat}`);
      }
    });
  };
  const checkProfile = (key: FileKey, base: string, item: Actor | Project) => {
    const lists = [
      ['branches', 'branches'],
      ['sides', 'sides'],
      ['fields', 'fields'],
      ['indications', 'indications'],
      ['stages', 'stages']
    ] as const;
    for (const [prop, list] of lists) {
      const value = item[prop].value;
      if (Array.isArray(value)) {
        value.forEach((id, j) => ref(key, `${base}.${prop}.value[${j}]`, list, id));
        if (new Set(value).size !== value.length) err(key, `${base}.${prop}.value`, 'no repeated ids', describe(value));
      }
    }
  };

  const actorIds = new Set<string>();
  if (data.actors) {
    const seen = uniqueIds(data.actors, 'actors', '$.actors', err);
    seen.forEach((id) => actorIds.add(id));
    const siteIds = new Set<string>();
    data.actors.forEach((a, i) => {
      const base = `$.actors[${i}]`;
      ref('actors', `${base}.type`, 'types', a.type);
      checkProfile('actors', base, a);
      checkSites('actors', base, a.sites);
      if (a.region === 'in' && a.sites.length === 0)
        err('actors', `${base}.sites`, 'at least one site for region "in"', 'none');
      if (a.region === 'extern' && a.sites.length > 0)
        err('actors', `${base}.sites`, 'no sites for region "extern"', `${a.sites.length} sites`);
      a.sites.forEach((s, j) => {
        if (!s.id) return;
        if (siteIds.has(s.id)) err('actors', `${base}.sites[${j}].id`, 'a unique site id', describe(s.id));
        siteIds.add(s.id);
      });
    });
  }
  if (data.projects) {
    const seen = uniqueIds(data.projects, 'projects', '$.projects', err);
    data.projects.forEach((p, i) => {
      const base = `$.projects[${i}]`;
      if (actorIds.has(p.id)) err('projects', `${base}.id`, 'an id not used by an actor', describe(p.id));
      checkProfile('projects', base, p);
      checkSites('projects', base, p.sites);
      if (data.actors)
        p.partners.value.forEach((id, j) => {
          if (!actorIds.has(id)) err('projects', `${base}.partners.value[${j}]`, 'the id of an actor in actors.json', describe(id));
        });
    });
    void seen;
  }

  const mp = data.masterplan;
  if (mp) {
    const sum = (xs: { percent: number }[]) => xs.reduce((s, x) => s + x.percent, 0);
    const b = sum(mp.branchModel.shares);
    if (Math.abs(b - 100) > 1) err('masterplan', '$.branchModel.shares', 'shares adding up to 100 (±1)', String(b));
    const s = sum(mp.branchModel.sides);
    if (Math.abs(s - 100) > 1) err('masterplan', '$.branchModel.sides', 'shares adding up to 100 (±1)', String(s));
    mp.branchModel.shares.forEach((x, i) => ref('masterplan', `$.branchModel.shares[${i}].branch`, 'branches', x.branch));
    mp.branchModel.sides.forEach((x, i) => ref('masterplan', `$.branchModel.sides[${i}].side`, 'sides', x.side));
    mp.fields.forEach((x, i) => ref('masterplan', `$.fields[${i}].field`, 'fields', x.field));
    mp.coverage.forEach((x, i) => ref('masterplan', `$.coverage[${i}].field`, 'fields', x.field));
    mp.radars.forEach((r, i) => {
      ref('masterplan', `$.radars[${i}].field`, 'fields', r.field);
      r.axes.forEach((a, j) => ref('masterplan', `$.radars[${i}].axes[${j}].indication`, 'indications', a.indication));
    });
    const w = mp.medizinwerft;
    [...w.chain, ...w.supply, ...w.support].forEach((id) => ref('masterplan', '$.medizinwerft', 'stages', id));
    Object.values(w.sub).flat().forEach((id) => ref('masterplan', '$.medizinwerft.sub', 'stages', id));
  }
}

function uniqueIds(
  items: { id: string }[],
  key: FileKey,
  base: string,
  err: (key: FileKey, path: string, expected: string, found: string) => void
): Set<string> {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id)) err(key, `${base}[${i}].id`, 'a unique id', `${describe(item.id)} (used before)`);
    seen.add(item.id);
  });
  return seen;
}

export function formatProblem(p: DataProblem): string {
  return `${p.level === 'error' ? 'ERROR' : 'warning'} ${p.file} ${p.path}: expected ${p.expected}, found ${p.found}`;
}
