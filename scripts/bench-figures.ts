// From measurements to the figures of the budget table (issue budgets: bytes, start, filter latency,
// Lighthouse mobile, scale curve, kiosk soak, the offline single file's size). Every figure carries its budget, or none when it is only reported.
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Figure } from './bench-stats.ts';
import { blockingTime, type Timings } from './bench-stats.ts';
import type { Fetched, StartResult } from './bench-page.ts';
import type { LighthouseResult } from './bench-lighthouse.ts';
import type { SoakResult } from './kiosk-soak.ts';

export const BUDGETS = {
  gzipKB: 115,
  longTaskMs: 50,
  medianMs: 8,
  p95Ms: 16,
  /** the details panel after a selection: not an issue budget, ours (a response within 50 ms) */
  panelMs: 50,
  changes: 200,
  lighthouse: { performance: 98, accessibility: 100, bestPractices: 100, tbtMs: 150, lcpMs: 1800, cls: 0.02 },
  soak: { heapGrowthMB: 1 },
  scale: { 5000: { medianMs: 30 }, 50000: { medianMs: 120, startMs: 3000 } } as Record<number, { medianMs?: number; startMs?: number }>
};

export interface ScaleRun {
  actors: number;
  checkData: boolean;
  start: StartResult | null;
  latency: Timings | null;
  /** Why the size could not be measured. */
  error?: string;
}

const kB = (n: number) => n / 1024;
const OTHER_LANGUAGE = /catalog-en|\/en\/|[.-]en\.json$/;

export function byteFigures(start: StartResult, origin: string): Figure[] {
  const kinds = new Map<string, Fetched[]>();
  for (const f of start.fetched) kinds.set(f.kind, [...(kinds.get(f.kind) ?? []), f]);
  const perKind: Figure[] = [...kinds].map(([kind, files]) => ({
    id: `bytes.${kind.replace(/\s/g, '-')}`,
    label: `fetched: ${kind} (${files.length} file${files.length > 1 ? 's' : ''}), gzip`,
    value: kB(files.reduce((a, f) => a + f.gzip, 0)),
    unit: 'kB' as const,
    note: `${kB(files.reduce((a, f) => a + f.raw, 0)).toFixed(1)} kB raw`
  }));
  const seen = new Map<string, number>();
  for (const u of start.requests) seen.set(u, (seen.get(u) ?? 0) + 1);
  const twice = [...seen].filter(([, n]) => n > 1).map(([u]) => u.replace(origin, ''));
  const data = start.fetched.filter((f) => /\/data\//.test(f.url)).map((f) => f.url.split('/data/')[1]);
  const foreign = start.requests.filter((u) => !u.startsWith(origin + '/'));
  const english = start.requests.filter((u) => OTHER_LANGUAGE.test(u)).map((u) => u.replace(origin, ''));
  return [
    ...perKind,
    {
      id: 'bytes.gzip',
      label: 'everything fetched until the network is idle (de), gzip',
      value: kB(start.fetched.reduce((a, f) => a + f.gzip, 0)),
      unit: 'kB',
      max: BUDGETS.gzipKB,
      note: `${start.fetched.length} responses; data: ${data.join(', ')}`
    },
    { id: 'bytes.duplicates', label: 'addresses fetched more than once', value: twice.length, unit: 'count', max: 0, note: twice.join(', ') },
    { id: 'bytes.english', label: 'English catalogue fetched for a German visitor', value: english.length, unit: 'count', max: 0, note: english.join(', ') },
    { id: 'requests.foreign', label: 'requests to other origins', value: foreign.length, unit: 'count', max: 0 },
    { id: 'requests.failed', label: 'failed requests (4xx, 5xx, network)', value: start.failed.length, unit: 'count', max: 0, note: start.failed.join(', ') }
  ];
}

export function startFigures(start: StartResult, throttled: StartResult): Figure[] {
  const over = start.longtasks.filter((d) => d > BUDGETS.longTaskMs);
  return [
    { id: 'start.longtask.max', label: 'start, unthrottled: longest task', value: start.longtasks.length ? Math.max(...start.longtasks) : 0, unit: 'ms', max: BUDGETS.longTaskMs, note: `${over.length} task(s) over 50 ms` },
    { id: 'start.firstView', label: 'start, unthrottled: first view drawn', value: start.firstViewMs, unit: 'ms' },
    { id: 'start.allViews', label: 'start, unthrottled: every view drawn', value: start.allViewsMs, unit: 'ms' },
    { id: 'start.cls', label: 'start, unthrottled: layout shift while the views are drawn in turn', value: start.cls, unit: '', max: BUDGETS.lighthouse.cls },
    { id: 'start.heap', label: 'start: JS heap after GC', value: start.heapMB, unit: 'MB' },
    { id: 'throttled.tbt', label: 'start, 4× CPU (CDP): blocking time (long tasks beyond 50 ms)', value: blockingTime(throttled.longtasks), unit: 'ms', note: 'estimate beside Lighthouse; no network throttling' },
    { id: 'throttled.lcp', label: 'start, 4× CPU (CDP): largest contentful paint', value: throttled.lcpMs, unit: 'ms', note: 'estimate beside Lighthouse; no network throttling' }
  ];
}

export function latencyFigures(lat: Timings & { perView: Record<string, number>; stale: number; panel?: Timings | null }): Figure[] {
  const spread = Object.entries(lat.perView).map(([v, n]) => `${v} ${n}`).join(', ');
  return [
    { id: 'latency.n', label: 'filter changes measured (marks of every view)', value: lat.n, unit: 'count', min: BUDGETS.changes, note: spread },
    { id: 'latency.median', label: 'filter change → every view updated and laid out: median', value: lat.median, unit: 'ms', max: BUDGETS.medianMs },
    { id: 'latency.p95', label: 'filter change → every view updated and laid out: p95', value: lat.p95, unit: 'ms', max: BUDGETS.p95Ms, note: `max ${lat.max.toFixed(1)} ms; ${lat.stale} change(s) not yet shown after the microtasks` },
    {
      id: 'latency.panel', label: 'selection → details panel laid out (the frame after the views): p95', value: lat.panel?.p95 ?? null, unit: 'ms', max: BUDGETS.panelMs,
      note: lat.panel ? `n = ${lat.panel.n}, median ${lat.panel.median.toFixed(1)} ms; our budget: within the 50 ms of a response` : 'no selection among the changes'
    }
  ];
}

export function lighthouseFigures(lh: LighthouseResult | null, reason?: string): Figure[] {
  const L = BUDGETS.lighthouse;
  const note = lh ? `Lighthouse ${lh.version}, mobile preset${lh.warnings.length ? '; ' + lh.warnings.map((w) => w.split('.')[0]).join('; ') : ''}` : reason;
  return [
    { id: 'lh.performance', label: 'Lighthouse mobile: performance', value: lh?.performance ?? null, unit: 'score', min: L.performance, note },
    { id: 'lh.accessibility', label: 'Lighthouse mobile: accessibility', value: lh?.accessibility ?? null, unit: 'score', min: L.accessibility },
    { id: 'lh.bestPractices', label: 'Lighthouse mobile: best practices', value: lh?.bestPractices ?? null, unit: 'score', min: L.bestPractices },
    { id: 'lh.tbt', label: 'Lighthouse mobile: total blocking time', value: lh?.tbtMs ?? null, unit: 'ms', max: L.tbtMs },
    { id: 'lh.lcp', label: 'Lighthouse mobile: largest contentful paint', value: lh?.lcpMs ?? null, unit: 'ms', max: L.lcpMs },
    { id: 'lh.cls', label: 'Lighthouse mobile: cumulative layout shift', value: lh?.cls ?? null, unit: '', max: L.cls }
  ];
}

export function scaleFigures(runs: ScaleRun[]): Figure[] {
  return runs.flatMap((r) => {
    const b = BUDGETS.scale[r.actors] ?? {};
    const n = r.actors.toLocaleString('en-US');
    return [
      { id: `scale.${r.actors}.checkData`, label: `${n} actors: generated data passes check:data`, value: r.checkData ? 1 : 0, unit: 'count', min: 1 },
      { id: `scale.${r.actors}.start`, label: `${n} actors: start, every view drawn`, value: r.start?.allViewsMs ?? null, unit: 'ms', max: b.startMs, note: r.error },
      { id: `scale.${r.actors}.median`, label: `${n} actors: filter change, median (n = ${r.latency?.n ?? 0})`, value: r.latency?.median ?? null, unit: 'ms', max: b.medianMs },
      { id: `scale.${r.actors}.p95`, label: `${n} actors: filter change, p95`, value: r.latency?.p95 ?? null, unit: 'ms' },
      { id: `scale.${r.actors}.heap`, label: `${n} actors: JS heap after GC`, value: r.start?.heapMB ?? null, unit: 'MB' }
    ] satisfies Figure[];
  });
}

/** The offline single file (npm run build:single): its size raw and gzip, reported (no budget). */
export function singleFileSizes(html: string | null, reason?: string): Figure[] {
  const note = html === null ? (reason ?? 'not built') : 'dist-single/lsn-cluster-explorer.html: code, styles, data, map and both languages';
  return [
    { id: 'single.raw', label: 'offline single file, raw', value: html === null ? null : kB(Buffer.byteLength(html)), unit: 'kB', note },
    { id: 'single.gzip', label: 'offline single file, gzip', value: html === null ? null : kB(gzipSync(html).length), unit: 'kB', note }
  ];
}

/** Builds the offline single file and reports its size. */
export function singleFileFigures(): Figure[] {
  const file = 'dist-single/lsn-cluster-explorer.html';
  try {
    execSync('npm run build:single', { stdio: 'inherit' });
    return singleFileSizes(readFileSync(file, 'utf8'));
  } catch (e) {
    return singleFileSizes(null, `not measured: ${String(e).split('\n')[0].slice(0, 160)}`);
  }
}

const MiB = 1024 * 1024;
/** Least-squares slope of ys over xs. */
function slope(xs: number[], ys: number[]) {
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length, my = ys.reduce((a, b) => a + b, 0) / ys.length;
  const sxx = xs.reduce((a, x) => a + (x - mx) ** 2, 0);
  return sxx ? xs.reduce((a, x, i) => a + (x - mx) * (ys[i] - my), 0) / sxx : 0;
}

/** The kiosk soak: heap growth from the baseline (after the warm-up) to the last reset, DOM back to its baseline, errors, reloads, history. */
export function soakFigures(r: SoakResult | null, reason?: string): Figure[] {
  const note = reason ?? 'not measured';
  if (!r || r.resets.length < 2)
    return [
      { id: 'kiosk.heap.growth', label: 'kiosk soak: JS heap growth, baseline reset → last', value: null, unit: 'MB', max: BUDGETS.soak.heapGrowthMB, note },
      { id: 'kiosk.nodes.off', label: 'kiosk soak: resets whose DOM differs from the baseline', value: null, unit: 'count', max: 0, note },
      { id: 'kiosk.errors', label: 'kiosk soak: console and page errors', value: null, unit: 'count', max: 0, note },
      { id: 'kiosk.reloads', label: 'kiosk soak: page reloads', value: null, unit: 'count', max: 0, note },
      { id: 'kiosk.history', label: 'kiosk soak: history entries added', value: null, unit: 'count', max: 0, note }
    ];
  const first = r.resets[0], last = r.resets[r.resets.length - 1];
  const mb = r.resets.map((x) => x.heap / MiB);
  const diffs = r.resets.map((x) => x.nodes - first.nodes);
  const trend = 1000 * slope(r.resets.map((_, i) => i * r.every), mb);
  const baseline = r.warmUp ? `the start view after a warm-up (every view in both languages, then ${r.warmUpN.toLocaleString('en-US')} random interactions)` : 'the first reset';
  return [
    { id: 'kiosk.interactions', label: 'kiosk soak: random interactions (idle resets)', value: r.n, unit: 'count', note: `${r.resets.length - 1} idle resets, one every ${r.every}; ${r.minutes.toFixed(1)} min, load ${r.loadBefore.split(' ')[0]} → ${r.loadAfter.split(' ')[0]}` },
    { id: 'kiosk.heap.baseline', label: 'kiosk soak: JS heap after GC at the baseline reset', value: first.heap / MiB, unit: 'MB', note: `baseline: ${baseline}; cold start ${(r.cold.heap / MiB).toFixed(2)} MB` },
    { id: 'kiosk.heap.growth', label: 'kiosk soak: JS heap growth, baseline reset → last', value: (last.heap - first.heap) / MiB, unit: 'MB', max: BUDGETS.soak.heapGrowthMB, note: `${((last.heap - first.heap) / MiB).toFixed(3)} MB; lowest / highest reset ${Math.min(...mb).toFixed(2)} / ${Math.max(...mb).toFixed(2)} MB; trend ${trend.toFixed(3)} MB per 1,000 interactions` },
    { id: 'kiosk.nodes.off', label: 'kiosk soak: resets whose DOM differs from the baseline', value: diffs.filter((d) => d !== 0).length, unit: 'count', max: 0, note: `baseline ${first.nodes} elements; largest difference ${Math.max(...diffs.map(Math.abs))}` },
    { id: 'kiosk.errors', label: 'kiosk soak: console and page errors', value: r.errors.length, unit: 'count', max: 0, note: r.errors.length ? [...new Set(r.errors)].slice(0, 2).join(' | ').slice(0, 160) : undefined },
    { id: 'kiosk.reloads', label: 'kiosk soak: page reloads', value: r.reloaded ? 1 : 0, unit: 'count', max: 0 },
    { id: 'kiosk.history', label: 'kiosk soak: history entries added', value: r.historyAdded, unit: 'count', max: 0 }
  ];
}
