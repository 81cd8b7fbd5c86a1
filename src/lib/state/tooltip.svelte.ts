// One tooltip for the whole app. Marks attach `tooltip(() => content)`: pointer hover and keyboard
// focus show it, a tap on touch shows it too (never hover-only), Escape hides it (WCAG 1.4.13).
import { createContext } from 'svelte';
import type { Attachment } from 'svelte/attachments';

export interface TipContent {
  title: string;
  titleLang?: string;
  lines: string[];
  source?: string;
}
export interface TipAnchor {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export class TooltipState {
  content = $state.raw<TipContent | null>(null);
  anchor = $state.raw<TipAnchor | null>(null);
  #hideTimer: ReturnType<typeof setTimeout> | undefined;

  show(content: TipContent, anchor: TipAnchor) {
    clearTimeout(this.#hideTimer);
    this.content = content;
    this.anchor = anchor;
  }
  /** Hides after a moment, so the pointer can move onto the tooltip (hoverable). */
  hideSoon() {
    clearTimeout(this.#hideTimer);
    this.#hideTimer = setTimeout(() => this.hide(), 200);
  }
  keep() {
    clearTimeout(this.#hideTimer);
  }
  hide() {
    clearTimeout(this.#hideTimer);
    this.content = null;
    this.anchor = null;
  }
}

export const [getTooltip, setTooltip] = createContext<TooltipState>();

// A press focuses what is under the pointer when the click is emulated (for touch: after the pointerup,
// and after a tap that re-rendered the marks, perhaps a different one than the pointerdown hit). Where a
// parent resolves taps itself, a focus during a press is the tap's, not a reader's.
const pointerPress = { active: false, watched: false };
function watchPointerPresses() {
  if (pointerPress.watched || typeof window === 'undefined') return;
  pointerPress.watched = true;
  const on = () => (pointerPress.active = true);
  const off = () => (pointerPress.active = false);
  window.addEventListener('pointerdown', on, true);
  for (const type of ['click', 'pointercancel', 'keydown']) window.addEventListener(type, off, true);
}

/** Shows `content` on hover, focus and touch; `touch: false` where a parent resolves taps itself (the map). */
export function tooltipFor(state: TooltipState, content: () => TipContent | null, { touch = true } = {}): Attachment<Element> {
  return (el) => {
    const at = () => {
      const c = content();
      const r = el.getBoundingClientRect();
      if (c) state.show(c, { left: r.left, top: r.top, right: r.right, bottom: r.bottom });
    };
    const onEnter = (e: Event) => {
      if ((e as PointerEvent).pointerType === 'mouse') at();
    };
    const onUp = (e: Event) => {
      if (touch && (e as PointerEvent).pointerType !== 'mouse') at();
    };
    const onLeave = (e: Event) => {
      if ((e as PointerEvent).pointerType === 'mouse') state.hideSoon();
    };
    const onBlur = () => state.hideSoon();
    // Focus may scroll the mark into view, and a scroll hides the tooltip: show it again, at the new place,
    // once that scroll has happened (scroll events fire before the next frame's callbacks).
    const onFocus = () => {
      if (!touch && pointerPress.active && !el.matches(':focus-visible')) return;
      at();
      requestAnimationFrame(() => requestAnimationFrame(() => document.activeElement === el && at()));
    };
    el.addEventListener('pointerenter', onEnter);
    el.addEventListener('pointerleave', onLeave);
    el.addEventListener('pointerup', onUp);
    el.addEventListener('focus', onFocus);
    el.addEventListener('blur', onBlur);
    if (!touch) watchPointerPresses();
    return () => {
      el.removeEventListener('pointerenter', onEnter);
      el.removeEventListener('pointerleave', onLeave);
      el.removeEventListener('pointerup', onUp);
      el.removeEventListener('focus', onFocus);
      el.removeEventListener('blur', onBlur);
    };
  };
}

/** Where the tooltip goes: above the anchor if it fits, else below; kept inside the viewport. */
export function placeTooltip(anchor: TipAnchor, tip: { width: number; height: number }, viewport: { width: number; height: number }, gap = 8) {
  const cx = (anchor.left + anchor.right) / 2;
  const left = Math.min(Math.max(4, cx - tip.width / 2), Math.max(4, viewport.width - tip.width - 4));
  const above = anchor.top - gap - tip.height;
  const top = above >= 4 ? above : Math.min(anchor.bottom + gap, Math.max(4, viewport.height - tip.height - 4));
  return { left, top };
}
