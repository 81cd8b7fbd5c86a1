// Colour tokens meet WCAG 2.1 AA: text ≥ 4.5:1 (1.4.3), graphical objects ≥ 3:1 (1.4.11).
// axe checks SVG text poorly, so the palette's ratios are tested here directly.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';

const css = readFileSync('src/styles/tokens.css', 'utf8');
const tokens = Object.fromEntries([...css.matchAll(/--(c-[\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1], m[2]]));

function luminance(hex: string) {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
export function contrast(a: string, b: string) {
  const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (l1 + 0.05) / (l2 + 0.05);
}

const TEXT = ['c-text', 'c-muted', 'c-focus', 'c-mt-ink', 'c-bt-ink', 'c-ph-ink', 'c-th-ink', 'c-dx-ink', 'c-data-ink'];
const GRAPHIC = ['c-mt', 'c-bt', 'c-ph', 'c-th', 'c-dx', 'c-data', 'c-border', 'c-border-land', 'c-focus', 'c-select'];
const BACKGROUNDS = ['c-bg', 'c-surface', 'c-land'];

describe('palette', () => {
  it('knows the formula', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });
  it('has every token the tests name', () => {
    for (const t of [...TEXT, ...GRAPHIC, ...BACKGROUNDS]) expect(tokens[t], t).toMatch(/^#/);
  });
  for (const bg of BACKGROUNDS) {
    it.each(TEXT)(`text colour %s on ${bg} is at least 4.5:1`, (fg) => {
      expect(contrast(tokens[fg], tokens[bg])).toBeGreaterThanOrEqual(4.5);
    });
    it.each(GRAPHIC)(`graphic colour %s on ${bg} is at least 3:1`, (fg) => {
      expect(contrast(tokens[fg], tokens[bg])).toBeGreaterThanOrEqual(3);
    });
  }
  it.each(['c-mt-ink', 'c-bt-ink', 'c-ph-ink', 'c-text'])('text %s on the branch tints is at least 4.5:1', (fg) => {
    for (const tint of ['c-mt-tint', 'c-bt-tint', 'c-ph-tint']) expect(contrast(tokens[fg], tokens[tint])).toBeGreaterThanOrEqual(4.5);
  });
  it('the tooltip (background text colour on text colour) is readable', () => {
    expect(contrast(tokens['c-bg'], tokens['c-text'])).toBeGreaterThanOrEqual(4.5);
  });
});
