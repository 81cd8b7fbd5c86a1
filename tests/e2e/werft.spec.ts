import { test, expect } from '@playwright/test';
import { horizontalOverflow, LANGS, openApp, textProblems, WIDTHS } from './helpers.ts';
import { loadClusterData } from '../unit/fixtures.ts';
import { makeCluster } from '../../src/lib/state/cluster.ts';
import { NO_FILTERS } from '../../src/lib/state/filters.ts';
import { radarCounts } from '../../src/lib/derive/radar.ts';
import { werftCounts } from '../../src/lib/derive/werft.ts';

const cluster = makeCluster(loadClusterData());
const mp = cluster.data.masterplan!;

test('picking a Medizinwerft stage sets the stage filter in the URL, and the radars recount', async ({ page }) => {
  await openApp(page);
  const stage = page.locator('[data-view="werft"] [data-stage="research"]');
  await stage.click();
  await expect(page).toHaveURL(/w=research/);
  await expect(stage).toHaveAttribute('aria-pressed', 'true');
  const filters = { ...NO_FILTERS, stage: 'research' };
  for (const radar of mp.radars) {
    const c = radarCounts(radar, cluster.items, filters, cluster.ctx);
    const fig = page.locator(`[data-view="radar"] figure[data-field="${radar.field}"]`);
    await expect(fig.locator('figcaption')).toContainText(`n = ${c.n} `);
    for (const a of c.axes) {
      const count = fig.locator(`[data-count="radar:${radar.field}:${a.indication}"]`);
      await expect(count).toHaveText(`● ${a.count}`);
      await expect(count).toHaveAttribute('data-value', String(a.count));
    }
  }
  // A sub-stage replaces it; tapping it again clears the filter.
  const drug = page.locator('[data-view="werft"] [data-stage="drug"]');
  await drug.click();
  await expect(page).toHaveURL(/w=drug/);
  await drug.press(' ');
  await expect(page).not.toHaveURL(/w=/);
});

test('the data reading keeps an emptied stage as a labelled gap', async ({ page }) => {
  await openApp(page, 'v=werft&r=d&p=moin');
  await expect(page.locator('[data-view="werft"] [data-stage="market"]')).toBeVisible();
  await expect(page.locator('[data-testid="werft-width"]')).toContainText('n =');
});

for (const lang of LANGS)
  for (const width of WIDTHS)
    test(`Medizinwerft texts do not collide or overflow at ${width}px (${lang}), both readings`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      for (const r of ['', '&r=d']) {
        await openApp(page, `v=werft${r}${lang === 'en' ? '&lang=en' : ''}`);
        await expect(page.locator('[data-view="werft"] svg')).toBeVisible();
        expect(await textProblems(page, '[data-view="werft"]')).toEqual([]);
        expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      }
    });

test('a stage shows the shared tooltip on focus; counts carry data-value; the masterplan layer stays as it was', async ({ page }) => {
  await openApp(page, 'v=werft&r=d');
  const layer = page.locator('[data-view="werft"] [data-layer="masterplan"]').last();
  const before = await layer.innerHTML();
  const stage = page.locator('[data-view="werft"] [data-stage="research"]');
  await stage.focus();
  await expect(page.locator('.tooltip')).toContainText('Forschung');
  await stage.press('Enter');
  await expect(page).toHaveURL(/w=research/);
  await page.locator('[data-view="werft"] [data-stage="dev"]').click();
  expect(await layer.innerHTML()).toBe(before);
  const w = werftCounts(mp.medizinwerft, cluster.items, { ...NO_FILTERS, stage: 'dev' }, cluster.ctx);
  await expect(page.locator('[data-view="werft"] [data-count="stage:research"]')).toHaveAttribute('data-value', String(w.stage.research));
  await expect(page.locator('[data-view="werft"] [data-count="stage:n"]')).toHaveAttribute('data-value', String(w.n));
});
