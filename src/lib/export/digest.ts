// The handout's sources page in brief: which parts of the masterplan the values come from, and how many
// values rest on public sources or are derived, unconfirmed or a reading. The full list, value by value,
// is the app's sources page. Pure.
import type { Source } from '../data/schema.ts';

export interface SourceDigest {
  /** masterplan references (figures, sections) as the data gives them, in a stable order */
  masterplanRefs: string[];
  /** distinct public sources (by address) */
  publicSources: number;
  /** values by kind of source */
  values: Record<Source['kind'], number>;
}

export function sourceDigest(rows: readonly { src: readonly Source[] }[]): SourceDigest {
  const refs = new Set<string>();
  const urls = new Set<string>();
  const values: SourceDigest['values'] = { masterplan: 0, public: 0, derived: 0, unconfirmed: 0, reading: 0 };
  for (const row of rows)
    for (const s of row.src) {
      values[s.kind]++;
      if (s.kind === 'masterplan') refs.add(s.ref);
      else if (s.kind === 'public') urls.add(s.url);
    }
  const order = (r: string) => (r.startsWith('Abb.') ? 0 : r.startsWith('§') ? 1 : 2);
  const masterplanRefs = [...refs].sort((a, b) => order(a) - order(b) || a.localeCompare(b, 'de', { numeric: true }));
  return { masterplanRefs, publicSources: urls.size, values };
}
