// Lighthouse (mobile preset: simulated slow 4G and 4× CPU slowdown) on Debian's Chromium, offline against
// the local build. Returns null with the reason when Lighthouse is not installed or fails.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { CHROMIUM_PATH } from './chromium.ts';

export interface LighthouseResult {
  performance: number;
  accessibility: number;
  bestPractices: number;
  tbtMs: number;
  lcpMs: number;
  cls: number;
  version: string;
  warnings: string[];
}

export function runLighthouse(url: string, runs = 1): { result: LighthouseResult | null; reason?: string } {
  let cli: string;
  try {
    const req = createRequire(import.meta.url);
    cli = req.resolve('lighthouse/cli/index.js');
  } catch {
    return { result: null, reason: 'lighthouse is not installed (npm i -D lighthouse)' };
  }
  const results: LighthouseResult[] = [];
  for (let i = 0; i < runs; i++) {
    const out = `/tmp/lsn-bench-lighthouse-${process.pid}-${i}.json`;
    const r = spawnSync(
      process.execPath,
      [cli, url, '--quiet', '--output=json', `--output-path=${out}`, '--only-categories=performance,accessibility,best-practices',
        '--chrome-flags=--headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking --disable-component-update --disable-sync'],
      { env: { ...process.env, CHROME_PATH: CHROMIUM_PATH }, encoding: 'utf8', timeout: 300_000 }
    );
    if (r.status !== 0 || !existsSync(out)) return { result: null, reason: `lighthouse failed (exit ${r.status}): ${(r.stderr || r.error?.message || '').slice(-300)}` };
    const lhr = JSON.parse(readFileSync(out, 'utf8'));
    rmSync(out, { force: true });
    if (lhr.runtimeError) return { result: null, reason: `lighthouse: ${lhr.runtimeError.message}` };
    results.push({
      performance: Math.round(lhr.categories.performance.score * 100),
      accessibility: Math.round(lhr.categories.accessibility.score * 100),
      bestPractices: Math.round(lhr.categories['best-practices'].score * 100),
      tbtMs: lhr.audits['total-blocking-time'].numericValue,
      lcpMs: lhr.audits['largest-contentful-paint'].numericValue,
      cls: lhr.audits['cumulative-layout-shift'].numericValue,
      version: lhr.lighthouseVersion,
      warnings: lhr.runWarnings ?? []
    });
  }
  // The run with the median performance score stands for all.
  results.sort((a, b) => a.performance - b.performance);
  return { result: results[Math.floor(results.length / 2)] };
}
