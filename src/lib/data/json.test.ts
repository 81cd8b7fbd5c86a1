import { describe, expect, it } from 'vitest';
import { excerpt, lineColumn, parseJson } from './json.ts';
import { locateJsonError } from './json-locate.ts';

describe('lineColumn and excerpt', () => {
  it.each([
    ['a\nbc\nd', 0, 1, 1],
    ['a\nbc\nd', 3, 2, 2],
    ['a\nbc\nd', 5, 3, 1]
  ])('%j at %i is line %i, column %i', (text, offset, line, column) => {
    expect(lineColumn(text, offset)).toEqual({ line, column });
  });
  it('puts the caret under the column', () => {
    expect(excerpt('x\n  "a": 1,}', 2, 10)).toBe('  2 |   "a": 1,}\n    |          ^');
  });
});

describe('parseJson', () => {
  it.each([
    ['trailing comma', '{\n  "a": [1,]\n}', 'json', 'line 2, column 11'],
    ['a token out of place', '{"a": tru}', 'json', 'line 1, column 7'],
    ['missing colon', '{"a" 1}', 'json', 'line 1, column 6'],
    ['cut off', '{"a": [1, 2', 'truncated', 'line 1, column 12'],
    ['empty', '   ', 'truncated', '$'],
    ['a web page', '<!doctype html><html></html>', 'html', '$']
  ])('%s', (_name, text, code, path) => {
    const r = parseJson(text, locateJsonError);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problem).toMatchObject({ code, path });
  });
  it('without a locator, an error the engine does not place is reported at $', () => {
    const r = parseJson('{"a": tru}');
    expect(r.ok ? null : r.problem.path).toBe('$');
  });
  it('parses valid JSON', () => {
    expect(parseJson('{"a": [1]}')).toEqual({ ok: true, value: { a: [1] } });
  });
});
