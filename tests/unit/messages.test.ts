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
