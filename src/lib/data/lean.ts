// The lean copies of actors.json and projects.json that the app loads first: the same records without
// sources and descriptions, so the first view draws from a fraction of the bytes. The full files
// follow when the browser is idle (load.ts); the diagrams' placement sources stay in (they are drawn).
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const DROP = new Set(['src', 'description', 'address', 'url']);

function strip(value: Json): Json {
  if (Array.isArray(value)) return value.map(strip);
  if (value && typeof value === 'object') {
    const out: { [key: string]: Json } = {};
    for (const [k, v] of Object.entries(value)) {
      if (k === 'placement' || k === 'count') out[k] = v; // kept whole: drawn, and small
      else if (k === 'mentioned') out[k] = []; // only the details panel shows it
      else if (!DROP.has(k)) out[k] = strip(v);
    }
    return out;
  }
  return value;
}

export const LEAN_FILES = { actors: 'actors.lean.json', projects: 'projects.lean.json' } as const;

export function leanCopy(text: string): string {
  return JSON.stringify(strip(JSON.parse(text) as Json));
}
