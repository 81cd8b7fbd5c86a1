// Kiosk mode: idle reset into the attract loop, the first touch only ends it, touch targets, no
// context menu, no link out, no history entries.
import { test, expect, type Page } from '@playwright/test';

test.describe.configure({ timeout: 180_000 });

const open = async (page: Page, query: string) => {
  await page.goto('./' + query);
  await expect(page.locator('.kiosk main#main')).toBeVisible({ timeout: 30_000 });
};
const attract = (page: Page) => page.locator('[data-kiosk-attract]');

test('a short idle resets the filters and starts the attract loop; a tap ends it at the start view', async ({ page }) => {
  await open(page, '?mode=kiosk&idle=5&v=radar&t=uni&lang=en');
  await expect(page.getByRole('button', { name: /Remove filter/ })).toHaveCount(1);
  await expect(attract(page)).toBeVisible({ timeout: 60_000 });
  await expect(attract(page)).toContainText('Tippen zum Start');
  await expect(attract(page)).toContainText('Tap to start');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page).not.toHaveURL(/[?&]t=/);
  // the tap lands where "English" is: the first touch must not act on it
  const english = page.getByRole('button', { name: 'English', exact: true });
  const box = (await english.boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expect(attract(page)).toHaveCount(0);
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.getByRole('button', { name: 'Übersicht' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('button', { name: /Filter entfernen/ })).toHaveCount(0);
  await expect(page).toHaveURL(/\?mode=kiosk&idle=5$/);
});

test('the attract loop plays real states: a lighthouse project lit on the map', async ({ page }) => {
  await page.clock.install();
  await open(page, '?mode=kiosk&idle=5');
  await page.clock.runFor(5_500);
  await expect(attract(page).locator('[data-scene="branches"]')).toBeVisible();
  await expect(page.locator('[data-view="branches"]')).toBeVisible();
  await page.clock.runFor(9_500);
  await expect(attract(page).locator('[data-scene="project"]')).toBeVisible();
  await expect(page.locator('[data-view="map"]')).toBeVisible();
  await expect(page).toHaveURL(/p=inflammation/);
});

for (const [width, height] of [[1920, 1080], [1080, 1920]] as const) {
  // Every interactive element that is drawn, in every kiosk view and with the details open: the figures
  // take the kiosk's figure style (48 px targets), map marks and groups carry 48 px touch discs.
  test(`every target is at least 48 × 48 px at ${width}×${height}`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    const small: string[] = [];
    for (const v of ['', '&v=branches', '&v=projects', '&v=radar', '&v=werft', '&v=map', '&v=map&tab=1', '&sel=a.uksh']) {
      await open(page, '?mode=kiosk' + v);
      await expect(page.locator('.kiosk svg').first()).toBeVisible();
      const found = await page.evaluate(() => {
        const sel = 'button, a[href], input, select, textarea, summary, [role="button"], [role="link"], [role="tab"], [tabindex]:not([tabindex="-1"])';
        return [...document.querySelectorAll<HTMLElement | SVGElement>(`.kiosk ${sel}`)]
          .map((el) => ({ el, r: el.getBoundingClientRect() }))
          .filter(({ el, r }) => r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden')
          .filter(({ r }) => r.width < 47.5 || r.height < 47.5)
          .map(({ el, r }) => `${el.tagName.toLowerCase()} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}" ${Math.round(r.width)}×${Math.round(r.height)}`);
      });
      small.push(...found.map((f) => `${v || 'start'}: ${f}`));
    }
    expect(small).toEqual([]);
  });
}

test.describe('a selection on a touch screen', () => {
  test.use({ hasTouch: true });
  for (const [width, height] of [[1920, 1080], [1080, 1920]] as const) {
    // A visitor taps a lighthouse project on the map: the details open beside the page (landscape) or in
    // a band below it (portrait); the map and every mark the tap lit stay clear of the panel and on screen.
    test(`the details panel never covers the map at ${width}×${height}`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      for (const lang of ['', '&lang=en']) {
        await open(page, '?mode=kiosk&v=map' + lang);
        await page.locator('[data-view="map"] [data-item="p.inflammation"]').first().tap();
        const panel = page.locator('aside.details');
        await expect(panel).toBeVisible();
        await expect(page).toHaveURL(/p=inflammation/);
        // the layout has settled when the map's frame stops changing between two frames
        await expect
          .poll(() => page.evaluate(() => new Promise<string>((r) => requestAnimationFrame(() => {
            const a = document.querySelector('[data-view="map"] svg[data-figure="map"]')!.getBoundingClientRect();
            requestAnimationFrame(() => {
              const b = document.querySelector('[data-view="map"] svg[data-figure="map"]')!.getBoundingClientRect();
              r(a.top === b.top && a.height === b.height && a.width === b.width ? 'still' : 'moving');
            });
          }))))
          .toBe('still');
        const geometry = await page.evaluate(() => {
          const rect = (el: Element) => { const b = el.getBoundingClientRect(); return { l: b.left, t: b.top, r: b.right, b: b.bottom }; };
          return {
            panel: rect(document.querySelector('aside.details')!),
            map: rect(document.querySelector('[data-view="map"] svg[data-figure="map"]')!),
            lit: [...document.querySelectorAll('[data-view="map"] .mark:not([data-dimmed="true"])')].map(rect)
          };
        });
        const apart = (a: typeof geometry.map, b: typeof geometry.map) => a.r <= b.l + 0.5 || b.r <= a.l + 0.5 || a.b <= b.t + 0.5 || b.b <= a.t + 0.5;
        expect(apart(geometry.map, geometry.panel), 'map and panel side by side or one above the other').toBe(true);
        expect(geometry.lit.length).toBeGreaterThan(1);
        for (const m of geometry.lit) expect(m.t >= -0.5 && m.b <= height + 0.5 && m.l >= -0.5 && m.r <= width + 0.5, 'a lit mark on screen').toBe(true);
      }
    });
  }
});

test.describe('a tap where two marks\' touch areas overlap', () => {
  test.use({ hasTouch: true, viewport: { width: 1080, height: 1920 } });
  // The disc on top under the finger is not always the mark the tap picks (the nearest one): the
  // tooltip must name the picked mark, the same one the details panel shows.
  test('the tooltip names the mark the tap selected', async ({ page }) => {
    await open(page, '?mode=kiosk&v=map');
    await expect(page.locator('[data-view="map"] .mark .hit').first()).toBeAttached();
    const spot = await page.evaluate(() => {
      const discs = [...document.querySelectorAll('[data-view="map"] .mark')].map((el) => {
        const b = el.querySelector('.hit')!.getBoundingClientRect();
        return { key: el.getAttribute('data-mark')!, item: el.getAttribute('data-item'), x: (b.left + b.right) / 2, y: (b.top + b.bottom) / 2, r: b.width / 2 };
      }).filter((d) => d.y > 0 && d.y < innerHeight);
      // a later mark is drawn on top: find a point inside it that is nearer to an earlier one
      for (let i = 0; i < discs.length; i++)
        for (let j = i + 1; j < discs.length; j++) {
          const under = discs[i], top = discs[j], d = Math.hypot(top.x - under.x, top.y - under.y);
          if (under.item !== top.item && d > 4 && 0.6 * d < top.r - 2) return { under: under.key, top: top.key, x: under.x + 0.4 * (top.x - under.x), y: under.y + 0.4 * (top.y - under.y) };
        }
      return null;
    });
    expect(spot, 'two marks whose touch areas overlap').not.toBeNull();
    const tip = page.locator('.tooltip');
    await page.locator(`[data-view="map"] [data-mark="${spot!.under}"]`).focus();
    await expect(tip).toBeVisible();
    const expected = (await tip.textContent())!.trim();
    const expectedTitle = (await tip.locator('strong').textContent())!.trim();
    await page.evaluate(() => (document.activeElement as HTMLElement).blur());
    await expect(tip).toHaveCount(0);
    // every tooltip the tap shows (the details panel then takes the focus, and the tooltip goes)
    await page.evaluate(() => {
      const seen: string[] = ((window as unknown as { tipsSeen: string[] }).tipsSeen = []);
      new MutationObserver(() => {
        const t = document.querySelector('.tooltip')?.textContent?.trim();
        if (t && seen.at(-1) !== t) seen.push(t);
      }).observe(document.body, { childList: true, subtree: true, characterData: true });
    });
    await page.touchscreen.tap(spot!.x, spot!.y);
    await expect(page.locator(`[data-view="map"] [data-mark="${spot!.under}"]`)).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('#details-title')).toHaveText(expectedTitle);
    const seen = await page.evaluate(() => (window as unknown as { tipsSeen: string[] }).tipsSeen);
    expect(seen.length, 'the tap shows a tooltip').toBeGreaterThan(0);
    for (const t of seen) expect(t).toBe(expected);
  });
});

test('no context menu, no link out of the app, no downloads', async ({ page }) => {
  for (const v of ['', '&v=map', '&v=map&tab=1', '&v=radar&tab=1', '&sel=p.inflammation', '&v=sources', '&v=a11y']) {
    await open(page, '?mode=kiosk' + v);
    await expect(page.locator('.kiosk svg, .kiosk table').first()).toBeVisible();
    const out = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLAnchorElement>('a[href]')].filter((a) => a.origin !== location.origin || a.download || a.target === '_blank').map((a) => a.href)
    );
    expect(out, v).toEqual([]);
    await expect(page.getByRole('button', { name: /herunterladen/i })).toHaveCount(0);
  }
  const prevented = await page.evaluate(() => {
    const e = new MouseEvent('contextmenu', { bubbles: true, cancelable: true });
    document.querySelector('.kiosk h1')!.dispatchEvent(e);
    return e.defaultPrevented;
  });
  expect(prevented).toBe(true);
  await expect(page.locator('.kiosk')).toHaveCSS('user-select', 'none');
  await expect(page.locator('.kiosk')).toHaveCSS('touch-action', 'pan-x pan-y');
});

test('50 taps add no history entry and the address follows the state', async ({ page }) => {
  await open(page, '?mode=kiosk');
  const before = await page.evaluate(() => history.length);
  const tabs = page.locator('.kiosk header nav button');
  for (let i = 0; i < 50; i++) {
    if (i % 7 === 3) await page.getByRole('button', { name: 'English', exact: true }).click();
    else if (i % 7 === 6) await page.getByRole('button', { name: 'Deutsch', exact: true }).click();
    else if (i % 7 === 5) await page.locator('.kiosk [data-view] .seg button').last().click();
    else await tabs.nth((i * 5) % 6).click();
  }
  // the last tap (i = 49) is tab 49 × 5 mod 6 = 5: the map
  await expect(page).toHaveURL(/v=map/);
  await expect(page).toHaveURL(/mode=kiosk/);
  expect(await page.evaluate(() => history.length)).toBe(before);
});
