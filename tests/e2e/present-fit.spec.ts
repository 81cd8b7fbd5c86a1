// Every step fits a 1024×768 and a 1280×720 projector without scrolling and without clipping; theme=hc
// passes axe's enhanced contrast rule (7:1) on every step.
import { test, expect, type Page } from '@playwright/test';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { flattenStory, parseStory } from '../../src/lib/present/story.ts';
import { settled } from './helpers.ts';

const steps = flattenStory(parseStory(JSON.parse(readFileSync('data/story.json', 'utf8'))));
// evaluated, not added as a <script>: the app's CSP (script-src 'self') blocks inline scripts
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

async function openStep(page: Page, n: number, extra = '') {
  await page.goto(`./?mode=present&step=${n}${extra}`);
  await expect(page.locator(`.slide[data-step="${n}"]`)).toBeVisible({ timeout: 50_000 });
  // a masterplan figure arrives with its own chunk and data: measure once the slide has settled and fitted
  await settled(page);
}

for (const s of steps) {
  test(`step ${s.n} (${s.id}) fits 1024×768 and 1280×720 with no overflow`, async ({ page }) => {
    test.setTimeout(150_000);
    for (const [w, h] of [[1024, 768], [1280, 720]]) {
      await page.setViewportSize({ width: w, height: h });
      await openStep(page, s.n);
      const m = await page.evaluate(() => {
        const de = document.documentElement;
        const stage = document.querySelector('.stage')!.getBoundingClientRect();
        const inner = document.querySelector('[data-testid="fit-inner"]')!.getBoundingClientRect();
        const foot = document.querySelector('.slide footer')!.getBoundingClientRect();
        return { sx: de.scrollWidth - de.clientWidth, sy: de.scrollHeight - de.clientHeight, top: inner.top - stage.top, bottom: stage.bottom - inner.bottom, left: inner.left - stage.left, right: stage.right - inner.right, footBottom: innerHeight - foot.bottom };
      });
      expect(m.sx, `${w}×${h} horizontal scroll`).toBeLessThanOrEqual(0);
      expect(m.sy, `${w}×${h} vertical scroll`).toBeLessThanOrEqual(0);
      for (const k of ['top', 'bottom', 'left', 'right', 'footBottom'] as const) expect(m[k], `${w}×${h} ${k}`).toBeGreaterThanOrEqual(-1);
    }
  });

  test(`step ${s.n} (${s.id}) in theme=hc passes axe color-contrast-enhanced`, async ({ page }) => {
    test.setTimeout(150_000);
    await page.setViewportSize({ width: 1280, height: 720 });
    await openStep(page, s.n, '&theme=hc');
    await expect(page.locator('html[data-theme="hc"]')).toHaveCount(1);
    await page.evaluate(axeSource);
    const result = await page.evaluate(async () => {
      // @ts-expect-error axe is injected above
      const r = await window.axe.run(document.querySelector('.slide'), { runOnly: { type: 'rule', values: ['color-contrast-enhanced'] } });
      return r.violations.flatMap((v: { nodes: { target: string[]; failureSummary: string }[] }) => v.nodes.slice(0, 6).map((n) => `${n.target.join(' ')}: ${n.failureSummary.split('\n').slice(-1)[0]}`));
    });
    expect(result).toEqual([]);
  });
}
