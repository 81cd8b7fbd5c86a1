// One export of a view's frame: SVG as it is, or PNG at 2× the on-screen size or at 1920×1080.
import { buildExportSvg, figuresOf, frameColors } from './serialize.ts';
import { saveBlob, svgToPng } from './png.ts';
import type { ExportTexts } from './layout.ts';
import type { ExportKind } from './texts.ts';

export const FULL_HD = { width: 1920, height: 1080 };

export async function runExport(frame: Element, kind: ExportKind, texts: ExportTexts, fileName: string): Promise<void> {
  const figures = figuresOf(frame);
  if (!figures.length) throw new Error(`Export: the view "${frame.getAttribute('data-view')}" shows no figure (svg[data-figure])`);
  const colors = frameColors(frame);
  // the full-HD picture is laid out for its frame: texts at legible sizes, the figures filling the rest
  const built = buildExportSvg(figures, texts, colors, kind === 'png1080' ? FULL_HD : undefined);
  if (kind === 'svg') return saveBlob(new Blob([built.svg], { type: 'image/svg+xml;charset=utf-8' }), fileName);
  const out = kind === 'png2x' ? { width: built.width * 2, height: built.height * 2 } : FULL_HD;
  saveBlob(await svgToPng(built.svg, built, out, colors.background), fileName);
}
