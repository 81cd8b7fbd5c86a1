// Geometry of the Medizinwerft (Abb. 5): the chain as a sankey flow inside the frame of the health
// economy, sub-stages and supply components as chips under their column, the supporting functions
// as a band below. Wide: the chain runs left → right; narrow: top → bottom with text beside it.
// d3-sankey sizes the stages and bands (it mutates its input, so it gets copies). Pure.
import { sankey, sankeyLeft, type SankeyGraph } from 'd3-sankey';
import { estimateWidth, wrapLabel, type Box } from './text.ts';
import type { WerftGraph } from '../derive/werft.ts';
import { memoize } from '../utils/memo.ts';
import { BASE_STYLE, scaledFs, type FigureStyle } from './figureStyle.ts';

export interface WerftLabel { id: string; label: string; detail: string[] }
export interface WerftLayoutIn {
  graph: WerftGraph;
  /** one per graph node, same order */
  columns: WerftLabel[];
  /** chips under a column, by column id */
  subs: Record<string, WerftLabel[]>;
  support: WerftLabel[];
  frameLabel: string;
  supportTitle: string;
}
export interface TextBlock { x: number; anchor: 'start' | 'middle'; lines: string[]; baselines: number[]; bold: number }
export interface WerftChip { id: string; box: Box; text: TextBlock }
export interface WerftLayout {
  width: number;
  height: number;
  orientation: 'row' | 'column';
  fontSize: number;
  frame: Box & { text: TextBlock };
  columns: { id: string; hit: Box; node: Box; empty: boolean; text: TextBlock }[];
  links: { id: string; d: string; axis: string; empty: boolean }[];
  chips: WerftChip[];
  supportTitle: TextBlock;
  support: WerftChip[];
}

const PAD = 6;
const INSET = 12;
const CHIP_GAP = 6;
export const WIDE = 760;

const block = (x: number, top: number, lines: string[], lh: number, fs: number, anchor: TextBlock['anchor'], bold = 0): TextBlock => ({
  x, anchor, lines, bold, baselines: lines.map((_, i) => top + i * lh + (lh - fs) / 2 + fs * 0.8)
});
const charsFor = (w: number, fs: number, bold = false) => Math.max(6, Math.floor(w / (fs * (bold ? 0.64 : 0.6))));

/** Thickness of each node and band across the flow, from d3-sankey; all zero when nothing counts. */
function thickness(g: WerftGraph, cross: number) {
  const total = Math.max(0, ...g.nodes.map((n) => n.value));
  if (total === 0) return { node: g.nodes.map(() => 0), link: g.links.map(() => 0) };
  const copy = {
    nodes: g.nodes.map((n) => ({ id: n.id, fixedValue: n.value })),
    links: g.links.map((l) => ({ source: l.source, target: l.target, value: l.value }))
  };
  const out = sankey<{ id: string; fixedValue: number }, object>()
    .nodeId((n) => n.id)
    .nodeAlign(sankeyLeft)
    .nodeWidth(10)
    .nodePadding(0)
    .extent([[0, 0], [g.nodes.length * 100, cross]])(copy as unknown as SankeyGraph<{ id: string; fixedValue: number }, object>);
  return {
    node: out.nodes.map((n) => Math.max(0, (n.y1 ?? 0) - (n.y0 ?? 0))),
    link: (out.links ?? []).map((l) => Math.max(0, l.width ?? 0))
  };
}

function chipOf(c: WerftLabel, x: number, y: number, w: number, lh: number, fs: number, hit: number): WerftChip {
  const n = charsFor(w - 16, fs);
  const lines = [...wrapLabel(c.label, n), ...c.detail.flatMap((d) => wrapLabel(d, n))];
  const h = Math.max(hit, lines.length * lh + 10);
  return { id: c.id, box: { x, y, w, h }, text: block(x + 8, y + (h - lines.length * lh) / 2, lines, lh, fs, 'start') };
}

/** Chips in rows of equal height, as many per row as fit at minW; returns the y below them. */
function grid(items: WerftLabel[], x: number, y: number, w: number, minW: number, lh: number, fs: number, hit: number, out: WerftChip[]) {
  const per = Math.max(1, Math.min(items.length, Math.floor((w + CHIP_GAP) / (minW + CHIP_GAP))));
  const cw = (w - (per - 1) * CHIP_GAP) / per;
  for (let r = 0; r * per < items.length; r++) {
    const rowItems = items.slice(r * per, r * per + per);
    const made = rowItems.map((s, k) => chipOf(s, x + k * (cw + CHIP_GAP), y, cw, lh, fs, hit));
    const h = Math.max(...made.map((c) => c.box.h));
    for (const c of made) {
      const dy = (h - c.box.h) / 2;
      out.push({ ...c, box: { ...c.box, h }, text: { ...c.text, baselines: c.text.baselines.map((b) => b + dy) } });
    }
    y += h + CHIP_GAP;
  }
  return y;
}

function layoutWerftUncached(input: WerftLayoutIn, size: { width: number }, style: FigureStyle = BASE_STYLE): WerftLayout {
  const width = Math.max(240, size.width);
  const row = width >= WIDE;
  const fs = scaledFs(width < 420 ? 12 : 13, style);
  const hit = style.hit;
  const lh = Math.round(fs * 1.25);
  const x0 = PAD + INSET, x1 = width - PAD - INSET, innerW = x1 - x0;
  const frameLines = wrapLabel(input.frameLabel, charsFor(innerW, fs, true));
  const frameText = block(x0, PAD + 6, frameLines, lh, fs, 'start', frameLines.length);
  let y = PAD + 6 + frameLines.length * lh + 10;
  const g = input.graph;
  const columns: WerftLayout['columns'] = [];
  const chips: WerftChip[] = [];
  const nodeBoxes: Box[] = [];
  const flowH = Math.min(150, Math.max(70, width * 0.1));
  const flowW = Math.min(110, Math.max(56, innerW * 0.28));
  const t = thickness(g, row ? flowH : flowW);
  if (row) {
    const colW = innerW / g.nodes.length;
    const names = input.columns.map((c) => wrapLabel(c.label, charsFor(colW - 8, fs, true)));
    const labels = input.columns.map((c, i) => [...names[i], ...c.detail.flatMap((d) => wrapLabel(d, charsFor(colW - 8, fs)))]);
    const labelH = Math.max(...labels.map((l) => l.length)) * lh;
    const flowTop = y + labelH + 8;
    const nodeW = Math.min(colW * 0.5, 70);
    let chipsBottom = flowTop + flowH;
    input.columns.forEach((c, i) => {
      const cx = x0 + colW * (i + 0.5);
      const th = t.node[i];
      const node = { x: cx - nodeW / 2, y: flowTop + flowH / 2 - th / 2, w: nodeW, h: th };
      nodeBoxes.push(node);
      const subs = input.subs[c.id] ?? [];
      let cy = flowTop + flowH + 10;
      for (const s of subs) {
        const chip = chipOf(s, x0 + colW * i + 3, cy, colW - 6, lh, fs, hit);
        chips.push(chip);
        cy += chip.box.h + CHIP_GAP;
      }
      chipsBottom = Math.max(chipsBottom, cy);
      const nb = names[i].length;
      columns.push({ id: c.id, empty: th === 0, node, hit: { x: x0 + colW * i + 2, y: y - 4, w: colW - 4, h: flowTop + flowH - y + 4 }, text: block(cx, y, labels[i], lh, fs, 'middle', nb) });
    });
    y = chipsBottom + 6;
  } else {
    const tx = x0 + flowW + 12, textW = x1 - tx;
    const nodeT = 12;
    input.columns.forEach((c, i) => {
      const name = wrapLabel(c.label, charsFor(textW, fs, true));
      const lines = [...name, ...c.detail.flatMap((d) => wrapLabel(d, charsFor(textW, fs)))];
      const labelH = Math.max(hit, lines.length * lh);
      const th = t.node[i];
      const node = { x: x0 + flowW / 2 - th / 2, y: y + labelH / 2 - nodeT / 2, w: th, h: nodeT };
      nodeBoxes.push(node);
      const nb = name.length;
      columns.push({ id: c.id, empty: th === 0, node, hit: { x: x0 - 4, y: y - 2, w: x1 - x0 + 8, h: labelH + 4 }, text: block(tx, y + (labelH - lines.length * lh) / 2, lines, lh, fs, 'start', nb) });
      const cy = grid(input.subs[c.id] ?? [], tx, y + labelH + 6, textW, 150 * style.text, lh, fs, hit, chips);
      y = cy + 22;
    });
    y -= 10;
  }
  const links = g.links.map((l, i) => {
    const a = nodeBoxes[i], b = nodeBoxes[i + 1];
    const w = t.link[i];
    const id = `${l.source}>${l.target}`;
    if (row) {
      const ax = a.x + a.w, bx = b.x, ay = a.y + a.h / 2, by = b.y + b.h / 2, mx = (ax + bx) / 2;
      return { id, empty: w === 0, axis: `M${ax},${ay}C${mx},${ay} ${mx},${by} ${bx},${by}`,
        d: `M${ax},${ay - w / 2}C${mx},${ay - w / 2} ${mx},${by - w / 2} ${bx},${by - w / 2}L${bx},${by + w / 2}C${mx},${by + w / 2} ${mx},${ay + w / 2} ${ax},${ay + w / 2}Z` };
    }
    const ay = a.y + a.h, by = b.y, ax = a.x + a.w / 2, bx = b.x + b.w / 2, my = (ay + by) / 2;
    return { id, empty: w === 0, axis: `M${ax},${ay}C${ax},${my} ${bx},${my} ${bx},${by}`,
      d: `M${ax - w / 2},${ay}C${ax - w / 2},${my} ${bx - w / 2},${my} ${bx - w / 2},${by}L${bx + w / 2},${by}C${bx + w / 2},${my} ${ax + w / 2},${my} ${ax + w / 2},${ay}Z` };
  });
  // The supporting functions: a band of chips under the chain, as in the figure.
  const titleLines = wrapLabel(input.supportTitle, charsFor(innerW, fs, true));
  const supportTitle = block(x0, y, titleLines, lh, fs, 'start', titleLines.length);
  y += titleLines.length * lh + 4;
  const support: WerftChip[] = [];
  y = grid(input.support, x0, y, innerW, (row ? 150 : 180) * style.text, lh, fs, hit, support);
  const height = y + INSET - CHIP_GAP + PAD;
  return {
    width, height, orientation: row ? 'row' : 'column', fontSize: fs,
    frame: { x: PAD, y: PAD, w: width - 2 * PAD, h: height - 2 * PAD, text: frameText },
    columns, links, chips, supportTitle, support
  };
}

/** For tests: the estimated box of a text block. */
export function textBox(t: TextBlock, fs: number): Box {
  const lh = Math.round(fs * 1.25);
  const w = Math.max(0, ...t.lines.map((l, i) => estimateWidth(l, fs, i < t.bold)));
  const top = t.baselines[0] - (lh - fs) / 2 - fs * 0.8;
  return { x: t.anchor === 'middle' ? t.x - w / 2 : t.x, y: top, w, h: t.lines.length * lh };
}

/** Remembered by its arguments: a filter change that leaves them equal costs nothing. */
export const layoutWerft = memoize(layoutWerftUncached);
