import { afterEach, describe, expect, it } from 'vitest';
import { inlineData, inlineId } from './inline.ts';

describe('inline data of the single file', () => {
  afterEach(() => document.head.querySelectorAll('script[type="application/json"]').forEach((s) => s.remove()));
  it.each([
    ['./data/actors.json', 'lsn-data-data/actors.json'],
    ['./data/geo/hh-sh-context.topo.json', 'lsn-data-data/geo/hh-sh-context.topo.json'],
    ['data/site.json', 'lsn-data-data/site.json']
  ])('%s → #%s', (url, id) => expect(inlineId(url)).toBe(id));
  it('reads an inlined file and gives null for the rest', () => {
    const s = Object.assign(document.createElement('script'), { type: 'application/json', id: 'lsn-data-data/site.json', textContent: '{"contact":""}' });
    document.head.append(s);
    expect(inlineData('./data/site.json')).toBe('{"contact":""}');
    expect(inlineData('./data/actors.json')).toBeNull();
  });
});
