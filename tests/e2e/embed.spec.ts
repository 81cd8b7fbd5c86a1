// The embed on a partner page of another origin: height messages and sizing, no messages acted on,
// no requests elsewhere, no history entries, no horizontal scrolling.
import { test, expect, type Frame as PwFrame, type Page } from '@playwright/test';
import { APP, startPartner } from './embed-parent.ts';

// On a busy machine the app loads slowly; the conditions, not the clock, decide.
test.describe.configure({ timeout: 180_000 });

let partner: Awaited<ReturnType<typeof startPartner>>;
test.beforeAll(async () => {
  partner = await startPartner();
});
test.afterAll(async () => {
  await partner.close();
});

/** The app's frame once its shell is drawn. */
async function appFrame(page: Page, index = 0): Promise<PwFrame> {
  const handle = await page.locator(`#f${index}`).elementHandle();
  const frame = (await handle!.contentFrame())!;
  await expect(frame.locator('main#main')).toBeVisible();
  return frame;
}
/** |iframe height − content height| in CSS px. */
async function sizeGap(page: Page, frame: PwFrame, index = 0): Promise<number> {
  const outer = await page.locator(`#f${index}`).evaluate((f) => f.getBoundingClientRect().height);
  const inner = await frame.evaluate(() => document.querySelector('.embed')!.getBoundingClientRect().bottom);
  return Math.abs(outer - inner);
}
const fitted = async (page: Page, frame: PwFrame) => expect.poll(() => sizeGap(page, frame), { timeout: 10_000 }).toBeLessThanOrEqual(2);
const frameHeight = (page: Page) => page.locator('#f0').evaluate((f) => f.getBoundingClientRect().height);
/** A partner page with one frame of `view` (snippet height 400), once the script has fitted it. */
async function openFitted(page: Page, view: string) {
  await page.setViewportSize({ width: 1024, height: 800 });
  await page.goto(partner.url([{ query: `?mode=embed&v=${view}`, height: 400 }]));
  const frame = await appFrame(page);
  await fitted(page, frame);
  return { frame, height: await frameHeight(page) };
}

test('the iframe grows and shrinks with filters and the details panel; messages have exactly the documented shape', async ({ page }) => {
  const { frame, height: start } = await openFitted(page, 'projects');
  expect(start).toBeGreaterThan(400);

  // a project: its filter chip and the details panel open inside the frame
  await frame.locator('g[data-project="moin"] circle.hit').click();
  await expect(frame.locator('aside.details')).toBeVisible();
  expect(await frame.locator('aside.details').evaluate((el) => getComputedStyle(el).position)).toBe('static');
  await fitted(page, frame);
  const withDetails = await frameHeight(page);
  expect(withDetails).toBeGreaterThan(start + 2);

  // closing the details, then removing the filter: back to the start
  await frame.locator('aside.details button.close').click();
  await fitted(page, frame);
  await frame.getByRole('button', { name: /Filter entfernen/ }).first().click();
  await fitted(page, frame);
  expect(Math.abs((await frameHeight(page)) - start)).toBeLessThanOrEqual(2);

  // the table is shorter or longer than the figure: the frame follows either way
  await frame.getByRole('button', { name: 'Tabelle', exact: true }).click();
  await expect(frame.locator('table')).toBeVisible();
  await fitted(page, frame);

  const received = await page.evaluate(() => (window as unknown as { received: { data: unknown; origin: string; fromFrame: boolean }[] }).received);
  const fromApp = received.filter((m) => m.fromFrame);
  expect(fromApp.length).toBeGreaterThan(2);
  for (const m of fromApp) {
    expect(m.origin).toBe(new URL(APP).origin);
    const d = m.data as Record<string, unknown>;
    expect(Object.keys(d).sort()).toEqual(['height', 'type']);
    expect(d.type).toBe('lsn-explorer:height');
    expect(Number.isInteger(d.height)).toBe(true);
  }
});

test('a forged height message from the partner page is ignored, and the app acts on no message it receives', async ({ page }) => {
  const { frame, height: before } = await openFitted(page, 'branches');

  // the partner page (or a script on it) posts to itself: embed.js must not resize the frame
  await page.evaluate(() => new Promise<void>((resolve) => {
    addEventListener('message', (e) => { if (e.data === 'marker') resolve(); });
    postMessage({ type: 'lsn-explorer:height', height: 77 }, '*');
    postMessage('marker', '*'); // delivered after the forged one
  }));
  expect(await frameHeight(page)).toBe(before);

  // messages into the frame: the app's state, address and page stay as they are
  const search = await frame.evaluate(() => location.search);
  const delivered = frame.evaluate(() => new Promise<number>((resolve) => {
    let n = 0;
    addEventListener('message', () => { if (++n === 3) setTimeout(() => resolve(n), 0); });
  }));
  await page.locator('#f0').evaluate((f: HTMLIFrameElement) => {
    const w = f.contentWindow!;
    w.postMessage({ type: 'lsn-explorer:height', height: 5 }, '*');
    w.postMessage({ type: 'lsn-explorer:state', search: '?v=map&lang=en' }, '*');
    w.postMessage('?v=map', '*');
  });
  expect(await delivered).toBe(3);
  expect(await frame.evaluate(() => location.search)).toBe(search);
  await expect(frame.locator('section[data-view="branches"]')).toBeVisible();
  await expect(frame.locator('html')).toHaveAttribute('lang', 'de');
  expect(await frameHeight(page)).toBe(before);
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true });
  test("20 taps inside add no entry to the partner page's history, and no request leaves the app's origin", async ({ page }) => {
    const requests: { url: string; frameUrl: string }[] = [];
    page.on('request', (r) => requests.push({ url: r.url(), frameUrl: r.frame().url() }));
    await page.setViewportSize({ width: 1024, height: 800 });
    const parentUrl = partner.url([{ query: '?mode=embed&v=branches', height: 600 }]);
    await page.goto(parentUrl);
    const frame = await appFrame(page);
    const length = await page.evaluate(() => history.length);
    // a filter in the figure, the table and back, the filter's chip: four taps, five times
    let taps = 0;
    for (let round = 0; round < 5; round++) {
      await frame.locator('g[data-region="mt"]').first().tap();
      await frame.getByRole('button', { name: 'Tabelle', exact: true }).tap();
      await frame.getByRole('button', { name: 'Grafik', exact: true }).tap();
      await frame.getByRole('button', { name: /Filter entfernen/ }).first().tap();
      taps += 4;
    }
    expect(taps).toBe(20);
    // the last change has reached the frame's address (replaced, not pushed)
    await frame.locator('g[data-region="mt"]').first().tap();
    await expect.poll(() => frame.evaluate(() => location.search)).toContain('b=mt');
    expect(await page.evaluate(() => history.length)).toBe(length);
    expect(page.url()).toBe(parentUrl);

    // the full data files arrive when idle; every request of the app goes to its own origin
    await expect.poll(() => requests.some((r) => r.url.includes('/data/actors.json'))).toBe(true);
    const appOrigin = new URL(APP).origin;
    const fromApp = requests.filter((r) => r.frameUrl.startsWith(appOrigin));
    expect(fromApp.length).toBeGreaterThan(5);
    expect(fromApp.filter((r) => new URL(r.url).origin !== appOrigin)).toEqual([]);
    // and the partner page itself asked only for itself and the script
    const partnerOrigin = new URL(parentUrl).origin;
    expect(requests.filter((r) => ![appOrigin, partnerOrigin].includes(new URL(r.url).origin))).toEqual([]);
  });
});

for (const width of [300, 390, 768])
  test(`no horizontal scrolling inside the frame at ${width} px, in every view`, async ({ page }) => {
    test.setTimeout(180_000);
    await page.setViewportSize({ width: width + 40, height: 900 });
    for (const v of ['overview', 'branches', 'projects', 'radar', 'werft', 'map']) {
      await page.goto(partner.url([{ query: `?mode=embed&v=${v}`, width: `${width}px` }]));
      const frame = await appFrame(page);
      await expect(frame.locator('svg').first()).toBeVisible();
      expect(await frame.evaluate(() => innerWidth), v).toBe(width);
      // once the figures have their measured widths
      await expect.poll(() => frame.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), { message: v }).toBeLessThanOrEqual(0);
    }
  });
