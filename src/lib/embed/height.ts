// The one message the embed sends to the page around it: its content height in whole CSS pixels.
// Nothing else is ever posted, and the app never listens to messages (docs/embed.md).
export const HEIGHT_MESSAGE_TYPE = 'lsn-explorer:height';

export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE_TYPE;
  height: number;
}

/** The message for a measured height, rounded up so nothing is cut; null for a height that is no height. */
export function heightMessage(px: number): HeightMessage | null {
  if (!Number.isFinite(px) || px < 0) return null;
  return { type: HEIGHT_MESSAGE_TYPE, height: Math.max(0, Math.ceil(px - 0.01)) };
}

/** True for exactly the documented shape: two keys, the type, an integer height ≥ 0. */
export function isHeightMessage(data: unknown): data is HeightMessage {
  if (typeof data !== 'object' || data === null) return false;
  const d = data as Record<string, unknown>;
  return Object.keys(d).length === 2 && d.type === HEIGHT_MESSAGE_TYPE && Number.isInteger(d.height) && (d.height as number) >= 0;
}

/** Posts a height only when it differs from the last one posted, so a stable layout sends nothing. */
export function createHeightReporter(post: (m: HeightMessage) => void): (px: number) => void {
  let last: number | null = null;
  return (px) => {
    const m = heightMessage(px);
    if (!m || m.height === last) return;
    last = m.height;
    post(m);
  };
}

interface Env {
  /** the page around the frame; the same window when not framed */
  parent: Pick<Window, 'postMessage'>;
  framed: boolean;
  ResizeObserver: new (cb: () => void) => Pick<ResizeObserver, 'observe' | 'disconnect'>;
}

const browserEnv = (): Env => ({ parent: window.parent, framed: window.parent !== window, ResizeObserver });

/**
 * Attachment for the embed's root element: posts the element's bottom edge (its content height, as the
 * root starts at the top of the document) to the parent whenever its size changes. Outside a frame it
 * does nothing. The height is measured on the content, never on the viewport, so a frame taller than its
 * content can shrink again.
 */
export function reportHeight(env: Env = browserEnv()) {
  return (el: HTMLElement) => {
    if (!env.framed) return;
    const report = createHeightReporter((m) => env.parent.postMessage(m, '*'));
    const measure = () => report(el.getBoundingClientRect().bottom + (globalThis.scrollY ?? 0));
    const ro = new env.ResizeObserver(measure);
    ro.observe(el);
    measure();
    return () => ro.disconnect();
  };
}
