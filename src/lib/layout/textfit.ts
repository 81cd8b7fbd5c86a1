// Fitting SVG labels without a browser: estimated text widths and line wrapping at spaces, after
// "-" and "/", and at the joints of long German compounds (the masterplan's figures break them the
// same way: "Entwicklungs-/werkstatt", "Produktions-/dock"). Pure.

/** Generous average advance per character (system UI fonts), so estimates err on the wide side. */
export const CHAR_EM = 0.6;
export const estimateWidth = (text: string, fontSize: number, bold = false) =>
  [...text].length * fontSize * (bold ? CHAR_EM + 0.04 : CHAR_EM);

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
  const ps = pieces(text);
  const lines: string[] = [];
  let line = '';
  let glue: Glue = '';
  for (const p of ps) {
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

export interface Box { x: number; y: number; w: number; h: number }
export const overlaps = (a: Box, b: Box, gap = 0) =>
  a.x < b.x + b.w + gap && b.x < a.x + a.w + gap && a.y < b.y + b.h + gap && b.y < a.y + a.h + gap;
