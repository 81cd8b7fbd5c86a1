// Four boxes around a centre (Abb. 1: the trends around the vision; Abb. 6: the strategy fields around
// the linking idea): wide, the boxes sit in two columns left and right of an ellipse; narrow, the centre
// comes first and the boxes follow in one column. Text is wrapped by estimate (textfit.ts); given a
// height, the largest font size from fsMax down to fsMin that fits it is taken. Pure.
import { CHAR_EM, wrapLabel, type Box } from './text.ts';

export interface AroundItemIn { id: string; label: string; link: boolean }
export interface AroundBoxIn { id: string; title: string; text: string; items: AroundItemIn[] }
export interface AroundIn { center: string; boxes: AroundBoxIn[] }
export interface Line { text: string; x: number; y: number }
export interface AroundItem { id: string; link: boolean; lines: Line[]; hit: Box }
export interface AroundBox extends Box { id: string; title: Line[]; text: Line[]; items: AroundItem[] }
export interface AroundLayout {
  width: number;
  height: number;
  fs: number;
  lh: number;
  narrow: boolean;
  center: { cx: number; cy: number; rx: number; ry: number; lines: Line[] };
  boxes: AroundBox[];
  links: { x1: number; y1: number; x2: number; y2: number }[];
}
export interface AroundOptions { fsMax?: number; fsMin?: number }

const PAD = 12;
const GAP = 16;
const chars = (w: number, fs: number) => Math.max(8, Math.floor(w / (fs * CHAR_EM)));

function fillBox(b: AroundBoxIn, x: number, y: number, w: number, fs: number): AroundBox {
  const lh = fs * 1.3;
  let cy = y + PAD + fs;
  const lines = (text: string, n: number, indent = 0): Line[] =>
    wrapLabel(text, n).map((t) => {
      const l = { text: t, x: x + PAD + indent, y: cy };
      cy += lh;
      return l;
    });
  const title = lines(b.title, chars(w - 2 * PAD, fs * 1.08));
  cy += lh * 0.2;
  const text = b.text ? lines(b.text, chars(w - 2 * PAD, fs)) : [];
  const items = b.items.map((it) => {
    const top = cy - fs * 0.95;
    const ls = lines(it.label, chars(w - 2 * PAD - fs, fs), fs);
    return { id: it.id, link: it.link, lines: ls, hit: { x: x + PAD / 2, y: top, w: w - PAD, h: cy - lh + fs * 0.3 - top } };
  });
  return { id: b.id, x, y, w, h: cy - lh + PAD + fs * 0.4 - y, title, text, items };
}

function layoutAt(input: AroundIn, width: number, fs: number): AroundLayout {
  const lh = fs * 1.3;
  const narrow = width < 640;
  if (narrow) {
    const cLines = wrapLabel(input.center, chars(width - 2 * PAD, fs * 1.1));
    const ch = cLines.length * lh + 2 * PAD;
    const center = { cx: width / 2, cy: ch / 2, rx: width / 2 - 1, ry: ch / 2, lines: cLines.map((t, i) => ({ text: t, x: width / 2, y: PAD + fs + i * lh })) };
    let y = ch + GAP;
    const boxes = input.boxes.map((b) => {
      const box = fillBox(b, 1, y, width - 2, fs);
      box.h = Math.max(box.h, 0);
      y += box.h + GAP;
      return box;
    });
    return { width, height: y - GAP + 1, fs, lh, narrow, center, boxes, links: [] };
  }
  const sideW = Math.floor((width - 2 * GAP) * 0.34);
  const midX = sideW + GAP;
  const midW = width - 2 * sideW - 2 * GAP;
  const cols = [1, width - sideW - 1];
  const first = input.boxes.slice(0, 4).map((b, i) => fillBox(b, cols[i % 2], 0, sideW - 1, fs));
  const rowH = [Math.max(first[0]?.h ?? 0, first[1]?.h ?? 0), Math.max(first[2]?.h ?? 0, first[3]?.h ?? 0)];
  const rowY = [1, 1 + rowH[0] + GAP];
  const boxes = input.boxes.slice(0, 4).map((b, i) => {
    const box = fillBox(b, cols[i % 2], rowY[Math.floor(i / 2)], sideW - 1, fs);
    box.h = rowH[Math.floor(i / 2)];
    return box;
  });
  const rx = midW / 2 + GAP * 0.5;
  const cLines = wrapLabel(input.center, chars(rx * 1.35, fs * 1.08));
  const ry = Math.max(rx * 0.8, (cLines.length * lh) / 1.3 + PAD);
  const height = Math.max(rowY[1] + rowH[1] + 1, 2 * ry + 2);
  const cx = midX + midW / 2;
  const cy = height / 2;
  const top = cy - ((cLines.length - 1) * lh) / 2 + fs * 0.35;
  const center = { cx, cy, rx, ry, lines: cLines.map((t, i) => ({ text: t, x: cx, y: top + i * lh })) };
  const links = boxes.map((b, i) => {
    const left = i % 2 === 0;
    const y1 = b.y + b.h / 2;
    const x1 = left ? b.x + b.w : b.x;
    // to the ellipse's rim, in the direction of the box's middle
    const dx = x1 - cx, dy = y1 - cy;
    const t = 1 / Math.sqrt((dx * dx) / (rx * rx) + (dy * dy) / (ry * ry));
    return { x1, y1, x2: cx + dx * t, y2: cy + dy * t };
  });
  return { width, height, fs, lh, narrow, center, boxes, links };
}

export function layoutAround(input: AroundIn, size: { width: number; height?: number }, { fsMax = 18, fsMin = 13 }: AroundOptions = {}): AroundLayout {
  let out = layoutAt(input, size.width, fsMax);
  for (let fs = fsMax - 1; size.height && out.height > size.height && fs >= fsMin; fs--) out = layoutAt(input, size.width, fs);
  return out;
}
