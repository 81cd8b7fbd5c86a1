import { test, expect, type Page } from '@playwright/test';
import { openApp } from './helpers.ts';

// A data file that fails to load: the views that need it say what happened in the reader's language,
// the technical detail is folded, the others render, and the console shows nothing but the failed request.
function consoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

const INDEX_HTML = '<!doctype html><html lang="de"><head><title>Life Science Nord</title></head><body><div id="app"></div></body></html>';

test('actors.json answered with the host\'s index.html: "fehlt", detail folded, the masterplan views render', async ({ page }) => {
  const errors = consoleErrors(page);
  await page.route('**/data/actors.json', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: INDEX_HTML }));
  await openApp(page);
  const map = page.locator('section[data-view="map"]');
  await expect(map.getByRole('alert')).toContainText('Die Datei actors.json fehlt auf dem Server.');
  await expect(map.getByRole('alert')).not.toContainText('Unexpected token');
  const fold = map.getByRole('alert').locator('details');
  await expect(fold).not.toHaveAttribute('open');
  await fold.locator('summary').click();
  await expect(fold).toContainText('a web page (HTML)');
  await expect(page.locator('.summary')).toContainText('Die Akteure fehlen');
  await expect(page.locator('section[data-view="radar"] svg').first()).toBeVisible();
  expect(errors).toEqual([]);
});

test('projects.json 404 in English: "missing", and the sentence names the missing projects instead of counting 0', async ({ page }) => {
  const errors = consoleErrors(page);
  await page.route('**/data/projects.json', (route) => route.fulfill({ status: 404, body: 'Not found' }));
  await openApp(page, 'lang=en');
  await expect(page.locator('section[data-view="projects"]').getByRole('alert')).toContainText('The file projects.json is missing on the server.');
  const summary = page.locator('.summary');
  await expect(summary).toContainText('The lighthouse projects are missing');
  await expect(summary).not.toContainText('All 0');
  await expect(summary).toContainText('named actors');
  expect(errors).toEqual([]);
});

test('no connection for masterplan.json: the masterplan views say it could not be loaded', async ({ page }) => {
  const errors = consoleErrors(page);
  await page.route('**/data/masterplan.json', (route) => route.abort('internetdisconnected'));
  await openApp(page);
  await expect(page.locator('section[data-view="branches"]').getByRole('alert')).toContainText('Die Datei masterplan.json konnte nicht geladen werden');
  await expect(page.locator('section[data-view="map"] svg').first()).toBeVisible();
  expect(errors).toEqual([]);
});

test('a cut-off body says the file arrived incomplete', async ({ page }) => {
  await page.route('**/data/projects.json', async (route) => {
    const res = await route.fetch();
    const text = await res.text();
    await route.fulfill({ response: res, body: text.slice(0, Math.floor(text.length / 2)) });
  });
  await openApp(page);
  await expect(page.locator('section[data-view="projects"]').getByRole('alert')).toContainText('Die Datei projects.json ist unvollständig angekommen.');
});

function dataRequests(page: Page): string[] {
  const asked: string[] = [];
  page.on('request', (r) => {
    const m = /\/data\/(.+\.json)/.exec(r.url());
    if (m) asked.push(m[1]);
  });
  return asked;
}

test('the start fetches each data file once and no detail file', async ({ page }) => {
  const asked = dataRequests(page);
  await openApp(page);
  await page.waitForLoadState('networkidle');
  expect([...asked].sort()).toEqual(['actors.json', 'geo/hh-sh-context.topo.json', 'masterplan.json', 'projects.json', 'site.json', 'vocabulary.json']);
});

test('a selection fetches the two detail files once, and the details show the sources', async ({ page }) => {
  const asked = dataRequests(page);
  await openApp(page, 'sel=p.moin');
  await expect(page.locator('aside.details')).toBeVisible();
  await expect(page.locator('aside.details a[href^="https://"]').first()).toBeVisible();
  expect(asked.filter((n) => n.includes('detail')).sort()).toEqual(['actors.detail.json', 'projects.detail.json']);
  expect(new Set(asked).size).toBe(asked.length);
});

test('a masterplan figure view fetches its story parts once and draws them', async ({ page }) => {
  const asked = dataRequests(page);
  await openApp(page, 'v=transfer');
  await expect(page.locator('svg[data-figure="transfer"]')).toBeVisible();
  await expect(page.locator('section[data-view="transfer"]')).toContainText('Lizenzen');
  expect(asked.filter((n) => n === 'masterplan.story.json')).toEqual(['masterplan.story.json']);
  expect(new Set(asked).size).toBe(asked.length);
});

test('masterplan.story.json missing: the masterplan figure view says so, the dashboard is untouched', async ({ page }) => {
  const errors = consoleErrors(page);
  await page.route('**/data/masterplan.story.json', (route) => route.fulfill({ status: 404, body: 'Not found' }));
  await openApp(page, 'v=trends');
  await expect(page.locator('section[data-view="trends"]').getByRole('alert')).toContainText('masterplan.story.json');
  await page.getByRole('link', { name: 'Übersicht' }).click();
  await expect(page.locator('section[data-view="branches"] svg').first()).toBeVisible();
  expect(errors).toEqual([]);
});
