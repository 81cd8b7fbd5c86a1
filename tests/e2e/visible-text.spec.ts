import { test, expect } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { openApp } from './helpers.ts';

// Every visible text in the UI comes from the message files or the data: nothing hard-coded.
function knownFragments(): string[] {
  const frags = new Set<string>();
  for (const lang of ['de', 'en'])
    for (const f of readdirSync(`src/messages/${lang}`)) {
      const msgs = JSON.parse(readFileSync(`src/messages/${lang}/${f}`, 'utf8')) as Record<string, string>;
      for (const v of Object.values(msgs)) for (const part of v.split(/\{\w+\}/)) if (part.trim()) frags.add(part.trim());
    }
  const walk = (v: unknown) => {
    if (typeof v === 'string') v.trim() && frags.add(v.trim());
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  for (const f of ['vocabulary', 'masterplan', 'actors', 'projects', 'site']) walk(JSON.parse(readFileSync(`data/${f}.json`, 'utf8')));
  // Longest first, so "Medizintechnik" is not eaten by "Medizin".
  return [...frags].sort((a, b) => b.length - a.length);
}
const NEUTRAL = /^[\s\d.,:;·×–—\-+()%/∩<>=…'"„“”‚‘’?!#*&|→←↑↓▲▼◀▶⁺¹²³°\u202f\u00a0nN]*$/;

const PAGES = ['', 'v=branches', 'v=projects', 'v=radar', 'v=werft', 'v=map', 'v=sources', 'v=a11y', 'tab=1', 'i=onko&f=ther', 'sel=p.moin', 'sel=a.uksh'];
const fragments = knownFragments();
const regexCache = new Map<string, RegExp>();
function wordRegex(f: string): RegExp {
  let r = regexCache.get(f);
  if (!r) {
    const esc = f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    // A word boundary only where the fragment itself starts or ends with a letter or digit.
    const before = /^[\p{L}\p{N}]/u.test(f) ? '(?<![\\p{L}\\p{N}])' : '';
    const after = /[\p{L}\p{N}]$/u.test(f) ? '(?![\\p{L}\\p{N}])' : '';
    r = new RegExp(`${before}${esc}${after}`, 'gu');
    regexCache.set(f, r);
  }
  return r;
}

for (const lang of ['de', 'en'])
  for (const q of PAGES)
    test(`no text outside messages and data: ?${q} (${lang})`, async ({ page }) => {
      await openApp(page, [q, lang === 'en' ? 'lang=en' : ''].filter(Boolean).join('&'));
      const texts = await page.evaluate(() => {
        const out: string[] = [];
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        const wrapped = new Set<Element>();
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const el = n.parentElement;
          if (!el || el.closest('script,style,noscript')) continue;
          // An SVG label wrapped into several lines is judged whole: a line ending in "-" before a
          // lowercase line was a break inside a compound ("Stoffwechsel-" + "krankheiten").
          const svgText = el.closest('text');
          if (svgText && svgText.querySelectorAll('tspan').length > 1) {
            if (wrapped.has(svgText) || !svgText.getClientRects().length) continue;
            wrapped.add(svgText);
            const lines = [...svgText.querySelectorAll('tspan')].map((s) => (s.textContent ?? '').trim()).filter(Boolean);
            out.push(lines.reduce((acc, l) => (!acc ? l : /-$/.test(acc) && /^\p{Ll}/u.test(l) ? acc.slice(0, -1) + l : /[-/]$/.test(acc) ? acc + l : `${acc} ${l}`), ''));
            continue;
          }
          const t = (n.textContent ?? '').trim();
          if (t && el.getClientRects().length) out.push(t);
        }
        return out;
      });
      const unexplained = texts
        .map((t) => {
          let rest = t;
          // Whole words only: the fragment ", Diagnostik" must not eat "Diagnostika".
          for (const f of fragments) if (rest.includes(f)) rest = rest.replace(wordRegex(f), ' ');
          return { t, rest };
        })
        .filter(({ rest }) => !NEUTRAL.test(rest))
        .map(({ t, rest }) => `${JSON.stringify(t)} → ${JSON.stringify(rest.trim())}`);
      expect(unexplained).toEqual([]);
    });
