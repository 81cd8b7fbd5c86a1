import { test, expect } from '@playwright/test';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { openApp } from './helpers.ts';

// evaluated, not added as a <script>: the app's CSP (script-src 'self') blocks inline scripts
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const PAGES = ['', 'v=branches', 'v=projects', 'v=radar', 'v=werft', 'v=map', 'v=sources', 'v=a11y', 'tab=1', 'f=img&i=onko', 'sel=p.moin'];

for (const lang of ['de', 'en']) {
  for (const q of PAGES) {
    test(`axe (WCAG 2.1 A/AA): ?${q} in ${lang}`, async ({ page }) => {
      // A full axe run over a whole page is heavy: on a loaded machine it needs more than the default time.
      test.slow();
      await openApp(page, [q, lang === 'en' ? 'lang=en' : ''].filter(Boolean).join('&'));
      await page.evaluate(axeSource);
      const result = await page.evaluate(async () => {
        // @ts-expect-error axe is injected above
        const r = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
        return r.violations.map((v: { id: string; help: string; nodes: { target: string[] }[] }) => `${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
      });
      expect(result).toEqual([]);
    });
  }
}
