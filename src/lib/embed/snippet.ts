// What a partner pastes into its page: the iframe for one view (or the dashboard) with the current
// filters and language, and the sizing script next to the app's index.html (docs/embed.md).
import { DEFAULT_STATE, toSearch, type UrlState } from '../state/url.ts';
import { FIGURE_VIEWS, type ViewId } from '../state/views.ts';

/** The pages a partner can embed: the dashboard (overview) or one figure view. */
export const EMBED_VIEWS = ['overview', ...FIGURE_VIEWS] as const;
export type EmbedView = (typeof EMBED_VIEWS)[number];

/**
 * The snippet's fixed height per page in CSS px: the content height of the page at 720 px width without
 * filters (measured in Chromium, rounded up), so the frame works without the script; when content grows
 * (filters, details, narrower column) it scrolls inside until the script sizes it.
 */
export const EMBED_HEIGHTS: Record<EmbedView, number> = {
  overview: 4750,
  branches: 1100,
  projects: 1100,
  radar: 1800,
  werft: 1380,
  map: 2300
};

export const embedView = (view: ViewId): EmbedView => ((EMBED_VIEWS as readonly string[]).includes(view) ? (view as EmbedView) : 'overview');

/** The state an embed starts in: the view, filters, language and toggles; no selection, no step. */
export const embedState = (s: UrlState, view: EmbedView = embedView(s.view)): UrlState => ({
  ...s,
  view,
  selected: null,
  step: DEFAULT_STATE.step,
  mode: 'embed'
});

/** The address of the embedded page: the app's own address (any path) with the embed's parameters. */
export function embedUrl(appUrl: string, s: UrlState, view?: EmbedView): string {
  const u = new URL(appUrl);
  u.search = toSearch(embedState(s, view));
  u.hash = '';
  return u.href;
}

/** "Open in explorer": the same state in the app's own shell, relative to the embedded page. */
export const explorerHref = (s: UrlState): string => toSearch({ ...s, mode: 'default', step: DEFAULT_STATE.step }) || './';

/** The sizing script's address: embed.js next to the app's index.html. */
export const scriptUrl = (appUrl: string): string => new URL('embed.js', appUrl).href;

const attr = (s: string) => s.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

export interface SnippetOptions {
  src: string;
  script: string;
  title: string;
  height: number;
}

/** The HTML to paste: the iframe at its fixed height (works alone) and the script that sizes it. */
export function snippetHtml({ src, script, title, height }: SnippetOptions): string {
  return (
    `<iframe src="${attr(src)}" title="${attr(title)}" loading="lazy" width="100%" height="${Math.round(height)}" ` +
    `style="border:0;width:100%;max-width:100%" data-lsn-explorer></iframe>\n` +
    `<script src="${attr(script)}" defer></script>`
  );
}
