// Seeded generator of hostile query strings for the URL ⇄ state tests (unit and browser). Each case says
// which state the app must end with: every parameter given a right value keeps it, every parameter given a
// wrong one (wrong type, another parameter's value, script fragments, bad percent encodings, very long)
// falls back to its default, and unknown keys are ignored. A repeated key keeps its first, right value.
import { DEFAULT_STATE, type UrlState } from '../../src/lib/state/url.ts';
import type { Dimension } from '../../src/lib/state/filters.ts';

export interface HostileCase {
  search: string;
  expected: UrlState;
  /** Which parameters were given a right value and which a wrong one, for messages. */
  right: string[];
  wrong: string[];
}

/** Marks every injected fragment, so a browser test can look for it anywhere in the DOM. */
export const MARK = 'zq9x';

const FILTER: Record<string, Dimension> = { b: 'region', s: 'side', f: 'field', i: 'indication', w: 'stage', l: 'land', k: 'kreis', p: 'project', t: 'type' };
type Param = { key: string; right: string[]; set: (s: UrlState, v: string) => UrlState };
const filter = (key: string, right: string[], map = (v: string) => v): Param => ({
  key,
  right,
  set: (s, v) => ({ ...s, filters: { ...s.filters, [FILTER[key]]: map(v) } })
});
const PARAMS: Param[] = [
  { key: 'lang', right: ['de', 'en'], set: (s, v) => ({ ...s, lang: v as UrlState['lang'] }) },
  { key: 'v', right: ['overview', 'branches', 'projects', 'radar', 'werft', 'map', 'sources', 'a11y'], set: (s, v) => ({ ...s, view: v as UrlState['view'] }) },
  filter('b', ['mt', 'bt', 'ph', 'mt.bt', 'mt.ph', 'bt.ph', 'mt.bt.ph', 'none'], (v) => v.replaceAll('.', '+')),
  filter('s', ['th', 'dx']),
  filter('f', ['ther', 'diag', 'img', 'lab', 'impl', 'op']),
  filter('i', ['onko', 'entz', 'infekt', 'zns', 'hk', 'immun', 'stoff', 'allerg']),
  filter('w', ['idea', 'research', 'dev', 'prod', 'market', 'drug']),
  filter('l', ['sh', 'hh']),
  filter('k', ['01002', '01003', '02000']),
  filter('p', ['moin', 'esp', 'fusion']),
  filter('t', ['uni', 'clinic', 'institute', 'company', 'network', 'authority']),
  { key: 'sel', right: ['a.uksh', 'p.moin', 'p.esp'], set: (s, v) => ({ ...s, selected: { kind: v[0] === 'a' ? 'actor' : 'project', id: v.slice(2) } }) },
  { key: 'tab', right: ['1'], set: (s) => ({ ...s, table: true }) },
  { key: 'r', right: ['d'], set: (s) => ({ ...s, werftReading: 'data' }) },
  { key: 'tf', right: ['f'], set: (s) => ({ ...s, projectsMode: 'future' }) },
  { key: 'mode', right: ['default', 'kiosk', 'embed', 'present'], set: (s, v) => ({ ...s, mode: v as UrlState['mode'] }) },
  { key: 'step', right: ['1', '3', '42', '99'], set: (s, v) => ({ ...s, step: Number(v) }) }
];

// Wrong for every parameter: script and markup fragments, bad percent encodings, wrong types, control and
// bidi characters, path tricks, and values that are right for no parameter at all.
const JUNK = [
  `<script>window.${MARK}=1</script>`,
  `"><img src=x onerror="window.${MARK}=1">`,
  `'><svg onload=window.${MARK}=1>`,
  `%3Cimg%20src%3Dx%20onerror%3Dwindow.${MARK}%3D1%3E`,
  `javascript:window.${MARK}=1`,
  `<a href="x" data-${MARK}="1">`,
  `%`, `%zz`, `%E0%A4%A`, `%C0%AF`, `%00`, `%0A${MARK}`, `%u202e${MARK}`,
  `${MARK}.${MARK}`, `-${MARK}`, `_${MARK}`, `ONKO`, `Moin`, `1e3`, `-1`, `NaN`, `Infinity`, `{"a":1}`, `[1,2]`, `${MARK},${MARK}`,
  `${'x'.repeat(41)}`, `${MARK.repeat(2000)}`, `../../etc/passwd`, `{{7*7}}`, `\${${MARK}}`, `__proto__`, `😀`, `\u202e${MARK}`
];
// Right-looking values that belong to another parameter or to no data, plus wrong types per parameter.
const WRONG: Record<string, string[]> = {
  lang: ['fr', 'DE', 'en-GB', '1', 'true'],
  v: ['mapp', 'Map', 'overview2', '0', 'kiosk'],
  b: ['mt.xx', 'bt.mt', 'mt..bt', 'all', '0'],
  s: ['both', 'th.dx', 'onko', '1'],
  f: ['onko', 'therapy', '0', 'true'],
  i: ['ther', 'cancer', '1'],
  w: ['stage', 'uni', '5'],
  l: ['de', 'ni', '01', 'true'],
  k: ['1002', '01999', 'kiel', '02000-1'],
  p: ['nosuch', 'uksh', '0'],
  t: ['hospital', 'moin', 'firm'],
  sel: ['x.moin', 'p.', 'a.nobody', 'p.uksh', 'a.moin', 'moin', 'p.moin.x'],
  tab: ['0', 'true', 'yes', '11'],
  r: ['data', 'D', '1'],
  tf: ['future', 'F', '1'],
  mode: ['Kiosk', 'admin', '1'],
  step: ['0', '-3', '1.5', '100', '1000000', 'abc', 'three']
};
const UNKNOWN_KEYS = ['zzz', 'LANG', 'V', 'filter', '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', `${MARK}`, '%zz', '', 'sel[]', 'b[0]', '&'];

/** mulberry32: the same sequence on every run. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function hostileQueries(count: number, seed = 2009): HostileCase[] {
  const rnd = random(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
  const cases: HostileCase[] = [];
  for (let n = 0; n < count; n++) {
    let expected: UrlState = DEFAULT_STATE;
    const parts: string[] = [];
    const right: string[] = [];
    const wrong: string[] = [];
    for (const p of PARAMS) {
      const roll = rnd();
      if (roll < 0.3) continue;
      if (roll < 0.6) {
        const v = pick(p.right);
        expected = p.set(expected, v);
        right.push(p.key);
        parts.push(`${p.key}=${encodeURIComponent(v)}`);
        // A repeated key after the right value does not undo it.
        if (rnd() < 0.15) parts.push(`${p.key}=${pick(JUNK)}`);
      } else {
        wrong.push(p.key);
        parts.push(`${p.key}=${rnd() < 0.5 ? pick(JUNK) : encodeURIComponent(pick(WRONG[p.key]))}`);
      }
    }
    for (let u = Math.floor(rnd() * 4); u > 0; u--) parts.push(`${pick(UNKNOWN_KEYS)}=${pick(JUNK)}`);
    if (rnd() < 0.1) parts.push(pick(JUNK)); // a key without '='
    // Shuffle, but keep each repeated key after its first (right) occurrence.
    const order = parts.map((part, i) => ({ part, i, r: rnd() })).sort((a, b) => a.r - b.r);
    const firstOf = new Map<string, number>();
    parts.forEach((part, i) => firstOf.has(part.split('=')[0]) || firstOf.set(part.split('=')[0], i));
    const shuffled = order.filter((o) => firstOf.get(o.part.split('=')[0]) === o.i).map((o) => o.part);
    for (const o of order) if (firstOf.get(o.part.split('=')[0]) !== o.i) shuffled.push(o.part);
    cases.push({ search: '?' + shuffled.join(rnd() < 0.1 ? '&&' : '&'), expected, right, wrong });
  }
  return cases;
}
