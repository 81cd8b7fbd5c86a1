// Where an export puts its parts: the title and the active filters above the figure(s), "Stand 2009"
// and the source line below, all as SVG text, wrapped to the export's width. Either around the figures
// at their screen size (layoutExport), or in a frame of fixed size such as 1920×1080 with the figures
// scaled to fill what the texts leave (layoutExportFrame). Pure.
import { estimateWidth } from '../layout/text.ts';

export interface Rect { x: number; y: number; w: number; h: number }
export interface ExportTexts { title: string; filters: string; stand: string; source: string }
export interface TextLine { text: string; x: number; y: number; size: number; bold: boolean; muted: boolean; part: keyof ExportTexts }
export interface ExportLayout {
  width: number;
  height: number;
  /** each figure's top-left corner in the export, in the order given */
  figures: { x: number; y: number }[];
  /** the figures' size in the export relative to the screen */
  scale: number;
  lines: TextLine[];
}

export const PAD = 24;
const MIN_WIDTH = 520;
type Sizes = Record<keyof ExportTexts, { size: number; bold: boolean; muted: boolean }>;
const SIZES: Sizes = {
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

/** The texts' lines from `y` on: one block per part, wrapped to `textWidth`. */
function textBlocks(texts: ExportTexts, parts: (keyof ExportTexts)[], sizes: Sizes, x: number, y: number, textWidth: number, gap: number) {
  const lines: TextLine[] = [];
  parts.forEach((part, i) => {
    const { size, bold, muted } = sizes[part];
    if (i > 0) y += gap;
    for (const text of wrapWords(texts[part], textWidth, size, bold)) {
      y += size;
      lines.push({ text, x, y, size, bold, muted, part });
      y += Math.round(size * 0.4);
    }
  });
  return { lines, y };
}

const union = (rects: readonly Rect[]) => {
  const left = Math.min(...rects.map((r) => r.x));
  const top = Math.min(...rects.map((r) => r.y));
  return { left, top, w: Math.max(...rects.map((r) => r.x + r.w)) - left, h: Math.max(...rects.map((r) => r.y + r.h)) - top };
};

/**
 * The figures keep their places relative to one another on screen (rects in page coordinates);
 * their union is framed by PAD, the texts above and below it.
 */
export function layoutExport(rects: readonly Rect[], texts: ExportTexts): ExportLayout {
  const u = union(rects);
  const width = Math.ceil(Math.max(MIN_WIDTH, u.w + 2 * PAD));
  const textWidth = width - 2 * PAD;
  const head = textBlocks(texts, ['title', 'filters'], SIZES, PAD, PAD, textWidth, 2);
  const y = head.y + 12;
  const figX = PAD + (textWidth - u.w) / 2;
  const figures = rects.map((r) => ({ x: figX + r.x - u.left, y: y + r.y - u.top }));
  const foot = textBlocks(texts, ['stand', 'source'], SIZES, PAD, y + u.h + 14, textWidth, 0);
  return { width, height: Math.ceil(foot.y + PAD - 6), figures, scale: 1, lines: [...head.lines, ...foot.lines] };
}

/** Text sizes for a frame `width` px wide: 1920 gets a slide's sizes (title 40 px, source 20 px). */
export function frameSizes(width: number): Sizes {
  const k = Math.max(1, width / 1000);
  return {
    title: { size: Math.round(21 * k), bold: true, muted: false },
    filters: { size: Math.round(14 * k), bold: false, muted: false },
    stand: { size: Math.round(12.5 * k), bold: true, muted: false },
    source: { size: Math.round(10.5 * k), bold: false, muted: true }
  };
}

/**
 * An export of a fixed size (the 1920×1080 PNG): title and filters at the top, "Stand 2009" and the
 * source at the bottom, at sizes legible in that frame; the figures, as placed on screen, scaled to fill
 * the area between (aspect kept) and centred in it.
 */
export function layoutExportFrame(rects: readonly Rect[], texts: ExportTexts, frame: { width: number; height: number }): ExportLayout {
  const { width, height } = frame;
  const sizes = frameSizes(width);
  const pad = Math.round(PAD * Math.max(1, width / 1000));
  const textWidth = width - 2 * pad;
  const gap = Math.round(pad / 2);
  const head = textBlocks(texts, ['title', 'filters'], sizes, pad, pad - Math.round(sizes.title.size * 0.2), textWidth, 4);
  // the foot is laid out from 0 first, to know its height, then moved to the bottom of the frame
  const foot0 = textBlocks(texts, ['stand', 'source'], sizes, pad, 0, textWidth, 0);
  const footTop = height - pad - foot0.y + Math.round(sizes.source.size * 0.4);
  const foot = foot0.lines.map((l) => ({ ...l, y: l.y + footTop }));
  const area = { x: pad, y: head.y + gap, w: textWidth, h: footTop - gap - (head.y + gap) };
  const u = union(rects);
  const fit = fitContain(u.w, u.h, area.w, Math.max(1, area.h));
  const figures = rects.map((r) => ({ x: area.x + fit.x + (r.x - u.left) * fit.scale, y: area.y + fit.y + (r.y - u.top) * fit.scale }));
  return { width, height, figures, scale: fit.scale, lines: [...head.lines, ...foot] };
}

/** Scale and offset that fit a w × h picture into W × H, centred, aspect kept. */
export function fitContain(w: number, h: number, W: number, H: number): { scale: number; x: number; y: number } {
  const scale = Math.min(W / w, H / h);
  return { scale, x: (W - w * scale) / 2, y: (H - h * scale) / 2 };
}
