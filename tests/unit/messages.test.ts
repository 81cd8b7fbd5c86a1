// Both locales have identical key sets, no empty strings, and the same placeholders.
import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../../src/lib/i18n/i18n.ts';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('messages', () => {
  it('has identical key sets in DE and EN', () => {
    expect(Object.keys(MESSAGES.de).sort()).toEqual(Object.keys(MESSAGES.en).sort());
  });
  it('has no empty message', () => {
    for (const lang of ['de', 'en'] as const) for (const [k, v] of Object.entries(MESSAGES[lang])) expect(v.trim(), `${lang} ${k}`).not.toBe('');
  });
  it('uses the same placeholders in both languages', () => {
    for (const [k, v] of Object.entries(MESSAGES.de)) expect(placeholders(MESSAGES.en[k] ?? ''), k).toEqual(placeholders(v));
  });
});

describe('the German messages in two parts', () => {
  it('the dashboard part and the later part are disjoint and hold every German file', async () => {
    const dashboard = (await import('../../src/lib/i18n/catalog-de.ts')).default;
    const later = (await import('../../src/lib/i18n/catalog-de-later.ts')).default;
    const { readdirSync } = await import('node:fs');
    const areas = readdirSync('src/messages/de').map((f) => f.replace('.json', ''));
    const areaOf = (k: string) => k.split('.')[0];
    expect(Object.keys(later).filter((k) => k in dashboard)).toEqual([]);
    expect([...new Set([...Object.keys(dashboard), ...Object.keys(later)].map(areaOf))].sort()).toEqual(areas.sort());
    // the later part is what a dashboard visitor does not see first
    expect([...new Set(Object.keys(later).map(areaOf))].sort()).toEqual(['a11y', 'future', 'kiosk', 'present', 'sources', 'strategy', 'transfer', 'trends']);
    expect(Object.keys(MESSAGES.de).sort()).toEqual([...Object.keys(dashboard), ...Object.keys(later)].sort());
  });
});
