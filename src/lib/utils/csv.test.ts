import { describe, expect, it } from 'vitest';
import { csvCell, fileSlug, toCsv, toJson, type Column } from './csv.ts';

type R = { name: string; n: number | null };
const cols: Column<R>[] = [
  { key: 'name', label: 'Name', value: (r) => r.name },
  { key: 'n', label: 'Anzahl', value: (r) => r.n, numeric: true }
];

describe('csv', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['line\nbreak', '"line\nbreak"'],
    [3, '3'],
    [null, '']
  ] as const)('quotes %j', (v, out) => expect(csvCell(v)).toBe(out));

  it('writes a header, rows, a BOM and CRLF', () => {
    expect(toCsv(cols, [{ name: 'Lübeck, Hansestadt', n: 2 }, { name: 'Kiel', n: null }])).toBe(
      '\uFEFFName,Anzahl\r\n"Lübeck, Hansestadt",2\r\nKiel,\r\n'
    );
  });
  it('writes JSON rows keyed by column', () => {
    expect(JSON.parse(toJson(cols, [{ name: 'Kiel', n: 1 }], { stand: '2009' }))).toEqual({ stand: '2009', rows: [{ name: 'Kiel', n: 1 }] });
  });
  it('makes file names', () => expect(fileSlug('Indikationen – Übersicht (Stand 2009)')).toBe('indikationen-uebersicht-stand-2009'));
});
