import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COMPILE_HINT, compileHintsPlugin } from '../../scripts/vite-compile-hints.ts';

type WriteBundle = (options: { dir?: string }, bundle: Record<string, unknown>) => void;

describe('compile hints', () => {
  it('open the start’s script and the chunk below the first screen, once, and no other file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hints-'));
    const files = { 'index-a.js': 'const x=1;', 'below-b.js': 'const y=2;', 'MapTable-c.js': 'const z=3;', 'index-a.css': 'a{}' };
    for (const [name, code] of Object.entries(files)) writeFileSync(join(dir, name), code);
    const bundle = {
      'index-a.js': { type: 'chunk', isEntry: true, name: 'index', fileName: 'index-a.js' },
      'below-b.js': { type: 'chunk', isEntry: false, name: 'below', fileName: 'below-b.js' },
      'MapTable-c.js': { type: 'chunk', isEntry: false, name: 'MapTable', fileName: 'MapTable-c.js' },
      'index-a.css': { type: 'asset', fileName: 'index-a.css' }
    };
    const write = compileHintsPlugin().writeBundle as unknown as WriteBundle;
    write({ dir }, bundle);
    write({ dir }, bundle);
    const read = (name: string) => readFileSync(join(dir, name), 'utf8');
    expect(read('index-a.js')).toBe(`${COMPILE_HINT}\nconst x=1;`);
    expect(read('below-b.js')).toBe(`${COMPILE_HINT}\nconst y=2;`);
    expect(read('MapTable-c.js')).toBe('const z=3;');
    expect(read('index-a.css')).toBe('a{}');
  });
});
