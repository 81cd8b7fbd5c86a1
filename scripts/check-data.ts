// npm run check:data [folder] — validates the data package and lists every problem.
// Exit code 1 on any error; warnings alone keep it 0.
import { resolve } from 'node:path';
import { validateData, formatProblem } from '../src/lib/data/validate.ts';
import { readDataDir } from './read-data.ts';

const dir = resolve(process.argv[2] ?? 'data');
const { problems } = validateData(readDataDir(dir));
const errors = problems.filter((p) => p.level === 'error');
for (const p of problems) (p.level === 'error' ? console.error : console.warn)(formatProblem(p));
console.log(
  errors.length
    ? `check:data: ${errors.length} error(s), ${problems.length - errors.length} warning(s) in ${dir}`
    : `check:data: ${dir} is valid (${problems.length} warning(s))`
);
process.exit(errors.length ? 1 : 0);
