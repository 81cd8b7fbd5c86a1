import { test, expect } from '@playwright/test';
import { horizontalOverflow, LANGS, openApp, textProblems, WIDTHS } from './helpers.ts';
import { loadClusterData } from '../unit/fixtures.ts';
import { makeCluster } from '../../src/lib/state/cluster.ts';
import { NO_FILTERS } from '../../src/lib/state/filters.ts';
import { deriveMap } from '../../src/lib/derive/map.ts';
import { projectMarks } from '../../src/lib/derive/branches.ts';
import { summarize } from '../../src/lib/derive/summary.ts';
import { layoutMapGeometry, regionBox } from '../../src/lib/layout/map.ts';
import { zoomToBox } from '../../src/lib/layout/mapTransform.ts';

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
        const geometry = map.locator('svg.map > g').first();
        const before = (await geometry.getAttribute('transform'))!;
        await map.getByRole('button', { name: lang === 'en' ? 'Zoom to Hamburg' : 'Hamburg vergrößern' }).click();
        await expect(geometry).not.toHaveAttribute('transform', before);
        expect(await textProblems(page, '[data-view="map"]'), q + ' Hamburg').toEqual([]);
      }
      // compact panel on the overview (on a phone, far below the fold: drawn once scrolled near)
      await openApp(page, lang === 'en' ? 'lang=en' : '');
      await map.scrollIntoViewIfNeeded();
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
  // Actor by its mark (keyboard): the first actor mark drawn on its own.
  await expect(map.locator('svg.map')).toBeVisible();
  const mark = map.locator('[data-mark^="a."]').first();
  const id = (await mark.getAttribute('data-mark'))!.split('.')[1];
  const first = cluster.actor(id)!;
  await mark.focus();
  await page.keyboard.press('Enter');
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
  // every mark drawn on its own is pale exactly when its site does not match
  const drawn = await map.locator('[data-mark]').evaluateAll((els) => els.map((e) => [e.getAttribute('data-mark')!, e.getAttribute('data-dimmed')!]));
  expect(drawn.length).toBeGreaterThan(0);
  for (const [key, dimmed] of drawn) expect(dimmed, key).toBe(String(derived.marks.find((m) => m.key === key)!.verdict !== 'match'));
  // the shared summary and the lighthouse view follow the same rule
  const s = summarize(cluster.items, f, cluster.ctx);
  await expect(page.locator('.filters .summary')).toContainText(`${s.actors.match} von ${s.actors.n} Akteuren`);
  const projects = page.locator('[data-view="projects"]');
  await expect(projects.locator('[data-project]').first()).toBeVisible();
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
  // Hamburg is framed; back to the whole map, then a Kreis of Schleswig-Holstein (Plön) sets the Kreis
  await expect(map.locator('svg.map > g').first()).not.toHaveAttribute('transform', /scale\(1\.0000\)/);
  await map.getByRole('button', { name: 'Ansicht zurücksetzen' }).click();
  await expect(map.locator('svg.map > g').first()).toHaveAttribute('transform', 'translate(0.00,0.00) scale(1.0000)');
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
  const marks = await map.locator('svg [data-mark][data-match]').evaluateAll((els) => els.map((e) => [e.getAttribute('data-mark')!, e.getAttribute('data-match')] as const));
  expect(marks.length).toBeGreaterThan(0);
  for (const [key, match] of marks) expect(match, key!).toBe(d.marks.find((x) => x.key === key)!.verdict);
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

const transformOf = (t: string | null) => {
  const m = /translate\(([-\d.]+),([-\d.]+)\) scale\(([\d.]+)\)/.exec(t ?? '')!;
  return { x: Number(m[1]), y: Number(m[2]), k: Number(m[3]) };
};

test('?v=map&k=01002: Kiel is framed and outlined above the marks; bright stars, counts and sentence agree; the find list counts matches', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openApp(page, 'v=map&k=01002');
  const map = page.locator('[data-view="map"]');
  const svg = map.locator('svg.map');
  await expect(svg).toBeVisible();
  // framed: the Kiel outline fills a good part of the frame and lies inside it
  const outline = svg.locator('[data-outline="01002"]');
  await expect(outline).toBeVisible();
  const frame = (await svg.boundingBox())!, kiel = (await outline.boundingBox())!;
  expect(Math.max(kiel.width / frame.width, kiel.height / frame.height)).toBeGreaterThan(0.3);
  expect(kiel.x).toBeGreaterThanOrEqual(frame.x);
  expect(kiel.y).toBeGreaterThanOrEqual(frame.y);
  expect(kiel.x + kiel.width).toBeLessThanOrEqual(frame.x + frame.width);
  expect(kiel.y + kiel.height).toBeLessThanOrEqual(frame.y + frame.height);
  // the outline is drawn after (above) every mark
  expect(await svg.evaluate((el) => {
    const o = el.querySelector('[data-outline]')!;
    return [...el.querySelectorAll('[data-mark]')].every((m) => m.compareDocumentPosition(o) & Node.DOCUMENT_POSITION_FOLLOWING);
  })).toBe(true);
  // bright stars = the projects the sentence counts, all in Kiel
  const f = { ...NO_FILTERS, kreis: '01002' };
  const s = summarize(cluster.items, f, cluster.ctx);
  expect(s.projects.match).toBe(4);
  await expect(page.locator('.filters .summary')).toContainText(`${s.projects.match} von ${s.projects.n} Leuchtturmprojekten`);
  await expect(map.locator('.counts [data-count="map:projects-match"]')).toHaveAttribute('data-value', String(s.projects.match));
  const stars = await svg.locator('[data-mark^="p."][data-dimmed="false"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-mark')!));
  const d = deriveMap(cluster, f);
  expect(new Set(stars.map((k) => k.split('.')[1])).size).toBe(s.projects.match);
  expect(stars.every((k) => d.marks.find((m) => m.key === k)!.site.kreis === '01002')).toBe(true);
  // find list: how many of its entries match, and only those on request
  const find = map.locator('.find');
  const match = cluster.items.filter((it) => d.verdictOf(it.kind, it.id) === 'match').length;
  const all = cluster.data.actors.length + cluster.data.projects.length;
  await expect(find.locator('.count')).toHaveText(`${match} von ${all} Einträgen passen zu den Filtern`);
  await expect(find.locator('li')).toHaveCount(all);
  await find.getByRole('button', { name: 'nur Treffer zeigen' }).click();
  await expect(find.locator('li')).toHaveCount(match);
  await expect(find.locator('li[data-match="match"]')).toHaveCount(match);
});

for (const reduced of [false, true])
  test(`choosing a Kreis frames it ${reduced ? 'at once under reduced motion' : 'with a glide'}`, async ({ page }) => {
    await page.emulateMedia({ reducedMotion: reduced ? 'reduce' : 'no-preference' });
    await page.setViewportSize({ width: 1280, height: 800 });
    await openApp(page, 'v=map');
    const map = page.locator('[data-view="map"]');
    const geometry = map.locator('svg.map > g').first();
    await expect(geometry).toHaveAttribute('transform', 'translate(0.00,0.00) scale(1.0000)');
    // every transform the geometry takes on its way
    await geometry.evaluate((g) => {
      const seen: string[] = ((window as unknown as { seen: string[] }).seen = []);
      new MutationObserver(() => seen.push(g.getAttribute('transform')!)).observe(g, { attributes: true, attributeFilter: ['transform'] });
    });
    await map.getByLabel('Kreis oder kreisfreie Stadt').selectOption('01003');
    const box = (await map.locator('svg.map').boundingBox())!;
    const geo = layoutMapGeometry(cluster.data.geo!, { width: Math.round(box.width), height: Math.round(box.height) });
    const target = zoomToBox(regionBox(geo, { kreis: '01003', land: null })!, { width: geo.width, height: geo.height }, 24, 6);
    await expect.poll(async () => transformOf(await geometry.getAttribute('transform')).k).toBeCloseTo(target.k, 2);
    const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
    // one step under reduced motion, many frames of a glide otherwise
    expect(seen.length === 1 ? 'at once' : seen.length > 2 ? 'glide' : `${seen.length} steps`).toBe(reduced ? 'at once' : 'glide');
  });

for (const [width, height] of [[1920, 1080], [1920, 900]])
  test(`overview at ${width}×${height}: the map with Hamburg and the legend fold fits the window`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await openApp(page);
    const panel = page.locator('[data-view="map"]');
    await expect(panel.locator('svg.map')).toBeVisible();
    await panel.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    const within = async (name: string, box: { x: number; y: number; width: number; height: number } | null) => {
      expect(box, name).not.toBeNull();
      expect(box!.y, name).toBeGreaterThanOrEqual(-1);
      expect(box!.y + box!.height, name).toBeLessThanOrEqual(height);
    };
    await within('map', await panel.locator('svg.map').boundingBox());
    await within('Hamburg label', await panel.locator('text.city', { hasText: 'Hamburg' }).boundingBox());
    await within('legend fold', await panel.locator('details.more summary').boundingBox());
    const lowest = await panel.locator('svg [data-mark], svg [data-group]').evaluateAll((els) => Math.max(...els.map((e) => e.getBoundingClientRect().bottom)));
    expect(lowest).toBeLessThanOrEqual(height);
  });
