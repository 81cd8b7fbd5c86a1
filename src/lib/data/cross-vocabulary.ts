// Cross-checks of the vocabulary: unique ids per list, parents and Länder that exist; and the check that
// a value elsewhere is an id of a list, which names the allowed ids and the nearest one.
import { describe, type Report, type FileKey } from './files.ts';
import { allowedList, nearest, termWords } from './suggest.ts';
import type { Vocabulary } from './schema.ts';

export const LISTS = ['branches', 'sides', 'fields', 'indications', 'stages', 'laender', 'kreise', 'types'] as const;
export type List = (typeof LISTS)[number];
export type Ref = (key: FileKey, path: string, list: List, id: unknown) => void;

export function uniqueIds(items: { id: string }[], key: FileKey, base: string, err: Report): Set<string> {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id)) err(key, `${base}[${i}].id`, 'a unique id', `${describe(item.id)} (used before)`);
    seen.add(item.id);
  });
  return seen;
}

export function checkVocabulary(voc: Vocabulary, err: Report): Record<List, Set<string>> {
  const sets = Object.fromEntries(LISTS.map((list) => [list, uniqueIds(voc[list], 'vocabulary', `$.${list}`, err)])) as Record<List, Set<string>>;
  voc.stages.forEach((s, i) => {
    if (s.parent && !sets.stages.has(s.parent)) err('vocabulary', `$.stages[${i}].parent`, 'the id of a stage', describe(s.parent));
  });
  voc.kreise.forEach((k, i) => {
    if (!sets.laender.has(k.land)) err('vocabulary', `$.kreise[${i}].land`, 'the id of a Land', describe(k.land));
  });
  return sets;
}

/**
 * `ref(file, path, list, id)` reports an id that is not in the vocabulary list, with the allowed ids and
 * the nearest one; a missing value is reported as a missing field that says what it may hold.
 */
export function makeRef(voc: Vocabulary | null, sets: Record<List, Set<string>> | null, err: Report): Ref {
  return (key, path, list, id) => {
    if (!voc || !sets || (typeof id === 'string' && sets[list].has(id))) return;
    const ids = [...sets[list]];
    const expected = `one of: ${allowedList(ids)}; see vocabulary.json ${list}`;
    if (id === undefined) return err(key, path, expected, 'nothing', { code: 'field' });
    const near = typeof id === 'string' ? nearest(id, voc[list].map((t) => ({ id: t.id, words: termWords(t) }))) : null;
    err(key, path, expected, describe(id), { code: 'value', hint: near ? `did you mean "${near}"?` : undefined });
  };
}
