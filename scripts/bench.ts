// npm run bench — measures the production build in headless Chromium, each figure beside its budget:
//   1. bytes the dashboard loads (raw and gzip, per kind);
//   2. time from input to all views updated, over ≥ 200 filter changes drawn from every view (transitions off);
//   3. the same with generated data of 5,000 actors.
// Writes the table to docs/benchmark.md as well. Not part of npm test (numbers, not pass/fail).
import { execSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { resolve } from 'node:path';
import { preview } from 'vite';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.ts';
import { generateDataDir } from './generate-actors.ts';

const CHANGES = 240;
const BUDGET = { gzipKB: 115, medianMs: 16, p95Ms: 33, median5000Ms: 50 };

execSync('npx vite build', { stdio: 'inherit' });
const bigDist = resolve('/tmp/lsn-bench-5000');
rmSync(bigDist, { recursive: true, force: true });
cpSync('dist', bigDist, { recursive: true });
const bigData = generateDataDir(5000, '/tmp/lsn-bench-data-5000');
mkdirSync(`${bigDist}/data`, { recursive: true });
cpSync(`${bigData}/actors.json`, `${bigDist}/data/actors.json`);

async function serve(outDir: string, port: number) {
  return preview({ logLevel: 'silent', build: { outDir }, preview: { port, host: '127.0.0.1', strictPort: true } });
}

const kindOf = (url: string, type: string) =>
  url.endsWith('.topo.json') ? 'map geometry' : url.endsWith('.json') ? 'data' : type === 'script' ? 'js' : type === 'stylesheet' ? 'css' : type === 'document' ? 'html' : type === 'font' ? 'font' : 'other';

async function measureBytes(page: Page, url: string) {
  await page.addInitScript('globalThis.__name = (f) => f');
  const seen: { kind: string; raw: number; gzip: number; br: number; url: string }[] = [];
  page.on('response', async (res) => {
    try {
      const body = await res.body();
      seen.push({ url: res.url(), kind: kindOf(res.url(), res.request().resourceType()), raw: body.length, gzip: gzipSync(body, { level: 9 }).length, br: brotliCompressSync(body).length });
    } catch {
      /* redirects have no body */
    }
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForSelector('section[data-view] svg');
  await page.waitForTimeout(2500); // the idle loads
  page.removeAllListeners('response');
  // First load = what was requested before the dashboard was drawn (the app marks that moment);
  // the full data files with every source and the other language follow when the browser is idle.
  const firstUrls = new Set(
    await page.evaluate(() => {
      const drawn = performance.getEntriesByName('lsn-drawn')[0]?.startTime ?? Infinity;
      const nav = [location.href];
      return nav.concat(performance.getEntriesByType('resource').filter((e) => e.startTime < drawn).map((e) => e.name));
    })
  );
  const later = seen.filter((s) => !firstUrls.has(s.url));
  seen.splice(0, seen.length, ...seen.filter((s) => firstUrls.has(s.url)));
  const byKind = new Map<string, { raw: number; gzip: number; br: number; files: number }>();
  for (const s of seen) {
    const k = byKind.get(s.kind) ?? { raw: 0, gzip: 0, br: 0, files: 0 };
    byKind.set(s.kind, { raw: k.raw + s.raw, gzip: k.gzip + s.gzip, br: k.br + s.br, files: k.files + 1 });
  }
  const foreign = [...seen, ...later].filter((s) => !s.url.startsWith(new URL(url).origin));
  const laterGzip = later.reduce((a, s) => a + s.gzip, 0);
  return { byKind, foreign, laterGzip, laterFiles: later.length };
}

/** Clicks selectable marks from every view in turn and times input → DOM updated and laid out. */
async function measureLatency(page: Page, url: string) {
  // tsx names functions with a helper the page does not have; give it one.
  await page.addInitScript('globalThis.__name = (f) => f');
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForSelector('section[data-view] svg');
  return page.evaluate(async (changes) => {
    const views = [...document.querySelectorAll<HTMLElement>('section[data-view]')];
    const pools = views.map((v) => ({ view: v.dataset.view!, marks: () => [...v.querySelectorAll<HTMLElement>('svg [aria-pressed], [data-filter-control][aria-pressed]')] }));
    const times: number[] = [];
    const perView: Record<string, number> = {};
    let seed = 7;
    const rnd = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    for (let i = 0; i < changes; i++) {
      const pool = pools[i % pools.length];
      const marks = pool.marks();
      if (!marks.length) continue;
      const mark = marks[Math.floor(rnd() * marks.length)];
      const t0 = performance.now();
      mark.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
      await Promise.resolve();
      await Promise.resolve();
      document.body.getBoundingClientRect(); // forces style and layout of every view
      times.push(performance.now() - t0);
      perView[pool.view] = (perView[pool.view] ?? 0) + 1;
      // Close the details panel if a selection opened it, so the next click hits a mark.
      (document.querySelector('aside.details button.close') as HTMLElement | null)?.click();
      await new Promise((r) => requestAnimationFrame(() => r(null)));
    }
    times.sort((a, b) => a - b);
    const q = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))];
    return { n: times.length, median: q(0.5), p95: q(0.95), max: times[times.length - 1], perView };
  }, CHANGES);
}

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const s1 = await serve('dist', 4391);
const s2 = await serve(bigDist, 4392);
try {
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  const bytes = await measureBytes(page, 'http://127.0.0.1:4391/');
  const lat = await measureLatency(page, 'http://127.0.0.1:4391/');
  const page2 = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  const lat5k = await measureLatency(page2, 'http://127.0.0.1:4392/');

  const kb = (n: number) => (n / 1024).toFixed(1);
  const total = [...bytes.byKind.values()].reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, br: a.br + b.br }), { raw: 0, gzip: 0, br: 0 });
  const ok = (v: boolean) => (v ? 'ok' : 'OVER');
  const rows = [
    '| figure | value | budget | |',
    '| --- | ---: | ---: | --- |',
    ...[...bytes.byKind].map(([k, v]) => `| first load: ${k} (${v.files} file${v.files > 1 ? 's' : ''}) | ${kb(v.raw)} kB raw, ${kb(v.gzip)} kB gzip | | |`),
    `| **first load, total** | ${kb(total.raw)} kB raw, **${kb(total.gzip)} kB gzip** (${kb(total.br)} kB brotli) | ≤ ${BUDGET.gzipKB} kB gzip | ${ok(total.gzip / 1024 <= BUDGET.gzipKB)} |`,
    `| loaded when idle (full data with sources, other language; ${bytes.laterFiles} files) | ${kb(bytes.laterGzip)} kB gzip | | |`,
    `| requests to other origins | ${bytes.foreign.length} | 0 | ${ok(bytes.foreign.length === 0)} |`,
    `| filter change → all views updated, median (n = ${lat.n}) | ${lat.median.toFixed(1)} ms | ≤ ${BUDGET.medianMs} ms | ${ok(lat.median <= BUDGET.medianMs)} |`,
    `| filter change → all views updated, p95 | ${lat.p95.toFixed(1)} ms | ≤ ${BUDGET.p95Ms} ms | ${ok(lat.p95 <= BUDGET.p95Ms)} |`,
    `| 5,000 actors: median (n = ${lat5k.n}) | ${lat5k.median.toFixed(1)} ms | ≤ ${BUDGET.median5000Ms} ms | ${ok(lat5k.median <= BUDGET.median5000Ms)} |`,
    `| 5,000 actors: p95 | ${lat5k.p95.toFixed(1)} ms | | |`
  ];
  const when = new Date().toISOString().slice(0, 16).replace('T', ' ');
  const text = `Benchmark of ${when} UTC (headless Chromium, 1920×1080, ${CHANGES} clicks spread over ${Object.keys(lat.perView).length} views: ${JSON.stringify(lat.perView)})\n\n${rows.join('\n')}\n`;
  console.log('\n' + text);
  writeFileSync('docs/benchmark.md', `# Benchmark\n\n${text}`);
} finally {
  await browser.close();
  await s1.close();
  await s2.close();
}
