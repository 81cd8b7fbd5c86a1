import { test, expect } from '@playwright/test';
import { openApp } from './helpers.ts';

test('the shell shows title, Stand 2009 and the source line in German by default', async ({ page }) => {
  await openApp(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Life Science Nord');
  await expect(page.getByText('Stand 2009').first()).toBeVisible();
  await expect(page.locator('footer')).toContainText('© 2009 Capgemini');
});

test('a filter in the URL is restored with the language, and back/forward step through changes', async ({ page }) => {
  await openApp(page, '?lang=en&f=img');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('button', { name: /Remove filter: Application field: Imaging/ })).toBeVisible();
  await page.getByRole('button', { name: 'Reset all filters' }).click();
  await expect(page).toHaveURL(/\?lang=en$/);
  await page.goBack();
  await expect(page).toHaveURL(/f=img/);
  await expect(page.getByRole('button', { name: /Remove filter: Application field: Imaging/ })).toBeVisible();
});

test('hostile and unknown parameters are ignored and never echoed', async ({ page }) => {
  await openApp(page, '?f=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&i=nosuch&zzz=1&lang=xx&v=%22%3E&sel=a.nobody');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  const body = await page.locator('body').innerText();
  expect(body).not.toContain('nosuch');
  expect(body).not.toContain('onerror');
  expect(body).not.toContain('nobody');
  await expect(page.getByRole('button', { name: /Filter entfernen/ })).toHaveCount(0);
});
