import { test, expect } from '@playwright/test';
import { openApp } from './helpers.ts';

// Keyboard only: from the top of each view's page, Tab reaches a selectable mark of the chart,
// Enter toggles it (aria-pressed), and the focus is visible.
for (const view of ['branches', 'projects', 'radar', 'werft', 'map']) {
  test(`keyboard reaches and toggles a mark in the ${view} view`, async ({ page }) => {
    await openApp(page, `v=${view}`);
    await page.locator('body').press('Tab');
    let found = false;
    for (let i = 0; i < 150 && !found; i++) {
      found = await page.evaluate(
        () => !!document.activeElement?.closest('section[data-view] svg') && document.activeElement!.hasAttribute('aria-pressed')
      );
      if (!found) await page.keyboard.press('Tab');
    }
    expect(found, 'a chart mark with aria-pressed receives focus').toBe(true);
    const focused = page.locator(':focus');
    const name = await focused.getAttribute('aria-label');
    expect(name, 'the mark has an accessible name').toBeTruthy();
    const before = await focused.getAttribute('aria-pressed');
    await page.keyboard.press('Enter');
    const after = page.locator(`section[data-view="${view}"] svg [aria-label="${name}"]`).first();
    await expect(after).toHaveAttribute('aria-pressed', before === 'true' ? 'false' : 'true');
    await expect(page).not.toHaveURL(/^[^?]*\?v=[a-z]+$/);
  });
}
