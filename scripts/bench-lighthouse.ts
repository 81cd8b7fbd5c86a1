// Lighthouse (mobile preset: simulated slow 4G and 4× CPU slowdown) on Debian's Chromium, offline against
// the local build, through its node API with the Chromium it launches via chrome-launcher (killed after
// each run). Returns null with the reason when Lighthouse is not installed or fails.
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.ts';

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

type Lhr = {
  lighthouseVersion: string;
  runtimeError?: { message: string };
  runWarnings?: string[];
  categories: Record<string, { score: number | null }>;
  audits: Record<string, { numericValue?: number }>;
};

export async function runLighthouse(url: string, runs = 1): Promise<{ result: LighthouseResult | null; reason?: string }> {
  let lighthouse: (url: string, flags: object) => Promise<{ lhr: Lhr } | undefined>;
  let launch: (o: object) => Promise<{ port: number; kill: () => Promise<void> | void }>;
  try {
    const req = createRequire(import.meta.url);
    lighthouse = (await import(pathToFileURL(req.resolve('lighthouse')).href)).default;
    // chrome-launcher comes with Lighthouse.
    const fromLh = createRequire(req.resolve('lighthouse'));
    launch = (await import(pathToFileURL(fromLh.resolve('chrome-launcher')).href)).launch;
  } catch (e) {
    return { result: null, reason: `Lighthouse is not installed (npm i -D lighthouse): ${String(e).slice(0, 120)}` };
  }
  const results: LighthouseResult[] = [];
  for (let i = 0; i < runs; i++) {
    const chrome = await launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROMIUM_ARGS });
    let lhr: Lhr | undefined;
    try {
      lhr = (await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices'] }))?.lhr;
    } catch (e) {
      return { result: null, reason: `Lighthouse failed: ${String(e).slice(0, 200)}` };
    } finally {
      await chrome.kill();
    }
    if (!lhr) return { result: null, reason: 'Lighthouse returned no report' };
    if (lhr.runtimeError) return { result: null, reason: `Lighthouse: ${lhr.runtimeError.message}` };
    const score = (k: string) => Math.round((lhr.categories[k]?.score ?? NaN) * 100);
    results.push({
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      tbtMs: lhr.audits['total-blocking-time'].numericValue ?? NaN,
      lcpMs: lhr.audits['largest-contentful-paint'].numericValue ?? NaN,
      cls: lhr.audits['cumulative-layout-shift'].numericValue ?? NaN,
      version: lhr.lighthouseVersion,
      warnings: lhr.runWarnings ?? []
    });
  }
  // The run with the median performance score stands for all.
  results.sort((a, b) => a.performance - b.performance);
  return { result: results[Math.floor(results.length / 2)] };
}
