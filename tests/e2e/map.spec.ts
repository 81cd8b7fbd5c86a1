import { test, expect } from '@playwright/test';
import { horizontalOverflow, LANGS, openApp, textProblems, WIDTHS } from './helpers.ts';
import { loadClusterData } from '../unit/fixtures.ts';
import { makeCluster } from '../../src/lib/state/cluster.ts';
import { NO_FILTERS } from '../../src/lib/state/filters.ts';
import { deriveMap } from '../../src/lib/derive/map.ts';
import { projectMarks } from '../../src/lib/derive/branches.ts';
import { summarize } from '../../src/lib/derive/summary.ts';
import { layoutMapGeometry } from '../../src/lib/layout/map.ts';

const cluster = makeCluster(loadClusterData());
const nameOf = (t: { name: string } | { de: string }) => ('name' in t ? t.name : t.de);

for (const lang of LANGS)
  for (const width of WIDTHS)
    test(`map labels do not collide or overflow at ${width}px (${lang})`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      const l = lang === 'en' ? '&lang=en' : '';
      const map = page.locator('[data-view="map"]');
      for (const q of [`v=map${l}`, `v=map&k=01002&p=neu2${l}`]) {
        await openApp(page, q);
        await expect(map.locator('svg.map')).toBeVisible();
        expect(await textProblems(page, '[data-view="map"]'), q).toEqual([]);
        expect(await horizontalOverflow(page), q).toBeLessThanOrEqual(0);
        // zoomed to Hamburg, the labels are placed again
        await map.getByRole('button', { name: lang === 'en' ? 'Zoom to Hamburg' : 'Hamburg vergrößern' }).click();
        await page.waitForTimeout(100);
        expect(await textProblems(page, '[data-view="map"]'), q + ' Hamburg').toEqual([]);
      }
      // compact panel on the overview
      await openApp(page, lang === 'en' ? 'lang=en' : '');
      await expect(map.locator('svg.map')).toBeVisible();
      expect(await textProblems(page, '[data-view="map"]')).toEqual([]);
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    });

test('the attribution line with its licence links is always shown, in both languages', async ({ page }) => {
  for (const q of ['v=map', 'v=map&lang=en', 'v=map&tab=1', '']) {
    await openApp(page, q);
    const line = page.locator('[data-view="map"] .attribution');
    await expect(line).toBeVisible();
    await expect(line).toContainText('© GeoBasis-DE / BKG (2024)');
    await expect(line.locator('a[href="https://www.bkg.bund.de"]')).toBeVisible();
    await expect(line.locator('a[href="https://www.govdata.de/dl-de/by-2-0"]')).toHaveText('dl-de/by-2-0');
    await expect(line.locator('a[href="https://www.naturalearthdata.com"]')).toHaveText('Natural Earth');
  }
});

test('selecting an actor and a Kreis changes the URL, the details, the map and the other views as derived', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  const foreign: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith('http://127.0.0.1')) foreign.push(r.url());
  });
  await openApp(page);
  const map = page.locator('[data-view="map"]');
  // Actor by its mark (keyboard): the first actor site.
  const first = deriveMap(cluster, NO_FILTERS).marks.find((m) => m.kind === 'actor')!;
  await expect(map.locator('svg.map')).toBeVisible();
  const mark = map.locator(`[data-mark="${first.key}"]`);
  if ((await mark.count()) === 1) {
    await mark.focus();
    await page.keyboard.press('Enter');
  } else {
    // crowded into a group on this screen: the find list on the map view reaches it
    await openApp(page, 'v=map');
    await page.getByRole('button', { name: new RegExp(nameOf(first.name)) }).first().click();
  }
  await expect(page).toHaveURL(new RegExp(`sel=a\\.${first.id}`));
  await expect(page.locator('aside.details h2')).toContainText(nameOf(first.name));
  await page.locator('aside.details button.close').click();

  // Kreis Kiel through the list control.
  await openApp(page, '');
  await map.getByLabel('Kreis oder kreisfreie Stadt').selectOption('01002');
  await expect(page).toHaveURL(/[?&]k=01002(&|$)/);
  const f = { ...NO_FILTERS, kreis: '01002' };
  const derived = deriveMap(cluster, f);
  await expect(map.locator('.counts')).toContainText(`${derived.counts.actors.match} von ${derived.counts.actors.n} Akteuren`);
  for (const m of derived.marks) {
    const el = map.locator(`[data-mark="${m.key}"]`);
    if (await el.count()) await expect(el).toHaveAttribute('data-dimmed', String(m.verdict !== 'match'));
  }
  // the shared summary and the lighthouse view follow the same rule
  const s = summarize(cluster.items, f, cluster.ctx);
  await expect(page.locator('.filters .summary')).toContainText(`${s.actors.match} von ${s.actors.n} Akteuren`);
  const projects = page.locator('[data-view="projects"]');
  if (await projects.locator('[data-project]').count())
    for (const m of projectMarks(cluster.data.projects, f, cluster.ctx))
      await expect(projects.locator(`[data-project="${m.id}"]`).first()).toHaveAttribute('data-dimmed', String(m.dimmed));

  // Tapping Hamburg on the map sets the Land; tapping a Kreis of Schleswig-Holstein sets the Kreis.
  await openApp(page, 'v=map');
  // a point in Hamburg's Vierlande, away from the marks: the same projection as the app
  const box = (await map.locator('svg.map').boundingBox())!;
  const geo = layoutMapGeometry(cluster.data.geo!, { width: Math.round(box.width), height: Math.round(box.height) });
  const [px, py] = geo.project(10.22, 53.45);
  await map.locator('svg.map').click({ position: { x: px, y: py } });
  await expect(page).toHaveURL(/[?&]l=hh(&|$)/);
  await expect(map.getByRole('button', { name: 'Hamburg', exact: true })).toHaveAttribute('aria-pressed', 'true');
  // a Kreis of Schleswig-Holstein (Plön) sets the Kreis
  const [qx, qy] = geo.project(10.5, 54.25);
  await map.locator('svg.map').click({ position: { x: qx, y: qy } });
  await expect(page).toHaveURL(/[?&]k=01057(&|$)/);
  expect(foreign).toEqual([]);
});

test('the map pans and zooms by keyboard and buttons, and the find list shows an actor on the map', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openApp(page, 'v=map');
  const map = page.locator('[data-view="map"]');
  const reset = map.getByRole('button', { name: 'Ansicht zurücksetzen' });
  await expect(reset).toBeDisabled();
  await map.locator('svg.map').focus();
  await page.keyboard.press('+');
  await expect(reset).toBeEnabled();
  const before = await map.locator('svg.map > g').first().getAttribute('transform');
  await page.keyboard.press('ArrowLeft');
  await expect(map.locator('svg.map > g').first()).not.toHaveAttribute('transform', before!);
  await reset.click();
  await expect(reset).toBeDisabled();

  await map.getByRole('searchbox', { name: 'Akteur oder Projekt finden' }).fill('lubeck');
  const hit = map.locator('.find li button').first();
  await expect(hit).toBeVisible();
  await hit.click();
  await expect(page).toHaveURL(/sel=/);
  await expect(reset).toBeEnabled();
});

test('two-finger pinch zooms the map and a drag pans it (touch-action: none)', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openApp(page, 'v=map');
  const svg = page.locator('[data-view="map"] svg.map');
  await expect(svg).toHaveCSS('touch-action', 'none');
  const g = svg.locator('> g').first();
  const before = await g.getAttribute('transform');
  await svg.evaluate((el) => {
    const b = el.getBoundingClientRect();
    const cx = b.left + b.width / 2, cy = b.top + b.height / 2;
    const ev = (type: string, id: number, x: number, y: number) =>
      el.dispatchEvent(new PointerEvent(type, { pointerId: id, clientX: x, clientY: y, bubbles: true, pointerType: 'touch', isPrimary: id === 1 }));
    ev('pointerdown', 1, cx - 20, cy);
    ev('pointerdown', 2, cx + 20, cy);
    for (let i = 1; i <= 5; i++) {
      ev('pointermove', 1, cx - 20 - i * 10, cy);
      ev('pointermove', 2, cx + 20 + i * 10, cy);
    }
    ev('pointerup', 1, cx - 70, cy);
    ev('pointerup', 2, cx + 70, cy);
  });
  const zoomed = await g.getAttribute('transform');
  expect(zoomed).not.toBe(before);
  expect(Number(/scale\(([\d.]+)\)/.exec(zoomed!)![1])).toBeCloseTo(3.5, 1);
  // a one-finger drag pans without selecting anything
  await svg.evaluate((el) => {
    const b = el.getBoundingClientRect();
    const ev = (type: string, x: number) =>
      el.dispatchEvent(new PointerEvent(type, { pointerId: 3, clientX: x, clientY: b.top + 50, bubbles: true, pointerType: 'touch', isPrimary: true }));
    ev('pointerdown', b.left + 100);
    ev('pointermove', b.left + 140);
    ev('pointermove', b.left + 180);
    ev('pointerup', b.left + 180);
  });
  await expect(g).not.toHaveAttribute('transform', zoomed!);
  await expect(page).not.toHaveURL(/sel=|[?&][lk]=/);
});

test('on the overview a tap on the Kiel Kreis (or its group) filters Kiel; marks and counts follow the derivation; tooltips on focus', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openApp(page);
  const map = page.locator('[data-view="map"]');
  await expect(map.locator('svg.map')).toHaveCSS('touch-action', 'pan-y');
  await map.locator('svg [data-kreis="01002"]').click();
  await expect(page).toHaveURL(/[?&]k=01002(&|$)/);
  const d = deriveMap(cluster, { ...NO_FILTERS, kreis: '01002' });
  const count = (k: string) => map.locator(`.counts [data-count="${k}"]`);
  await expect(count('map:actors-match')).toHaveAttribute('data-value', String(d.counts.actors.match));
  await expect(count('map:actors')).toHaveAttribute('data-value', String(d.counts.actors.n));
  await expect(count('map:no-site')).toHaveAttribute('data-value', String(d.counts.noSite));
  await expect(count('map:projects-match')).toHaveAttribute('data-value', String(d.counts.projects.match));
  const marks = await map.locator('svg [data-item][data-match]').evaluateAll((els) => els.map((e) => [e.getAttribute('data-item'), e.getAttribute('data-match')]));
  expect(marks.length).toBeGreaterThan(0);
  for (const [item, match] of marks) {
    const m = d.marks.find((x) => `${x.kind === 'actor' ? 'a' : 'p'}.${x.id}` === item)!;
    expect(match, item!).toBe(m.verdict);
  }
  // keyboard focus on a mark shows its tooltip with the name
  const first = map.locator('svg [data-item]').first();
  await first.focus();
  const tip = page.locator('.tooltip');
  await expect(tip).toBeVisible();
  expect((await first.getAttribute('aria-label'))!.startsWith((await tip.locator('strong').textContent())!)).toBe(true);
  await expect(tip).toContainText('Stand 2009');
  await page.keyboard.press('Escape');
  // legend and the actors without a site are folded on the overview
  const more = map.locator('details.more');
  await expect(more.locator('summary')).toHaveText('Legende und Akteure ohne Standort');
  await expect(more.locator('.legend')).toBeHidden();
  await more.locator('summary').click();
  await expect(more.locator('.legend')).toBeVisible();
  // the full map page keeps touch-action: none
  await openApp(page, 'v=map');
  await expect(map.locator('svg.map')).toHaveCSS('touch-action', 'none');
});
