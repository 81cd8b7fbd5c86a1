import { test, expect } from '@playwright/test';
import { horizontalOverflow, LANGS, openApp, textProblems, WIDTHS } from './helpers.ts';
import { loadClusterData } from '../unit/fixtures.ts';
import { makeCluster } from '../../src/lib/state/cluster.ts';
import { NO_FILTERS } from '../../src/lib/state/filters.ts';
import { werftCounts } from '../../src/lib/derive/werft.ts';
import { radarCounts } from '../../src/lib/derive/radar.ts';

const cluster = makeCluster(loadClusterData());
const mp = cluster.data.masterplan!;

test('picking a radar axis sets indication and field in the URL, and the Medizinwerft recounts', async ({ page }) => {
  await openApp(page, 'r=d');
  const axis = page.locator('[data-view="radar"] figure[data-field="diag"] [data-indication="onko"]');
  await axis.click();
  await expect(page).toHaveURL(/f=diag/);
  await expect(page).toHaveURL(/i=onko/);
  await expect(axis).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('[data-view="radar"] button[data-field="diag"]')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('button', { name: 'Filter entfernen: Indikation: Onkologie' })).toBeVisible();
  // The Medizinwerft (data reading) shows what the derivation counts under the same filters.
  const filters = { ...NO_FILTERS, field: 'diag', indication: 'onko' };
  const w = werftCounts(mp.medizinwerft, cluster.items, filters, cluster.ctx);
  await expect(page.locator('[data-view="werft"] [data-stage="research"]')).toHaveAttribute('aria-label', new RegExp(`: ${w.stage.research} Akteure und Projekte`));
  await expect(page.locator('[data-testid="werft-width"]')).toContainText(`n = ${w.n},`);
  // The radars themselves ignore their own dimensions: counts unchanged.
  const ther = radarCounts(mp.radars[0], cluster.items, filters, cluster.ctx);
  await expect(page.locator(`[data-view="radar"] figure[data-field="${ther.field}"] figcaption`)).toContainText(`n = ${ther.n} `);
  // The same axis again clears both filters.
  await axis.press('Enter');
  await expect(page).not.toHaveURL(/[?&](f|i)=/);
});

for (const lang of LANGS)
  for (const width of WIDTHS)
    test(`radar texts do not collide or overflow at ${width}px (${lang})`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await openApp(page, `v=radar${lang === 'en' ? '&lang=en' : ''}`);
      await expect(page.locator('[data-view="radar"] svg').first()).toBeVisible();
      expect(await textProblems(page, '[data-view="radar"]')).toEqual([]);
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    });

test('at 300px the radar texts stay apart; numbered axes are named in a list of toggles', async ({ page }) => {
  await page.setViewportSize({ width: 300, height: 900 });
  await openApp(page);
  // on the overview at 300 px the radar sits far below the fold: drawn once scrolled near
  await page.locator('[data-view="radar"]').scrollIntoViewIfNeeded();
  await expect(page.locator('[data-view="radar"] svg').first()).toBeVisible();
  expect(await textProblems(page, '[data-view="radar"]')).toEqual([]);
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  const list = page.locator('[data-view="radar"] figure[data-field="ther"] .axis-list button[data-indication="onko"]');
  await list.click();
  await expect(page).toHaveURL(/f=ther/);
  await expect(page).toHaveURL(/i=onko/);
  await expect(list).toHaveAttribute('aria-pressed', 'true');
});

test('an axis shows the shared tooltip on keyboard focus; the masterplan layer stays as it was', async ({ page }) => {
  await openApp(page, 'v=radar');
  const layer = page.locator('[data-view="radar"] figure[data-field="ther"] svg [data-layer="masterplan"]');
  const before = await layer.innerHTML();
  const axis = page.locator('[data-view="radar"] figure[data-field="ther"] .axis[data-indication="onko"]');
  await axis.focus();
  const tip = page.locator('.tooltip');
  await expect(tip).toBeVisible();
  await expect(tip).toContainText('Onkologie');
  await expect(tip).toContainText('Abb. 3');
  await axis.press('Enter');
  await expect(page).toHaveURL(/i=onko/);
  expect(await layer.innerHTML()).toBe(before);
  const ther = radarCounts(mp.radars[0], cluster.items, { ...NO_FILTERS, field: 'ther', indication: 'onko' }, cluster.ctx);
  await expect(page.locator('[data-view="radar"] [data-count="radar:ther:n"]')).toHaveAttribute('data-value', String(ther.n));
});
