import { describe, expect, it } from 'vitest';
import { parseSearch, toSearch, DEFAULT_STATE } from '../../src/lib/state/url.ts';
import { ExplorerState } from '../../src/lib/state/explorer.svelte.ts';

describe('URL state', () => {
  it.each([
    ['', DEFAULT_STATE],
    ['?lang=en', { ...DEFAULT_STATE, lang: 'en' }],
    ['?v=map&k=01002', { ...DEFAULT_STATE, view: 'map', filters: { ...DEFAULT_STATE.filters, kreis: '01002' } }],
    ['?b=mt.bt&s=dx', { ...DEFAULT_STATE, filters: { ...DEFAULT_STATE.filters, region: 'mt+bt', side: 'dx' } }],
    ['?sel=p.moin&tab=1&r=d&tf=f', { ...DEFAULT_STATE, selected: { kind: 'project', id: 'moin' }, table: true, werftReading: 'data', projectsMode: 'future' }]
  ])('parses %s', (search, expected) => {
    expect(parseSearch(search)).toEqual(expected);
  });

  it('round-trips every field', () => {
    const s = parseSearch('?lang=en&v=radar&b=none&s=th&f=ther&i=onko&w=dev&l=sh&k=01003&p=moin&t=uni&sel=a.uksh&tab=1&r=d&tf=f&mode=kiosk&step=3');
    expect(parseSearch(toSearch(s))).toEqual(s);
    expect(toSearch(s)).toBe('?lang=en&v=radar&b=none&s=th&f=ther&i=onko&w=dev&l=sh&k=01003&p=moin&t=uni&sel=a.uksh&tab=1&r=d&tf=f&mode=kiosk&step=3');
  });

  it.each([
    '?lang=fr',
    '?v=<script>',
    '?f=%3Cimg%20src%3Dx%3E',
    '?b=mt+ph+xx',
    '?sel=x.y',
    '?step=-4',
    '?step=1e9',
    '?%E0%A4%A=1',
    '?mode=admin'
  ])('ignores malformed %s', (search) => {
    expect(parseSearch(search)).toEqual(DEFAULT_STATE);
  });

  it('toggles one value per dimension and undoes', () => {
    const s = new ExplorerState();
    s.toggleFilter('field', 'img');
    s.toggleFilter('field', 'op');
    expect(s.filters.field).toBe('op');
    s.toggleFilter('field', 'op');
    expect(s.filters.field).toBeNull();
    s.undoFilters();
    expect(s.filters.field).toBe('op');
  });

  it('sanitizes ids the data does not know', () => {
    const s = new ExplorerState(parseSearch('?f=img&i=nosuch&sel=a.ghost'));
    s.sanitize((dim, id) => !(id === 'nosuch' || id === 'ghost'));
    expect(s.filters.field).toBe('img');
    expect(s.filters.indication).toBeNull();
    expect(s.selected).toBeNull();
  });
});
