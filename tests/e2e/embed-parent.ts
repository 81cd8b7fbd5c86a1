// A partner page on another origin (its own port) for the embed tests: iframes of the app, the sizing
// script from the app's origin, and a log of every message the page receives.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export const APP = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 4173)}/`;

export interface Frame {
  query: string;
  /** the snippet's fixed height */
  height?: number;
  /** CSS width of the iframe, e.g. "300px"; default 100% */
  width?: string;
}

const esc = (s: string) => s.replaceAll('&', '&amp;').replaceAll('"', '&quot;');

export function partnerHtml(frames: Frame[], script = true): string {
  const iframes = frames
    .map(
      (f, i) =>
        `<iframe id="f${i}" src="${esc(APP + f.query)}" title="Explorer ${i}" height="${f.height ?? 600}" ` +
        `data-lsn-explorer class="w${i}"></iframe>`
    )
    .join('\n<p>Text between the frames.</p>\n');
  const widths = frames.map((f, i) => `.w${i} { width: ${f.width ?? '100%'}; border: 0; display: block; }`).join('\n');
  return `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Partner</title>
<style>body { margin: 8px; font-family: sans-serif; } ${widths}</style></head><body>
<h1>Partner page</h1>
<script>window.received = []; addEventListener('message', function (e) { received.push({ data: e.data, origin: e.origin, fromFrame: e.source !== window }); });</script>
${iframes}
${script ? `<script src="${APP}embed.js"></script>` : ''}
</body></html>`;
}

/** Serves partner pages at /<n> on a free port of its own; returns its origin and a close function. */
export async function startPartner(): Promise<{ url: (frames: Frame[], script?: boolean) => string; close: () => Promise<void> }> {
  const pages = new Map<string, string>();
  const server = http.createServer((req, res) => {
    const html = pages.get(req.url ?? '');
    res.writeHead(html ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(html ?? 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url(frames, script = true) {
      const path = `/${pages.size}`;
      pages.set(path, partnerHtml(frames, script));
      return origin + path;
    },
    close: () => new Promise((resolve) => server.close(() => resolve()))
  };
}
