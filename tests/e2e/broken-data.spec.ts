import { test, expect } from '@playwright/test';
import { openApp } from './helpers.ts';

// A broken file at load time: the views that need it say so (file, path, expected), the rest still renders.
test('broken actors.json: every view names the file and path, the masterplan layer still renders', async ({ page }) => {
  await page.route('**/data/actors.json', (route) => route.fulfill({ contentType: 'application/json', body: '{"stand":"2009","actors":[{"id":"x"}]}' }));
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

test('a missing masterplan.json: the masterplan views say so, the map still renders', async ({ page }) => {
  await page.route('**/data/masterplan.json', (route) => route.fulfill({ status: 404, body: '' }));
  await openApp(page);
  await expect(page.locator('section[data-view="branches"]').getByRole('alert')).toContainText('masterplan.json');
  await expect(page.locator('section[data-view="map"] svg').first()).toBeVisible();
});
