// The build ships each of actors.json and projects.json as two files that together hold it once: the
// core under the file's own name (every record with what the views draw and filter, marked
// `"part": "core"`) for the first draw, and the detail (sources, descriptions, addresses, links) in
// `*.detail.json`, fetched when a reader asks for it. merge(split(x)) equals x.
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Fields only the details panel and the sources page show; lists stay in the core as [] until merged. */
const DETAIL = new Set(['src', 'mentioned', 'description', 'address', 'url']);
const LISTS = new Set(['src', 'mentioned']);
/** Kept whole in the core: drawn, and small. */
const WHOLE = new Set(['count']);
/**
 * Parts whose sources the core keeps in brief (kind and reference only, the notes and reasons go to the
 * detail): the lighthouse view tells a placement stated in the masterplan from one derived (placementKind).
 */
const BRIEF = new Set(['placement']);
const brief = (src: Json): Json => (Array.isArray(src) ? src.map((s) => (isObject(s) ? { kind: s.kind ?? null, ...(s.ref === undefined ? {} : { ref: s.ref }) } : s)) : src);

export const DETAIL_FILES = { actors: 'actors.detail.json', projects: 'projects.detail.json', masterplan: 'masterplan.story.json' } as const;

/**
 * masterplan.json is split by its top-level parts instead: what only the masterplan's own figure views
 * (Abb. 1, 6, 8 in detail), the sources page and the presentation read goes to masterplan.story.json,
 * fetched when one of them is first shown (Abb. 1 and 6 whole, and the figures' printed labels, which
 * only check:data reads). The dashboard's figures stay in the core; the browser's guard checks the story
 * parts once they are merged.
 */
export const STORY_KEYS = ['figures', 'trends', 'strategyFields', 'focusThemes', 'transferLevels', 'trendItems', 'vision', 'strategyDetails', 'strategyCenter', 'council', 'settlementWindow', 'newThemes', 'norgentaFields', 'competenceLevels', 'outlook', 'focusNote'];
export type SplitKey = keyof typeof DETAIL_FILES;
/** The mark of a core file; a file without it is whole (e.g. data/ copied by hand). */
export const CORE_MARK = { part: 'core' } as const;

const isObject = (x: Json): x is { [key: string]: Json } => !!x && typeof x === 'object' && !Array.isArray(x);

/** [core, detail]; a part that holds nothing is null. Within a BRIEF part, sources stay in brief. */
export function split(value: Json, inBrief = false): [Json, Json] {
  if (Array.isArray(value)) {
    const parts = value.map((v) => split(v, inBrief));
    const detail = parts.map(([, d]) => d);
    return [parts.map(([c]) => c), detail.every((d) => d === null) ? null : detail];
  }
  if (!isObject(value)) return [value, null];
  const core: { [key: string]: Json } = {};
  const detail: { [key: string]: Json } = {};
  for (const [k, v] of Object.entries(value)) {
    if (WHOLE.has(k)) core[k] = v;
    else if (DETAIL.has(k)) {
      detail[k] = v;
      if (LISTS.has(k)) core[k] = inBrief && k === 'src' ? brief(v) : [];
    }
    else {
      const [c, d] = split(v, inBrief || BRIEF.has(k));
      core[k] = c;
      if (d !== null) detail[k] = d;
    }
  }
  return [core, Object.keys(detail).length ? detail : null];
}

/** The core with its detail put back where it was taken from. */
export function merge(core: Json, detail: Json): Json {
  if (detail === null || detail === undefined) return core;
  if (Array.isArray(core) && Array.isArray(detail)) return core.map((c, i) => merge(c, detail[i] ?? null));
  if (isObject(core) && isObject(detail)) {
    const out: { [key: string]: Json } = { ...core };
    for (const [k, d] of Object.entries(detail)) out[k] = k in core && !DETAIL.has(k) ? merge(core[k], d) : d;
    return out;
  }
  return core;
}

function splitParts(value: Json, keys: string[]): [Json, Json] {
  if (!isObject(value)) return [value, null];
  const core: { [key: string]: Json } = {};
  const detail: { [key: string]: Json } = {};
  for (const [k, v] of Object.entries(value)) (keys.includes(k) ? detail : core)[k] = v;
  return [core, detail];
}

/** The two file texts of one data file's text (minified); the core carries CORE_MARK. */
export function splitText(text: string, key: SplitKey = 'actors'): { core: string; detail: string } {
  const value = JSON.parse(text) as Json;
  const [core, detail] = key === 'masterplan' ? splitParts(value, STORY_KEYS) : split(value);
  return { core: JSON.stringify({ ...CORE_MARK, ...(core as object) }), detail: JSON.stringify(detail) };
}

/** Whether a parsed file is a core that has a detail file to merge. */
export const isCore = (value: unknown): boolean => (value as { part?: unknown } | null)?.part === CORE_MARK.part;

/** A core with its detail merged, unmarked. */
export function mergeCore(core: unknown, detail: unknown): Json {
  const { part: _part, ...rest } = core as { [key: string]: Json };
  return merge(rest, detail as Json);
}

/** Whether the masterplan's story parts are there (a whole file, or a core with its story merged). */
export const hasStory = (masterplan: unknown): boolean => !!masterplan && !isCore(masterplan) && typeof masterplan === 'object';
