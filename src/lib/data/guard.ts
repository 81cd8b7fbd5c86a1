// The browser's cheap structural guard of the built data package: the shapes the views rely on, checked
// in one pass, each failure named by file and JSON path. The full schema, the cross-checks and the
// geometry run in check:data and the build (validate.ts), never at load time.
import { describe, type DataProblem, type FileKey } from './files.ts';
import { isCore, STORY_KEYS } from './split.ts';

/**
 * A shape: 's' string, 'n' number, 'b' boolean, 'T' text ({de,en} or {name}), 'L' list of ids or a word
 * ("unknown", "none"), '*' anything; a trailing '?' makes it optional (or null); [shape] a list of it;
 * an object, those fields.
 */
export type Shape = string | [Shape] | { [key: string]: Shape };

const WORDS: Record<string, string> = { s: 'a text', n: 'a number', b: 'true or false', T: 'a text {"de","en"} or {"name"}', L: 'a list of ids or "unknown"' };

function isText(x: unknown): boolean {
  if (!x || typeof x !== 'object') return false;
  const t = x as Record<string, unknown>;
  return typeof t.name === 'string' || (typeof t.de === 'string' && typeof t.en === 'string');
}

const OK: Record<string, (x: unknown) => boolean> = {
  s: (x) => typeof x === 'string',
  n: (x) => typeof x === 'number' && Number.isFinite(x),
  b: (x) => typeof x === 'boolean',
  T: isText,
  L: (x) => typeof x === 'string' || (Array.isArray(x) && x.every((i) => typeof i === 'string')),
  '*': () => true
};

/** Every place where `value` does not have `shape`, as [path, expected, found]. */
export function shapeProblems(value: unknown, shape: Shape, path = '$', out: [string, string, string][] = []): [string, string, string][] {
  walk(value, shape, [path], out);
  return out;
}

// The path is a stack of keys, written out only where a problem is found: a large file has
// hundreds of thousands of fields and, when it is sound, no problem at all.
type PathParts = (string | number)[];
const pathText = (parts: PathParts) => parts.map((p, i) => (i === 0 ? p : typeof p === 'number' ? `[${p}]` : `.${p}`)).join('');

function walk(value: unknown, shape: Shape, parts: PathParts, out: [string, string, string][]) {
  if (typeof shape === 'string') {
    const optional = shape.endsWith('?');
    if (optional && value == null) return;
    const kind = optional ? shape.slice(0, -1) : shape;
    if (value === undefined) out.push([pathText(parts), `the field (${WORDS[kind] ?? 'a value'})`, 'nothing']);
    else if (!OK[kind](value)) out.push([pathText(parts), WORDS[kind] ?? kind, describe(value)]);
  } else if (Array.isArray(shape)) {
    if (!Array.isArray(value)) out.push([pathText(parts), 'a list', describe(value)]);
    else
      for (let i = 0; i < value.length; i++) {
        parts.push(i);
        walk(value[i], shape[0], parts, out);
        parts.pop();
      }
  } else if (!value || typeof value !== 'object' || Array.isArray(value)) out.push([pathText(parts), 'an object', describe(value)]);
  else
    for (const k in shape) {
      parts.push(k);
      walk((value as Record<string, unknown>)[k], shape[k], parts, out);
      parts.pop();
    }
}

const term = { id: 's', label: 'T' };
const valued = (value: Shape): Shape => ({ value });
const site = { city: 'T', land: 's', kreis: 's', lon: 'n', lat: 'n' };
const profile = { branches: valued('L'), sides: valued('L'), fields: valued('L'), indications: valued('L'), stages: valued('L') };
const src: Shape = [{ kind: 's' }];

export const SHAPES: Record<FileKey, Shape> = {
  vocabulary: {
    branches: [term], sides: [term], fields: [term], indications: [term],
    stages: [{ ...term, group: 's', parent: 's?', order: 'n?' }],
    laender: [{ ...term, ags: 's' }], kreise: [{ ...term, land: 's', kind: 's' }], types: [term]
  },
  masterplan: {
    document: { title: 'T', credit: 'T', src },
    counts: [{ id: 's', value: 'n', label: 'T', src }],
    market: [{ id: 's', value: 'n', label: 'T', src }],
    branchModel: {
      shares: [{ branch: 's', percent: 'n', src }], sides: [{ side: 's', percent: 'n', src }],
      unassigned: { count: 'n', label: 'T', src }, overlapOrder: [{ smaller: 's', larger: 's' }], caption: 'T', src
    },
    fields: [{ field: 's', src }],
    coverage: [{ field: 's', degree: 's', label: 'T', src }],
    radars: [{ field: 's', axes: [{ indication: 's', level: 's' }], src }],
    medizinwerft: { chain: ['s'], sub: '*', supply: ['s'], support: ['s'], notes: '*', frame: { label: 'T', role: 'T', src }, caption: 'T', src },
    trends: [{ id: 's', label: 'T', src }],
    strategyFields: [{ id: 's', label: 'T', goal: 'T', src }],
    todayFuture: { today: { label: 'T', text: 'T' }, future: { label: 'T', text: 'T' }, src },
    focusThemes: [{ id: 's', label: 'T', fields: ['s'], indications: ['s'], src }]
  },
  actors: {
    actors: [{ id: 's', name: 'T', short: 's?', type: 's', region: 's', count: '*', sites: [site], ...profile }]
  },
  projects: {
    projects: [{ id: 's', short: 's', name: 'T', placement: { region: 's', side: 's', src }, ...profile, partners: valued('L'), sites: [site] }]
  },
  geo: { type: 's', objects: { laender: { type: 's' }, kreise: { type: 's' } } },
  site: { contact: { name: 's', email: 's', url: 's' } }
};

/** The masterplan's core is checked without its story parts: they are checked when merged. */
function shapeOf(key: FileKey, value: unknown): Shape {
  if (key !== 'masterplan' || !isCore(value)) return SHAPES[key];
  return Object.fromEntries(Object.entries(SHAPES.masterplan as Record<string, Shape>).filter(([k]) => !STORY_KEYS.includes(k)));
}

/** The guard of one parsed file: at most `max` problems (a broken file is broken after the first). */
export function guardFile(key: FileKey, file: string, value: unknown, max = 20): DataProblem[] {
  return shapeProblems(value, shapeOf(key, value))
    .slice(0, max)
    .map(([path, expected, found]) => ({ file, path, expected, found, level: 'error', code: found === 'nothing' ? 'field' : 'value' }));
}
