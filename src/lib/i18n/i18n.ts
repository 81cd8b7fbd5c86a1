// UI strings come only from src/messages/{de,en}/*.json (one file per area, keys prefixed by the
// file name: map.json's "reset" is "map.reset"). Numbers and percentages follow the language.
import type { Text } from '../data/schema.ts';
import type { Lang } from '../state/url.ts';

type Messages = Record<string, string>;
const files = import.meta.glob<Messages>('../../messages/*/*.json', { eager: true, import: 'default' });

export const MESSAGES: Record<Lang, Messages> = { de: {}, en: {} };
for (const [path, messages] of Object.entries(files)) {
  const m = /messages\/(de|en)\/([\w-]+)\.json$/.exec(path);
  if (!m) continue;
  for (const [key, value] of Object.entries(messages)) MESSAGES[m[1] as Lang][`${m[2]}.${key}`] = value;
}

export interface I18n {
  lang: Lang;
  /** The message for key, with {name} placeholders filled in. A missing key shows the key (tests catch it). */
  t(key: string, params?: Record<string, string | number>): string;
  number(n: number): string;
  percent(n: number): string;
  /** A data label in this language; proper names are returned as they are. */
  text(text: Text | null | undefined): string;
  /** The lang attribute a data label needs in this UI (proper names are German). */
  langOf(text: Text | null | undefined): Lang | undefined;
}

const cache = new Map<Lang, I18n>();
export function i18n(lang: Lang): I18n {
  const hit = cache.get(lang);
  if (hit) return hit;
  const nf = new Intl.NumberFormat(lang === 'de' ? 'de-DE' : 'en-GB');
  const made: I18n = {
    lang,
    t(key, params) {
      let s = MESSAGES[lang][key] ?? key;
      if (params) for (const [k, v] of Object.entries(params)) s = s.replaceAll(`{${k}}`, typeof v === 'number' ? nf.format(v) : v);
      return s;
    },
    number: (n) => nf.format(n),
    // German sets a (narrow no-break) space before %, English none: "46 %" / "46%".
    percent: (n) => (lang === 'de' ? `${nf.format(n)}\u202f%` : `${nf.format(n)}%`),
    text: (text) => (!text ? '' : 'name' in text ? text.name : text[lang]),
    langOf: (text) => (text && 'name' in text && lang !== 'de' ? 'de' : undefined)
  };
  cache.set(lang, made);
  return made;
}
