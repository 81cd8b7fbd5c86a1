import { describe, expect, it } from 'vitest';
import { BASE_STYLE, KIOSK_STYLE, figureStyle, scaledFs } from './figureStyle.ts';
import { sceneOptions } from './mapScene.ts';
import { touchTargets, sideBlocks } from './branchLabels.ts';
import { placeCircles } from './branchGeometry.ts';

describe('figure style by mode', () => {
  it('gives the kiosk 48 px targets and larger texts, every other mode the base', () => {
    expect(figureStyle('kiosk')).toBe(KIOSK_STYLE);
    for (const m of ['default', 'embed', 'present', 'export']) expect(figureStyle(m)).toBe(BASE_STYLE);
    expect(KIOSK_STYLE.hit).toBeGreaterThanOrEqual(48);
    expect(scaledFs(13)).toBe(13);
    expect(scaledFs(13, KIOSK_STYLE)).toBeGreaterThan(13);
  });
  it('leaves the map options of other modes as they were and enlarges the kiosk map', () => {
    expect(sceneOptions(1200)).toEqual({ spacing: 25, maxSpread: 40, fontSize: 15 });
    const k = sceneOptions(1200, KIOSK_STYLE);
    expect(k.spacing).toBeGreaterThan(25);
    expect(k.fontSize).toBeGreaterThan(15);
  });
  it('sizes the branch model side toggles and small-region targets by the style', () => {
    const sides = sideBlocks({ th: 'Therapie', dx: 'Diagnostik' }, 300, { width: 600, pad: 6, fs: 15, lh: 19, hit: KIOSK_STYLE.hit });
    expect(sides.th.hit.h).toBe(48);
    expect(sideBlocks({ th: 'Therapie', dx: 'Diagnostik' }, 300, { width: 600, pad: 6, fs: 15, lh: 19 }).th.hit.h).toBe(44);
    const circles = placeCircles({ mt: 0.3, bt: 0.3, ph: 0.4 });
    expect(Object.keys(touchTargets(circles, 24)).length).toBeGreaterThan(0);
  });
});
