// Allowed values and the nearest one, for messages about a wrong vocabulary value or a missing field.
import leven from 'leven';
import type { Text } from './schema.ts';

export interface Choice {
  id: string;
  /** other spellings that point at this id: labels and aliases */
  words?: string[];
}

/** "uni, clinic, institute" — at most `max` values, then how many more. */
export function allowedList(ids: readonly string[], max = 10): string {
  const shown = ids.slice(0, max).join(', ');
  return ids.length > max ? `${shown}, … (${ids.length} in all)` : shown;
}

/** The choice nearest to `value` by edit distance over its id and words, if it is near enough. */
export function nearest(value: string, choices: readonly Choice[]): string | null {
  const v = value.toLowerCase();
  let best: { id: string; d: number } | null = null;
  for (const c of choices)
    for (const w of [c.id, ...(c.words ?? [])]) {
      const word = w.toLowerCase();
      const d = Math.min(leven(v, word), ...word.split(/[\s/()-]+/).filter(Boolean).map((part) => leven(v, part)));
      if (!best || d < best.d) best = { id: c.id, d };
    }
  return best && best.d <= Math.max(2, Math.floor(v.length / 2)) && best.id !== value ? best.id : null;
}

/** The words a term of the vocabulary is known by. */
export function termWords(term: { label: Text; aliases?: string[] }): string[] {
  const l = term.label as Partial<{ de: string; en: string; name: string }>;
  return [l.de, l.en, l.name, ...(term.aliases ?? [])].filter((w): w is string => !!w);
}
