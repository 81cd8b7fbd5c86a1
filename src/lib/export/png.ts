// PNG from an SVG export: the serialised SVG drawn as an image from a blob: URL (the CSP allows
// img-src blob:) onto a canvas of the size asked for, the picture fitted (aspect kept) on the background.
import { fitContain } from './layout.ts';

export function svgToPng(svg: string, size: { width: number; height: number }, out: { width: number; height: number }, background: string): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  return new Promise<Blob>((resolve, reject) => {
    const img = new Image();
    img.onload = () => {
      const canvas = document.createElement('canvas');
      canvas.width = out.width;
      canvas.height = out.height;
      const ctx = canvas.getContext('2d');
      if (!ctx) return reject(new Error('PNG export: no 2D canvas in this browser'));
      ctx.fillStyle = background;
      ctx.fillRect(0, 0, out.width, out.height);
      const fit = fitContain(size.width, size.height, out.width, out.height);
      ctx.drawImage(img, fit.x, fit.y, size.width * fit.scale, size.height * fit.scale);
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG export: the canvas gave no image'))), 'image/png');
    };
    img.onerror = () => reject(new Error('PNG export: the SVG could not be drawn as an image'));
    img.src = url;
  }).finally(() => URL.revokeObjectURL(url));
}

/** Offers a blob as a download under the given file name. */
export function saveBlob(blob: Blob, name: string): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}
