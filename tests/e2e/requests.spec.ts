import { test, expect, type Page } from '@playwright/test';
import { openApp } from './helpers.ts';

// Every view and mode, loaded with request interception: nothing goes to another origin, no request fails
// or answers with an error status (the icons included), and the console stays free of errors.
const PAGES = [
  '', 'v=branches', 'v=projects', 'v=radar', 'v=werft', 'v=map', 'v=sources', 'v=a11y', 'tab=1', 'lang=en', 'lang=en&v=map&tab=1',
  'sel=p.moin', 'sel=a.uksh', 'r=d&tf=f', 'mode=kiosk', 'mode=embed', 'mode=present&step=2'
];

function watch(page: Page, origin: string) {
  const problems: string[] = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  page.on('requestfailed', (r) => !r.url().startsWith(origin + '/') || problems.push(`failed: ${r.url()} (${r.failure()?.errorText})`));
  page.on('response', (r) => r.status() >= 400 && problems.push(`${r.status()}: ${r.url()}`));
  return problems;
}

for (const q of PAGES)
  test(`?${q}: no request to another origin, none failed, no console error`, async ({ page, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const foreign: string[] = [];
    await page.route(
      (url) => url.origin !== origin,
      (route) => {
        foreign.push(route.request().url());
        return route.abort('blockedbyclient');
      }
    );
    const problems = watch(page, origin);
    await openApp(page, q);
    await page.waitForLoadState('networkidle');
    expect(foreign, 'requests to other origins').toEqual([]);
    expect(problems).toEqual([]);
    const icons = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((p) => /favicon|icon/.test(p)));
    expect(icons.every((p) => !p.endsWith('/favicon.ico')), `icons fetched: ${icons.join(', ')}`).toBe(true);
  });

test('the icons and the web manifest are served and describe the product', async ({ page, request }) => {
  await openApp(page);
  const links = await page.$$eval('head link[rel~="icon"], head link[rel="apple-touch-icon"], head link[rel="manifest"]', (els) =>
    els.map((e) => ({ rel: e.getAttribute('rel')!, href: e.getAttribute('href')!, abs: (e as HTMLLinkElement).href }))
  );
  expect(links.map((l) => l.rel).sort()).toEqual(['apple-touch-icon', 'icon', 'icon', 'manifest']);
  for (const l of links) {
    expect(l.href, 'relative to the page, so dist/ works under any path').toMatch(/^\.\//);
    const res = await request.get(l.abs);
    expect(res.status(), l.href).toBe(200);
  }
  const manifestUrl = links.find((l) => l.rel === 'manifest')!.abs;
  const manifest = await (await request.get(manifestUrl)).json();
  expect(manifest.name).toBe('Life Science Nord – Cluster-Explorer');
  expect(manifest.short_name.length).toBeLessThanOrEqual(12);
  expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/);
  for (const icon of manifest.icons) expect((await request.get(new URL(icon.src, manifestUrl).href)).status(), icon.src).toBe(200);
  expect((await request.get('favicon.ico')).status()).toBe(200);
});
