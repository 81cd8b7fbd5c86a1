// The files of the data package and the shape of a problem found in them. No validation library here:
// the browser, check:data and the build share this module.
import type { Topology } from 'topojson-specification';
import type { Actor, Masterplan, Project, SiteConfig, Vocabulary } from './schema.ts';

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

/** The regions of the branch model: sets of branches (ids sorted mt, bt, ph and joined by "+") or none. */
export const REGIONS = ['mt', 'bt', 'ph', 'mt+bt', 'mt+ph', 'bt+ph', 'mt+bt+ph', 'none'] as const;
export type Region = (typeof REGIONS)[number];

/**
 * What went wrong, for a message in the reader's language: the file is not there (`missing`), could not
 * be fetched (`network`), came back as a web page (`html`), ends too early (`truncated`), is not JSON
 * (`json`), lacks a field (`field`) or holds a wrong value (`value`).
 */
export type ProblemCode = 'missing' | 'network' | 'html' | 'truncated' | 'json' | 'field' | 'value';

export interface DataProblem {
  file: string;
  /** JSON path, e.g. `$.actors[3].sites[0].lat` */
  path: string;
  expected: string;
  found: string;
  level: 'error' | 'warning';
  code?: ProblemCode;
  /** e.g. `did you mean "clinic"?` */
  hint?: string;
  /** the offending line of the file and a caret under the place (broken JSON) */
  excerpt?: string;
}

export interface ParsedData {
  vocabulary: Vocabulary | null;
  masterplan: Masterplan | null;
  actors: Actor[] | null;
  projects: Project[] | null;
  geo: Topology | null;
  site: SiteConfig | null;
}

export type Report = (key: FileKey, path: string, expected: string, found: string, extra?: Partial<DataProblem>) => void;

/** A value as a maintainer would type it, shortened. */
export function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  const s = JSON.stringify(value);
  return s.length > 60 ? s.slice(0, 57) + '…' : s;
}

/** The last key of a JSON path: `$.actors[0].type` → `type`. */
export const fieldOf = (path: string): string => /\.([^.[\]]+)$/.exec(path)?.[1] ?? path;

/** One line per problem (and the offending line of broken JSON), as check:data and the build print it. */
export function formatProblem(p: DataProblem, { level = true } = {}): string {
  const head = `${level ? (p.level === 'error' ? 'ERROR ' : 'warning ') : ''}${p.file} ${p.path}: `;
  const body =
    p.code === 'field'
      ? `missing field \`${fieldOf(p.path)}\`` + (p.expected ? ` (${p.expected})` : '')
      : `expected ${p.expected}, found ${p.found}`;
  return head + body + (p.hint ? ` – ${p.hint}` : '') + (p.excerpt ? '\n' + p.excerpt : '');
}

/** The files with at least one error. */
export function brokenFiles(problems: DataProblem[]): Set<FileKey> {
  const broken = new Set<FileKey>();
  for (const p of problems) {
    const key = FILE_KEYS.find((k) => DATA_FILES[k] === p.file);
    if (p.level === 'error' && key) broken.add(key);
  }
  return broken;
}
