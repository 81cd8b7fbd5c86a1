// UI strings come only from src/messages/{de,en}/*.json (one file per area, keys prefixed by the
// file name: map.json's "reset" is "map.reset"). Numbers and percentages follow the language.
// Until a language's messages have arrived, its texts fall back to German.
import type { Text } from '../data/schema.ts';
import type { Lang } from '../state/url.ts';

import DE from './catalog-de.ts';
import type { Messages } from './merge.ts';
import { catalog } from './version.svelte.ts';

// German ships in the main bundle; English is a chunk of its own, loaded when needed (loadMessages).
export const MESSAGES: Record<Lang, Messages> = { de: DE, en: {} };
const loading = new Map<Lang, Promise<void>>();

export function messagesLoaded(lang: Lang): boolean {
  return Object.keys(MESSAGES[lang]).length > 0;
}
export function loadMessages(lang: Lang): Promise<void> {
  if (messagesLoaded(lang)) return Promise.resolve();
  let p = loading.get(lang);
  if (!p) {
    p = import('./catalog-en.ts').then((m) => {
      MESSAGES.en = m.default;
      catalog.version++;
    });
    loading.set(lang, p);
  }
  return p;
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
      void catalog.version; // redraw when a language arrives
      let s = MESSAGES[lang][key] ?? MESSAGES.de[key] ?? key;
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
