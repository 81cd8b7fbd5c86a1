import { test, expect, type Page } from '@playwright/test';
import { motionLog, openApp, recordMotion, settled } from './helpers.ts';

// The first draw of every view stands still: no transition, animation or map glide runs while the app
// loads, measures its frames and fills the views below the fold. Movement is kept for later changes.

/** Scrolls down to the foot of the page in window-high steps (views far below the fold are drawn when they come near). */
async function scrollThrough(page: Page) {
  for (let i = 0; i < 40; i++) {
    const atEnd = await page.evaluate(() => {
      window.scrollBy(0, window.innerHeight);
      return window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 1;
    });
    await settled(page);
    if (atEnd) break;
  }
}

const QUERIES = ['', 'v=branches', 'v=projects', 'v=radar', 'v=werft', 'v=werft&r=d', 'v=map', 'v=map&k=01002', 'r=d&lang=en'];
for (const width of [1920, 390])
  for (const q of QUERIES)
    test(`first draw of ${q || 'the overview'} at ${width}px moves nothing`, async ({ page }) => {
      await page.setViewportSize({ width, height: width < 800 ? 844 : 1080 });
      await recordMotion(page);
      await openApp(page, q);
      await scrollThrough(page);
      expect(await motionLog(page)).toEqual([]);
    });

/**
 * Samples the Medizinwerft in every frame from the first script on: where the drawn geometry (computed
 * style, which a running transition changes) differs from the layout's (attributes), the figure is
 * between two layouts. Returns how many frames showed it between, and how many frames showed it at all.
 */
async function sampleWerft(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __werft: { frames: number; between: number } };
    w.__werft = { frames: 0, between: 0 };
    const nums = (s: string | null) => (s ?? '').match(/-?\d+(\.\d+)?(e-?\d+)?/g)?.map(Number) ?? [];
    const same = (a: number[], b: number[]) => a.length === b.length && a.every((v, i) => Math.abs(v - b[i]) < 0.01);
    const frame = () => {
      const svg = document.querySelector('[data-view="werft"] svg[data-figure="werft"]');
      if (svg) {
        w.__werft.frames++;
        let between = false;
        const bands = [...svg.querySelectorAll('path.band, path.axis')];
        for (const p of bands) if (!same(nums(getComputedStyle(p).getPropertyValue('d')), nums(p.getAttribute('d')))) between = true;
        for (const r of svg.querySelectorAll('rect.node, rect.chip-box'))
          for (const k of ['x', 'y', 'width', 'height'])
            if (!same(nums(getComputedStyle(r).getPropertyValue(k)), nums(r.getAttribute(k)))) between = true;
        if (between) w.__werft.between++;
      }
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
}

for (const q of ['v=werft', 'v=werft&r=d', ''])
  test(`the Medizinwerft is never drawn between two layouts while ${q || 'the overview'} loads`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await sampleWerft(page);
    await openApp(page, q);
    await page.locator('[data-view="werft"]').scrollIntoViewIfNeeded();
    await settled(page);
    const seen = await page.evaluate(() => (window as unknown as { __werft: { frames: number; between: number } }).__werft);
    expect(seen.frames).toBeGreaterThan(0);
    expect(seen.between).toBe(0);
  });

/** Opens `query` still, removes its company filter in the app, and waits for a transition on `mark`. */
async function filterRemovalMoves(page: Page, query: string, mark: string) {
  await page.setViewportSize({ width: 1280, height: 800 });
  await recordMotion(page);
  await openApp(page, query);
  expect(await motionLog(page, true)).toEqual([]);
  await page.getByRole('button', { name: /Filter entfernen/ }).first().click();
  await expect(page).not.toHaveURL(/t=company/);
  await expect.poll(async () => (await motionLog(page)).some((m) => m.kind === 'transition' && m.target.includes(mark))).toBe(true);
}

test('a later filter change moves the Medizinwerft bands, but not under reduced motion', async ({ page }) => {
  // a filter removed in the app: the widths are recounted and the bands move there
  await filterRemovalMoves(page, 'v=werft&r=d&t=company', 'band');
  await settled(page);
  // the same change back (Back) under reduced motion: no movement at all
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await motionLog(page, true);
  await page.goBack();
  await expect(page).toHaveURL(/t=company/);
  await settled(page);
  expect(await motionLog(page)).toEqual([]);
});

test('a later filter change moves the radar bars', async ({ page }) => {
  await filterRemovalMoves(page, 'v=radar&t=company', 'bar');
});
