// npm run bench — builds, serves dist/ and measures in headless Chromium; prints every figure with its
// budget and pass/fail, and writes bench/results.json (not tracked: a run leaves the work tree clean).
// Keeping a run is an explicit step: `npm run bench -- --write-readme` appends it to bench/history.jsonl and
// rewrites the tables (bench/README.md, the README's benchmark section) and the scale chart;
// `npm run bench:readme` does that from the last results.
// Options: --quick (fewer changes, no 50,000 run, a short kiosk soak), --no-soak, --lighthouse-runs=N,
// BENCH_PORT (first of five ports).
import { execSync, spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { preview } from 'vite';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.ts';
import { generateDataDir } from './generate-actors.ts';
import { consoleTable, historyEntry, historyTable, markdownTable, replaceBetween, verdict, type Figure, type HistoryEntry, type Machine } from './bench-stats.ts';
import { measureLatency, measureStart } from './bench-page.ts';
import { runLighthouse } from './bench-lighthouse.ts';
import { BUDGETS, byteFigures, latencyFigures, lighthouseFigures, scaleFigures, singleFileFigures, soakFigures, startFigures, type ScaleRun } from './bench-figures.ts';
import { kioskSoak, type SoakResult } from './kiosk-soak.ts';
import { scaleCurveSvg, type ScalePoint } from './bench-chart.ts';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const option = (name: string, fallback: number) => Number(args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const QUICK = flag('quick');
const CHANGES = QUICK ? 60 : 240;
const SIZES = QUICK ? [500, 5000] : [500, 5000, 50000];
// the kiosk soak: random interactions, an idle reset after every `every`
const SOAK = QUICK ? { n: 1000, every: 250 } : { n: 10_000, every: 500 };
const PORT = Number(process.env.BENCH_PORT ?? 4391);
// A size whose changes take longer than this stops early; the figure names how many were measured.
const SCALE_LIMIT_MS = 240_000;

interface Results {
  date: string;
  machine: Machine;
  figures: Figure[];
  scale: ScalePoint[];
}

/** A copy of dist/ whose actor files come from a generated package of `count` actors. */
async function scaledDist(count: number): Promise<{ dir: string; checkData: boolean }> {
  const data = generateDataDir(count, `/tmp/lsn-bench-data-${count}`);
  const check = spawnSync('npx', ['tsx', 'scripts/check-data.ts', data], { encoding: 'utf8' });
  const dir = `/tmp/lsn-bench-dist-${count}`;
  rmSync(dir, { recursive: true, force: true });
  cpSync('dist', dir, { recursive: true });
  const text = JSON.stringify(JSON.parse(readFileSync(`${data}/actors.json`, 'utf8')));
  // The build ships actors.json as a core for the first draw and the rest as actors.detail.json.
  const { splitText } = await import('../src/lib/data/split.ts');
  const parts = splitText(text);
  for (const f of readdirSync(`${dir}/data`).filter((f) => /^actors.*\.json$/.test(f))) {
    if (f === 'actors.json') writeFileSync(`${dir}/data/${f}`, parts.core);
    else if (f === 'actors.detail.json') writeFileSync(`${dir}/data/${f}`, parts.detail);
    else throw new Error(`bench: cannot remake dist/data/${f} for ${count} actors`);
  }
  return { dir, checkData: check.status === 0 };
}

function machine(): Machine {
  const version = spawnSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8' }).stdout?.trim() ?? 'unknown';
  return { cpu: cpus()[0]?.model.trim() ?? 'unknown', cores: cpus().length, memoryGB: Math.round(totalmem() / 2 ** 30), node: process.version, chromium: version, load: loadavg()[0] };
}

async function measure(): Promise<Results> {
  const m = machine();
  execSync('npx vite build', { stdio: 'inherit' });
  const scaled = [];
  for (const n of SIZES) scaled.push({ n, ...(await scaledDist(n)) });
  const servers = [await preview({ logLevel: 'silent', build: { outDir: 'dist' }, preview: { port: PORT, host: '127.0.0.1', strictPort: true } })];
  for (const [i, s] of scaled.entries())
    servers.push(await preview({ logLevel: 'silent', build: { outDir: s.dir }, preview: { port: PORT + 1 + i, host: '127.0.0.1', strictPort: true } }));
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const base = `http://127.0.0.1:${PORT}`;
  try {
    console.log('bench: start and bytes …');
    const start = await measureStart(browser, base + '/');
    const throttled = await measureStart(browser, base + '/', { cpuSlowdown: 4, viewport: { width: 412, height: 823 } });
    console.log(`bench: ${CHANGES} filter changes …`);
    const lat = await measureLatency(browser, base + '/', CHANGES);
    console.log('bench: Lighthouse …');
    const lh = await runLighthouse(base + '/', option('lighthouse-runs', 1));
    const runs: ScaleRun[] = [];
    for (const [i, s] of scaled.entries()) {
      console.log(`bench: ${s.n.toLocaleString('en-US')} actors …`);
      const url = `http://127.0.0.1:${PORT + 1 + i}/`;
      const run: ScaleRun = { actors: s.n, checkData: s.checkData, start: null, latency: null };
      try {
        run.start = await measureStart(browser, url);
        run.latency = await measureLatency(browser, url, s.n >= 50000 ? Math.min(CHANGES, 100) : Math.min(CHANGES, 200), SCALE_LIMIT_MS);
      } catch (e) {
        run.error = `not measured: ${String(e).split('\n')[0].slice(0, 160)}`;
      }
      runs.push(run);
    }
    let soak: SoakResult | null = null, soakReason: string | undefined = flag('no-soak') ? 'not measured: --no-soak' : undefined;
    if (!soakReason) {
      console.log(`bench: kiosk soak, ${SOAK.n.toLocaleString('en-US')} interactions …`);
      try {
        soak = await kioskSoak({ dist: 'dist', port: PORT + 4, ...SOAK, log: (line) => console.log(`  ${line}`) });
      } catch (e) {
        soakReason = `not measured: ${String(e).split('\n')[0].slice(0, 160)}`;
      }
    }
    const figures = [...byteFigures(start, base), ...startFigures(start, throttled), ...latencyFigures(lat), ...lighthouseFigures(lh.result, lh.reason), ...scaleFigures(runs), ...soakFigures(soak, soakReason), ...singleFileFigures()];
    const scale = runs.map((r) => ({ actors: r.actors, median: r.latency?.median ?? null, p95: r.latency?.p95 ?? null, startMs: r.start?.allViewsMs ?? null, heapMB: r.start?.heapMB ?? null }));
    return { date: new Date().toISOString(), machine: m, figures, scale };
  } finally {
    await browser.close();
    for (const s of servers) await s.close();
  }
}

const HISTORY_COLUMNS = [
  { id: 'bytes.gzip', label: 'kB gzip' },
  { id: 'start.longtask.max', label: 'longest task ms' },
  { id: 'latency.median', label: 'median ms' },
  { id: 'latency.p95', label: 'p95 ms' },
  { id: 'lh.performance', label: 'LH perf' },
  { id: 'scale.5000.median', label: '5k median ms' },
  { id: 'scale.50000.median', label: '50k median ms' },
  { id: 'scale.50000.start', label: '50k start ms' },
  { id: 'kiosk.heap.growth', label: 'kiosk heap growth MB' }
];

function caption(r: Results) {
  return `Benchmark of ${r.date.slice(0, 16).replace('T', ' ')} UTC — ${r.machine.cpu}, ${r.machine.cores} cores, load ${r.machine.load.toFixed(1)}, node ${r.machine.node}, ${r.machine.chromium}; headless, 1920×1080 unless noted`;
}

function writeReadmes(r: Results) {
  const read = (): HistoryEntry[] =>
    existsSync('bench/history.jsonl') ? readFileSync('bench/history.jsonl', 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)) : [];
  const entry = historyEntry(new Date(r.date), r.machine, r.figures);
  // a run is kept once, however often its tables are written
  if (!read().some((h) => JSON.stringify(h) === JSON.stringify(entry))) appendFileSync('bench/history.jsonl', JSON.stringify(entry) + '\n');
  const history = read();
  const table = `${caption(r)}\n\n${markdownTable(r.figures)}`;
  writeFileSync('bench/scale-curve.svg', scaleCurveSvg(r.scale, SIZES.map((n) => ({ actors: n, ...BUDGETS.scale[n] })), caption(r)) + '\n');
  const readme = existsSync('bench/README.md') ? readFileSync('bench/README.md', 'utf8') : '# Benchmark results\n';
  writeFileSync('bench/README.md', replaceBetween(replaceBetween(readme, 'bench-latest', table), 'bench-history', historyTable(history, HISTORY_COLUMNS)));
  const main = readFileSync('README.md', 'utf8');
  const failing = r.figures.filter((f) => verdict(f) === 'FAIL').map((f) => f.label);
  const short = `${caption(r)}. ${failing.length ? `Over budget: ${failing.length} figure(s).` : 'Every budget met.'} Scale curve and history: [bench/README.md](bench/README.md).\n\n${markdownTable(r.figures.filter((f) => verdict(f) !== ''))}`;
  writeFileSync('README.md', replaceBetween(main, 'bench-table', short));
  console.log('bench: wrote bench/README.md, bench/scale-curve.svg and the README table');
}

if (flag('readme-only')) {
  writeReadmes(JSON.parse(readFileSync('bench/results.json', 'utf8')));
} else {
  const r = await measure();
  mkdirSync('bench', { recursive: true });
  writeFileSync('bench/results.json', JSON.stringify(r, null, 2) + '\n');
  console.log(`\n${caption(r)}\n\n${consoleTable(r.figures)}\n`);
  const v = r.figures.map(verdict);
  console.log(`bench: ${v.filter((x) => x === 'pass').length} pass, ${v.filter((x) => x === 'FAIL').length} FAIL, ${v.filter((x) => x === 'n/a').length} n/a — written to bench/results.json${flag('write-readme') ? ', kept in bench/history.jsonl and the tables' : ' (keep it with --write-readme)'}`);
  if (flag('write-readme')) writeReadmes(r);
}
