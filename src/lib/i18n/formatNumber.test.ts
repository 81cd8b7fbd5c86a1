// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { formatNumber } from './formatNumber.ts';

const intl = { de: new Intl.NumberFormat('de-DE'), en: new Intl.NumberFormat('en-GB') };

describe('numbers as Intl.NumberFormat writes them', () => {
  const fixed = [0, -0, 1, 7, 12, 46, 54, 99.5, 150, 999, 1000, 1234, 12345, 123456, 1234567, 0.5, 0.25, 0.125, 0.0625, 1.0005, 2.5, 2.675, 33.3333, 66.6667, 1e-7, -1, -1234.5678, -0.0001, 123456789.987654, 1e20, NaN, Infinity, -Infinity];
  it.each((['de', 'en'] as const).flatMap((lang) => fixed.map((n) => [lang, n] as const)))('%s %s', (lang, n) => {
    expect(formatNumber(n, lang)).toBe(intl[lang].format(n));
  });
  it('agrees on 20,000 random numbers of every magnitude', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    for (let i = 0; i < 10000; i++) {
      const n = (random() - 0.3) * 10 ** Math.floor(random() * 12 - 4);
      const rounded = Math.round(n * 1000) / 1000;
      for (const lang of ['de', 'en'] as const) {
        expect(formatNumber(n, lang), `${lang} ${n}`).toBe(intl[lang].format(n));
        expect(formatNumber(rounded, lang), `${lang} ${rounded}`).toBe(intl[lang].format(rounded));
      }
    }
  });
});
