// UI strings come only from src/messages/{de,en}/*.json (one file per area, keys prefixed by the
// file name: map.json's "reset" is "map.reset"). Numbers and percentages follow the language.
// Until a language's messages have arrived, its texts fall back to German.
import type { Text } from '../data/schema.ts';
import type { Lang } from '../state/url.ts';

import DE from './catalog-de.ts';
import type { Messages } from './merge.ts';
import { formatNumber } from './formatNumber.ts';
import { catalog } from './version.svelte.ts';

// German ships in the main bundle, the dashboard's part of it (catalog-de.ts); the rest of German
// (catalog-de-later.ts) and all of English are chunks of their own, loaded when needed (loadMessages).
export const MESSAGES: Record<Lang, Messages> = { de: { ...DE }, en: {} };
const complete: Record<Lang, boolean> = { de: false, en: false };
const loading = new Map<Lang, Promise<void>>();

export function messagesLoaded(lang: Lang): boolean {
  return complete[lang];
}
/** All messages of a language; a shell or view off the dashboard awaits it before it draws. */
export function loadMessages(lang: Lang): Promise<void> {
  if (complete[lang]) return Promise.resolve();
  let p = loading.get(lang);
  if (!p) {
    p = (lang === 'de' ? import('./catalog-de-later.ts') : import('./catalog-en.ts')).then((m) => {
      Object.assign(MESSAGES[lang], m.default);
      complete[lang] = true;
      catalog.version++;
    });
    loading.set(lang, p);
  }
  return p;
}

/** A loader that also brings the rest of the German messages (English, when asked for, is whole). */
export const withMessages = <T>(load: () => Promise<T>) => (): Promise<T> => Promise.all([load(), loadMessages('de')]).then(([m]) => m);

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
  const format = (n: number) => formatNumber(n, lang);
  const made: I18n = {
    lang,
    t(key, params) {
      void catalog.version; // redraw when a language arrives
      let s = MESSAGES[lang][key] ?? MESSAGES.de[key];
      if (s === undefined) {
        // a text of the later German part, asked for before it arrived: fetched now, redrawn on arrival
        if (!complete.de) {
          loadMessages('de');
          return '';
        }
        s = key;
      }
      if (params) for (const [k, v] of Object.entries(params)) s = s.replaceAll(`{${k}}`, typeof v === 'number' ? format(v) : v);
      return s;
    },
    number: format,
    // German sets a (narrow no-break) space before %, English none: "46 %" / "46%".
    percent: (n) => (lang === 'de' ? `${format(n)}\u202f%` : `${format(n)}%`),
    text: (text) => (!text ? '' : 'name' in text ? text.name : text[lang]),
    langOf: (text) => (text && 'name' in text && lang !== 'de' ? 'de' : undefined)
  };
  cache.set(lang, made);
  return made;
}
