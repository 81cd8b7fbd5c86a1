import { describe, expect, it } from 'vitest';
import { countParts } from './countParts.ts';
import { i18n } from '../i18n/i18n.ts';

describe('countParts', () => {
  it('splits a message around its counts, numbers formatted in the language', () => {
    const ui = i18n('de');
    const t = (_k: string, p?: Record<string, string | number>) => `n = ${p!.n}, davon ${p!.u} ohne Angabe (${p!.field})`;
    const parts = countParts(t, ui.number, 'x', { field: 'Diagnostika' }, { n: { key: 'k:n', value: 1200 }, u: { key: 'k:u', value: 3 } });
    expect(parts).toEqual([
      { text: 'n = ' },
      { text: '1.200', count: 'k:n', value: 1200 },
      { text: ', davon ' },
      { text: '3', count: 'k:u', value: 3 },
      { text: ' ohne Angabe (Diagnostika)' }
    ]);
    expect(parts.map((p) => p.text).join('')).toBe(t('x', { n: ui.number(1200), u: '3', field: 'Diagnostika' }));
  });
});
