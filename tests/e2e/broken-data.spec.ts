import { test, expect, type Page, type Route } from '@playwright/test';
import { openApp } from './helpers.ts';

const VIEWS = ['branches', 'projects', 'radar', 'werft', 'map'] as const;
type View = (typeof VIEWS)[number];

// A broken file at load time: the views that need it say so (file, path, expected), the rest still renders.
test('broken actors.json: every view names the file and path, the masterplan layer still renders', async ({ page }) => {
  await page.route(/\/data\/actors(\.lean)?\.json$/, (route) => route.fulfill({ contentType: 'application/json', body: '{"stand":"2009","actors":[{"id":"x"}]}' }));
  await openApp(page);
  const alerts = page.getByRole('alert');
  await expect(alerts.first()).toContainText('actors.json');
  await expect(alerts.first()).toContainText('$.actors[0]');
  await expect(page.locator('section[data-view="branches"] svg').first()).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('invalid JSON in the map geometry: the map says so, the other views render', async ({ page }) => {
  await page.route('**/data/geo/hh-sh-context.topo.json', (route) => route.fulfill({ contentType: 'application/json', body: '{ not json' }));
  await openApp(page);
  const map = page.locator('section[data-view="map"]');
  await expect(map.getByRole('alert')).toContainText('geo/hh-sh-context.topo.json');
  await expect(map.getByRole('alert')).toContainText('valid JSON');
  await expect(page.locator('section[data-view="radar"] svg').first()).toBeVisible();
});

// Each data file failing in each way a deployment fails: missing (404), the network drops it, or it arrives
// cut off. `says` are the views that must name the file in an alert, `draws` the views that still draw a
// graphic. The wording is not asserted, only the role, the file name and what still renders.
const FILES: { file: string; url: RegExp; says: View[]; draws: View[] }[] = [
  { file: 'vocabulary.json', url: /\/data\/vocabulary\.json$/, says: [...VIEWS], draws: [] },
  { file: 'masterplan.json', url: /\/data\/masterplan\.json$/, says: ['branches', 'projects', 'radar', 'werft'], draws: ['map'] },
  { file: 'actors.json', url: /\/data\/actors(\.lean)?\.json$/, says: [...VIEWS], draws: [...VIEWS] },
  { file: 'projects.json', url: /\/data\/projects(\.lean)?\.json$/, says: [...VIEWS], draws: ['branches', 'radar', 'werft', 'map'] },
  { file: 'geo/hh-sh-context.topo.json', url: /\/data\/geo\/hh-sh-context\.topo\.json$/, says: ['map'], draws: ['branches', 'projects', 'radar', 'werft'] }
];
const FAILURES: { name: string; answer: (route: Route) => Promise<void> }[] = [
  { name: 'missing (404)', answer: (route) => route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not found' }) },
  { name: 'network error', answer: (route) => route.abort('failed') },
  {
    name: 'truncated',
    answer: async (route) => {
      const res = await route.fetch();
      const body = await res.text();
      await route.fulfill({ response: res, body: body.slice(0, Math.floor(body.length / 2)) });
    }
  }
];

function watchErrors(page: Page) {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
  // The failed request itself is logged by the browser; nothing else may be.
  page.on('console', (m) => m.type() === 'error' && !/Failed to load resource/.test(m.text()) && errors.push(`console: ${m.text()}`));
  return errors;
}

for (const f of FILES)
  for (const failure of FAILURES)
    test(`${f.file} ${failure.name}: the views that need it name it, the others render`, async ({ page }) => {
      const errors = watchErrors(page);
      await page.route(f.url, failure.answer);
      await openApp(page);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      for (const view of VIEWS) {
        const section = page.locator(`section[data-view="${view}"]`);
        const alert = section.getByRole('alert');
        if (f.says.includes(view)) await expect(alert.first(), `${view} names the file`).toContainText(f.file);
        else await expect(alert, `${view} has no alert`).toHaveCount(0);
        if (f.draws.includes(view)) await expect(section.locator('svg').first(), `${view} draws`).toBeVisible();
        else await expect(section.locator('svg'), `${view} draws nothing`).toHaveCount(0);
      }
      expect(errors).toEqual([]);
    });
