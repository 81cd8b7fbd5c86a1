import { describe, expect, it } from 'vitest';
import { embedUrl, embedView, explorerHref, scriptUrl, snippetHtml, EMBED_HEIGHTS, EMBED_VIEWS } from './snippet.ts';
import { parseSearch } from '../state/url.ts';

const APP = 'https://explorer.example.org/lsn/index.html?v=radar#x';

describe('embedUrl', () => {
  it.each([
    ['', undefined, '?mode=embed'],
    ['?v=branches&lang=en&f=img', undefined, '?lang=en&v=branches&f=img&mode=embed'],
    ['?v=map&l=hh&sel=a.uke&step=3', undefined, '?v=map&l=hh&mode=embed'],
    ['?v=sources&i=onko', undefined, '?i=onko&mode=embed'],
    ['?v=radar&tab=1', 'werft' as const, '?v=werft&tab=1&mode=embed']
  ])('%s (view %s) → %s', (search, view, query) => {
    expect(embedUrl(APP, parseSearch(search), view)).toBe('https://explorer.example.org/lsn/index.html' + query);
  });
  it('round-trips: the embedded page starts in the state of the snippet', () => {
    const s = parseSearch('?v=werft&lang=en&w=dev&r=d');
    const back = parseSearch(new URL(embedUrl(APP, s)).search);
    expect(back).toEqual({ ...s, mode: 'embed' });
  });
});

describe('embedView', () => {
  it.each([
    ['overview', 'overview'],
    ['map', 'map'],
    ['sources', 'overview'],
    ['a11y', 'overview']
  ] as const)('%s → %s', (view, expected) => expect(embedView(view)).toBe(expected));
  it('has a fixed height for every page', () => {
    for (const v of EMBED_VIEWS) expect(EMBED_HEIGHTS[v]).toBeGreaterThan(300);
  });
});

describe('explorerHref', () => {
  it.each([
    ['?mode=embed', './'],
    ['?mode=embed&v=branches&lang=en&b=mt', '?lang=en&v=branches&b=mt'],
    ['?mode=embed&v=map&sel=a.uke', '?v=map&sel=a.uke']
  ])('%s → %s', (search, href) => expect(explorerHref(parseSearch(search))).toBe(href));
});

describe('snippetHtml', () => {
  it('has the iframe with title, lazy loading, the fixed height and the marker, then the script', () => {
    const html = snippetHtml({
      src: embedUrl(APP, parseSearch('?v=branches&f=img&lang=en')),
      script: scriptUrl(APP),
      title: 'Life Science Nord – "Branch model" <2009>',
      height: 900.4
    });
    expect(html).toBe(
      '<iframe src="https://explorer.example.org/lsn/index.html?lang=en&amp;v=branches&amp;f=img&amp;mode=embed" ' +
        'title="Life Science Nord – &quot;Branch model&quot; &lt;2009&gt;" loading="lazy" width="100%" height="900" ' +
        'style="border:0;width:100%;max-width:100%" data-lsn-explorer></iframe>\n' +
        '<script src="https://explorer.example.org/lsn/embed.js" defer></script>'
    );
  });
});
