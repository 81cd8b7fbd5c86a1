// Abb. 8 as the transfer view reads it: the levels of technology transfer between Akademie and Industrie.
// The figure's text extraction is garbled, so the examples' assignment is a reading (the data says so).
// The two sides set the actor-type filter: academia → universities, industry → companies. Pure.
import type { Masterplan, Translated } from '../data/schema.ts';
import type { Lang } from '../state/url.ts';

export const SIDE_TYPES = ['uni', 'company'] as const;

export interface TransferRow { id: string; label: string; example: string }

export function transferRows(mp: Masterplan, lang: Lang): TransferRow[] {
  return mp.transferLevels.levels.map((l) => ({ id: l.id, label: l.label[lang], example: l.example?.[lang] ?? '' }));
}

export function transferSides(mp: Masterplan, lang: Lang): [string, string] {
  const s = mp.transferLevels.sides as Translated[];
  return [s[0]?.[lang] ?? '', s[1]?.[lang] ?? ''];
}

/** True when the levels' example assignments are marked as a reading. */
export const transferIsReading = (mp: Masterplan) => mp.transferLevels.src.some((s) => s.kind === 'reading');
