import { describe, expect, it } from 'vitest';
import { exportName, exportTexts, filterSentence, firstMessage } from './texts.ts';

const M: Record<string, string> = {
  'core.title': 'Life Science Nord',
  'core.stand': 'Stand 2009',
  'core.filters': 'Aktive Filter',
  'core.filters.none': 'Keine Filter aktiv – alle Akteure und Projekte.',
  'core.dim.indication': 'Indikation',
  'core.dim.land': 'Land',
  'core.view.branches': 'Branchenmodell',
  'core.source.line': 'Quelle: Masterplan Life Science Nord (Norgenta, 2009).',
  'branches.title': 'Branchenmodell',
  'export.source.branches': 'Quelle: Masterplan 2009, Abb. 2',
  'trends.title': 'Trends',
  'trends.source': 'Quelle: Masterplan 2009, §2'
};
const t = (k: string) => M[k] ?? k;
const onko = [{ dim: 'indication', label: 'Onkologie' }];

describe('export texts', () => {
  it('firstMessage skips missing keys', () => {
    expect(firstMessage(t, ['x.y', 'core.stand'])).toBe('Stand 2009');
    expect(firstMessage(t, ['x.y'])).toBeUndefined();
  });
  it.each([
    [[], 'Keine Filter aktiv – alle Akteure und Projekte.'],
    [onko, 'Aktive Filter: Indikation: Onkologie'],
    [[...onko, { dim: 'land', label: 'Hamburg' }], 'Aktive Filter: Indikation: Onkologie; Land: Hamburg']
  ])('filter sentence %j', (filters, want) => expect(filterSentence(t, filters)).toBe(want));
  it.each([
    ['branches', 'Life Science Nord – Branchenmodell', 'Quelle: Masterplan 2009, Abb. 2'],
    ['trends', 'Life Science Nord – Trends', 'Quelle: Masterplan 2009, §2'],
    ['future', 'Life Science Nord – future', 'Quelle: Masterplan Life Science Nord (Norgenta, 2009).']
  ])('%s: title and source', (view, title, source) => {
    const x = exportTexts(t, view, onko);
    expect(x.title).toBe(title);
    expect(x.source).toBe(source);
    expect(x.stand).toBe('Stand 2009');
  });
  it.each([
    ['svg', 'lsn-branchenmodell-onkologie-2009.svg'],
    ['png2x', 'lsn-branchenmodell-onkologie-2009-2x.png'],
    ['png1080', 'lsn-branchenmodell-onkologie-2009-1920x1080.png']
  ] as const)('file name %s', (kind, want) => expect(exportName(t, 'branches', onko, kind)).toBe(want));
});
