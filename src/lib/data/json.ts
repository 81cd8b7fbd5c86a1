// Reading a data file's text: JSON with line, column and the offending line on failure, and the
// failures a deployment produces (a web page where JSON was expected, a body cut off) told apart.
import type { DataProblem } from './files.ts';

export type Parsed = { ok: true; value: unknown } | { ok: false; problem: Omit<DataProblem, 'file' | 'level'> };

/** Line and column (both from 1) of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const line = before.split('\n').length;
  return { line, column: before.length - before.lastIndexOf('\n') };
}

/** The line at `line` (from 1) with a caret under `column`, tabs kept so the caret lines up. */
export function excerpt(text: string, line: number, column: number): string {
  const src = (text.split('\n')[line - 1] ?? '').replace(/\r$/, '');
  const cut = src.length > 120 ? Math.max(0, column - 60) : 0;
  const shown = src.slice(cut, cut + 120);
  const pad = shown.slice(0, column - 1 - cut).replace(/[^\t]/g, ' ');
  return `  ${line} | ${shown}\n  ${' '.repeat(String(line).length)} | ${pad}^`;
}

/** The character offset a JSON.parse error names (V8: "at position 53", "line 4 column 18"), if any. */
function offsetOf(message: string, text: string): number | null {
  const pos = /position (\d+)/.exec(message);
  if (pos) return Number(pos[1]);
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc) {
    const lines = text.split('\n').slice(0, Number(lc[1]) - 1);
    return lines.reduce((n, l) => n + l.length + 1, 0) + Number(lc[2]) - 1;
  }
  return null;
}

/**
 * `locate` finds the offset of a syntax error when the engine's message names none (V8 omits it for
 * "Unexpected token"); check:data passes one, the browser does without.
 */
export function parseJson(text: string, locate?: (text: string) => number | null): Parsed {
  const trimmed = text.trim();
  if (/^<(!doctype|html|head|body|\?xml)?/i.test(trimmed))
    return { ok: false, problem: { path: '$', code: 'html', expected: 'JSON', found: 'a web page (HTML): the file is missing on the server' } };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    const message = (e as Error).message;
    const at = offsetOf(message, text) ?? locate?.(text) ?? null;
    const atEnd = trimmed === '' || /end of (JSON )?input|unterminated/i.test(message) || (at !== null && at >= text.trimEnd().length);
    const offset = at ?? (atEnd ? text.trimEnd().length : null);
    const { line, column } = lineColumn(text, offset ?? 0);
    const reason = message
      .replace(/\s*\(line \d+ column \d+\)/, '')
      .replace(/ (in|after) JSON at position \d+/, (_m, w: string) => (w === 'after' ? ' after the JSON value' : ''))
      .replace(/, (\.\.\.)?".*"(\.\.\.)? is not valid JSON$/s, '');
    return {
      ok: false,
      problem: {
        path: offset === null || trimmed === '' ? '$' : `line ${line}, column ${column}`,
        code: atEnd ? 'truncated' : 'json',
        expected: atEnd ? 'the complete JSON text' : 'valid JSON',
        found: trimmed === '' ? 'an empty file' : atEnd ? `the text ends early (${reason})` : reason,
        excerpt: trimmed === '' || offset === null ? undefined : excerpt(text, line, column)
      }
    };
  }
}
