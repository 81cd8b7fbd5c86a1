// Pure parts of the benchmark: statistics of timings, budgets and their verdicts, the printed table and
// the history rows. Tested in tests/unit/bench-stats.test.ts.

export interface Timings {
  n: number;
  median: number;
  p95: number;
  max: number;
}

/** Nearest-rank quantile of sorted values (q in 0..1). */
export function quantile(sorted: number[], q: number): number {
  if (!sorted.length) return NaN;
  const rank = Math.ceil(q * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

export function summarize(times: number[]): Timings {
  const s = [...times].sort((a, b) => a - b);
  return { n: s.length, median: quantile(s, 0.5), p95: quantile(s, 0.95), max: s.length ? s[s.length - 1] : NaN };
}

/** Total blocking time as Lighthouse counts it: the part of every long task beyond 50 ms. */
export const blockingTime = (durations: number[]) => durations.reduce((sum, d) => sum + Math.max(0, d - 50), 0);

export type Unit = 'ms' | 's' | 'kB' | 'MB' | 'count' | 'score' | '';
export interface Figure {
  id: string;
  label: string;
  value: number | null;
  unit: Unit;
  /** Budget: at most (max) or at least (min); none = reported only. */
  max?: number;
  min?: number;
  /** Why a figure is missing or how it was measured. */
  note?: string;
}
export type Verdict = 'pass' | 'FAIL' | 'n/a' | '';

export function verdict(f: Figure): Verdict {
  if (f.max === undefined && f.min === undefined) return '';
  if (f.value === null || Number.isNaN(f.value)) return 'n/a';
  if (f.max !== undefined && f.value > f.max) return 'FAIL';
  if (f.min !== undefined && f.value < f.min) return 'FAIL';
  return 'pass';
}

const DIGITS: Record<Unit, number> = { ms: 1, s: 2, kB: 1, MB: 1, count: 0, score: 0, '': 2 };
export function formatValue(v: number | null, unit: Unit): string {
  if (v === null || Number.isNaN(v)) return '–';
  const text = v.toLocaleString('en-US', { minimumFractionDigits: DIGITS[unit], maximumFractionDigits: DIGITS[unit] });
  return unit === 'count' || unit === 'score' || unit === '' ? text : `${text} ${unit}`;
}
export function formatBudget(f: Figure): string {
  if (f.max !== undefined) return `≤ ${formatValue(f.max, f.unit)}`;
  if (f.min !== undefined) return `≥ ${formatValue(f.min, f.unit)}`;
  return '';
}

/** The budget table as Markdown: figure, value, budget, verdict, note. */
export function markdownTable(figures: Figure[]): string {
  const rows = figures.map((f) => `| ${f.label} | ${formatValue(f.value, f.unit)} | ${formatBudget(f)} | ${verdict(f)} | ${f.note ?? ''} |`);
  return ['| figure | value | budget | | note |', '| --- | ---: | ---: | --- | --- |', ...rows].join('\n');
}

/** The same table for the terminal, in aligned columns. */
export function consoleTable(figures: Figure[]): string {
  const cells = figures.map((f) => [f.label, formatValue(f.value, f.unit), formatBudget(f), verdict(f)]);
  const widths = [0, 1, 2, 3].map((i) => Math.max(...cells.map((c) => [...c[i]].length), 4));
  const pad = (s: string, w: number, right = false) => (right ? s.padStart(w) : s.padEnd(w));
  return cells.map((c) => [pad(c[0], widths[0]), pad(c[1], widths[1], true), pad(c[2], widths[2], true), c[3]].join('  ')).join('\n');
}

export interface Machine {
  cpu: string;
  cores: number;
  memoryGB: number;
  node: string;
  chromium: string;
  /** 1-minute load average when the run started: a shared machine measures slower. */
  load: number;
}
export interface HistoryEntry {
  date: string;
  machine: Machine;
  pass: number;
  fail: number;
  figures: Record<string, number | null>;
}

export function historyEntry(date: Date, machine: Machine, figures: Figure[]): HistoryEntry {
  const v = figures.map(verdict);
  return {
    date: date.toISOString(),
    machine,
    pass: v.filter((x) => x === 'pass').length,
    fail: v.filter((x) => x === 'FAIL').length,
    figures: Object.fromEntries(figures.map((f) => [f.id, f.value === null || Number.isNaN(f.value) ? null : +f.value.toFixed(3)]))
  };
}

/** The history as a Markdown table of the chosen figures, newest first. */
export function historyTable(entries: HistoryEntry[], columns: { id: string; label: string }[]): string {
  const head = ['date (UTC)', 'machine', 'pass / fail', ...columns.map((c) => c.label)];
  const rows = [...entries]
    .sort((a, b) => b.date.localeCompare(a.date))
    .map((e) => [
      e.date.slice(0, 16).replace('T', ' '),
      `${e.machine.cpu} × ${e.machine.cores}, load ${e.machine.load.toFixed(1)}, node ${e.machine.node}`,
      `${e.pass} / ${e.fail}`,
      ...columns.map((c) => (e.figures[c.id] === null || e.figures[c.id] === undefined ? '–' : String(e.figures[c.id])))
    ]);
  return [head, head.map(() => '---'), ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
}

/** Replaces the text between two marker comments (kept), or appends the block if the markers are missing. */
export function replaceBetween(text: string, name: string, block: string): string {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const i = text.indexOf(start);
  const j = text.indexOf(end);
  if (i < 0 || j < i) return `${text.trimEnd()}\n\n${start}\n${block}\n${end}\n`;
  return `${text.slice(0, i + start.length)}\n${block}\n${text.slice(j)}`;
}
