// Chromium compiles every function of a script that begins with this comment when it streams the file in,
// on a background thread, instead of on the main thread the first time each function is called (per-file
// explicit compile hints, https://github.com/WICG/explicit-javascript-compile-hints-file-based). Worth it
// only for code that runs at the start: the start's script and the chunk of the overview's views below
// the first screen. Other browsers read a comment.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';
const RUN_AT_START = (chunk: { isEntry: boolean; name: string }) => chunk.isEntry || chunk.name === 'below';

export function compileHintsPlugin(): Plugin {
  return {
    name: 'lsn-compile-hints',
    apply: 'build',
    enforce: 'post',
    // on the written files: the bundler's own last steps put code before the first line until then
    writeBundle(options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk' || !RUN_AT_START(file)) continue;
        if (!options.dir) return;
        const path = join(options.dir, file.fileName);
        const code = readFileSync(path, 'utf8');
        if (!code.startsWith(COMPILE_HINT)) writeFileSync(path, `${COMPILE_HINT}\n${code}`);
      }
    }
  };
}
