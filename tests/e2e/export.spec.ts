// Export of every figure view and masterplan figure: the SVG is well-formed XML with title, filter
// sentence, "Stand 2009" and source line as text, has no external reference and draws non-blank; the PNGs
// decode at 2× the SVG's size and at 1920×1080, the full-HD one with the figure filling its frame.
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { openApp } from './helpers.ts';

const VIEWS = ['branches', 'projects', 'radar', 'werft', 'map', 'trends', 'strategy', 'future', 'transfer'] as const;

async function download(page: Page, view: string, kind: 'svg' | 'png2x' | 'png1080') {
  const frame = page.locator(`section[data-view="${view}"]`);
  const menu = frame.locator('details.export');
  if (!(await menu.evaluate((d) => (d as HTMLDetailsElement).open))) await menu.locator('summary').click();
  const [file] = await Promise.all([page.waitForEvent('download'), menu.locator(`[data-export-kind="${kind}"]`).click()]);
  return { name: file.suggestedFilename(), bytes: await readFile((await file.path())!) };
}

/** Parses the SVG in the page and draws it on a canvas: texts by part, size, share of non-white pixels. */
function inspectSvg(page: Page, svg: string) {
  return page.evaluate(async (text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const error = doc.querySelector('parsererror')?.textContent ?? null;
    const root = doc.documentElement;
    const part = (p: string) => [...doc.querySelectorAll(`[data-export="${p}"] text`)].map((t) => t.textContent).join(' ');
    const width = Number(root.getAttribute('width')), height = Number(root.getAttribute('height'));
    const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
    const img = new Image();
    await new Promise((ok, fail) => { img.onload = ok; img.onerror = fail; img.src = url; });
    const canvas = Object.assign(document.createElement('canvas'), { width, height });
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const px = ctx.getImageData(0, 0, width, height).data;
    let ink = 0;
    for (let i = 0; i < px.length; i += 4) if (px[i + 3] > 0 && (px[i] < 235 || px[i + 1] < 235 || px[i + 2] < 235)) ink++;
    return {
      error, width, height, ink: ink / (width * height),
      title: doc.querySelector('svg > title')?.textContent, heading: part('title'), filters: part('filters'), stand: part('stand'), source: part('source'),
      external: [
        ...[...doc.querySelectorAll('*')].flatMap((e) => [...e.attributes].filter((a) => !a.name.startsWith('xmlns')).map((a) => a.value)).filter((v) => /url\((?!#)|^(https?|file|data|blob):|\/\//.test(v)),
        ...[...doc.querySelectorAll('[href], [*|href]')].map((e) => e.getAttribute('href') ?? e.getAttributeNS('http://www.w3.org/1999/xlink', 'href') ?? '').filter((h) => !h.startsWith('#')),
        ...(text.match(/url\(\s*['"]?(?!#)[^)]*\)|<link\b|https?:\/\/(?!www\.w3\.org\/)/g) ?? [])
      ],
      styled: doc.querySelectorAll('style, [style], link, script, foreignObject').length
    };
  }, svg);
}

/** Decodes a PNG in the page: size, share of non-white pixels, and how far the ink in the middle band (between the texts) spreads. */
function inspectPng(page: Page, bytes: Buffer) {
  return page.evaluate(async (b64) => {
    const bin = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const bmp = await createImageBitmap(new Blob([bin], { type: 'image/png' }));
    const canvas = Object.assign(document.createElement('canvas'), { width: bmp.width, height: bmp.height });
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(bmp, 0, 0);
    const px = ctx.getImageData(0, 0, bmp.width, bmp.height).data;
    const W = bmp.width, H = bmp.height;
    const top = Math.round(H * 0.15), bottom = Math.round(H * 0.85);
    let ink = 0, x0 = W, x1 = -1, y0 = H, y1 = -1;
    for (let i = 0; i < px.length; i += 4) {
      if (!(px[i] < 235 || px[i + 1] < 235 || px[i + 2] < 235)) continue;
      if (i % 16 === 0) ink++;
      const p = i / 4, x = p % W, y = (p - x) / W;
      if (y < top || y >= bottom) continue;
      x0 = Math.min(x0, x); x1 = Math.max(x1, x); y0 = Math.min(y0, y); y1 = Math.max(y1, y);
    }
    return { width: W, height: H, ink: ink / (px.length / 16), spread: Math.max((x1 - x0 + 1) / W, (y1 - y0 + 1) / (bottom - top)) };
  }, bytes.toString('base64'));
}

test.use({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });

for (const view of VIEWS) {
  test(`${view}: SVG and PNG exports`, async ({ page }) => {
    await openApp(page, `v=${view}&i=onko`);
    await expect(page.locator(`section[data-view="${view}"] svg[data-figure="${view}"]`).first()).toBeVisible();
    const svg = await download(page, view, 'svg');
    expect(svg.name).toMatch(new RegExp(`^lsn-[a-z-]+-onkologie-2009\\.svg$`));
    const s = await inspectSvg(page, svg.bytes.toString('utf8'));
    expect(s.error).toBeNull();
    const heading = await page.locator(`section[data-view="${view}"] h2`).textContent();
    expect(s.title).toBe(`Life Science Nord – ${heading}`);
    expect(s.heading).toBe(s.title);
    expect(s.filters).toBe('Aktive Filter: Indikation: Onkologie');
    expect(s.stand).toBe('Stand 2009');
    expect(s.source).toMatch(/^Quelle: /);
    expect(s.external).toEqual([]);
    expect(s.styled).toBe(0);
    expect(s.ink).toBeGreaterThan(0.02);

    const png2x = await download(page, view, 'png2x');
    expect(png2x.name).toMatch(/-onkologie-2009-2x\.png$/);
    const p2 = await inspectPng(page, png2x.bytes);
    expect([p2.width, p2.height]).toEqual([s.width * 2, s.height * 2]);
    expect(p2.ink).toBeGreaterThan(0.02);

    const png1080 = await download(page, view, 'png1080');
    expect(png1080.name).toMatch(/-onkologie-2009-1920x1080\.png$/);
    const p1 = await inspectPng(page, png1080.bytes);
    expect([p1.width, p1.height]).toEqual([1920, 1080]);
    expect(p1.ink).toBeGreaterThan(0.02);
    // not letterboxed: the figure fills the frame between the texts in width or in height
    expect(p1.spread).toBeGreaterThan(0.9);
  });
}

test('English export: English texts and file name', async ({ page }) => {
  await openApp(page, 'v=branches&lang=en&i=onko');
  await expect(page.locator('section[data-view="branches"] svg[data-figure]')).toBeVisible();
  const svg = await download(page, 'branches', 'svg');
  expect(svg.name).toBe('lsn-branch-model-oncology-2009.svg');
  const s = await inspectSvg(page, svg.bytes.toString('utf8'));
  expect(s.stand).toBe('As of 2009');
  expect(s.filters).toBe('Active filters: Indication: Oncology');
  expect(s.source).toMatch(/^Source: /);
});

test('no export control in kiosk mode', async ({ page }) => {
  await openApp(page, 'v=branches&mode=kiosk');
  await expect(page.locator('svg[data-figure="branches"]')).toBeVisible();
  await expect(page.locator('details.export')).toHaveCount(0);
});
