import { describe, expect, it } from 'vitest';
import { wantsDetail, type ViewId } from './views.ts';

describe('which pages fetch the detail files', () => {
  it.each([
    ['overview', 'default', null, false],
    ['branches', 'default', null, false],
    ['map', 'kiosk', null, true],
    ['overview', 'embed', null, false],
    ['overview', 'default', { kind: 'actor', id: 'a.uksh' }, true],
    ['sources', 'default', null, true],
    ['handout', 'default', null, true],
    ['trends', 'default', null, true],
    ['strategy', 'embed', null, true],
    ['transfer', 'kiosk', null, true],
    ['overview', 'present', null, true]
  ] as [ViewId, string, unknown, boolean][])('%s in %s with selection %o: %s', (view, mode, selected, wanted) => {
    expect(wantsDetail(view, mode, selected)).toBe(wanted);
  });
});
