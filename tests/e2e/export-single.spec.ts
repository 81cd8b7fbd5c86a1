// The offline single file from file://: every view renders with no failed request (no request at all
// beyond the file) and no console error, in the default shell and with ?mode=kiosk.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from '@playwright/test';

const FILE = resolve('dist-single/lsn-cluster-explorer.html');
const URL_ = pathToFileURL(FILE).href;

// One worker builds the file and opens it case by case: two workers building it at once would remove
// each other's output.
test.describe.configure({ mode: 'serial' });

test.beforeAll(() => {
  if (!existsSync(FILE)) execSync('npm run build:single', { stdio: 'inherit' });
});

const CASES = ['', '?v=branches&i=onko', '?v=projects', '?v=radar&lang=en', '?v=werft', '?v=map&l=hh', '?v=strategy', '?v=transfer&lang=en', '?mode=kiosk', '?mode=kiosk&v=map&lang=en'];

for (const q of CASES) {
  test(`single file ${q || '(start)'}`, async ({ page }) => {
    const problems: string[] = [];
    page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('requestfailed', (r) => problems.push('failed: ' + r.url()));
    page.on('request', (r) => { if (!/^(file|data|blob):/.test(r.url())) problems.push('request: ' + r.url()); });
    await page.goto(URL_ + q);
    const v = new URLSearchParams(q).get('v');
    const views = v ? [v] : ['branches', 'projects', 'radar', 'werft', 'map'];
    for (const id of views) await expect(page.locator(`svg[data-figure="${id}"]`).first()).toBeVisible();
    if (q.includes('lang=en')) await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    // the full data files follow when idle: wait until the page has nothing left to do
    await page.evaluate(() => new Promise((r) => requestIdleCallback(() => r(null))));
    expect(problems).toEqual([]);
  });
}
