import { describe, expect, it } from 'vitest';
import { placeTooltip } from './tooltip.svelte.ts';

describe('placeTooltip', () => {
  const vp = { width: 800, height: 600 };
  it.each([
    ['above, centred', { left: 380, top: 300, right: 420, bottom: 320 }, { left: 300, top: 192 }],
    ['below when no room above', { left: 380, top: 20, right: 420, bottom: 40 }, { left: 300, top: 48 }],
    ['kept inside on the left', { left: 0, top: 300, right: 20, bottom: 320 }, { left: 4, top: 192 }],
    ['kept inside on the right', { left: 780, top: 300, right: 800, bottom: 320 }, { left: 596, top: 192 }]
  ])('%s', (_n, anchor, expected) => {
    expect(placeTooltip(anchor, { width: 200, height: 100 }, vp)).toEqual(expected);
  });
});
