// The presentation mode: clicker keys through every step, black screen, Home/End, jumping, live
// filtering and back to the story, the presenter window in step with the audience window.
import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { flattenStory, parseStory } from '../../src/lib/present/story.ts';

const steps = flattenStory(parseStory(JSON.parse(readFileSync('data/story.json', 'utf8'))));
const N = steps.length;
const title = (page: Page) => page.getByTestId('step-title');
const atStep = async (page: Page, n: number) => {
  await expect(page.locator(`.slide[data-step="${n}"]`)).toBeVisible({ timeout: 15_000 });
  await expect(page).toHaveURL(new RegExp(`[?&]step=${n}(&|$)`));
};
async function open(page: Page, query = 'mode=present') {
  await page.goto('./?' + query);
  await expect(page.locator('.slide')).toBeVisible({ timeout: 50_000 });
}

test.setTimeout(180_000);

test('Page Down from the first to the last step changes the step in the URL and the title; Page Up goes back', async ({ page }) => {
  await open(page);
  await atStep(page, 1);
  await expect(title(page)).toContainText(steps[0].title.de);
  for (let n = 2; n <= N; n++) {
    const before = await page.title();
    await page.keyboard.press('PageDown');
    await atStep(page, n);
    await expect(title(page)).toContainText(steps[n - 1].title.de);
    await expect(page.getByTestId('step-counter')).toHaveText(`${n} / ${N}`);
    await expect.poll(() => page.title()).not.toBe(before);
  }
  await page.keyboard.press('PageDown');
  await atStep(page, N);
  for (let n = N - 1; n >= 1; n--) {
    await page.keyboard.press('PageUp');
    await atStep(page, n);
    await expect(title(page)).toContainText(steps[n - 1].title.de);
  }
});

test('each step is its real app state: view, filters and selection in the URL', async ({ page }) => {
  const radarSub = steps.find((s) => s.id === 'radar.onko')!;
  await open(page, `mode=present&step=${radarSub.n}`);
  await expect(page).toHaveURL(/v=radar/);
  await expect(page).toHaveURL(/f=ther/);
  await expect(page).toHaveURL(/i=onko/);
});

test('arrows, space, Home, End and number + Enter move; B and . black the screen and restore it', async ({ page }) => {
  await open(page);
  await page.keyboard.press('ArrowRight');
  await atStep(page, 2);
  await page.keyboard.press(' ');
  await atStep(page, 3);
  await page.keyboard.press('ArrowLeft');
  await atStep(page, 2);
  await page.keyboard.press('End');
  await atStep(page, N);
  await page.keyboard.press('Home');
  await atStep(page, 1);
  await page.keyboard.press('1');
  await page.keyboard.press('2');
  await page.keyboard.press('Enter');
  await atStep(page, 12);
  await page.keyboard.press('b');
  await expect(page.getByTestId('black')).toBeVisible();
  await page.keyboard.press('B');
  await expect(page.getByTestId('black')).toHaveCount(0);
  await page.keyboard.press('.');
  await expect(page.getByTestId('black')).toBeVisible();
  await page.keyboard.press('.');
  await expect(page.getByTestId('black')).toHaveCount(0);
  await atStep(page, 12);
});

test('Esc leaves the presentation for the app, keeping the view', async ({ page }) => {
  const s = steps.find((x) => x.id === 'transfer')!;
  await open(page, `mode=present&step=${s.n}`);
  await page.keyboard.press('Escape');
  await expect(page.locator('main#main section[data-view="transfer"]')).toBeVisible();
  await expect(page).not.toHaveURL(/mode=present/);
});

test('live filtering shows "back to the story", which returns to the step', async ({ page }) => {
  const s = steps.find((x) => x.id === 'future')!;
  await open(page, `mode=present&step=${s.n}`);
  await expect(page.getByRole('button', { name: 'Zurück zur Geschichte' })).toHaveCount(0);
  await page.locator('path.target').first().click();
  await expect(page).toHaveURL(/b=mt\.bt/);
  await page.getByRole('button', { name: 'Zurück zur Geschichte' }).click();
  await expect(page).not.toHaveURL(/b=/);
  await expect(page.getByRole('button', { name: 'Zurück zur Geschichte' })).toHaveCount(0);
  await atStep(page, s.n);
});

test('arrow keys inside the focused map pan it and do not change the step', async ({ page }) => {
  const s = steps.find((x) => x.id === 'map')!;
  await open(page, `mode=present&step=${s.n}`);
  const map = page.locator('svg.map');
  await map.focus();
  const transform = () => map.locator('g[transform]').first().getAttribute('transform');
  const before = await transform();
  await page.keyboard.press('+');
  await expect.poll(transform).not.toBe(before);
  const zoomed = await transform();
  await page.keyboard.press('ArrowRight');
  await expect.poll(transform).not.toBe(zoomed);
  await atStep(page, s.n);
  await page.keyboard.press('PageDown');
  await atStep(page, s.n + 1);
});

test('the presenter window follows the audience window and drives it', async ({ context }) => {
  const main = await context.newPage();
  await open(main, 'mode=present&step=1');
  const presenter = await context.newPage();
  await presenter.goto('./?mode=present&step=1&presenter=1');
  await expect(presenter.getByTestId('presenter-title')).toContainText(steps[0].title.de);
  await expect(presenter.getByTestId('notes')).toContainText(steps[0].notes.de.slice(0, 20));
  await expect(presenter.getByTestId('presenter-next')).toContainText(steps[1].title.de);
  await expect(presenter.getByTestId('clock')).toHaveText(/^\d\d:\d\d$/);
  await main.bringToFront();
  await main.keyboard.press('PageDown');
  await atStep(main, 2);
  await expect(presenter.getByTestId('presenter-title')).toContainText(steps[1].title.de);
  await expect(presenter).toHaveURL(/step=2/);
  await presenter.bringToFront();
  await presenter.getByRole('button', { name: /Weiter/ }).click();
  await expect(presenter.getByTestId('presenter-title')).toContainText(steps[2].title.de);
  await atStep(main, 3);
  await presenter.keyboard.press('End');
  await atStep(main, N);
});
