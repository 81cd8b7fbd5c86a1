import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareDe, sortKeyDe } from './compareDe.ts';

const icu = new Intl.Collator('de');
const sign = (n: number) => Math.sign(n);

/** Every name, short name, label and city of the data package, in both languages. */
function dataNames(): string[] {
  const out = new Set<string>();
  const walk = (v: unknown, key: string): void => {
    if (typeof v === 'string') { if (/name|label|short|city/.test(key)) out.add(v); }
    else if (Array.isArray(v)) v.forEach((x) => walk(x, key));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, k === 'de' || k === 'en' ? key : k);
  };
  for (const f of ['actors', 'projects', 'vocabulary']) walk(JSON.parse(readFileSync(`data/${f}.json`, 'utf8')), '');
  return [...out];
}

describe('compareDe', () => {
  it('sorts every name of the data package as localeCompare(…, "de") does', () => {
    const names = dataNames();
    expect(names.length).toBeGreaterThan(200);
    expect([...names].sort(compareDe)).toEqual([...names].sort(icu.compare));
  });
  it.each([
    ['Ärztekammer', 'Arzneimittel'], ['Öresund', 'Oldenburg'], ['Übersee', 'Uni'], ['Straße', 'Strasse'],
    ['Lübeck', 'Lueneburg'], ['Lübeck', 'Lubeck'], ['abc', 'ABC'], ['Kiel', 'kiel'], ['Beispielakteur 10', 'Beispielakteur 9'],
    ['Universität zu Lübeck', 'Universitätsklinikum Schleswig-Holstein'], ['Bad Segeberg', 'Bad-Segeberg'], ['Ørsted', 'Ostholstein'],
    ['Fraunhofer-Institut', 'Fraunhofer Institut'], ['Zeiss', 'Žižek'], ['Café', 'Cafe'], ['a', 'a'], ['', 'a']
  ])('%s vs %s in the order of Intl.Collator("de")', (a, b) => {
    expect(sign(compareDe(a, b))).toBe(sign(icu.compare(a, b)));
    expect(sign(compareDe(b, a))).toBe(sign(icu.compare(b, a)));
  });
  it.each([['Lübeck', 'lubeck'], ['Straße', 'strasse'], ['ÆØÅ', 'aeoa'], ['Kiel', 'kiel']])('sort key of %s is %s', (s, k) => {
    expect(sortKeyDe(s)).toBe(k);
  });
});
