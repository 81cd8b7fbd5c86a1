// The map's gestures through the DOM: plain and cooperative (page scrolls over the map).
import { describe, expect, it } from 'vitest';
globalThis.ResizeObserver ??= class { observe() {} unobserve() {} disconnect() {} } as unknown as typeof ResizeObserver;
import { fireEvent } from '@testing-library/svelte';
import { renderView } from '../../../tests/unit/render.ts';
import MapView from './MapView.svelte';

const setup = (props: Record<string, unknown> = {}) => {
  const r = renderView(MapView, { search: '?v=map', props });
  const svg = r.container.querySelector('svg.map')!;
  const transform = () => svg.querySelector(':scope > g')!.getAttribute('transform');
  return { ...r, svg, transform, hint: () => r.container.querySelector('[data-hint]') };
};
const touch = (id: number, x: number, y: number) => ({ pointerId: id, clientX: x, clientY: y, pointerType: 'touch', bubbles: true });

describe('map gestures in the page', { timeout: 30_000 }, () => {
  it('by default a plain wheel zooms, one finger pans, and no hint is shown', async () => {
    const { svg, transform, hint } = setup();
    const before = transform();
    await fireEvent.wheel(svg, { deltaY: -200, clientX: 100, clientY: 100 });
    const zoomed = transform();
    expect(zoomed).not.toBe(before);
    await fireEvent.pointerDown(svg, touch(1, 100, 100));
    await fireEvent.pointerMove(svg, touch(1, 140, 100));
    await fireEvent.pointerUp(svg, touch(1, 140, 100));
    expect(transform()).not.toBe(zoomed);
    expect(hint()).toBeNull();
    expect(svg.getAttribute('data-touch')).toBe('none');
  });

  it('cooperative: a plain wheel leaves the map and shows the Ctrl/⌘ hint; Ctrl + wheel zooms', async () => {
    const { svg, transform, hint } = setup({ cooperative: true });
    expect(svg.getAttribute('data-touch')).toBe('pan-x pan-y');
    const before = transform();
    await fireEvent.wheel(svg, { deltaY: -200, clientX: 100, clientY: 100 });
    expect(transform()).toBe(before);
    expect(hint()?.textContent).toBe('Zum Zoomen Strg (⌘ auf dem Mac) gedrückt halten und scrollen');
    await fireEvent.wheel(svg, { deltaY: -200, clientX: 100, clientY: 100, ctrlKey: true });
    expect(transform()).not.toBe(before);
  });

  it('cooperative: one finger does not move the map and shows the two-finger hint; two fingers pinch', async () => {
    const { svg, transform, hint } = setup({ cooperative: true });
    const before = transform();
    await fireEvent.pointerDown(svg, touch(1, 100, 100));
    await fireEvent.pointerMove(svg, touch(1, 100, 160));
    await fireEvent.pointerUp(svg, touch(1, 100, 160));
    expect(transform()).toBe(before);
    expect(hint()?.textContent).toBe('Die Karte mit zwei Fingern verschieben und zoomen');
    await fireEvent.pointerDown(svg, touch(2, 180, 150));
    await fireEvent.pointerDown(svg, touch(3, 220, 150));
    await fireEvent.pointerMove(svg, touch(2, 130, 150));
    await fireEvent.pointerMove(svg, touch(3, 270, 150));
    expect(transform()).toMatch(/scale\(3\.5/);
  });
});
