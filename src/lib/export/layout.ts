// Where an export puts its parts: the title and the active filters above the figure(s), "Stand 2009"
// and the source line below, all as SVG text, wrapped to the export's width. Pure.
import { estimateWidth } from '../layout/text.ts';

export interface Rect { x: number; y: number; w: number; h: number }
export interface ExportTexts { title: string; filters: string; stand: string; source: string }
export interface TextLine { text: string; x: number; y: number; size: number; bold: boolean; muted: boolean; part: keyof ExportTexts }
export interface ExportLayout {
  width: number;
  height: number;
  /** each figure's top-left corner in the export, in the order given */
  figures: { x: number; y: number }[];
  lines: TextLine[];
}

export const PAD = 24;
const MIN_WIDTH = 520;
const SIZES: Record<keyof ExportTexts, { size: number; bold: boolean; muted: boolean }> = {
  title: { size: 22, bold: true, muted: false },
  filters: { size: 14, bold: false, muted: false },
  stand: { size: 13, bold: true, muted: false },
  source: { size: 12, bold: false, muted: true }
};

/** Greedy wrap at spaces only, so the lines joined by spaces give the text back. */
export function wrapWords(text: string, maxWidth: number, size: number, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const joined = line ? `${line} ${word}` : word;
    if (line && estimateWidth(joined, size, bold) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = joined;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * The figures keep their places relative to one another on screen (rects in page coordinates);
 * their union is framed by PAD, the texts above and below it.
 */
export function layoutExport(rects: readonly Rect[], texts: ExportTexts): ExportLayout {
  const left = Math.min(...rects.map((r) => r.x));
  const top = Math.min(...rects.map((r) => r.y));
  const unionW = Math.max(...rects.map((r) => r.x + r.w)) - left;
  const unionH = Math.max(...rects.map((r) => r.y + r.h)) - top;
  const width = Math.ceil(Math.max(MIN_WIDTH, unionW + 2 * PAD));
  const textWidth = width - 2 * PAD;
  const lines: TextLine[] = [];
  let y = PAD;
  const block = (part: keyof ExportTexts) => {
    const { size, bold, muted } = SIZES[part];
    for (const text of wrapWords(texts[part], textWidth, size, bold)) {
      y += size;
      lines.push({ text, x: PAD, y, size, bold, muted, part });
      y += Math.round(size * 0.4);
    }
  };
  block('title');
  y += 2;
  block('filters');
  y += 12;
  const figX = PAD + (textWidth - unionW) / 2;
  const figures = rects.map((r) => ({ x: figX + r.x - left, y: y + r.y - top }));
  y += unionH + 14;
  block('stand');
  block('source');
  return { width, height: Math.ceil(y + PAD - 6), figures, lines };
}

/** Scale and offset that fit a w × h picture into W × H, centred, aspect kept (letterboxed). */
export function fitContain(w: number, h: number, W: number, H: number): { scale: number; x: number; y: number } {
  const scale = Math.min(W / w, H / h);
  return { scale, x: (W - w * scale) / 2, y: (H - h * scale) / 2 };
}
