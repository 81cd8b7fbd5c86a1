// npm run build:single: builds with vite.single.config.ts and writes dist-single/lsn-cluster-explorer.html
// with the code, the styles, every data file (map geometry included) and both languages inlined, so it
// works from disk (file://), a USB stick or a mail attachment, with no server and no request.
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

export const SINGLE_DIR = resolve('dist-single');
export const SINGLE_FILE = 'lsn-cluster-explorer.html';

/** Text that may stand inside <script>: no "</script" and no "<!--" to end or confuse it. */
export const scriptSafe = (code: string) => code.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
/** JSON inside <script type="application/json">: '<' escaped, still the same JSON. */
export const jsonSafe = (json: string) => json.replace(/</g, '\\u003c');

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : [join(dir, n)]));

function fail(what: string): never {
  throw new Error(`build:single: ${join(SINGLE_DIR, 'index.html')}: ${what}`);
}

export function inlineAll(dir: string): string {
  let html = readFileSync(join(dir, 'index.html'), 'utf8');
  const asset = (href: string) => readFileSync(join(dir, href.replace(/^\.\//, '')), 'utf8');
  const scripts = [...html.matchAll(/<script type="module"[^>]*src="([^"]+)"[^>]*><\/script>/g)];
  if (scripts.length !== 1) fail(`expected exactly one module script, found ${scripts.length}`);
  const styles = [...html.matchAll(/<link rel="stylesheet"[^>]*href="([^"]+)"[^>]*>/g)];
  if (html.match(/<link[^>]+rel="modulepreload"/)) fail('expected no modulepreload links (one chunk)');
  const data = files(join(dir, 'data'))
    .map((f) => relative(dir, f).split('\\').join('/'))
    .map((rel) => `<script type="application/json" id="lsn-data-${rel}">${jsonSafe(readFileSync(join(dir, rel), 'utf8'))}</script>`)
    .join('\n');
  for (const [tag, href] of styles) html = html.replace(tag, () => `<style>${asset(href)}</style>`);
  // The icon goes in as a data: address; the other icons and the web manifest mean nothing from disk.
  html = html.replace(/<link rel="icon" href="([^"]+\.svg)"[^>]*>/, (_, href: string) =>
    `<link rel="icon" type="image/svg+xml" href="data:image/svg+xml,${encodeURIComponent(asset(href))}" />`);
  html = html.replace(/\s*<link rel="(icon|apple-touch-icon|manifest)" href="\.\/[^"]+"[^>]*>/g, '');
  // The data is inlined below: a file:// page may not fetch its neighbours, so no preload of them either.
  html = html.replace(/\s*<link rel="preload" href="\.\/data\/[^"]+" as="fetch"[^>]*>/g, '');
  if (html.includes('rel="preload"')) fail('expected no preload links once the data is inlined');
  const [tag, src] = scripts[0];
  html = html.replace(tag, () => '');
  html = html.replace('</body>', () => `${data}\n<script type="module">${scriptSafe(asset(src))}</script>\n</body>`);
  return html;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await build({ configFile: resolve('vite.single.config.ts'), logLevel: 'warn' });
  const html = inlineAll(SINGLE_DIR);
  for (const n of readdirSync(SINGLE_DIR)) rmSync(join(SINGLE_DIR, n), { recursive: true });
  writeFileSync(join(SINGLE_DIR, SINGLE_FILE), html);
  const kB = (n: number) => (n / 1024).toFixed(1) + ' kB'; // as in the bench table
  console.log(`dist-single/${SINGLE_FILE}: ${kB(Buffer.byteLength(html))} raw, ${kB(gzipSync(html).length)} gzip`);
}
