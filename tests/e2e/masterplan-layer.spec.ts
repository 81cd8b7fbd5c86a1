import { test, expect, type Page } from '@playwright/test';
import { openApp } from './helpers.ts';

// The masterplan layer shows the published figures for the whole cluster: no filter changes it,
// and while filters are active the views say that it shows the whole cluster.
const layer = (page: Page) =>
  page.$$eval('section[data-view] [data-layer="masterplan"]', (els) => els.map((e) => `${e.closest('section')!.getAttribute('data-view')}: ${e.outerHTML}`));

for (const query of ['b=mt.bt', 'f=diag&i=onko', 'w=research&l=sh', 'p=moin', 's=dx&k=02000', 'b=none&t=uni']) {
  test(`filters ?${query} leave the masterplan layer unchanged`, async ({ page }) => {
    await openApp(page);
    const before = await layer(page);
    expect(before.length, 'the masterplan layer is marked in the views').toBeGreaterThan(3);
    await openApp(page, query);
    expect(await layer(page)).toEqual(before);
    await expect(page.getByText(/zeigt immer den gesamten Cluster/).first()).toBeVisible();
  });
}
