// Vite plugin: validates data/ at build start (a broken package fails the build, each problem printed
// once, no stack trace), serves data/ in dev, and writes it into dist/data/: each file minified, and
// actors/projects also as core + detail (src/lib/data/split.ts), which is what the app fetches.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import type { Topology } from 'topojson-specification';
import { DATA_FILES, FILE_KEYS, formatProblem } from '../src/lib/data/files.ts';
import { validateData } from '../src/lib/data/validate.ts';
import { DETAIL_FILES, splitText, type SplitKey } from '../src/lib/data/split.ts';
import { readDataDir } from './read-data.ts';
import { simplifyTopology } from './simplify-geo.ts';


/**
 * The files the built site serves under data/: name → text. A file that is not JSON is passed on as it
 * is (the dev server shows the in-page message for it; a build has stopped before).
 */
export function builtFiles(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const key of FILE_KEYS) {
    let text: string;
    try {
      text = readFileSync(resolve(dir, DATA_FILES[key]), 'utf8');
    } catch {
      continue; // a missing file is answered with 404
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      out.set(DATA_FILES[key], text);
      continue;
    }
    if (key === 'geo') out.set(DATA_FILES[key], JSON.stringify(simplifyTopology(json as Topology)));
    else if (key in DETAIL_FILES) {
      const { core, detail } = splitText(JSON.stringify(json), key as SplitKey);
      out.set(DATA_FILES[key], core);
      out.set(DETAIL_FILES[key as SplitKey], detail);
    } else out.set(DATA_FILES[key], JSON.stringify(json));
  }
  return out;
}

/**
 * `exit` ends a build on broken data after its problems are listed: a thrown error would print them
 * again inside the bundler's error with a stack trace.
 */
export function validateDataPlugin(dir = resolve('data'), { exit = (code: number): void => process.exit(code) } = {}): Plugin {
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
      for (const p of problems) (p.level === 'error' ? console.error : console.warn)(formatProblem(p));
      // The dev server (and LSN_ALLOW_INVALID_DATA=1 builds, for work in progress) keep running so the
      // in-page messages for broken files can be seen.
      if (errors.length && !serving && !process.env.LSN_ALLOW_INVALID_DATA) {
        console.error(`Build stopped: data/ has ${errors.length} error(s), listed above. Fix them and run npm run check:data.`);
        exit(1);
      }
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const url = (req.url ?? '').split('?')[0];
        const m = /\/data\/(.+\.json)$/.exec(url);
        if (!m) return next();
        const text = builtFiles(dir).get(m[1]);
        if (text === undefined) {
          res.statusCode = 404;
          return res.end();
        }
        res.setHeader('Content-Type', 'application/json');
        res.end(text);
      });
    },
    // The start's data files are requested while the code is still arriving, not after it has run: the
    // page's first draw waits on both. crossorigin, so the app's fetch() takes the preloaded response.
    transformIndexHtml() {
      return FILE_KEYS.map((key) => ({ tag: 'link', attrs: { rel: 'preload', href: './data/' + DATA_FILES[key], as: 'fetch', crossorigin: '' }, injectTo: 'head' as const }));
    },
    generateBundle() {
      for (const [name, text] of builtFiles(dir)) this.emitFile({ type: 'asset', fileName: 'data/' + name, source: text });
    }
  };
}
