// Links that carry the whole state, so navigation works as real links (new tab, copy address).
import type { ExplorerState } from './explorer.svelte.ts';
import { toSearch, type Lang, type ViewId } from './url.ts';

export const hrefForView = (s: ExplorerState, view: ViewId) => toSearch({ ...s.snapshot, view }) || '?';
export const hrefForLang = (s: ExplorerState, lang: Lang) => toSearch({ ...s.snapshot, lang }) || '?';

/** Follow a link in-app unless the user asked for a new tab or window. */
export function inApp(event: MouseEvent, go: () => void) {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  go();
}
