// Vite plugin: validates data/ at build start (a broken package fails the build), serves data/ in dev,
// and copies it into dist/data/ so the app loads it at run time from its own origin.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { DATA_FILES, FILE_KEYS, validateData, formatProblem } from '../src/lib/data/validate.ts';
import { readDataDir } from './read-data.ts';
import { LEAN_FILES, leanCopy } from '../src/lib/data/lean.ts';

export function validateDataPlugin(dir = resolve('data')): Plugin {
  let serving = false;
  return {
    name: 'lsn-validate-data',
    configResolved(config) {
      serving = config.command === 'serve';
    },
    buildStart() {
      if (process.env.VITEST) return; // tests validate the data themselves
      const { problems } = validateData(readDataDir(dir));
      const errors = problems.filter((p) => p.level === 'error');
      for (const p of problems) this.warn(formatProblem(p));
      // The dev server (and LSN_ALLOW_INVALID_DATA=1 builds, for work in progress) keep running so the in-page messages for broken files can be seen.
      if (errors.length && !serving && !process.env.LSN_ALLOW_INVALID_DATA) this.error(`data/ has ${errors.length} error(s):\n` + errors.map(formatProblem).join('\n'));
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const url = (req.url ?? '').split('?')[0];
        const key = FILE_KEYS.find((k) => url.endsWith('/data/' + DATA_FILES[k]));
        const leanKey = (['actors', 'projects'] as const).find((k) => url.endsWith('/data/' + LEAN_FILES[k]));
        if (!key && !leanKey) return next();
        try {
          res.setHeader('Content-Type', 'application/json');
          if (leanKey) res.end(leanCopy(readFileSync(resolve(dir, DATA_FILES[leanKey]), 'utf8')));
          else res.end(readFileSync(resolve(dir, DATA_FILES[key!])));
        } catch {
          res.statusCode = 404;
          res.end();
        }
      });
    },
    generateBundle() {
      for (const key of FILE_KEYS) {
        // Minified copies: the app never shows the file text, and it saves bytes.
        const text = JSON.stringify(JSON.parse(readFileSync(resolve(dir, DATA_FILES[key]), 'utf8')));
        this.emitFile({ type: 'asset', fileName: 'data/' + DATA_FILES[key], source: text });
        if (key === 'actors' || key === 'projects')
          this.emitFile({ type: 'asset', fileName: 'data/' + LEAN_FILES[key], source: leanCopy(text) });
      }
    }
  };
}
