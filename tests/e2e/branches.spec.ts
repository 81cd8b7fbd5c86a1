import { test, expect } from '@playwright/test';
import { horizontalOverflow, LANGS, openApp, textProblems, WIDTHS } from './helpers.ts';
import { loadClusterData } from '../unit/fixtures.ts';
import { makeCluster } from '../../src/lib/state/cluster.ts';
import { NO_FILTERS } from '../../src/lib/state/filters.ts';
import { projectMarks, regionCounts } from '../../src/lib/derive/branches.ts';
import { radarCounts } from '../../src/lib/derive/radar.ts';

const cluster = makeCluster(loadClusterData());

for (const lang of LANGS)
  for (const width of WIDTHS)
    test(`branch model and lighthouse texts do not collide or overflow at ${width}px (${lang})`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      const l = lang === 'en' ? '&lang=en' : '';
      for (const q of [`v=branches${l}`, `v=projects${l}`, `v=projects&tf=f${l}`, `v=branches&b=mt.bt&s=th${l}`]) {
        await openApp(page, q);
        const view = q.startsWith('v=branches') ? 'branches' : 'projects';
        await expect(page.locator(`[data-view="${view}"] svg`).first()).toBeVisible();
        expect(await textProblems(page, `[data-view="${view}"]`), q).toEqual([]);
        expect(await horizontalOverflow(page), q).toBeLessThanOrEqual(0);
      }
      // compact panels on the overview
      await openApp(page, lang === 'en' ? 'lang=en' : '');
      for (const view of ['branches', 'projects']) {
        await expect(page.locator(`[data-view="${view}"] svg`).first()).toBeVisible();
        expect(await textProblems(page, `[data-view="${view}"]`), view).toEqual([]);
      }
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    });

const ALL_REGIONS = ['mt', 'bt', 'ph', 'mt+bt', 'mt+ph', 'bt+ph', 'mt+bt+ph', 'none'];
for (const lang of LANGS)
  for (const width of [1920, 1280, 390])
    test(`the overview's compact branch model shows every count the full view shows, legibly, at ${width}px (${lang})`, async ({ page }) => {
      await page.setViewportSize({ width, height: width < 800 ? 844 : 1000 });
      const l = lang === 'en' ? 'lang=en' : '';
      const countsOf = (view: string) =>
        page.locator(`[data-view="${view}"] svg [data-count^="region:"]`).evaluateAll((els) =>
          els.map((e) => [e.getAttribute('data-count'), e.getAttribute('data-value'), (e.textContent ?? '').trim()]).sort()
        );
      await openApp(page, ['v=branches', l].filter(Boolean).join('&'));
      const full = await countsOf('branches');
      expect(full.map(([k]) => k!.slice('region:'.length)).sort()).toEqual([...ALL_REGIONS].sort());
      await openApp(page, l);
      const compact = page.locator('[data-view="branches"]');
      await compact.scrollIntoViewIfNeeded();
      expect(await countsOf('branches')).toEqual(full);
      // Legible: each count is drawn at a readable size, inside the figure, and meets no other text.
      for (const region of ALL_REGIONS) {
        const c = compact.locator(`svg [data-count="region:${region}"]`);
        await expect(c, region).toBeVisible();
        expect(Number(await c.getAttribute('font-size')), region).toBeGreaterThanOrEqual(12);
      }
      expect(await textProblems(page, '[data-view="branches"]')).toEqual([]);
    });

test('selecting a branch area and a project changes the URL, the details and the other views as derived', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openApp(page);
  const branches = page.locator('[data-view="branches"]');
  const projects = page.locator('[data-view="projects"]');
  const mt = branches.locator('g[data-region="mt"]');
  await mt.click();
  await expect(page).toHaveURL(/[?&]b=mt(&|$)/);
  await expect(mt).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('button', { name: /Filter entfernen: Branche: Medizintechnik/ })).toBeVisible();
  // The lighthouse view dims exactly the projects the derivation dims.
  const f1 = { ...NO_FILTERS, region: 'mt' as const };
  for (const m of projectMarks(cluster.data.projects, f1, cluster.ctx))
    await expect(projects.locator(`[data-project="${m.id}"]`)).toHaveAttribute('data-dimmed', String(m.dimmed));
  expect(projectMarks(cluster.data.projects, f1, cluster.ctx).some((m) => m.dimmed)).toBe(true);
  // The branch model's data counts ignore the region filter itself.
  const c1 = regionCounts(cluster.items, f1, cluster.ctx);
  await expect(branches.locator('[data-count="region:mt"]')).toHaveText(`n = ${c1.byRegion.mt}`);
  await expect(branches.locator('[data-count="region:mt"]')).toHaveAttribute('data-value', String(c1.byRegion.mt));
  // The indication radar recounts under the branch filter.
  const radar = radarCounts(cluster.data.masterplan!.radars[0], cluster.items, f1, cluster.ctx);
  await expect(page.locator(`[data-view="radar"] figure[data-field="${radar.field}"] figcaption`)).toContainText(`n = ${radar.n} `);

  // Select MOIN (it has Medizintechnik, so it is not dimmed) by keyboard.
  const moin = projects.locator('[data-project="moin"] [role="button"]');
  await moin.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/[?&]p=moin(&|$)/);
  await expect(page).toHaveURL(/sel=p\.moin/);
  await expect(moin).toHaveAttribute('aria-pressed', 'true');
  const name = cluster.project('moin')!.name;
  await expect(page.locator('aside.details h2')).toHaveText('MOIN');
  await expect(page.locator('aside.details')).toContainText('name' in name ? name.name : name.de);
  const f2 = { ...f1, project: 'moin' };
  const c2 = regionCounts(cluster.items, f2, cluster.ctx);
  await expect(branches.locator('[data-count="region:none"]')).toHaveText(`n = ${c2.byRegion.none}`);
  // Every count the compact model shows equals the derivation (the Medizintechnik count among them).
  await expect(branches.locator('[data-count="region:mt"]')).toHaveText(`n = ${c2.byRegion.mt}`);
  const shown = await branches.locator('svg [data-count^="region:"]').evaluateAll((els) =>
    els.map((e) => ({ region: e.getAttribute('data-count')!.slice('region:'.length), value: Number(e.getAttribute('data-value')) }))
  );
  expect(shown.map((s) => s.region)).toContain('none');
  expect(shown).toEqual(shown.map((s) => ({ region: s.region, value: c2.byRegion[s.region as keyof typeof c2.byRegion] })));
  // Selecting the project again clears the project filter and closes the details.
  await moin.click();
  await expect(page).not.toHaveURL(/[?&]p=/);
  await expect(page.locator('aside.details')).toHaveCount(0);
  // A side toggles the focus filter; the none box the 'none' region.
  await branches.locator('rect[data-side="dx"]').click();
  await expect(page).toHaveURL(/[?&]s=dx/);
  await branches.locator('[data-region="none"]').press('Enter');
  await expect(page).toHaveURL(/[?&]b=none/);
});

test('hover, focus and tap on a branch area or a project show its figures and source in the tooltip', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openApp(page, 'v=branches');
  const tip = page.locator('.tooltip');
  const c = regionCounts(cluster.items, NO_FILTERS, cluster.ctx);
  // hovering the count itself reaches its area
  await page.locator('[data-count="region:mt"]').hover();
  await expect(tip).toContainText('Medizintechnik');
  await expect(tip).toContainText(/46\s%\sder Funktionen laut Masterplan/);
  await expect(tip).toContainText(`n = ${c.byRegion.mt}`);
  await expect(tip).toContainText('Masterplan 2009, Abb. 2');
  await page.keyboard.press('Escape');
  await expect(tip).toHaveCount(0);
  const none = page.locator('[data-region="none"]');
  await none.focus();
  await expect(tip).toContainText(`n = ${c.byRegion.none}`);
  await expect(tip).toContainText('45 Akteure');
  await openApp(page, 'v=projects&lang=en');
  await page.locator('[data-item="p.moin"] [role="button"]').dispatchEvent('pointerup', { pointerType: 'touch' });
  await expect(tip).toContainText('MOIN');
  await expect(tip).toContainText('position per masterplan text');
  await expect(tip).toContainText('Masterplan 2009, Fig. 4');
});
