// Which sentence tells a reader what went wrong with a file: the first error decides.
import type { DataProblem, ProblemCode } from './files.ts';

const SENTENCE: Record<ProblemCode, string> = {
  missing: 'problem.missing',
  html: 'problem.missing',
  network: 'problem.network',
  truncated: 'problem.truncated',
  json: 'problem.json',
  field: 'problem.invalid',
  value: 'problem.invalid'
};

/** The message key of the sentence for one file's problems. */
export function problemSentence(problems: DataProblem[]): string {
  const first = problems.find((p) => p.level === 'error') ?? problems[0];
  return SENTENCE[first?.code ?? 'value'];
}

/** Problems grouped by file, in order of appearance. */
export function byFile(problems: DataProblem[]): [string, DataProblem[]][] {
  const m = new Map<string, DataProblem[]>();
  for (const p of problems) m.set(p.file, [...(m.get(p.file) ?? []), p]);
  return [...m];
}
