// Zero Content Security Policy violations, in every mode and view, with the details panel, the tables,
// a download, the tooltip and (in the app's own shell) the embed dialog with its preview. The policy
// comes from the server's headers, as in production (vite.config.ts `preview.headers`).
import { test, expect, type Page } from '@playwright/test';
import { CSP } from '../../src/lib/embed/csp.ts';

const MODES = ['default', 'kiosk', 'embed', 'present'] as const;
const PAGES = ['', 'tab=1&sel=p.moin', 'v=branches&b=mt.bt', 'v=projects&sel=p.moin&tf=f', 'v=radar&f=diag&i=onko', 'v=werft&r=d', 'v=map&sel=a.norgenta', 'v=sources', 'v=a11y', 'v=branches&tab=1'];

/** Every violation in every frame of the page, from the moment each document starts. */
async function watch(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { cspViolations: string[] };
    w.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.cspViolations.push(`${e.violatedDirective} ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`)
    );
  });
}
const violations = async (page: Page) => {
  const all: string[] = [];
  for (const f of page.frames()) all.push(...(await f.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? [])));
  return all;
};

test('the server sends the strict policy as an HTTP header', async ({ request }) => {
  for (const path of ['./', './embed.js', './data/vocabulary.json']) {
    const res = await request.get(path);
    expect(res.headers()['content-security-policy'], path).toBe(CSP);
  }
});

for (const mode of MODES)
  test(`no CSP violation in mode ${mode}`, async ({ page }) => {
    test.setTimeout(300_000);
    await watch(page);
    for (const q of PAGES) {
      const query = [mode === 'default' ? '' : `mode=${mode}`, q].filter(Boolean).join('&');
      await page.goto('./' + (query ? '?' + query : ''));
      await expect(page.locator('main#main')).toBeVisible({ timeout: 30_000 });
      // the full files, loaded when idle, are in
      await expect.poll(() => page.evaluate(() => performance.getEntriesByType('resource').some((e) => e.name.includes('/data/actors.json'))), { timeout: 30_000 }).toBe(true);
      // The presentation draws its story's steps: a selection or a table in the address is not opened there.
      const interactive = mode !== 'present';
      if (interactive && q.includes('sel=')) await expect(page.locator('aside.details')).toBeVisible();
      // The kiosk offers no downloads.
      if (interactive && mode !== 'kiosk' && q === 'v=branches&tab=1') {
        const download = page.waitForEvent('download');
        await page.getByRole('button', { name: /CSV/ }).first().click();
        await download;
      }
      if (interactive && q === 'v=branches&b=mt.bt') await page.locator('g[data-region="ph"]').first().hover();
      expect(await violations(page), `${mode} ?${query}`).toEqual([]);
    }
    if (mode === 'default') {
      await page.goto('./?v=radar&i=onko');
      await page.getByRole('button', { name: /einbetten/i }).click();
      const preview = page.frameLocator('dialog iframe');
      await expect(preview.locator('section[data-view="radar"]')).toBeVisible({ timeout: 30_000 });
      expect(await violations(page), 'embed dialog').toEqual([]);
    }
  });
