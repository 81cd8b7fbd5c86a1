// Text in SVG without a browser: estimated widths, line wrapping, the one box type, overlap tests,
// labels beside round marks that meet nothing they must not, and text boxes fitted inside a region.
// Every layout measures and places text through this module. Pure and deterministic.
import { length } from '../utils/length.ts';

/** A rectangle: top-left corner and size (px). */
export interface Box { x: number; y: number; w: number; h: number }
/** The same rectangle by its corners, for callers that work in corners. */
export interface Corners { x0: number; y0: number; x1: number; y1: number }
export const toBox = (c: Corners): Box => ({ x: c.x0, y: c.y0, w: c.x1 - c.x0, h: c.y1 - c.y0 });
export const toCorners = (b: Box): Corners => ({ x0: b.x, y0: b.y, x1: b.x + b.w, y1: b.y + b.h });

// ---------- widths ----------

/** Estimated rendered width of a text in px by glyph classes (system sans-serif; generous so boxes never undershoot). */
export function textWidth(text: string, fs: number, bold = false): number {
  let w = 0;
  for (const ch of text) w += /[\s.,:;'’|!il1ftjrI()\u202f]/.test(ch) ? 0.36 : /[mwMWÄÖÜ%@]/.test(ch) ? 0.98 : /[A-Z0-9]/.test(ch) ? 0.72 : 0.62;
  return w * fs * (bold ? 1.1 : 1);
}

/** Generous average advance per character (system UI fonts), so flat estimates err on the wide side. */
export const CHAR_EM = 0.6;
/** Flat estimate: every character the same advance of `em` font sizes (bold a little wider). */
export const estimateWidth = (text: string, fontSize: number, bold = false, em = CHAR_EM) =>
  [...text].length * fontSize * (bold ? em + 0.04 : em);

// ---------- wrapping ----------

/** Greedy word wrap to a maximum width (glyph-class widths). */
export function wrapText(text: string, maxWidth: number, fs: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, fs) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

// Breaks at spaces, after "-" and "/", and at the joints of long German compounds (the masterplan's
// figures break them the same way: "Entwicklungs-/werkstatt", "Produktions-/dock").
const JOINTS = ['krankheiten', 'werkstatt', 'entwickler', 'dock', 'sicherung', 'management', 'ausstattung', 'büro', 'scouting', 'schmiede', 'wechsel', 'vascular'];

type Glue = ' ' | '' | 'soft';
interface Piece { text: string; glue: Glue }

/** Splits a long compound at a known joint (at least 4 letters in), recursively. */
function softParts(word: string): string[] {
  const low = word.toLowerCase();
  for (const j of JOINTS) {
    const i = low.indexOf(j, 4);
    if (i > 0 && low.length - i >= 3) return [...softParts(word.slice(0, i)), ...softParts(word.slice(i))];
  }
  return [word];
}

function pieces(text: string): Piece[] {
  const out: Piece[] = [];
  const words = text.trim().split(/\s+/);
  words.forEach((w, wi) => {
    const hard = w.split(/(?<=[-/])/);
    hard.forEach((h, hi) => {
      const soft = /[-/]$/.test(h) ? [h] : softParts(h);
      soft.forEach((s, si) => {
        const lastSoft = si === soft.length - 1;
        const lastHard = hi === hard.length - 1;
        out.push({ text: s, glue: !lastSoft ? 'soft' : !lastHard ? '' : wi < words.length - 1 ? ' ' : '' });
      });
    });
  });
  return out;
}

/** Greedy wrap to at most maxChars per line where breaks allow; a soft break adds a hyphen. */
export function wrapLabel(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  let glue: Glue = '';
  for (const p of pieces(text)) {
    const joined = line + (glue === ' ' ? ' ' : '') + p.text;
    if (line && [...joined].length > maxChars) {
      lines.push(line + (glue === 'soft' ? '-' : ''));
      line = p.text;
    } else line = joined;
    glue = p.glue;
  }
  if (line) lines.push(line);
  return lines;
}

// ---------- overlap ----------

/** Whether two boxes overlap, or come closer than `gap`. */
export const overlaps = (a: Box, b: Box, gap = 0) =>
  a.x < b.x + b.w + gap && b.x < a.x + a.w + gap && a.y < b.y + b.h + gap && b.y < a.y + a.h + gap;

/** Whether a box meets a disc, or comes closer than `gap`. */
export function rectHitsCircle(a: Box, c: { x: number; y: number; r: number }, gap = 0): boolean {
  const dx = Math.max(a.x - c.x, 0, c.x - a.x - a.w);
  const dy = Math.max(a.y - c.y, 0, c.y - a.y - a.h);
  return length(dx, dy) < c.r + gap;
}

/** Area two boxes share. */
export const sharedArea = (a: Box, b: Box) =>
  Math.max(0, Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x)) * Math.max(0, Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y));

// ---------- labels beside marks ----------

export type Anchor = 'start' | 'middle' | 'end';
/** A label's text box of w × h beside a mark at (x, y) that needs clearance r. */
export interface LabelIn { id: string; x: number; y: number; r: number; w: number; h: number }
/** Placed: the text's anchor point (x, vertical centre y), its alignment and its box. */
export interface LabelOut { id: string; x: number; y: number; anchor: Anchor; rect: Box }
/** Spots around a mark: beside (e, w), above and below (n, s), and the diagonals. */
export type Spot = 'e' | 'w' | 'n' | 's' | 'ne' | 'se' | 'nw' | 'sw';

export interface PlaceOptions {
  /** the frame every label stays inside */
  bounds: Box;
  /** boxes no label may meet */
  hard?: Box[];
  /** boxes a label had better not cover: the area covered is its cost */
  soft?: Box[];
  /** round marks no label may meet */
  marks?: { x: number; y: number; r: number }[];
  /** distance kept from hard boxes, placed labels and marks */
  gap?: number;
  /** the spots tried, in order of preference */
  order?: Spot[];
  /** how far out the diagonal spots sit, as a share of the clearance */
  diagonal?: number;
}

const SPOT: Record<Spot, [number, number]> = { e: [1, 0], w: [-1, 0], n: [0, -1], s: [0, 1], ne: [1, -1], se: [1, 1], nw: [-1, -1], sw: [-1, 1] };
const ANCHOR = { '1': 'start', '0': 'middle', '-1': 'end' } as const;

/** The box of a label at one spot around its mark. */
function candidate(m: LabelIn, spot: Spot, diagonal: number): LabelOut {
  const [sx, sy] = SPOT[spot];
  const d = (m.r + 3) * (sx && sy ? diagonal : 1);
  const x = m.x + sx * d;
  const rx = sx > 0 ? x : sx < 0 ? x - m.w : x - m.w / 2;
  const ry = sy > 0 ? m.y + d : sy < 0 ? m.y - d - m.h : m.y - m.h / 2;
  return { id: m.id, x, y: ry + m.h / 2, anchor: ANCHOR[String(sx) as keyof typeof ANCHOR], rect: { x: rx, y: ry, w: m.w, h: m.h } };
}

/**
 * Places each label, in the given order, at the spot around its mark that stays inside the frame and
 * meets no hard box, no placed label and no mark, covering the least of the soft boxes (ties: the
 * earlier spot). A label that fits nowhere is null, so the caller can drop it or fall back to numbers.
 */
export function placeLabels(items: LabelIn[], opts: PlaceOptions): (LabelOut | null)[] {
  const { bounds: b, hard = [], soft = [], marks = [], gap = 0, order = ['e', 'w', 'n', 's', 'ne', 'se', 'nw', 'sw'], diagonal = 0.8 } = opts;
  const placed: LabelOut[] = [];
  return items.map((m) => {
    let best: LabelOut | null = null, bestCost = Infinity;
    for (const [i, spot] of order.entries()) {
      const c = candidate(m, spot, diagonal);
      const r = c.rect;
      if (r.x < b.x || r.y < b.y || r.x + r.w > b.x + b.w || r.y + r.h > b.y + b.h) continue;
      if (hard.some((o) => overlaps(r, o, gap)) || placed.some((o) => overlaps(r, o.rect, gap)) || marks.some((k) => rectHitsCircle(r, k, gap))) continue;
      const cost = soft.reduce((s, o) => s + sharedArea(o, r), 0) + i * 0.01;
      if (cost < bestCost) [best, bestCost] = [c, cost];
      if (cost < 1) break;
    }
    if (best) placed.push(best);
    return best;
  });
}

/**
 * A spot for a text box inside a region, given its signed depth function: the grid point where the
 * whole box lies deepest inside and clear of the obstacles. Null when it does not fit.
 */
/** For a row of boxes with top edge y: the range of left edges where a box can lie more than t deep. */
export type RowWindow = (y: number, t: number) => [number, number];

export function fitInRegion(depth: (x: number, y: number) => number, area: Box, w: number, h: number, obstacles: Box[], margin = 3, rowWindow?: RowWindow): Box | null {
  let best: Box | null = null, bestS = margin;
  const step = Math.max(2, Math.min(w, h) / 3);
  for (let y = area.y; y + h <= area.y + area.h; y += step) {
    // only the left edges where the box could still beat the best (on the grid, so the result is the same)
    const [lo, hi] = rowWindow ? rowWindow(y, bestS) : [-Infinity, Infinity];
    for (let x = area.x + Math.max(0, Math.ceil((lo - area.x) / step)) * step; x + w <= area.x + area.w && x <= hi; x += step) {
      const r = { x, y, w, h };
      if (obstacles.some((o) => overlaps(r, o, margin))) continue;
      // the least depth along the box's outline (5 points a side), given up as soon as it cannot win
      let s = Infinity;
      for (let i = 0; i <= 4 && s > bestS; i++) {
        const px = x + (w * i) / 4, py = y + (h * i) / 4;
        s = Math.min(s, depth(px, y), depth(px, y + h), depth(x, py), depth(x + w, py));
      }
      if (s > bestS) [best, bestS] = [r, s];
    }
  }
  return best;
}
