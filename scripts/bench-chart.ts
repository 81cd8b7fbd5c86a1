// The scale curve as a small standalone SVG: filter latency (median, p95) and start time against the
// number of actors, on log scales, with the budgets drawn as dashed marks. Pure: data in, SVG text out.
import { scaleLog } from 'd3-scale';
import { line } from 'd3-shape';

export interface ScalePoint {
  actors: number;
  median: number | null;
  p95: number | null;
  startMs: number | null;
  heapMB: number | null;
}
export interface ScaleBudget {
  actors: number;
  medianMs?: number;
  startMs?: number;
}

const W = 640;
const H = 260;
const PANEL = { top: 40, bottom: 50, left: 56, width: 240, gap: 80 };
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const fmt = (v: number) => (v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2));

function panel(x0: number, title: string, points: ScalePoint[], series: { key: keyof ScalePoint; name: string; colour: string }[], budgets: { actors: number; value: number }[]) {
  const xs = points.map((p) => p.actors);
  const values = points.flatMap((p) => series.map((s) => p[s.key] as number | null)).concat(budgets.map((b) => b.value));
  const ok = values.filter((v): v is number => v !== null && v > 0);
  const x = scaleLog().domain([Math.min(...xs) / 1.5, Math.max(...xs) * 1.5]).range([x0, x0 + PANEL.width]);
  const y = scaleLog()
    .domain([Math.max(0.1, Math.min(...ok) / 2), Math.max(...ok) * 2])
    .range([H - PANEL.bottom, PANEL.top])
    .nice();
  const out: string[] = [`<g class="panel"><text x="${x0}" y="22" font-weight="700">${esc(title)}</text>`];
  for (const t of y.ticks(4).filter((_, i, a) => a.length <= 6 || i % 2 === 0))
    out.push(`<line x1="${x0}" x2="${x0 + PANEL.width}" y1="${y(t).toFixed(1)}" y2="${y(t).toFixed(1)}" stroke="#d4d4cf"/><text x="${x0 - 6}" y="${(y(t) + 4).toFixed(1)}" text-anchor="end" font-size="11">${fmt(t)}</text>`);
  for (const a of xs)
    out.push(`<text x="${x(a).toFixed(1)}" y="${H - PANEL.bottom + 18}" text-anchor="middle" font-size="11">${a.toLocaleString('en-US')}</text>`);
  out.push(`<text x="${x0 + PANEL.width / 2}" y="${H - 12}" text-anchor="middle" font-size="11">actors (log scale)</text>`);
  for (const b of budgets)
    out.push(`<path d="M${(x(b.actors) - 14).toFixed(1)},${y(b.value).toFixed(1)}h28" stroke="#b3261e" stroke-width="2" stroke-dasharray="4 3"><title>budget ${fmt(b.value)} ms at ${b.actors}</title></path>`);
  series.forEach((s, i) => {
    const pts = points.filter((p) => p[s.key] !== null && (p[s.key] as number) > 0).map((p) => [x(p.actors), y(p[s.key] as number)] as [number, number]);
    out.push(`<path d="${line()(pts) ?? ''}" fill="none" stroke="${s.colour}" stroke-width="2"/>`);
    for (const [px, py] of pts) out.push(`<circle cx="${px.toFixed(1)}" cy="${py.toFixed(1)}" r="3.5" fill="${s.colour}"/>`);
    out.push(`<text x="${x0 + PANEL.width - 4}" y="${PANEL.top + 4 + i * 14}" text-anchor="end" font-size="11" fill="${s.colour}">${esc(s.name)}</text>`);
  });
  out.push('</g>');
  return out.join('');
}

export function scaleCurveSvg(points: ScalePoint[], budgets: ScaleBudget[], caption: string): string {
  const sorted = [...points].sort((a, b) => a.actors - b.actors);
  const left = panel(PANEL.left, 'Filter change → all views (ms)', sorted, [
    { key: 'median', name: 'median', colour: '#1f4e79' },
    { key: 'p95', name: 'p95', colour: '#d55e00' }
  ], budgets.filter((b) => b.medianMs !== undefined).map((b) => ({ actors: b.actors, value: b.medianMs! })));
  const right = panel(PANEL.left + PANEL.width + PANEL.gap, 'Start: all views drawn (ms)', sorted, [{ key: 'startMs', name: 'start', colour: '#009e73' }],
    budgets.filter((b) => b.startMs !== undefined).map((b) => ({ actors: b.actors, value: b.startMs! })));
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" font-family="system-ui, sans-serif" fill="#1b1b1b">`,
    `<title>${esc(caption)}</title>`,
    `<rect width="${W}" height="${H}" fill="#ffffff"/>`,
    left,
    right,
    `<text x="${W - 8}" y="${H - 12}" text-anchor="end" font-size="10" fill="#545454">dashed red: budget</text>`,
    '</svg>'
  ].join('\n');
}
