// A copy of the data package with one file changed, for tests of broken data.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const DATA = resolve('data');
export type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A temporary folder with the data package, `file` replaced by what `change` returns (JSON or text). */
export function brokenCopy(file: string, change: (json: Json) => Json | string): string {
  const dir = mkdtempSync(join(tmpdir(), 'lsn-data-'));
  cpSync(DATA, dir, { recursive: true });
  const path = join(dir, file);
  const out = change(JSON.parse(readFileSync(path, 'utf8')));
  writeFileSync(path, typeof out === 'string' ? out : JSON.stringify(out));
  return dir;
}
