// Renders the PNG icons (and a favicon.ico holding the 32 px PNG) from public/favicon.svg in headless
// Chromium, so every icon is drawn from the one SVG. Usage: tsx scripts/render-icons.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.ts';

const svg = readFileSync('public/favicon.svg', 'utf8');
// The apple-touch icon is square and opaque (the system rounds its corners); the others keep the SVG's shape.
const ICONS = [
  { file: 'favicon-32.png', size: 32, opaque: false },
  { file: 'apple-touch-icon.png', size: 180, opaque: true },
  { file: 'icon-192.png', size: 192, opaque: false },
  { file: 'icon-512.png', size: 512, opaque: false }
];

/** An .ico file that wraps one PNG image (supported by every current browser). */
export function icoFromPng(png: Buffer, size: number): Buffer {
  const head = Buffer.alloc(22);
  head.writeUInt16LE(0, 0); // reserved
  head.writeUInt16LE(1, 2); // type: icon
  head.writeUInt16LE(1, 4); // one image
  head.writeUInt8(size >= 256 ? 0 : size, 6);
  head.writeUInt8(size >= 256 ? 0 : size, 7);
  head.writeUInt8(0, 8); // no palette
  head.writeUInt8(0, 9);
  head.writeUInt16LE(1, 10); // colour planes
  head.writeUInt16LE(32, 12); // bits per pixel
  head.writeUInt32LE(png.length, 14);
  head.writeUInt32LE(22, 18); // offset of the image
  return Buffer.concat([head, png]);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    for (const icon of ICONS) {
      const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size }, deviceScaleFactor: 1 });
      const body = icon.opaque ? svg.replace(/rx="14"/, 'rx="0"') : svg;
      await page.setContent(
        `<!doctype html><style>html,body{margin:0;background:transparent}svg{display:block;width:${icon.size}px;height:${icon.size}px}</style>${body}`
      );
      const png = await page.screenshot({ omitBackground: !icon.opaque, type: 'png' });
      writeFileSync(`public/${icon.file}`, png);
      if (icon.size === 32) writeFileSync('public/favicon.ico', icoFromPng(png, 32));
      await page.close();
      console.log(`public/${icon.file}: ${icon.size}×${icon.size}, ${png.length} bytes`);
    }
  } finally {
    await browser.close();
  }
}
