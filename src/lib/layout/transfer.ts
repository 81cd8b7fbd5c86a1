// Abb. 8 redrawn: Akademie on the left, Industrie on the right, the levels of transfer as bands between
// them (1a, 1b, 2, 3 from top to bottom), each with an arrow from academia to industry, its name and its
// example. Given a height, the largest font size that fits is taken. Pure.
import { CHAR_EM, wrapLabel } from './text.ts';
import type { Line } from './around.ts';

export interface TransferLevelIn { id: string; label: string; example: string }
export interface TransferBand { id: string; y: number; h: number; badge: { x: number; y: number; r: number }; label: Line[]; example: Line[]; arrow: string }
export interface TransferLayout {
  width: number;
  height: number;
  fs: number;
  sides: { x: number; y: number; w: number; h: number; lines: Line[] }[];
  bands: TransferBand[];
}

const PAD = 10;
const chars = (w: number, fs: number) => Math.max(6, Math.floor(w / (fs * CHAR_EM)));

function at(levels: TransferLevelIn[], sides: [string, string], width: number, fs: number): TransferLayout {
  const lh = fs * 1.3;
  const sideW = Math.max(90, Math.floor(width * 0.2));
  const midX = sideW + 12;
  const midW = width - 2 * sideW - 24;
  const r = fs * 1.1;
  const textX = midX + 2 * r + 14;
  const textW = midW - 2 * r - 14 - PAD;
  let y = 1;
  const bands = levels.map((l) => {
    const label = wrapLabel(l.label, chars(textW, fs * 1.06));
    const example = l.example ? wrapLabel(l.example, chars(textW, fs * 0.92)) : [];
    const h = Math.max(2 * r + 2 * PAD, PAD * 2 + label.length * lh + example.length * lh * 0.92 + 10);
    const top = y;
    let ty = top + PAD + fs;
    const labelLines = label.map((t) => ({ text: t, x: textX, y: (ty += lh) - lh }));
    ty += 2;
    const exLines = example.map((t) => ({ text: t, x: textX, y: (ty += lh * 0.92) - lh * 0.92 }));
    const ay = top + h - 8;
    const band: TransferBand = {
      id: l.id,
      y: top,
      h,
      badge: { x: midX + r + 4, y: top + h / 2 - 4, r },
      label: labelLines,
      example: exLines,
      arrow: `M${sideW + 2},${ay} H${width - sideW - 8}`
    };
    y += h + 8;
    return band;
  });
  const height = y - 8 + 1;
  const sideBoxes = sides.map((s, i) => {
    const x = i === 0 ? 1 : width - sideW - 1;
    const lines = wrapLabel(s, chars(sideW - 2 * PAD, fs)).map((t, j, all) => ({ text: t, x: x + sideW / 2, y: height / 2 - ((all.length - 1) * lh) / 2 + fs * 0.35 + j * lh }));
    return { x, y: 1, w: sideW - 1, h: height - 2, lines };
  });
  return { width, height, fs, sides: sideBoxes, bands };
}

export function layoutTransfer(levels: TransferLevelIn[], sides: [string, string], size: { width: number; height?: number }, { fsMax = 18, fsMin = 13 } = {}): TransferLayout {
  let out = at(levels, sides, size.width, fsMax);
  for (let fs = fsMax - 1; size.height && out.height > size.height && fs >= fsMin; fs--) out = at(levels, sides, size.width, fs);
  return out;
}
