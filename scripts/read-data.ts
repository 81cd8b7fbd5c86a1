// Reads the data package from a folder as raw texts, for validation at build time and by check:data.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_FILES, FILE_KEYS, type FileKey } from '../src/lib/data/files.ts';

export function readDataDir(dir: string): Partial<Record<FileKey, string | null>> {
  const raw: Partial<Record<FileKey, string | null>> = {};
  for (const key of FILE_KEYS) {
    try {
      raw[key] = readFileSync(join(dir, DATA_FILES[key]), 'utf8');
    } catch {
      raw[key] = null;
    }
  }
  return raw;
}
