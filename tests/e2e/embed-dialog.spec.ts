// The app's "Einbetten / Embed" dialog: the snippet for the current view, filters and language, a copy
// button that works without the Clipboard API, and a preview of the embedded page.
import { test, expect } from '@playwright/test';
import { openApp } from './helpers.ts';

test.describe.configure({ timeout: 120_000 });

test('the dialog gives the snippet of the current state and copies it without the Clipboard API', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    const w = window as unknown as { copied: string[] };
    w.copied = [];
    const exec = document.execCommand.bind(document);
    document.execCommand = (cmd: string, ...rest: unknown[]) => {
      if (cmd === 'copy') w.copied.push(String(getSelection()) || (document.activeElement as HTMLTextAreaElement).value);
      return exec(cmd, ...(rest as []));
    };
  });
  await openApp(page, '?lang=en&v=radar&i=onko&f=diag');
  await page.getByRole('button', { name: /^Embed/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed' });
  await expect(dialog).toBeVisible();
  const code = dialog.getByLabel('Embed code');
  const html = await code.inputValue();
  expect(html).toContain('?lang=en&amp;v=radar&amp;f=diag&amp;i=onko&amp;mode=embed"');
  expect(html).toMatch(/title="Life Science Nord – Indications \(As of 2009\)" loading="lazy" width="100%" height="\d+"/);
  expect(html).toContain('data-lsn-explorer></iframe>\n<script src="http://127.0.0.1:');
  expect(html).toContain('/embed.js" defer></script>');

  await dialog.getByRole('button', { name: 'Copy code' }).click();
  await expect(dialog.getByRole('status')).toHaveText('copied');
  expect(await page.evaluate(() => (window as unknown as { copied: string[] }).copied)).toEqual([html]);

  // another view: a new snippet, the status belongs to the old one
  await dialog.getByLabel('View').selectOption('map');
  await expect(code).toHaveValue(/v=map&amp;f=diag/);
  await expect(dialog.getByRole('status')).toHaveText('');

  // the preview is the embedded page
  const preview = page.frameLocator('dialog iframe');
  await expect(preview.locator('section[data-view="map"]')).toBeVisible({ timeout: 30_000 });
  await expect(preview.getByRole('link', { name: /Open in explorer/ })).toHaveAttribute('target', '_blank');

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: /^Embed/ })).toBeFocused();
});
