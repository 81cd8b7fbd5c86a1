// Print: the handout is one A4 page per view plus title and sources; Ctrl+P on a view prints it on one page.
import { expect, test, type Page } from '@playwright/test';
import { openApp } from './helpers.ts';

const FIGURES = ['branches', 'projects', 'radar', 'werft', 'map'];
const MASTERPLAN = ['trends', 'strategy', 'future', 'transfer'];
const VIEWS = [...FIGURES, ...MASTERPLAN];
const A4 = { w: 595, h: 842 }; // points

/** The pages of the PDF that printing the page makes: its /Type /Page objects (not the /Pages tree), each with its size. */
async function pdfPages(page: Page) {
  const pdf = (await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString('latin1');
  const sizes = [...pdf.matchAll(/\/Type\s*\/Page(?!s)[^]*?\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]/g)]
    .map((m) => ({ w: Math.round(Number(m[3]) - Number(m[1])), h: Math.round(Number(m[4]) - Number(m[2])) }));
  return { count: (pdf.match(/\/Type\s*\/Page(?!s)/g) ?? []).length, sizes };
}

test.use({ viewport: { width: 1280, height: 900 } });

test('handout: title, one A4 page per view and masterplan figure, sources', async ({ page }) => {
  await openApp(page, 'v=handout&i=onko');
  const sheets = page.locator('.handout .sheet[data-sheet]');
  await expect(sheets).toHaveCount(VIEWS.length + 2);
  expect(await sheets.evaluateAll((els) => els.map((e) => e.getAttribute('data-sheet')))).toEqual(['title', ...VIEWS, 'sources']);
  for (const v of VIEWS) await expect(page.locator(`.sheet[data-sheet="${v}"] svg[data-figure="${v}"]`).first()).toBeVisible();
  const title = page.locator('.sheet[data-sheet="title"]');
  await expect(title).toContainText('Aktive Filter: Indikation: Onkologie');
  await expect(title).toContainText(/Gedruckt am \d{1,2}\. \S+ \d{4}/);
  await expect(page.locator('.sheet[data-sheet="sources"]')).toContainText('GeoBasis-DE / BKG');
  const pdf = await pdfPages(page);
  expect(pdf.count).toBe(VIEWS.length + 2);
  expect(pdf.sizes).toEqual(Array(VIEWS.length + 2).fill(A4));
});

for (const v of VIEWS) {
  test(`Ctrl+P on ${v} prints one A4 page without controls`, async ({ page }) => {
    await openApp(page, `v=${v}`);
    await expect(page.locator(`section[data-view="${v}"] svg[data-figure="${v}"]`).first()).toBeVisible();
    // what the browser does around printing: beforeprint turns the print rules on, afterprint off
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    await expect(page.locator('html')).toHaveAttribute('data-print', 'fit');
    for (const hidden of ['details.export', 'header', 'nav', '.seg']) await expect(page.locator(hidden).first()).toBeHidden();
    await page.evaluate(() => dispatchEvent(new Event('afterprint')));
    await expect(page.locator('html')).not.toHaveAttribute('data-print');
    await expect(page.locator('header')).toBeVisible();
    const pdf = await pdfPages(page);
    expect(pdf.count).toBe(1);
    expect(pdf.sizes).toEqual([A4]);
    // printing leaves the screen as it was
    await expect(page.locator('html')).not.toHaveAttribute('data-print');
    await expect(page.locator(`section[data-view="${v}"] details.export`)).toBeVisible();
  });
}

test('printing in the embed hides its controls too, unzoomed', async ({ page }) => {
  await openApp(page, 'v=branches&mode=embed');
  await expect(page.locator('svg[data-figure="branches"]')).toBeVisible();
  await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
  await expect(page.locator('html')).toHaveAttribute('data-print', 'flow');
  await expect(page.locator('button').first()).toBeHidden();
  await page.evaluate(() => dispatchEvent(new Event('afterprint')));
  await expect(page.locator('html')).not.toHaveAttribute('data-print');
});

test('Ctrl+P on the handout flows over its pages, unzoomed', async ({ page }) => {
  await openApp(page, 'v=handout');
  await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
  await expect(page.locator('html')).toHaveAttribute('data-print', 'flow');
  await expect(page.locator('.handout-tools')).toBeHidden();
  await page.evaluate(() => dispatchEvent(new Event('afterprint')));
});
