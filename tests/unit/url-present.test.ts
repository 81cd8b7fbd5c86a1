// The presentation's parameters: theme=hc and presenter=1 round-trip and survive a reset to the start.
import { describe, expect, it } from 'vitest';
import { parseSearch, toSearch } from '../../src/lib/state/url.ts';
import { ExplorerState } from '../../src/lib/state/explorer.svelte.ts';

describe('theme and presenter in the URL', () => {
  it.each([
    ['?theme=hc', 'hc', false],
    ['?mode=present&step=2&presenter=1', 'default', true],
    ['?theme=dark&presenter=yes', 'default', false],
    ['', 'default', false]
  ])('%s → theme %s, presenter %s', (search, theme, presenter) => {
    const s = parseSearch(search);
    expect(s.theme).toBe(theme);
    expect(s.presenter).toBe(presenter);
  });
  it('round-trips in a fixed order after mode and step', () => {
    const q = '?v=trends&mode=present&step=4&theme=hc&presenter=1';
    expect(toSearch(parseSearch(q))).toBe(q);
  });
  it('keeps theme and presenter window when the state goes back to the start', () => {
    const e = new ExplorerState(parseSearch('?mode=present&theme=hc&presenter=1&f=img'));
    e.resetToStart({ view: 'radar' });
    expect([e.theme, e.presenter, e.mode, e.filters.field, e.view]).toEqual(['hc', true, 'present', null, 'radar']);
  });
});
