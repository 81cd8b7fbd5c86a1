import { describe, expect, it } from 'vitest';
import { PORTRAIT_PANEL_SHARE, portraitModelHeight, portraitRoom } from './layout.ts';

describe('portraitRoom', () => {
  it('leaves the map alone in landscape, where the panel stands beside the page', () => {
    expect(portraitRoom({ width: 1920, height: 1080 }, true)).toBeNull();
    expect(portraitRoom({ width: 1920, height: 1080 }, false)).toBeNull();
  });
  it('takes the panel band off the window in portrait while the panel is open', () => {
    expect(portraitRoom({ width: 1080, height: 1920 }, true)).toBe(Math.round(1920 * (1 - PORTRAIT_PANEL_SHARE)));
    expect(portraitRoom({ width: 1080, height: 1920 }, false)).toBe(1920);
  });
});

describe('portraitModelHeight', () => {
  it('lets the branch model grow in portrait only', () => {
    expect(portraitModelHeight({ width: 1080, height: 1920 })).toBe(864);
    expect(portraitModelHeight({ width: 1920, height: 1080 })).toBeUndefined();
  });
});
