// The SVG export of a view: every `<svg data-figure>` in its frame cloned with its computed styles
// written as presentation attributes (no style sheet, no CSS variables, no external references), placed
// as on screen, with the title, the active filters, "Stand 2009" and the source line as SVG text.
import { FONT_STACK, INHERITED, OWN, styleAttributes, type Styles } from './styles.ts';
import { layoutExport, layoutExportFrame, type ExportTexts } from './layout.ts';

const NS = 'http://www.w3.org/2000/svg';
const PROPS = [...INHERITED, ...Object.keys(OWN)];
/** Attributes that only matter in the page (interaction, styling hooks). */
const DROP = ['style', 'class', 'tabindex', 'role', 'aria-label', 'aria-hidden', 'aria-pressed', 'focusable'];

const read = (cs: CSSStyleDeclaration): Styles => Object.fromEntries(PROPS.map((p) => [p, cs.getPropertyValue(p)]));

/** A copy of `src` whose elements carry their computed styles; hidden elements are left out. */
export function inlineStyles(src: SVGSVGElement): SVGSVGElement {
  const copy = src.cloneNode(true) as SVGSVGElement;
  const walk = (orig: Element, clone: Element, parent: Styles | null) => {
    const own = read(getComputedStyle(orig));
    for (const [k, v] of Object.entries(styleAttributes(own, parent))) clone.setAttribute(k, v);
    for (const a of DROP) clone.removeAttribute(a);
    for (const a of ['href', 'xlink:href']) {
      const v = clone.getAttribute(a);
      if (v !== null && !v.startsWith('#')) clone.removeAttribute(a);
    }
    const o = [...orig.children];
    const c = [...clone.children];
    o.forEach((child, i) => {
      if (getComputedStyle(child).display === 'none') c[i].remove();
      else walk(child, c[i], own);
    });
  };
  walk(src, copy, null);
  return copy;
}

export interface ExportColors { background: string; text: string; muted: string }

export function frameColors(frame: Element): ExportColors {
  const cs = getComputedStyle(frame);
  const root = getComputedStyle(document.documentElement);
  const bg = cs.backgroundColor;
  return {
    background: !bg || bg === 'rgba(0, 0, 0, 0)' ? root.getPropertyValue('--c-bg').trim() || '#ffffff' : bg,
    text: cs.color,
    muted: root.getPropertyValue('--c-muted').trim() || cs.color
  };
}

export interface BuiltExport { svg: string; width: number; height: number }

/** The figures of a frame: its `<svg data-figure>` elements (hidden ones left out). */
export const figuresOf = (frame: Element): SVGSVGElement[] =>
  [...frame.querySelectorAll<SVGSVGElement>('svg[data-figure]')].filter((s) => s.getBoundingClientRect().width > 0);

function el(name: string, attrs: Record<string, string | number>, text?: string): Element {
  const e = document.createElementNS(NS, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  return e;
}

/** The export's SVG: around the figures at their screen size, or in a `frame` of fixed size that they fill. */
export function buildExportSvg(figures: SVGSVGElement[], texts: ExportTexts, colors: ExportColors, frame?: { width: number; height: number }): BuiltExport {
  const rects = figures.map((f) => {
    const r = f.getBoundingClientRect();
    return { x: r.left, y: r.top, w: r.width, h: r.height };
  });
  const layout = frame ? layoutExportFrame(rects, texts, frame) : layoutExport(rects, texts);
  const k = layout.scale;
  const root = el('svg', { xmlns: NS, width: layout.width, height: layout.height, viewBox: `0 0 ${layout.width} ${layout.height}`, 'font-family': FONT_STACK });
  root.append(el('title', {}, texts.title), el('desc', {}, [texts.filters, texts.stand, texts.source].join(' – ')));
  root.append(el('rect', { width: layout.width, height: layout.height, fill: colors.background }));
  for (const part of ['title', 'filters', 'stand', 'source'] as const) {
    const g = el('g', { 'data-export': part, fill: part === 'source' ? colors.muted : colors.text });
    for (const line of layout.lines.filter((l) => l.part === part))
      g.append(el('text', { x: line.x, y: line.y, 'font-size': line.size, 'font-weight': line.bold ? 700 : 400 }, line.text));
    root.append(g);
  }
  const defs = el('defs', {});
  root.append(defs);
  figures.forEach((fig, i) => {
    const { x, y } = layout.figures[i];
    const vb = fig.viewBox.baseVal;
    const w = rects[i].w * k, h = rects[i].h * k;
    const vw = vb && vb.width ? vb.width : rects[i].w, vh = vb && vb.height ? vb.height : rects[i].h;
    const clipId = `lsn-export-clip-${i}`;
    const clip = el('clipPath', { id: clipId });
    clip.append(el('rect', { x, y, width: w, height: h }));
    defs.append(clip);
    const copy = inlineStyles(fig);
    const g = el('g', { 'clip-path': `url(#${clipId})`, 'data-figure': fig.dataset.figure ?? '' });
    const inner = el('g', { transform: `translate(${x - (vb?.x ?? 0) * (w / vw)},${y - (vb?.y ?? 0) * (h / vh)}) scale(${w / vw},${h / vh})` });
    for (const a of [...copy.attributes]) if (PROPS.includes(a.name as never)) inner.setAttribute(a.name, a.value);
    inner.append(...copy.childNodes);
    g.append(inner);
    root.append(g);
  });
  const text = new XMLSerializer().serializeToString(root);
  return { svg: `<?xml version="1.0" encoding="UTF-8"?>\n${text}`, width: layout.width, height: layout.height };
}
