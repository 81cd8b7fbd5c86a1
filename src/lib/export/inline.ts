// The offline single file (npm run build:single) carries every data file in the page as
// <script type="application/json" id="lsn-data-data/<file>">; the loader reads those before it
// fetches, so the file works from disk with no request at all.
export const INLINE_PREFIX = 'lsn-data-';

export const inlineId = (url: string) => INLINE_PREFIX + url.replace(/^\.\//, '');

/** The text of the inlined copy of `url`, or null when the page has none (the normal build). */
export function inlineData(url: string): string | null {
  if (typeof document === 'undefined') return null;
  return document.getElementById(inlineId(url))?.textContent ?? null;
}
