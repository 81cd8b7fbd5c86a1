// Which computed styles an exported SVG carries as presentation attributes, so it looks the same
// without the app's style sheets (Inkscape, LibreOffice, PowerPoint read attributes best). Pure.

/** The system font stack of the app (tokens.css --font), written into every text of an export. */
export const FONT_STACK = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Liberation Sans', Arial, sans-serif";

/** Inherited properties: written where they differ from the parent's value. */
export const INHERITED = [
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'paint-order',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'letter-spacing',
  'visibility'
] as const;

/** Not inherited: written where they differ from the initial value. */
export const OWN: Record<string, string> = { opacity: '1', 'clip-path': 'none', mask: 'none' };

export type Styles = Record<string, string>;

/** A url(...) reference reduced to its fragment: url("http://host/page#hatch") → url(#hatch). */
export function localUrl(value: string): string {
  return value.replace(/url\(\s*["']?[^"')]*?(#[^"')]+)["']?\s*\)/g, 'url($1)');
}

/**
 * The attributes an element needs: inherited properties that differ from its parent's computed value
 * (the root gets them all), own properties that differ from the initial value.
 */
export function styleAttributes(own: Styles, parent: Styles | null): Styles {
  const out: Styles = {};
  for (const p of INHERITED) {
    const v = own[p];
    if (v !== undefined && v !== '' && (parent === null || parent[p] !== v)) out[p] = localUrl(v);
  }
  for (const [p, initial] of Object.entries(OWN)) {
    const v = own[p];
    if (v !== undefined && v !== '' && v !== initial) out[p] = localUrl(v);
  }
  return out;
}
