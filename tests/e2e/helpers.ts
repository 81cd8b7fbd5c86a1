import { expect, type Page } from '@playwright/test';

/** Opens the app with a query string and waits until the data has loaded and the views are drawn. */
export async function openApp(page: Page, query = '') {
  await page.goto('./' + (query ? (query.startsWith('?') ? query : '?' + query) : ''));
  await expect(page.locator('main#main')).toBeVisible();
}

export interface TextProblem {
  kind: 'overlap' | 'outside';
  a: string;
  b?: string;
}

/**
 * Measures the rendered text of every SVG inside `root`: no two visible text boxes intersect,
 * and none leaves its SVG. Boxes come from the browser's layout (getBoundingClientRect).
 */
export async function textProblems(page: Page, root = 'main'): Promise<TextProblem[]> {
  return page.evaluate((rootSel) => {
    const problems: { kind: 'overlap' | 'outside'; a: string; b?: string }[] = [];
    const visible = (el: Element) => {
      for (let e: Element | null = el; e && e.tagName.toLowerCase() !== 'body'; e = e.parentElement) {
        const cs = getComputedStyle(e);
        if (cs.display === 'none' || cs.visibility === 'hidden' || Number(cs.opacity) === 0) return false;
      }
      return true;
    };
    for (const svg of document.querySelectorAll(`${rootSel} svg`)) {
      const frame = svg.getBoundingClientRect();
      if (frame.width === 0) continue;
      const boxes = [...svg.querySelectorAll('text')]
        .filter((t) => (t.textContent ?? '').trim() && visible(t))
        .map((t) => ({ text: (t.textContent ?? '').trim(), r: t.getBoundingClientRect() }))
        .filter((b) => b.r.width > 0 && b.r.height > 0);
      const tol = 0.5;
      for (const b of boxes)
        if (b.r.left < frame.left - tol || b.r.right > frame.right + tol || b.r.top < frame.top - tol || b.r.bottom > frame.bottom + tol)
          problems.push({ kind: 'outside', a: b.text });
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          const p = boxes[i].r, q = boxes[j].r;
          const w = Math.min(p.right, q.right) - Math.max(p.left, q.left);
          const h = Math.min(p.bottom, q.bottom) - Math.max(p.top, q.top);
          if (w > tol && h > tol) problems.push({ kind: 'overlap', a: boxes[i].text, b: boxes[j].text });
        }
    }
    return problems;
  }, root);
}

export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

export const WIDTHS = [360, 390, 768, 1280, 1920];
export const LANGS = ['de', 'en'] as const;
